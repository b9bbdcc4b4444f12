// Per-document extraction: sentences → candidate sentences (the prefilter) →
// shared sentence analysis → each rule's hits → assertions with derived
// locations. Pure: a document and compiled rules in, assertions out.

import type { CompiledCheck } from '../checks/types.js';
import type { Assertion, Scope, SourceDocument, Span, Value } from '../model.js';
import type { EntityMatcher, EntityMention } from './entities.js';
import type { RuleSet } from '../rules/types.js';
import { buildContext } from './context.js';
import type { Lexicon } from '../lexicon/types.js';
import { nameMentions } from '../stories/terms.js';
import { anchorNames, anchorsIn } from './anchors.js';
import { findAttribution } from './attribution.js';
import { lineIndexFor, locate } from './lines.js';
import { splitSentences } from './sentences.js';
import { markAt, timeMarks } from './marks.js';
import { personSurnames, recentPerson, sharedSurnames, surnamesByGiven } from './persons.js';
import { claimTime } from './time.js';
import type { Prefilter, TriggerTest } from './triggers.js';

export interface CompiledRules {
  checks: CompiledCheck[];
  entities: EntityMatcher;
  /** Union of every check's trigger: a sentence it rejects yields nothing. */
  prefilter: Prefilter;
  /** Each check's own trigger, all tested in one pass over a sentence. */
  triggers: TriggerTest;
  /** The rule set these were compiled from (what a worker pool and the cache need). */
  ruleSet?: RuleSet;
  /** Word knowledge: tells a name ("Murray") from a capitalised word ("Phase", "Championship"). */
  lexicon?: Lexicon;
}

export interface ExtractOptions {
  /** Off only to prove the prefilter drops nothing a rule could use. */
  prefilter?: boolean;
  /** Filled in when given: how many sentences, and how many over-long runs were split. */
  stats?: ExtractStats;
  /** Stop after this many assertions (a memory guard); stats.truncatedAt says where. */
  maxAssertions?: number;
}

export interface ExtractStats {
  sentences: number;
  capped: number;
  /** Set when maxAssertions stopped the reading: the offset of the first sentence not read. */
  truncatedAt?: number;
}

/** The place an article is mostly about: its most frequent known place written as a location. */
function documentPlace(mentions: readonly EntityMention[]): string | null {
  const counts = new Map<string, number>();
  for (const e of mentions) {
    if (e.known && e.locative) counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [id, n] of counts) {
    if (n > bestCount) {
      best = id;
      bestCount = n;
    }
  }
  return best;
}

const whitespace = /\s+/g;

/** What a sentence no figure check admits gives them: none admitted. */
const NONE: readonly boolean[] = [];
const NO_ANCHORS: { anchors: string[]; places: string[] } = { anchors: [], places: [] };

/** How far after a figure a name still anchors it ("5,125 positions would go at SBC"). */
const ANCHOR_REACH = 40;

/**
 * Money in one currency is compared only with money in the same currency: without an
 * exchange rate, a bank's £4.6bn profit says nothing against another's $6.2bn. The
 * currency joins the key (unless the rule's scope already has a unit), so comparison
 * stays a group-by and the interval sweep never sees two currencies.
 */
function currencyOf(value: Value, dims: readonly string[]): string {
  if (value.kind !== 'quantity' || value.unit === null || value.unit === '%' || dims.includes('unit')) return '';
  return `|currency=${value.unit}`;
}

/**
 * A statistic's time: one its article dates only by its own date ("the rate fell to 5.2%", a jobs
 * report of 3 September) is the month before (August's), when its rule says the statistic is
 * published after its month.
 */
function reported(previous: boolean, time: { start: string; end: string } | null, published: string | null): { start: string; end: string } | null {
  if (!previous || !time || !published || time.start !== published || time.end !== published) return time;
  const [y, m] = published.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(y, m - 2, 1));
  const end = new Date(Date.UTC(y, m - 1, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

/** The place and actor a rule named for a figure, where the frame's reading names none. */
function anchoredScope(rule: Scope, frame: Scope): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of ['place', 'actor']) {
    const v = rule[d];
    const mine = frame[d];
    if (v && v !== '*' && v !== '-' && !v.startsWith('~') && (mine === undefined || mine === '*' || mine === '-')) out[d] = v;
  }
  return out;
}

