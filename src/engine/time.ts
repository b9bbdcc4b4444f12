// Contradiction or change. Two incompatible claims are a change when both are
// dated and further apart than the rule's window (a toll rising over a week);
// otherwise a contradiction (same time, or a time unknown). Statuses also follow
// the scale's order: going back down it is a contradiction unless the pack says
// the state can revert.

import type { CompiledCheck, SentenceContext } from '../checks/types.js';
import type { Assertion, Relation, Span } from '../model.js';
import type { StatusRuleSpec } from '../rules/types.js';
import { parseWindow } from '../checks/phrases.js';
import { antecedentClause, apposed } from './context.js';
import { type TimeMention, WEEKDAYS, daysApart, findTimes } from './when.js';

/** Periods and deadlines ("since 2008", "by the end of the year") say when something began or is due, not when the claim holds; a comparison's base ("compared with September 2024", "up 180% on the same period last year") is another time. */
const NOT_CLAIM_TIME = /\b(?:since|until|till|from|by|before|after|following|ahead of|by the end of|end of)\s+(?:the\s+)?$|\bthe\s+$|\b(?:since|until|till|after|before|following)\b[^,;.]{0,30}$|\b(?:compared\s+(?:with|to)|than(?:\s+in)?|against|versus)\s+$|\b(?:same|corresponding)\s+(?:period|month|quarter|week|time)\s+(?:of\s+|in\s+)?$/i;

/**
 * The day a disaster struck is not the time of its toll: in "the quake struck on Saturday,
 * killing 1,200" (published Sunday) the count is Sunday's, as in every other report of it.
 * Counting verbs ("the toll rose to 45 on Thursday") still date their figure.
 */
const EVENT_VERB_BEFORE = /\b(?:struck|strikes|hit|hits|crashed|exploded|erupted|collapsed|capsized|sank|derailed|began|started|broke out|made landfall|tore through|swept through|ripped through|raced through|slammed into|happened|occurred|took place|opened fire|attacked)\b[^.;]{0,35}$/i;

/** A time expression that opens or closes a period ("since January") says when counting began, not when the claim holds. */
const PERIOD_WORD = /^(?:since|until|till|from|by|after|before)\b/i;

/** Words that make a year the start or end of a period, not the time of a claim. */
const PERIOD_BEFORE = /\b(?:since|until|till|from|by|before|after|following|ahead of|through|between|as of)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|late\s+|mid-?)?$/i;

/** How far apart two figures of a running total are read as one count that cannot fall. */
const TOTAL_SPAN_MS = 30 * 86_400_000;

/** Characters between a time expression and the claim it dates. */
const MAX_GAP = 25;
/** A period between two dates that opens the sentence, set off by a comma. */
const BETWEEN_OPENING = /^\W*(?:between|from)\s+[^,;]{3,40}?\s+(?:and|to|until)\s+[^,;]{3,30},/i;

/**
 * A time before the claim's verb, further than MAX_GAP: "Gilmore Home last week reported like-for-like
 * sales up 1.8%" is last week's. Not across a comma or an infinitive ("voted this month to ask Washington
 * to pull out its 5,000-strong force": this month dates the vote).
 */
const nearVerb = (between: string, gap: number): boolean => gap <= 2 * MAX_GAP && !/[,;:]|\bto\s+[a-z]/i.test(between);

/** "in the whole of 2024", "throughout 2024", "for all of 2024": the year the figure covers, said outright. */
const wholeYear = (written: string, before: string): boolean =>
  /(?:^|\s)throughout\s+$/i.test(before) || (/^of\s/i.test(written) && /(?:^|\s)(?:in|for|during)\s+(?:the\s+whole|all)\s+$/i.test(before));

/**
 * Whether a year written `written`, with `before` the clause's words before it, dates a claim
 * `gap` characters away: close by and as "in 2019", as the clause's opening adverbial, or said
 * whole (how far it reaches is claimTime's `reaches`).
 */
function yearDates(written: string, before: string, gap: number): boolean {
  const opening = /^in\s/i.test(written) ? /^\W*$/.test(before) : /^\W*in\s+$/i.test(before);
  return opening || wholeYear(written, before) || (gap <= 12 && (/^in\s/i.test(written) || /(?:^|\s)in\s+$/i.test(before)));
}

/**
 * The time a claim speaks of: a day, week or month the claim's clause names
 * ("the toll rose to 45 on Thursday"), resolved against the publication date;
 * else the publication date; else unknown.
 */
