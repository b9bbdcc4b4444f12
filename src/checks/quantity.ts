// The quantity check: a figure tied to the rule's subject ("5,000 US soldiers",
// "the death toll rose to 45", "killed at least 45"), with the role the figure
// plays and the place and actor it is about, read as an interval.

import type { QuantityValue, Role, Scope, Span, Value } from '../model.js';
import type { EntityMatcher, EntityMention } from '../engine/entities.js';
import type { NumberMention } from '../engine/numbers.js';
import { antecedentClause } from '../engine/context.js';
import type { Matcher, MatcherFactory } from '../engine/matcher.js';
import { allMatches } from '../engine/regexp.js';
import type { LoadedRule, QuantityRuleSpec } from '../rules/types.js';
import { anyOf, triggerWord, parseWindow, phraseSource, triggerWords } from './phrases.js';
import { HEDGE_OF, figureInterval, intervalsMeet } from './intervals.js';
import { FORECAST_AFTER, FORECAST_BEFORE, RUNNING, WHOLE_BEFORE, figureRole } from './roles.js';
import type { CheckKind, CompiledCheck, Hit, SentenceContext } from './types.js';
import type { Lexicon } from '../lexicon/types.js';
import { partAndWhole } from './qualifier.js';
import { atSite, siteSubject } from './site.js';

// Words that end the run of modifiers between a figure and its noun: "5,000 US
// soldiers" links, "5,000 in Syria, soldiers" does not.
const BARRIERS =
  'in|on|at|of|for|from|to|by|with|into|onto|over|under|after|before|since|during|while|and|or|but|than|as|the|a|an|' +
  'is|are|was|were|be|been|being|has|have|had|will|would|could|should|may|might|must|can|did|do|does|said|says|that|which|who|' +
  'this|these|those|its|their|his|her|our|per|each|every|according|including|about|around';
// A word that does not begin with a barrier: checked by a lookbehind from the word's end
// (the word follows a space), which RE2 runs too, where it has no lookahead.
const MODIFIER = String.raw`(?:[\w'’.-]+(?<!\s(?:${BARRIERS})\b[\w'’.-]*)\s+)`;
const LINKS =
  'at|to|of|reached|reach|reaches|hit|hits|is|was|were|are|stood at|stands at|topped|tops|passed|exceeded|surpassed|numbered|numbers|' +
  'number|totaled|totalled|totals|total|rose to|climbed to|jumped to|increased to|grew to|fell to|dropped to|put at|estimated at|' +
  'near|nears|neared|around|as high as|as low as|now|now at|some|about|by';
const YEAR_PREPOSITIONS = /\b(?:in|since|by|of|from|until|till|before|after|during|around|circa|year)\s+$/i;

interface Compiled {
  spec: QuantityRuleSpec;
  /** A head noun at a given place (sticky): tried at each of headSlots' places in turn. */
  head: Matcher | null;
  /** Any frame word, for figures (tallies) that need no linking word. */
  frameWord: Matcher | null;
  /** The rule's own nouns (not the generic ones): "Eleven of the survivors" is a part of them. */
  ownNoun: Matcher | null;
  /** Matches a head noun that counts only with a context word near ("people" killed). */
  generic: Matcher | null;
  frame: Matcher | null;
  verb: Matcher | null;
  verbObject: Matcher | null;
  cues: Matcher | null;
  context: Set<string>;
  exclude: Set<string>;
  changes: Matcher | null;
  units: Set<string> | null;
  tolerance: number;
  hedgeTolerance: number;
}

function alternation(list: readonly string[] | undefined, plural = false): string | null {
  if (!list || list.length === 0) return null;
  const parts = [...list].sort((a, b) => b.length - a.length).map((p) => phraseSource(p, plural));
  return anyOf(parts);
}

