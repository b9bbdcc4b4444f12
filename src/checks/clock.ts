// The clock check: the time of day an event happened ("the outage began at 6:42 p.m.",
// "was recaptured at about 2:30 p.m.", "broke out just before midnight"), keyed by the
// event's verb and the day when the clause names one. A time is minutes after midnight,
// an interval after its hedge ("about" widens it, "shortly after" opens it forwards), so
// two outlets' times of one event conflict only when the intervals do not meet. A live
// blog's own entry stamps ("14:05 —") are when it was written, not when things happened.

import type { Assertion, QuantityValue, Scope } from '../model.js';
import type { EntityMatcher } from '../engine/entities.js';
import type { MatcherFactory } from '../engine/matcher.js';
import { WEEKDAYS, findTimes } from '../engine/when.js';
import { NOT_EVENT_DATE } from './date.js';
import { basicLexicon } from '../lexicon/basic.js';
import type { Lexicon } from '../lexicon/types.js';
import { synonymVerbs } from './synonyms.js';
import type { ClockRuleSpec, LoadedRule } from '../rules/types.js';
import { intervalsMeet } from './intervals.js';
import { parseWindow } from './phrases.js';
import type { CheckKind, CompiledCheck, Hit, SentenceContext } from './types.js';

// "6:42 p.m.", "16:40", "2.15am", "9 a.m.", "2 o'clock", "midnight", "noon"; the part of the day may follow ("4:42 in the afternoon").
const CLOCK =
  /\b(?:(\d{1,2})[:.](\d{2})(?!\d)(?:\s*([ap])\.?\s?m\b\.?)?|(\d{1,2})\s*(?:([ap])\.?\s?m\b\.?|o['’]clock)|(midnight|noon|midday))(?:\s+(?:in\s+the\s+|at\s+)(morning|afternoon|evening|night))?/gi;
/** Words of the verb group skipped on the way back to the verb: "was recaptured at", "had been discovered missing by keepers at". */
const MAX_BACK = 10;
/** Words read forward from a time that opens its clause to the verb, past a subject with its places ("the haul cable on the Crêt Blanc chairlift at Vallorne snapped"); the clause bounds it. */
const MAX_FORWARD = 16;

interface Compiled {
  approximate: ReadonlySet<string>;
  after: readonly string[];
  before: readonly string[];
  reporting: ReadonlySet<string>;
  stops: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  /** Verbs whose past is their base form ("hit", "cut", "burst"): read as past before a time. */
  samePast: ReadonlySet<string>;
  /** Verbs of an event's arrival ("struck", "tore through"): said of an event noun, they key the event by the noun. */
  onsets: ReadonlySet<string>;
  /** Verbs of a measured change ("rents rose 11 per cent in 2023"): no event of one time. */
  changes: ReadonlySet<string>;
  hedge: number;
}

/** Minutes after midnight of a clock match, or null when it is no time of day ("25:30", "3.75"). */
function minutesOf(m: RegExpExecArray): number | null {
  const named = m[6]?.toLowerCase();
  if (named) return named === 'midnight' ? 0 : 12 * 60;
  const hour = Number(m[1] ?? m[4]);
  const minute = m[2] !== undefined ? Number(m[2]) : 0;
  const ampm = (m[3] ?? m[5])?.toLowerCase();
  const part = m[7]?.toLowerCase();
  if (hour > 23 || minute > 59) return null;
  // "2.15" alone is as likely a figure as a time: a dot needs am/pm or a part of the day.
  if (m[1] !== undefined && m[0].includes('.') && !ampm && !part && /^\d{1,2}\.\d{2}$/.test(m[0].trim())) return null;
  let h = hour;
  if (ampm === 'p' || part === 'afternoon' || part === 'evening' || (part === 'night' && hour >= 6)) h = hour < 12 ? hour + 12 : hour;
  if (ampm === 'a' && hour === 12) h = 0;
  return h * 60 + minute;
}

/**
 * The event's verb: the nearest past form before the time in its clause (or, for a time that
 * opens the clause, after it: "At 02:10 on Wednesday a fire broke out"), as a lemma with its particle.
 */
function verbNear(c: Compiled, lexicon: Lexicon, words: readonly string[], forward: boolean): string | null {
  return verbAt(c, lexicon, words, forward)?.event ?? null;
}

/**
 * What the event was done to: the noun phrase after its verb ("declared the outbreak", "lowered its
 * base interest rate") or, in the passive, before it ("the flight data recorder was found"), as its
 * last two nouns, so that two finds or two treatments on two days are two events; "*" when the
 * clause names none there (it meets the one event of its verb the story dates).
 */
function objectOf(c: Compiled, lexicon: Lexicon, words: readonly string[], k: number): string {
  const lower = (i: number): string => words[i]?.toLowerCase() ?? '';
  const noun = (i: number): boolean => i >= 0 && i < words.length && !c.stops.has(lower(i)) && lexicon.has(lower(i), 'noun') && !/^[A-Z]/.test(words[i] ?? '');
  const phrase = (from: number, step: 1 | -1): string => {
    const out: string[] = [];
    for (let i = from; noun(i) && out.length < 3; i += step) out.push(lower(i));
    if (step === -1) out.reverse();
    if (out.length === 0) return '*';
    const last = out.length - 1;
    return [...out.slice(Math.max(0, last - 1), last), lexicon.lemma(out[last] ?? '', 'noun')].join(' ');
  };
  if (/^(?:was|were|been|be|is|are)$/.test(lower(k - 1))) return phrase(k - 2, -1);
  let i = k + 1;
  // "crashed in a swamp": after a particle or preposition comes a place, not what the event was done to.
  if (c.particles.has(lower(i)) || (c.stops.has(lower(i)) && !DETERMINER.test(lower(i)))) return '*';
  while (i < words.length && DETERMINER.test(lower(i))) i++;
  // "killed 13 U.S. service members": a name or an abbreviation before the noun modifies it.
  let j = i;
  while (j < i + 3 && /^[A-Z]/.test(words[j] ?? '')) j++;
  if (j > i && noun(j)) i = j;
  return phrase(i, 1);
}

const DETERMINER = /^(?:the|a|an|its|their|his|her|our)$/;

function verbAt(c: Compiled, lexicon: Lexicon, words: readonly string[], forward: boolean): { event: string; object: string } | null {
  const most = forward ? MAX_FORWARD : MAX_BACK;
  for (let seen = 0, k = forward ? 0 : words.length - 1; k >= 0 && k < words.length && seen < most; k += forward ? 1 : -1, seen++) {
    const w = words[k]?.toLowerCase() ?? '';
    if (c.stops.has(w) || /ing$/.test(w) || !lexicon.has(w, 'verb')) continue;
    const lemma = lexicon.lemma(w, 'verb');
    // Only a past form makes an event ("began", "was recaptured", "broke out"); "will begin at 9 a.m." is a plan.
    // Not a present in -s: "flights on Tuesday", "centres" are no past forms, whatever the lexicon's lemma.
    // "The quake hit at 3:17 a.m.": a verb whose past is its base form is past unless a modal or "to" leads it.
    const samePast = c.samePast.has(w) && !/^(?:to|will|would|could|can|may|might|must|shall|should|did|does|do)$/i.test(words[k - 1] ?? '');
    if ((lemma === w || /s$/.test(w)) && !/ed$/.test(w) && !samePast) continue;
    // "were being treated on Monday": a state that day, not an event.
    if (words[k - 1]?.toLowerCase() === 'being') return null;
    // "the week ended May 8", "the year ended 31 March": a period named by its last day, not an event of that day.
    if (!forward && k === words.length - 1 && lexicon.isA(words[k - 1]?.toLowerCase() ?? '', 'time period')) return null;
    // "The virus was confirmed on Monday" is the event itself; "police confirmed on Monday that …" a report of one.
    // Read forward, the day sits in the subject ("flights on 12 May were added") and dates the noun, not the verb.
    const passive = !forward && /^(?:was|were|been)$/.test(words[k - 1]?.toLowerCase() ?? '');
    if ((c.reporting.has(lemma) && !passive) || c.changes.has(lemma)) return null;
    const next = words[k + 1]?.toLowerCase();
    // "conducted over the night of 24 August", "crashed in swampland": "in" and "over" before a noun phrase are
    // prepositions ("checked in at a checkpoint" keeps its particle); "called off the search" keeps its own.
    const after = words[k + 2]?.toLowerCase() ?? '';
    const preposition = (next === 'in' || next === 'over') && (DETERMINER.test(after) || (after !== '' && !c.stops.has(after)));
    const event = next && c.particles.has(next) && !preposition ? `${lemma} ${next}` : lemma;
    const onset = c.onsets.has(event) || c.onsets.has(lemma) ? onsetOf(lexicon, words, k) : null;
    if (onset) return { event: onset, object: '*' };
    return { event, object: objectOf(c, lexicon, words, k) };
  }
  return null;
}

/** Auxiliaries and relative words between an event's noun and its verb ("the tornado that had struck"). */
const BETWEEN = /^(?:was|were|had|has|have|been|that|which|first|finally|suddenly|then)$/i;
/**
 * Senses of the noun asked: a happening ("fire", "blast", "outage") or a natural phenomenon ("storm",
 * "quake"); not an act ("service", "travelling", "ferry" are acts in some sense, and no arrival).
 */
const EVENT_SENSES = 2;
/** Words back from the verb to its subject's noun. */
const SUBJECT_REACH = 5;

/**
 * The event a verb of arrival dates, by the noun it is said of: "A tornado tore through",
 * "the tornado that struck", "the quake hit" all key "onset:<noun>", so two outlets' verbs for one
 * arrival meet. Null when the subject is no happening or natural phenomenon ("the network went down").
 */
function onsetOf(lexicon: Lexicon, words: readonly string[], k: number): string | null {
  // The subject may sit a few words back, past an apposition: "The aftershock, of magnitude 5.1, struck".
  for (let i = k - 1; i >= 0 && i >= k - SUBJECT_REACH; i--) {
    const word = words[i] ?? '';
    if (BETWEEN.test(word) || /^[A-Z]/.test(word)) continue;
    const noun = word.toLowerCase();
    if (!lexicon.has(noun, 'noun')) continue;
    const lemma = lexicon.lemma(noun, 'noun');
    if (isEvent(lexicon, lemma)) return `onset:${lemma}`;
  }
  // Past a long apposition, the clause's own subject: "The quake, measured at magnitude 6.4 by the NSI, hit".
  if (!DETERMINER.test(words[0]?.toLowerCase() ?? '')) return null;
  let head = 1;
  while (head + 1 < k && /^[a-z]/.test(words[head + 1] ?? '') && lexicon.has(words[head + 1] ?? '', 'noun') && !lexicon.has(words[head + 1] ?? '', 'verb')) head++;
  const lemma = lexicon.lemma(words[head]?.toLowerCase() ?? '', 'noun');
  return head < k && /^[a-z]/.test(words[head] ?? '') && isEvent(lexicon, lemma) ? `onset:${lemma}` : null;
}

const isEvent = (lexicon: Lexicon, lemma: string): boolean => lexicon.isA(lemma, 'happening', EVENT_SENSES) || lexicon.isA(lemma, 'phenomenon', EVENT_SENSES);

const DAY_MS = 86_400_000;
const DAY_MINUTES = 1440;

// Words as the event reader sees them: a hyphenated compound is one word ("the worst-hit streets" has no verb "hit").
// Letters of any script: "Crêt Blanc" is two words, not four.
const WORDS = /\p{L}+(?:-\p{L}+)*/gu;

// A time that opens its clause after a subordinator ("…, where on Saturday afternoon a front of ice broke
// away") or a cleft ("It was just before 4pm when the jet landed"): the event's verb comes after it.
const OPENS_AFTER = /(?:^|\b(?:where|when|as|while|after|before|until))\s*$/i;
const CLEFT = /^\s*(?:it|this)\s+(?:was|is)\s+(?:[a-z]+\s+){0,2}?(?:at|before|after|around|about|just|shortly)?\s*$/i;

const AGAIN = /\b(?:further|another|additional|fresh|repeat|more|new|second|third)\s+(?:[a-z]+\s+){0,2}(?:was|were|had\s+been|have\s+been|has\s+been)\s+[a-z]+\s*$|\b(?:again|once\s+more)\b/i;

/**
 * "The central bank on Wednesday lowered its base rate": a subject, the day, then the verb in the past. Only
 * a short lead with no comma, and the verb the first word after the day (its part of the day skipped).
 */
function subjectFirst(lexicon: Lexicon, lead: string, written: string, after: readonly string[]): boolean {
  if (!(/\bon\s*$/i.test(lead) || /^on\b/i.test(written)) || lead.includes(',') || (lead.match(WORDS) ?? []).length > 7) return false;
  const first = (/^(?:morning|afternoon|evening|night)$/i.test(after[0] ?? '') ? after[1] : after[0])?.toLowerCase() ?? '';
  return /^[a-z]/.test(first) && lexicon.lemma(first, 'verb') !== first && lexicon.has(lexicon.lemma(first, 'verb'), 'verb');
}

/** Whether the event's verb is to be read after the time: nothing but a subordinator or a cleft before it. */
const readsForward = (lead: string, words: readonly string[], most: number, stops?: ReadonlySet<string>): boolean =>
  words.length <= most || OPENS_AFTER.test(lead) || CLEFT.test(lead) ||
  // "Then, at around 11:40, the cable tore": a lead of a connective and the time's own words (prepositions, hedges).
  (stops !== undefined && words.every((w, i) => stops.has(w.toLowerCase()) || (i === 0 && CONNECTIVE.test(w))));
const CONNECTIVE = /^(?:then|later|earlier|finally|eventually|suddenly)$/i;

/**
 * The day an event happened ("the lunch was served on Monday", "crashed early on Thursday"),
 * resolved against the article's date, as a day number: weekdays and "yesterday" need the date,
 * so an undated article gives only the days it writes out ("on 4 December 2024"). "since Monday", "by Friday" bound a period, not the event.
 */
const DATELINE_TAIL = /^\s*(?:\([^)]{1,40}\)\s*)?[-—–]\s/;

/** The event a day's possessive names ("Wednesday's strike", "Saturday's deadly tornado"), as an arrival of its noun. */
function possessedEvent(lexicon: Lexicon, rest: string): { event: string; object: string } | null {
  const m = /^['’]s\s+((?:[a-z][a-z-]*\s+){0,2}[a-z]+)\b/.exec(rest);
  for (const word of m?.[1]?.split(/\s+/) ?? []) {
    const lemma = lexicon.lemma(word, 'noun');
    // Any event (acts too: "Wednesday's strike"), or a natural phenomenon (a happening is an event already).
    if (lexicon.has(lemma, 'noun') && (lexicon.isA(lemma, 'event', EVENT_SENSES) || lexicon.isA(lemma, 'phenomenon', EVENT_SENSES))) return { event: `onset:${lemma}`, object: '*' };
  }
  return null;
}

function daysOf(c: Compiled, lexicon: Lexicon, ctx: SentenceContext): Hit[] {
  const hits: Hit[] = [];
  for (const clause of ctx.clauses) {
    const text = ctx.text.slice(clause.start, clause.end);
    for (const t of findTimes(text, ctx.published)) {
      // A month written with its year ("conducted in September 2023") dates the event to that month: it meets
      // a day inside it and no other. A month alone is left: its year would be guessed from the article's.
      const month = t.precision === 'month' && /\b(?:1[5-9]|20)\d\d\b/.test(t.written);
      if (!(t.precision === 'day' && t.start === t.end) && !month) continue;
      if (NOT_EVENT_DATE.test(text.slice(Math.max(0, t.textStart - 24), t.textStart))) continue;
      // "since Thursday", "by Friday" bound a period; "overnight", "tonight" are the hours around
      // the report, not a day an outlet could name otherwise.
      if (/^(?:since|by|until|this|tonight|overnight)\b/i.test(t.written)) continue;
      // A dateline ("ASHCOMBE, England, May 20 (UKRW) - A snow leopard that escaped …") dates the report, not the event.
      if (DATELINE_TAIL.test(text.slice(t.textEnd, t.textEnd + 48))) continue;
      const lead = text.slice(0, t.textStart);
      // "Further samples were taken on Monday": one more of a series, whose first another outlet dates otherwise.
      if (AGAIN.test(lead)) continue;
      const words = lead.match(WORDS) ?? [];
      const after = text.slice(t.textEnd).match(WORDS) ?? [];
      // "Wednesday's strike", "Saturday's deadly tornado": the day is the event's the possessive names, whatever the verb.
      const read =
        possessedEvent(lexicon, text.slice(t.textEnd)) ??
        verbAt(c, lexicon, words, false) ??
        (readsForward(lead, words, 2) || subjectFirst(lexicon, lead, t.written, after) ? verbAt(c, lexicon, after, true) : null);
      if (read === null) continue;
      const day = Date.parse(`${t.start}T00:00:00Z`) / DAY_MS;
      const last = Date.parse(`${t.end}T00:00:00Z`) / DAY_MS;
      if (!Number.isFinite(day) || !Number.isFinite(last)) continue;
      hits.push({
        span: { start: clause.start + t.textStart, end: clause.start + t.textEnd },
        written: t.written,
        role: 'count',
        scope: { place: null, actor: null, event: read.event, object: read.object, day: '*' },
        value: { kind: 'quantity', number: day, low: day, high: last, hedge: month ? 'range' : 'exact', unit: null },
      });
    }
  }
  return hits;
}

// "opened in 1964", "was painted in 1881": a year after "in" (never "since": a period's bound).
const IN_YEAR = /\bin\s+((?:1[5-9]|20)\d\d)\b(?![-–\/]\d)/g;

/**
 * The year an event happened ("the bridge, which opened in 1964", "was painted in 1881"), keyed
 * by the event's verb and what it was done to, as the day is. A year after the article's own
 * (a plan), one read by no past verb, or one in an undated article whose event names nothing it
 * was done to ("won in 2000") is not read.
 */
function yearsOf(c: Compiled, lexicon: Lexicon, ctx: SentenceContext): Hit[] {
  const hits: Hit[] = [];
  // An undated page (an archive's) may be of any year: only an event that names what it was done to keys its year.
  const now = ctx.published ? Number(ctx.published.slice(0, 4)) : Number.POSITIVE_INFINITY;
  for (const clause of ctx.clauses) {
    const text = ctx.text.slice(clause.start, clause.end);
    IN_YEAR.lastIndex = 0;
    for (let m = IN_YEAR.exec(text); m !== null; m = IN_YEAR.exec(text)) {
      const year = Number(m[1]);
      if (year > now) continue;
      const words = text.slice(0, m.index).match(WORDS) ?? [];
      const read = verbAt(c, lexicon, words, false);
      if (read === null || (!ctx.published && read.object === '*')) continue;
      hits.push({
        span: { start: clause.start + m.index + m[0].length - 4, end: clause.start + m.index + m[0].length },
        written: m[1] ?? '',
        role: 'count',
        scope: { place: null, actor: null, event: read.event, object: read.object, day: '*' },
        value: { kind: 'quantity', number: year, low: year, high: year, hedge: 'exact', unit: null },
      });
    }
  }
  return hits;
}

/** How a clock rule's subject is told, by what it reads. */
const SUBJECTS = {
  day: 'day',
  year: 'year',
  time: 'time of day',
};

const TRIGGERS = {
  day: String.raw`monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}`,
  year: String.raw`\bin\s+(?:1[5-9]|20)\d\d\b`,
  time: String.raw`\d[:.]\d\d|\d\s*[ap]\.?\s?m\b|o['’]clock|midnight|noon|midday`,
};

/** Two events agree as synonymous verbs, or as the arrivals of synonymous nouns ("onset:quake" / "onset:earthquake"). */
function onsetsOrVerbs(lexicon: Lexicon): (d: string, a: string, b: string) => boolean {
  const verbs = synonymVerbs(lexicon, 'event');
  const ONSET = 'onset:';
  return (d, a, b) => {
    if (d !== 'event') return false;
    const [x, y] = [a.startsWith(ONSET), b.startsWith(ONSET)];
    if (x && y) return lexicon.synonymous(a.slice(ONSET.length), b.slice(ONSET.length), 'noun', 4);
    // An arrival never meets a bare verb: "the fire broke out on Wednesday" is no rival to "engineers began inspecting on Thursday".
    return !x && !y && verbs(d, a, b);
  };
}

const WEEKDAY_NAME = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'i');

/** Whether two day claims write one weekday and only the publication dates they were read against set them apart by whole weeks. */
function sameWeekdayNamed(a: Assertion, b: Assertion): boolean {
  const x = WEEKDAY_NAME.exec(a.written)?.[1]?.toLowerCase();
  const y = WEEKDAY_NAME.exec(b.written)?.[1]?.toLowerCase();
  if (x === undefined || x !== y || a.value.kind !== 'quantity' || b.value.kind !== 'quantity') return false;
  const days = Math.abs(a.value.number - b.value.number);
  return days > 0 && days % 7 === 0 && !/\d/.test(a.written + b.written);
}

export const clockCheck: CheckKind = {
  kind: 'clock',
  compile(rule: LoadedRule, _entities: EntityMatcher, expr: MatcherFactory, lexicon: Lexicon = basicLexicon): CompiledCheck {
    const spec = rule.spec as ClockRuleSpec;
    const set = (l: readonly string[]): Set<string> => new Set(l.map((w) => w.toLowerCase()));
    const c: Compiled = {
      approximate: set(spec.lexicon.approximate),
      after: spec.lexicon.after.map((w) => w.toLowerCase()),
      before: spec.lexicon.before.map((w) => w.toLowerCase()),
      reporting: set(spec.lexicon.reporting),
      stops: set(spec.lexicon.stops),
      particles: set(spec.lexicon.particles),
      samePast: set(spec.lexicon.same_past ?? []),
      onsets: set(spec.lexicon.onsets ?? []),
      changes: set(spec.lexicon.changes ?? []),
      hedge: spec.hedge_minutes ?? 15,
    };
    return {
      rule,
      severity: rule.severity,
      scopeDims: spec.reads === 'day' || spec.reads === 'year' ? ['event', 'object', 'day'] : ['event', 'day'],
      unifies: true,
      // A day or a time a rule read (event-date, a pack's clock) is the rule's to compare: read here
      // too, it is a shadow that meets only this kind's own readings, never a second report of the rule's conflict.
      fallback: true,
      shadows: true,
      sameValue: onsetsOrVerbs(lexicon),
      windowMs: parseWindow(spec.window),
      trigger: expr(TRIGGERS[spec.reads ?? 'time'], 'i'),
      triggerWords: null,
      subject(scope: Scope): string {
        const day = scope['day'] && scope['day'] !== '*' ? ` · ${scope['day']}` : '';
        const object = scope['object'] && scope['object'] !== '*' ? ` ${scope['object']}` : '';
        return `${SUBJECTS[spec.reads ?? 'time']} · ${scope['event'] ?? '?'}${object}${day}`;
      },
      compatible: intervalsMeet,
      // One weekday named by both, resolved a week apart against two publication dates ("early on Monday" in a
      // weekly's issue of the next Monday): the name is what both wrote; which Monday is the reader's guess.
      ...(spec.reads === 'day' ? { apart: sameWeekdayNamed } : {}),
      extract(ctx: SentenceContext): Hit[] {
        if (ctx.hypothetical) return [];
        if (spec.reads === 'day') return daysOf(c, lexicon, ctx);
        if (spec.reads === 'year') return yearsOf(c, lexicon, ctx);
        const hits: Hit[] = [];
        CLOCK.lastIndex = 0;
        for (let m = CLOCK.exec(ctx.text); m !== null; m = CLOCK.exec(ctx.text)) {
          const minutes = minutesOf(m);
          if (minutes === null) continue;
          // A live blog's entry stamp opens its line: when it was written, not when it happened.
          const lineStart = ctx.text.lastIndexOf('\n', m.index) + 1;
          if (/^\W*$/.test(ctx.text.slice(lineStart, m.index)) && /^\s*(?:[—–-]|:|\|)/.test(ctx.text.slice(m.index + m[0].length))) continue;
          const clause = ctx.clauses.find((k) => m.index >= k.start && m.index < k.end) ?? { start: 0, end: ctx.text.length };
          const lead = ctx.text.slice(clause.start, m.index);
          const words = lead.match(WORDS) ?? [];
          // A cleft's event is in its "when" clause, across the commas of what it says of the subject.
          const cleft = CLEFT.test(lead);
          const after = ctx.text.slice(m.index + m[0].length, cleft ? ctx.text.length : clause.end).match(WORDS) ?? [];
          const event = (cleft ? null : verbNear(c, lexicon, words, false)) ?? (readsForward(lead, words, 1, c.stops) ? verbNear(c, lexicon, after, true) : null);
          if (event === null) continue;
          const tail = lead.toLowerCase().replace(/\s+/g, ' ').trimEnd();
          let low = minutes - 2;
          let high = minutes + 2;
          if (c.after.some((w) => tail.endsWith(w))) [low, high] = [minutes, minutes + 2 * c.hedge];
          // "just before midnight" is the end of the day it closes (23:40 fits it), not a time before 00:00.
          else if (c.before.some((w) => tail.endsWith(w))) [low, high] = minutes === 0 ? [DAY_MINUTES - 2 * c.hedge, DAY_MINUTES] : [minutes - 2 * c.hedge, minutes];
          else if ([...c.approximate].some((w) => tail.endsWith(w))) [low, high] = [minutes - c.hedge, minutes + c.hedge];
          const day = findTimes(ctx.text.slice(clause.start, clause.end), ctx.published).find((t) => t.precision === 'day');
          const value: QuantityValue = { kind: 'quantity', number: minutes, low, high, hedge: low === minutes - 2 ? 'exact' : 'approx', unit: null };
          hits.push({
            span: { start: m.index, end: m.index + m[0].length },
            written: m[0],
            role: 'count',
            scope: { place: null, actor: null, event, day: day?.start ?? '*' },
            value,
          });
        }
        return hits;
      },
    };
  },
};