export function claimTime(ctx: SentenceContext, hit: Span, published: string | null): { start: string; end: string } | null {
  const clause = ctx.clauses.find((c) => hit.start >= c.start && hit.start < c.end) ?? { start: 0, end: ctx.text.length };
  // Only an expression close to the claim dates it: in "voted this month to ask Washington to pull out
  // its 5,000-strong force", "this month" dates the vote.
  const from = hit.start - clause.start;
  const to = hit.end - clause.start;
  const gap = (t: { textStart: number; textEnd: number }): number => (t.textEnd <= from ? from - t.textEnd : t.textStart >= to ? t.textStart - to : 0);
  const lead = (t: { textStart: number }): string => ctx.text.slice(clause.start, clause.start + t.textStart);
  // The clause up to the claim, for a time in an apposition before it.
  const upToClaim = ctx.text.slice(clause.start, clause.start + from);
  // Within MAX_GAP; twice as far for a year said whole, or for a time before the claim's verb.
  const reaches = (t: TimeMention): boolean =>
    gap(t) <= MAX_GAP ||
    (t.precision === 'year' && wholeYear(t.written, lead(t)) && gap(t) <= 2 * MAX_GAP) ||
    (t.textEnd <= from && nearVerb(ctx.text.slice(clause.start + t.textEnd, clause.start + from), gap(t)));
  const times = findTimes(ctx.text.slice(clause.start, clause.end), published).filter(
    // A year dates the claim only close by and only as "in 2019": "cut 500 jobs in 2023", "the last round, in 2019, collapsed";
    // or as the clause's opening adverbial, which sets the time of all it says ("In 2003 the figure was 29%").
    (t) =>
      (t.precision !== 'year' || t.relative || yearDates(t.written, lead(t), gap(t))) &&
      reaches(t) &&
      !NOT_CLAIM_TIME.test(ctx.text.slice(Math.max(0, clause.start + t.textStart - 40), clause.start + t.textStart)) &&
      !PERIOD_WORD.test(t.written) &&
      !(t.textEnd <= from && apposed(upToClaim, t.textStart, t.textEnd)) &&
      // "stood at 5.9%, up from 5.8% in May": the time after a figure "from" dates that earlier figure.
      !(t.textStart >= to && /\bfrom\s+[$£€]?\d/i.test(ctx.text.slice(clause.start + to, clause.start + t.textStart))) &&
      !(t.end < (published ?? '') && EVENT_VERB_BEFORE.test(ctx.text.slice(Math.max(0, clause.start + t.textStart - 50), clause.start + t.textStart))),
  );
  if (times.length > 0) {
    const nearest = times.reduce((best, t) => (gap(t) < gap(best) ? t : best));
    return { start: nearest.start, end: nearest.end };
  }
  // "In June, managers proposed cutting 400 posts": a time that opens the sentence, set off by a comma,
  // dates every clause after it.
  const opening = hit.start > 0 ? findTimes(ctx.text.slice(0, hit.start), published).find((t) => /^\W*$/.test(ctx.text.slice(0, t.textStart).replace(/\b(?:in|on|at|by|during)\s*$/i, '')) && /^\s*,/.test(ctx.text.slice(t.textEnd)) && !PERIOD_WORD.test(t.written)) : undefined;
  if (opening) return { start: opening.start, end: opening.end };
  // "Between 1 January and 8 March 2025, the secretariat recorded 11,300 cases": the period the sentence opens with.
  const between = hit.start > 0 ? BETWEEN_OPENING.exec(ctx.text.slice(0, hit.start)) : null;
  if (between) {
    const [first, last] = findTimes(between[0], published);
    if (first && last && first.start <= last.end) return { start: first.start, end: last.end };
  }
  return backgroundYear(ctx, clause, from, to, published) ?? (published ? { start: published, end: published } : null);
}

/**
 * A claim told as background: a past year (or a past month with its year) named earlier in its clause, however far,
 * dates it ("the 2018 typhoon that killed 67 people", "a storm that struck the coast in
 * 2018 killed 67"), so that it is never set against this year's figures. Only a year
 * before the article's own, and not one that opens a period ("since 2018").
 */