function compileSpec(spec: QuantityRuleSpec, expr: MatcherFactory): Compiled {
  const nouns = alternation([...(spec.lexicon.nouns ?? []), ...(spec.lexicon.generic ?? [])], true);
  const generic = alternation(spec.lexicon.generic, true);
  // "the number of US troops ... at 3,000": every noun also takes its figure through a counting frame.
  const specific = alternation(spec.lexicon.nouns, true);
  const counted = specific ? `(?:number|total|count|tally|figure|strength|size)\\s+of\\s+(?:the\\s+)?${MODIFIER}{0,3}?(?:${specific})` : null;
  const frames = [alternation(spec.lexicon.frames, true), counted].filter(Boolean).join('|') || null;
  const verbs = alternation(spec.lexicon.verbs);
  const context = spec.lexicon.context ?? [];
  const exclude = spec.lexicon.exclude ?? [];
  const cueList = [...context, ...exclude];
  const changes = alternation(spec.lexicon.changes);
  return {
    spec,
    head: nouns ? expr(String.raw`(?:${nouns})\b`, 'iy') : null,
    generic: generic ? expr(`^(?:${generic})$`, 'i') : null,
    ownNoun: specific ? expr(String.raw`^\s+of\s+(?:the|those|them|whom)\s+(?:[\w-]+\s+){0,2}?(?:${specific})\b`, 'i') : null,
    frameWord: spec.lexicon.frames?.length ? expr(String.raw`\b(?:${alternation(spec.lexicon.frames)})\b`, 'i') : null,
    // A frame, then optionally its linking word, at the end. Only where the frame starts is read,
    // so the frame is written once, not once per alternative: half the expression to compile.
    // A frame starts a word ("force of 5,000", not "workforce of 75,000"), which also spares the
    // engine every position inside a word.
    frame: frames ? expr(String.raw`\b(?:${frames})(?:\b[^;!?]{0,70}?\b(?:${LINKS}))?\s*[:,]?\s*$`, 'i') : null,
    verb: verbs ? expr(String.raw`\b(?:${verbs})\s+$`, 'i') : null,
    // Money takes an object between verb and sum: "fined the bank €1.2bn", "fined Google $5bn".
    verbObject: verbs ? expr(String.raw`\b(?:${verbs})\s+(?:the\s+|a\s+|an\s+|its\s+)?[\w'’-]+\s+(?:[\w'’-]+\s+)?$`, 'i') : null,
    cues: cueList.length ? expr(String.raw`\b(?:${alternation(cueList, false)})\b`, 'gi') : null,
    context: new Set(context.map((c) => c.toLowerCase())),
    exclude: new Set(exclude.map((c) => c.toLowerCase())),
    changes: changes ? expr(String.raw`\b(?:${changes})\s+(?:\w+\s+){0,2}$`, 'i') : null,
    units: spec.units && spec.units.length ? new Set(spec.units) : null,
    tolerance: spec.tolerance ?? 0.05,
    hedgeTolerance: spec.hedge_tolerance ?? 0.1,
  };
}

function clauseOf(ctx: SentenceContext, at: number): Span {
  return ctx.clauses.find((c) => at >= c.start && at < c.end) ?? { start: 0, end: ctx.text.length };
}