export function extractDocument(doc: SourceDocument, index: number, rules: CompiledRules, opts: ExtractOptions = {}): Assertion[] {
  const sentences = splitSentences(doc.text, opts.stats);
  if (opts.stats) opts.stats.sentences += sentences.length;
  const usePrefilter = opts.prefilter !== false;
  // Name checks read every sentence (their own search for capitalised runs is their trigger):
  // a sentence only they read skips the other checks' trigger search.
  const nameChecks = rules.checks.flatMap((c, k) => (c.namesOnly ? [k] : []));
  const candidates = sentences
    .map((span, i) => ({ span, i, text: doc.text.slice(span.start, span.end) }))
    .map((s) => ({ ...s, full: !usePrefilter || rules.prefilter.test(s.text) }))
    .filter((s) => s.full || nameChecks.length > 0);
  if (candidates.length === 0) return [];
  // Entities are found once per document and handed to each sentence, shifted to its offsets.
  const mentions = rules.entities.find(doc.text);
  const place = documentPlace(mentions);
  let cursor = 0;
  const mentionsIn = (span: Span): EntityMention[] => {
    while (cursor < mentions.length && (mentions[cursor]?.start ?? 0) < span.start) cursor++;
    const out: EntityMention[] = [];
    for (let k = cursor; k < mentions.length; k++) {
      const e = mentions[k] as EntityMention;
      if (e.start >= span.end) break;
      if (e.end <= span.end) out.push({ ...e, start: e.start - span.start, end: e.end - span.start });
    }
    return out;
  };
  const names = anchorNames(nameMentions(doc.text, rules.entities), rules.lexicon, doc.source);
  const lines = lineIndexFor(doc);
  const marks = timeMarks(doc.text);
  const lastSpeaker = (i: number, reach = 12) => (): string | null => {
    for (let j = i - 1; j >= 0 && j >= i - reach; j--) {
      const s = sentences[j];
      if (!s) continue;
      const who = findAttribution(doc.text.slice(s.start, s.end), null);
      if (who) return who;
    }
    return null;
  };
  // A document's persons are read once, and only when an epithet asks for them.
  let persons: Set<string> | undefined;
  const lexicon = rules.lexicon;
  const personBefore = (s: { i: number; span: Span }) => (at: number): string | null =>
    lexicon ? recentPerson(doc.text, sentences, s.i, s.span.start + at, (persons ??= personSurnames(doc.text, lexicon))) : null;
  let given: Map<string, string> | undefined;
  const surnameOf = (name: string): string | null => (given ??= surnamesByGiven(doc.text)).get(name) ?? null;
  let shared: Set<string> | undefined;
  const kin = (surname: string): boolean => (shared ??= sharedSurnames(doc.text, lexicon)).has(surname);
  // The words the document writes in lower case, read once and only when a capital first word asks.
  let lowerWords: Set<string> | undefined;
  const writtenLower = (word: string): boolean => (lowerWords ??= new Set(doc.text.match(/\b[a-z][a-z-]+\b/g) ?? [])).has(word);
  const out: Assertion[] = [];
  const max = opts.maxAssertions ?? Number.POSITIVE_INFINITY;
  for (const s of candidates) {
    if (out.length >= max) {
      if (opts.stats) opts.stats.truncatedAt = s.span.start;
      out.length = max;
      break;
    }
    const mark = markAt(marks, s.span.start);
    let flat: string | undefined;
    const ctx = buildContext(s.text, s.span.start, mentionsIn(s.span), place, lastSpeaker(s.i), doc.date, personBefore(s), surnameOf, writtenLower, kin, lastSpeaker(s.i, 1));
    const admitted = !usePrefilter ? null : s.full ? rules.triggers(s.text) : NONE;
    // Figures the rule-backed checks took in this sentence: a fallback check (the generic frame,
    // compiled last) yields nothing on them, so that a figure is never compared twice.
    const taken: Array<Span & { rule: string; scope: Scope }> = [];
    // An index loop: iterating entries() cost more than the loop's work for checks not admitted.
    // Name checks last, once every figure is taken: a name is not read inside a figure a rule took.
    for (let n = 0; n < rules.checks.length + nameChecks.length; n++) {
      const named = n >= rules.checks.length;
      const k = named ? (nameChecks[n - rules.checks.length] as number) : n;
      const check = rules.checks[k];
      if (!check || (check.namesOnly === true) !== named || (admitted && !named && !admitted[k])) continue;
      for (const hit of check.extract(ctx)) {
        let shadow: string | undefined;
        let scope = hit.scope;
        if (!check.fallback && !check.namesOnly) taken.push({ ...hit.span, rule: check.rule.spec.id, scope: hit.scope });
        else {
          const by = taken.find((t) => hit.span.start < t.end && t.start < hit.span.end);
          if (by && !check.shadows) continue;
          shadow = by?.rule;
          // The rule knows whose and where the figure is better than the frame's reading of the clause.
          if (by) scope = { ...scope, ...anchoredScope(by.scope, scope) };
        }
        const span = { start: s.span.start + hit.span.start, end: s.span.start + hit.span.end };
        // "Update, 9:15 p.m.: a second tornado touched down": the entry's own time is when it was written, not when the tornado did.
        if (marks.length > 0 && marks.some((mk) => span.start >= mk.start && span.end <= mk.end)) continue;
        // The names before the figure and just after it ("at Credit Suisse"), not the whole sentence's:
        // in "pull out its 5,000-strong force following the killing of Qassem Soleimani" the force is nobody's but the US's.
        // A name is no figure: no speaker, time or anchors to read for it (most claims of a run are names).
        const anchors = named ? NO_ANCHORS : anchorsIn(names, { start: s.span.start, end: Math.min(s.span.end, span.end + ANCHOR_REACH) }, doc.text, span.start);
        const dims = check.scopeDims;
        const keyScope = dims.map((d) => `${d}=${scope[d] ?? '*'}`).join('|');
        out.push({
          rule: check.rule.spec.id,
          kind: hit.value.kind,
          key: `${check.rule.spec.id}|${hit.role}|${keyScope}${currencyOf(hit.value, dims)}`,
          subject: check.subject(scope),
          role: hit.role,
          scope,
          value: hit.value,
          written: hit.written,
          document: index,
          span,
          sentence: s.span,
          location: locate(doc, lines, span),
          sentenceText: (flat ??= s.text.replace(whitespace, ' ').trim()),
          attribution: named ? null : ctx.attribution,
          time: named ? null : hit.current ? (doc.date ? { start: doc.date, end: doc.date } : null) : reported(check.reportsPrevious === true, claimTime(ctx, hit.span, doc.date), doc.date),
          ...(anchors.anchors.length > 0 ? { anchors: anchors.anchors } : {}),
          ...(anchors.places.length > 0 ? { places: anchors.places } : {}),
          ...(mark !== undefined ? { mark } : {}),
          ...(shadow !== undefined ? { shadow } : {}),
        });
      }
    }
  }
  return out;
}