function backgroundYear(ctx: SentenceContext, clause: Span, before: number, after: number, published: string | null): { start: string; end: string } | null {
  // An undated article's years are all told as background: "At the 2024 general election, turnout
  // was 63.5%" is 2024's, whatever year the article was written in.
  const latest = published ?? '9999';
  const thisYear = latest.slice(0, 4);
  const pastYear = (text: string, anyYear: boolean): { start: string; end: string } | null => {
    const years = findTimes(text, null).filter(
      (t) =>
        (t.precision === 'year' ? t.start.slice(0, 4) < thisYear : t.precision === 'month' && /\d{4}/.test(t.written) && t.end < latest) &&
        !PERIOD_WORD.test(t.written) &&
        (anyYear || !PERIOD_BEFORE.test(text.slice(Math.max(0, t.textStart - 40), t.textStart))),
    );
    const last = years[years.length - 1];
    return last ? { start: last.start, end: last.end } : null;
  };
  const lead = ctx.text.slice(clause.start, clause.start + before);
  const own = pastYear(lead, false);
  const at = own ? lead.lastIndexOf(own.start.slice(0, 4)) : -1;
  if (own && !apposed(lead, at, at + 4)) return own;
  // "In March 2018, a collapse at another mine, about 60 km away, killed 17 miners": a time put
  // first dates the whole sentence, across the commas that split it into clauses.
  // So does "At the 2024 general election, turnout was 63.5%".
  const fronted = /^\s*["“]?(?:In|During|Back in|By|At)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d{2}\b/.exec(ctx.text);
  if (fronted && fronted[0].length <= clause.start + before) {
    const year = pastYear(fronted[0].replace(/^\s*["“]?(?:During|Back in|By|At)\b/, 'In').replace(/^In\s+the\s+/, 'In '), true);
    if (year) return year;
  }
  // "96 deaths in mining accidents nationwide in 2025": a past year closing the claim's own words.
  // Not across "and": "is 7.8 km long and opened in 2009" dates the opening, not the length.
  const tail = /^(?:(?!\band\b)[^,;]){0,60}?\bin\s+((?:19|20)\d{2})\b/.exec(ctx.text.slice(clause.start + after, clause.end));
  if (tail?.[1] && tail[1] < thisYear) return { start: `${tail[1]}-01-01`, end: `${tail[1]}-12-31` };
  // A relative clause speaks of the noun before it: "since the 2016 fire, which destroyed 1,600 homes".
  const previous = antecedentClause(ctx, clause, /\b(?:which|who|that|when)\b/i);
  return previous ? pastYear(ctx.text.slice(Math.max(previous.start, previous.end - 60), previous.end), true) : null;
}

/**
 * How two incompatible claims relate; null when they are dated apart and the rule
 * counts events rather than levels (two rounds of job cuts years apart are two
 * events, not a figure that changed). `totals` off: a running total that fell is not read as a
 * contradiction (one article giving last year's total and today's is not two accounts of one).
 */
/** A week or longer: a period a figure is of, not the day it was told. */
const isPeriod = (t: { start: string; end: string }): boolean => daysApart({ start: t.start, end: t.start }, { start: t.end, end: t.end }) >= 6;

/** Two periods with the same ends, give or take a few days ("last week" / "the week to Sunday"). */
const samePeriod = (a: { start: string; end: string }, b: { start: string; end: string }): boolean =>
  daysApart({ start: a.start, end: a.start }, { start: b.start, end: b.start }) <= 3 && daysApart({ start: a.end, end: a.end }, { start: b.end, end: b.end }) <= 3;

// A count said to be one so far: "By Thursday morning, 1,200 had signed", "as of this morning", "so far".
const AS_OF = new RegExp(
  String.raw`\b(?:(?:by|as\s+of)\s+(?:(?:this|last|late|early|mid-?)\s*)?(?:${WEEKDAYS.join('|')}|morning|afternoon|evening|tonight|today|yesterday|midday|noon|midnight|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h\b))|so\s+far|to\s+date|thus\s+far)\b`,
  'i',
);
const asOf = (a: Assertion): boolean => AS_OF.test(a.sentenceText);

// A count told of the event's own moment ("had 221 passengers aboard at the time"): whenever it was
// reported, it is the count every report of the story gives for that moment.
const AT_THE_TIME = /\bat\s+the\s+time\b(?!\s+of\s+writing)/i;
const atTheTime = (a: Assertion): boolean => a.value.kind === 'quantity' && AT_THE_TIME.test(a.sentenceText);

/** How long a story's fixed facts (a price set, a fence's height) are told as the same: the reports of one story. */
const FIXED_SPAN_MS = 14 * 86_400_000;

export function pairRelation(a: Assertion, b: Assertion, check: CompiledCheck, totals = true): Relation | null {
  // Two entries of one live blog at different times: the blog itself says time passed.
  // A running total that fell between two entries was misreported, as between two days.
  if (a.document === b.document && a.mark !== undefined && b.mark !== undefined && a.mark !== b.mark && check.windowMs !== null) {
    const [earlier, later] = a.mark < b.mark ? [a.value, b.value] : [b.value, a.value];
    const fell = earlier.kind === 'quantity' && later.kind === 'quantity' && later.high < earlier.low;
    return totals && check.rule.spec.cumulative && fell ? 'contradiction' : 'change';
  }
  // A figure its sentence dates to a whole past period ("a smaller leak in 2019, when two staff were treated",
  // "In June, managers proposed") against one of an undated article: two times, as far as a generic key can tell.
  if ((!a.time || !b.time) && check.rule.spec.over_time === 'unrelated' && [a.time, b.time].some((t) => t !== null && isPeriod(t))) return null;
  if (!a.time || !b.time || check.windowMs === null) return 'contradiction';
  // A monthly statistic of two months is two measurements, however close the months: July's rate and August's.
  if (check.reportsPrevious) {
    const month = (t: { start: string; end: string }): string | null => (t.start.slice(0, 7) === t.end.slice(0, 7) ? t.start.slice(0, 7) : null);
    const [x, y] = [month(a.time), month(b.time)];
    if (x !== null && y !== null && x !== y) return 'change';
  }
  const apartMs = daysApart(a.time, b.time) * 86_400_000;
  // Two whole periods that do not overlap (last year's killings and this year's so far, two
  // months' figures) are two measurements, however near their edges: not one fact told twice.
  // A running total of each period (last year's dead, this year's) is no level that moved: unrelated.
  if (apartMs > 0 && isPeriod(a.time) && isPeriod(b.time)) return check.rule.spec.over_time === 'unrelated' || check.rule.spec.cumulative ? null : 'change';
  // Two periods that overlap but are not one ("grew 6.9% in 2004" / "in the year to March 2004"): a
  // figure of a period is of that period alone, so a generic key, which cannot say how they relate, keeps them apart.
  if (check.rule.spec.over_time === 'unrelated' && isPeriod(a.time) && isPeriod(b.time) && !samePeriod(a.time, b.time)) return null;
  // At the window's edge (Wednesday's toll, Thursday's) a running total has had time to grow: a
  // later, higher count is a change, a lower one still a contradiction (below). So has a count of an
  // act done that says it is one so far ("by Wednesday afternoon, about 400 had signed"); told without
  // one ("13 people were taken to hospital") it is the count of one event.
  const grows = check.rule.spec.cumulative === true || (totals && check.accrues?.(a, b) === true && (asOf(a) || asOf(b)));
  if (apartMs < check.windowMs || (apartMs === check.windowMs && !grows)) return 'contradiction';
  if (apartMs <= FIXED_SPAN_MS && (check.fixed?.(a, b) || atTheTime(a) || atTheTime(b))) return 'contradiction';
  if (totals && apartMs <= TOTAL_SPAN_MS && a.value.kind === 'quantity' && b.value.kind === 'quantity' && check.accrues?.(a, b)) {
    const [earlier, later] = a.time.start <= b.time.start ? [a.value, b.value] : [b.value, a.value];
    return later.high < earlier.low ? 'contradiction' : 'change';
  }
  const spec = check.rule.spec;
  const span = parseWindow(spec.event_span);
  if (span !== null && apartMs > span) return null;
  if (spec.over_time === 'unrelated') return null;
  // A total that fell within weeks was misreported; one that fell over months may be another count.
  if (totals && apartMs <= TOTAL_SPAN_MS && spec.cumulative && a.value.kind === 'quantity' && b.value.kind === 'quantity') {
    const [earlier, later] = a.time.start <= b.time.start ? [a.value, b.value] : [b.value, a.value];
    if (later.high < earlier.low) return 'contradiction';
  }
  if (a.value.kind === 'status' && b.value.kind === 'status') {
    const spec = check.rule.spec as StatusRuleSpec;
    const [earlier, later] = a.time.start <= b.time.start ? [a, b] : [b, a];
    const from = spec.scale.indexOf((earlier.value as { state: string }).state);
    const to = spec.scale.indexOf((later.value as { state: string }).state);
    if (to < from && !spec.reversible) return 'contradiction';
  }
  return 'change';
}

// A month named with the figure, in its clause: "added 146,000 jobs in January".
const MONTH_OF = /\b(?:in|for|during|of)\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!\s+\d{1,2}\b)/i;

/** The month a claim of an undated article names beside its figure (three letters, lower case), or null. */
function undatedMonth(a: Assertion): string | null {
  if (a.time !== null) return null;
  const text = a.sentenceText;
  const at = a.span.start - a.sentence.start;
  const near = text.slice(Math.max(0, at - MAX_GAP * 2), Math.min(text.length, at + (a.span.end - a.span.start) + MAX_GAP * 2));
  return MONTH_OF.exec(near)?.[1]?.toLowerCase() ?? null;
}

/**
 * Whether two claims of undated articles name two months ("146,000 jobs in January", "337,000 jobs
 * in October"): figures of two months, year or no year, are two figures. With no publication date
 * to set the year, the time model reads neither month, and would take both as at one time.
 */
export function undatedMonthsDiffer(a: Assertion, b: Assertion): boolean {
  const [x, y] = [undatedMonth(a), undatedMonth(b)];
  return x !== null && y !== null && x !== y;
}