const HEAD_LEAD = /^(?:-|\s+)(?:of\s+(?:the|its|their|his|her|our)\s+)?/i;
const BARRIER_AT = new RegExp(String.raw`(?:${BARRIERS})\b`, 'iy');
const WORD_AT = /[\w'’.-]+\s+/y;
const slotCache = new WeakMap<NumberMention, number[]>();

/**
 * Where a head noun may begin after a figure: after the lead ("-", "of the"), then after
 * each of up to four modifier words, stopping at a barrier ("5,000 US soldiers", not "5,000
 * in Syria, soldiers"). Worked out once per figure and shared by every rule: written into
 * each rule's expression, the barrier list cost more to compile than all the matching.
 */
function headSlots(m: NumberMention, after: string): number[] {
  const cached = slotCache.get(m);
  if (cached) return cached;
  const lead = HEAD_LEAD.exec(after);
  const slots: number[] = [];
  if (lead) {
    let p = lead[0].length;
    slots.push(p);
    for (let k = 0; k < 4; k++) {
      BARRIER_AT.lastIndex = p;
      if (BARRIER_AT.test(after)) break;
      WORD_AT.lastIndex = p;
      const w = WORD_AT.exec(after);
      if (!w) break;
      p += w[0].length;
      slots.push(p);
    }
  }
  slotCache.set(m, slots);
  return slots;
}

/** The first place a head noun begins, the noun and where it ends. */
function headAt(head: Matcher, after: string, slots: readonly number[]): { noun: string; end: number } | null {
  for (const p of slots) {
    head.lastIndex = p;
    const n = head.exec(after);
    if (n) return { noun: n[0], end: p + n[0].length };
  }
  return null;
}

/** How the figure attaches to the subject; the end offset of what it attached to. */
function attach(c: Compiled, ctx: SentenceContext, m: NumberMention, clause: Span): { end: number; mods: Span; needsContext: boolean } | null {
  const text = ctx.text;
  const after = text.slice(m.end, clause.end);
  const h = c.head ? headAt(c.head, after, headSlots(m, after)) : null;
  if (h) {
    const needsContext = Boolean(c.generic?.test(h.noun));
    return { end: m.end + h.end, mods: { start: m.end, end: m.end + h.end - h.noun.length }, needsContext };
  }
  const from = Math.max(clause.start, m.start - 120);
  const before = text.slice(from, m.start);
  // A tally ("170 to 0", "52-48") is a vote wherever a vote word comes before it in the clause.
  if (m.kind === 'tally') return c.frameWord?.test(text.slice(Math.max(clause.start, m.start - 60), m.start)) ? { end: m.end, mods: { start: m.end, end: m.end }, needsContext: false } : null;
  const f = c.frame?.exec(before);
  // The frame's words carry the actor: "the number of US troops ... at 3,000".
  if (f) return { end: m.end, mods: { start: from + f.index, end: m.start }, needsContext: false };
  const verbFits = Boolean(c.verb?.test(before) || (m.unit !== null && m.unit !== '%' && c.verbObject?.test(before)));
  if (verbFits && /^\s*(?:[,.;:)"”]|$|(?:in|on|at|and|across|during|when|after|since|while|including|as|people|so far|overnight|last|this)\b)/i.test(after)) {
    return { end: m.end, mods: { start: m.end, end: m.end }, needsContext: false };
  }
  return null;
}

/** The nearest role cue ("killed", "injured") decides which rule a figure belongs to. */
function cueAllows(c: Compiled, ctx: SentenceContext, m: NumberMention, end: number, clause: Span, needsContext: boolean): boolean {
  if (!c.cues) return true;
  // Cues further than a few words away belong to another figure ("… in Baghdad that killed …"),
  // and so do cues beyond the next figure ("$4.2 billion, below the $4.3 billion analysts had expected").
  let from = Math.max(clause.start, m.start - 40);
  let to = Math.min(clause.end, end + 40);
  for (const o of ctx.numbers) {
    if (o.end <= m.start && o.end > from) from = o.end;
    if (o.start >= end && o.start < to) to = o.start;
  }
  const window = ctx.text.slice(from, to);
  let best: { word: string; distance: number } | null = null;
  for (const cue of allMatches(c.cues, window)) {
    const at = from + cue.index;
    const stop = at + cue[0].length;
    const distance = stop <= m.start ? m.start - stop : at >= end ? at - end : 0;
    if (!best || distance < best.distance) best = { word: cue[0].toLowerCase().replace(/\s+/g, ' '), distance };
  }
  if (!best) return !needsContext;
  return !c.exclude.has(best.word) && (!needsContext || c.context.has(best.word));
}

function roleOf(c: Compiled, text: string, m: NumberMention, mods: Span): Role {
  const role = figureRole(text, m, mods, (after) => c.ownNoun?.test(after) === true);
  if (role !== 'count') return role;
  return c.changes?.test(text.slice(Math.max(0, m.start - 40), m.start)) ? 'change' : 'count';
}

/** A count of one site ("employs 1,400 people at its Ashbridge factory") is a part of the whole count (checks/site.ts). */
function siteRole(role: Role, after: string, lexicon: Lexicon | undefined, level: boolean, before = ''): Role {
  return role === 'count' && lexicon && (atSite(after, lexicon, level) || (level && siteSubject(before, lexicon))) ? 'part' : role;
}

const NOT_SUBJECTS = new Set('The A An It Its He She They This That These Those Its Their In On At By For But And Some About More Officials Police'.split(' '));
/** A name led by a title is a person ("Chief Executive Pamela Okafor said"), not the organisation. */
const TITLES = new Set('Chief Executive President Prime Minister Secretary Director Chairman Chairwoman Chair Spokesman Spokeswoman Spokesperson Mr Mrs Ms Dr Sir Senator Governor General Mayor Judge Officer Analyst Professor CEO CFO'.split(' '));

/**
 * The organisation a figure belongs to when no known party is named: the proper
 * name that is the subject of the clause ("Halden Systems said it would cut 3,500
 * jobs"), by its first word, so "Corvane" and "Corvane Technologies" are one.
 */
function namedSubject(before: string): string | null {
  const SUBJECT = /\b([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})\s+(?:has\s+|had\s+|will\s+|would\s+|is\s+|also\s+)?(?:said|says|announced|plans|planned|will|would|is|has|cut|cuts|employs|reported|posted|told)\b/g;
  let name: string | null = null;
  for (const m of before.matchAll(SUBJECT)) {
    const words = (m[1] ?? '').split(/\s+/).filter((w) => !NOT_SUBJECTS.has(w));
    if (words[0] && !TITLES.has(words[0])) name = words[0].toLowerCase();
  }
  return name;
}

/** The name a relative clause speaks of: "rival Hartwell Foods, which reported revenue of $3.9 billion". */
function antecedentName(previous: string): string | null {
  const m = /\b([A-Z][\w&'’-]*)(?:\s+[A-Z][\w&'’-]*){0,3}\s*$/.exec(previous);
  const first = m?.[1];
  return first && !NOT_SUBJECTS.has(first) && !TITLES.has(first) ? first.toLowerCase() : null;
}

/** The actor of a figure in a relative clause, from the clause before it; null when the break is not "which" or "who". */
function relativeActor(ctx: SentenceContext, clause: Span): string | null {
  const previous = antecedentClause(ctx, clause, /\b(?:which|who)\b/i);
  return previous ? antecedentName(ctx.text.slice(previous.start, previous.end)) : null;
}

function scopeOf(ctx: SentenceContext, m: NumberMention, mods: Span, clause: Span, dims: readonly string[], subjectActor: boolean): Scope {
  const inClause = (e: EntityMention): boolean => e.start >= clause.start && e.end <= clause.end;
  const ents = ctx.entities.filter(inClause);
  const possessive = (e: EntityMention): boolean => /^(?:'s|’s)\s+$/.test(ctx.text.slice(e.end, m.start));
  const pronoun = /\b(?:its|their)\s+(?:\S+\s+){0,2}$/i.test(ctx.text.slice(Math.max(0, m.start - 30), m.start));
  const actorEnt =
    ents.find((e) => e.known && !e.locative && e.start >= mods.start && e.end <= mods.end) ??
    ents.find((e) => e.known && possessive(e)) ??
    (pronoun ? [...ents].reverse().find((e) => e.known && e.end <= m.start && !e.locative) : undefined);
  const locatives = ents.filter((e) => e.locative && e !== actorEnt);
  // A place written as a location in the clause; else one named in it ("struck western Nepal",
  // "the Nepal earthquake"); else one the sentence names as a location; else the article's.
  const place =
    locatives.find((e) => e.start >= m.end) ??
    [...locatives].reverse().find((e) => e.end <= m.start) ??
    ents.find((e) => e.known && !e.party && e !== actorEnt && !(e.start >= mods.start && e.end <= mods.end)) ??
    ctx.entities.find((e) => e.locative && e !== actorEnt) ??
    null;
  return {
    place: place ? place.id : ctx.documentPlace,
    actor: actorEnt ? actorEnt.id : subjectActor ? (namedSubject(ctx.text.slice(clause.start, m.start)) ?? relativeActor(ctx, clause)) : null,
    ...(dims.includes('period') ? { period: periodOf(ctx.text.slice(clause.start, clause.end)) } : {}),
    ...(dims.includes('body') ? { body: bodyOf(ctx.text.slice(clause.start, clause.end)) } : {}),
  };
}

/** The body that voted: "in the Senate", "the House", "parliament", "shareholders". */
function bodyOf(clause: string): string | null {
  const m = /\b(Senate|House of Commons|House of Lords|House|Parliament|parliament|Congress|[Aa]ssembly|[Cc]ouncil|[Cc]ommittee|[Bb]oard|shareholders|lawmakers|MPs|delegates|voters)\b/.exec(clause);
  return m?.[1]?.toLowerCase() ?? null;
}

const ORDINAL_QUARTER: Record<string, string> = { first: 'q1', '1st': 'q1', second: 'q2', '2nd': 'q2', third: 'q3', '3rd': 'q3', fourth: 'q4', '4th': 'q4' };
const QUARTER_BY_END: Record<string, string> = { march: 'q1', june: 'q2', september: 'q3', sept: 'q3', december: 'q4' };
const QUARTER_BY_MONTH: Record<string, string> = { january: 'q1', april: 'q2', july: 'q3', october: 'q4' };

/** The reporting period a financial figure belongs to: a quarter, a half, the full year; "-" when none is named. */
function periodOf(clause: string): string {
  const q = /\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\b|\bQ([1-4])\b|\b(January|April|July|October)\s*[-–]\s*(?:March|June|September|December)\s+quarter\b/i.exec(clause);
  if (q) return q[1] ? (ORDINAL_QUARTER[q[1].toLowerCase()] ?? '-') : q[2] ? `q${q[2]}` : (QUARTER_BY_MONTH[(q[3] ?? '').toLowerCase()] ?? '-');
  // "the quarter ended June 30", "the three months to the end of June": the quarter its last month closes.
  const ending = /\b(?:quarter|three\s+months)\s+(?:that\s+)?(?:ended|ending|ends|to|through|until)\s+(?:the\s+end\s+of\s+)?(March|June|September|Sept|December)\b/i.exec(clause);
  if (ending) return QUARTER_BY_END[(ending[1] ?? '').toLowerCase()] ?? '-';
  const h = /\b(first|second)[- ]half\b|\bH([12])\b|\b(first|last) six months\b/i.exec(clause);
  if (h) return h[2] ? `h${h[2]}` : (h[1] ?? h[3])?.toLowerCase() === 'first' ? 'h1' : 'h2';
  // A quarter the clause does not name ("its most recent quarter") is not the year's figure.
  if (/\b(?:the|this|last|latest|most recent|previous|past|its|fiscal|financial|same|that)\s+quarter\b|\bquarterly\b/i.test(clause)) return '-';
  // "Annual" names the period of a figure, not of a change ("a 1 percent annual gain").
  if (/\b(?:full[- ]year|annual(?!\s+(?:gain|growth|increase|rise|decline|drop|fall|rate|pace))|fiscal year|financial year|whole year|for the year|last year|this year)\b/i.test(clause)) return 'year';
  return '-';
}

export const quantityCheck: CheckKind = {
  kind: 'quantity',
  compile(rule: LoadedRule, entities: EntityMatcher, expr: MatcherFactory, lexicon?: Lexicon): CompiledCheck {
    const spec = rule.spec as QuantityRuleSpec;
    const c = compileSpec(spec, expr);
    const plain = [...(spec.lexicon.nouns ?? []), ...(spec.lexicon.frames ?? []), ...(spec.lexicon.verbs ?? [])].map(triggerWord);
    const generic = (spec.lexicon.generic ?? []).map(triggerWord);
    const first = [...plain, ...generic];
    // A generic head needs a context cue (cueAllows): without a context word in the sentence it cannot be used.
    const context = (spec.lexicon.context ?? []).map(triggerWord);
    const paired = plain.length > 0 && generic.length > 0 && context.length > 0 ? triggerWords([...generic, ...context]) : null;
    const min = spec.min ?? 0;
    const max = spec.max ?? Number.POSITIVE_INFINITY;
    return {
      rule,
      severity: rule.severity,
      scopeDims: spec.scope ?? ['place', 'actor'],
      windowMs: parseWindow(spec.window),
      reportsPrevious: spec.reports === 'previous-month',
      // "71,000 civil service jobs" against "104,000 jobs": a kind's count below the thing's is a part.
      ...(c.head && lexicon ? { apart: partAndWhole(c.head, lexicon) } : {}),
      // Nothing to find: an expression that fails at once on either engine (RE2 has no (?!)).
      trigger: expr(`(?:${alternation(first, true) ?? String.raw`[^\s\S]`})`, 'i'),
      triggerWords: paired ? triggerWords(plain) : triggerWords(first),
      pairedTrigger: paired ? { words: generic, context } : null,
      subject(scope: Scope): string {
        const dims = spec.scope ?? ['place', 'actor'];
        const actor = scope.actor && dims.includes('actor') ? shortName(entities, scope.actor) + ' ' : '';
        const place = scope.place && dims.includes('place') ? ' · ' + entities.display(scope.place).replace(/^the\s+/i, '') : '';
        return `${actor}${spec.subject}${place}`;
      },
      compatible(a: Value, b: Value): boolean {
        if (a.kind !== 'quantity' || b.kind !== 'quantity') return true;
        // Two currencies say nothing against each other without an exchange rate: a bank's
        // £4.6bn profit is no rival to another's $6.2bn, nor to its own ($8.6bn).
        if (a.unit !== null && b.unit !== null && a.unit !== b.unit) return true;
        return intervalsMeet(a, b);
      },
      extract(ctx: SentenceContext): Hit[] {
        const hits: Hit[] = [];
        for (const m of ctx.numbers) {
          const tally = m.kind === 'tally' && c.units?.has('tally') === true;
          if (m.kind === 'year') {
            if (YEAR_PREPOSITIONS.test(ctx.text.slice(Math.max(0, m.start - 12), m.start))) continue;
          } else if (m.kind !== 'quantity' && !tally) continue;
          if (m.shape === 'vague' && spec.vague !== 'compare') continue;
          if (!tally && (c.units ? !m.unit || !c.units.has(m.unit) : m.unit !== null)) continue;
          if ((m.number < min || m.number > max) && m.shape !== 'vague') continue;
          const clause = clauseOf(ctx, m.coreStart);
          // "killing 62 of the 78 people on board": 78 is the whole the 62 were taken from.
          if (WHOLE_BEFORE.test(ctx.text.slice(Math.max(clause.start, m.start - 30), m.start))) continue;
          const link = attach(c, ctx, m, clause);
          if (!link) continue;
          if (m.kind === 'year' && link.mods.end !== m.end + 1 && link.mods.end !== m.end) continue;
          if (!cueAllows(c, ctx, m, link.end, clause, link.needsContext)) continue;
          if (spec.forecasts !== 'keep' && (FORECAST_BEFORE.test(ctx.text.slice(clause.start, m.start)) || FORECAST_AFTER.test(ctx.text.slice(link.end, clause.end)))) continue;
          const scope = scopeOf(ctx, m, link.mods, clause, spec.scope ?? ['place', 'actor'], spec.actor_from_subject === true);
          if ((spec.require ?? []).some((d) => scope[d] === null || scope[d] === undefined || scope[d] === '-')) continue;
          const [low, top] = figureInterval(m, c.tolerance, c.hedgeTolerance);
          // A running total told "so far" is the least it can be: a later, higher count is no rival.
          const running = spec.cumulative === true && m.number > 0 && RUNNING.test(ctx.text.slice(clause.start, clause.end));
          const high = running ? Number.POSITIVE_INFINITY : top;
          const value: QuantityValue = { kind: 'quantity', number: m.number, low, high, hedge: running ? 'min' : HEDGE_OF[m.shape], unit: m.unit };
          hits.push({
            span: { start: m.start, end: m.end },
            written: m.written,
            role: siteRole(roleOf(c, ctx.text, m, link.mods), ctx.text.slice(link.end, clause.end), lexicon, spec.over_time !== 'unrelated' && spec.cumulative !== true, ctx.text.slice(clause.start, m.start)),
            scope,
            value,
          });
        }
        return hits;
      },
    };
  },
};

/** "US troops" rather than "the United States troops": a short all-capitals name if there is one, else the display name. */
function shortName(entities: EntityMatcher, id: string): string {
  const abbreviation = entities.names(id).find((n) => /^[A-Z]{2,4}$/.test(n));
  return abbreviation ?? entities.display(id).replace(/^the\s+/i, '');
}
