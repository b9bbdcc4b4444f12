// The closed classes of function words the generic frame reads with (rules/generic.yaml), and the
// token helpers every reader of a figure's words shares: what a word is, where a noun phrase ends.

import { escapeRegExp } from '../engine/regexp.js';
import type { Lexicon } from '../lexicon/types.js';
import type { FrameRuleSpec } from '../rules/types.js';

export interface FrameWords {
  stops: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  general: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  modals: ReadonlySet<string>;
  negations: ReadonlySet<string>;
  plurals: ReadonlySet<string>;
  measures: ReadonlySet<string>;
  links: ReadonlySet<string>;
  levels: ReadonlySet<string>;
  light: ReadonlySet<string>;
  support: ReadonlySet<string>;
  undergoes: ReadonlySet<string>;
  /** Verbs whose object ends in the state a word after it names ("left five injured"): the predicate is that word's. */
  resultatives: ReadonlySet<string>;
  states: ReadonlySet<string>;
  /** Verbs of what a subject has ("employs 2,870 staff"): the count is its size, read as "be". */
  possessions: ReadonlySet<string>;
  /** Verbs of obtaining ("received", "won"): one act whatever the verb. */
  obtains: ReadonlySet<string>;
  /** Before a figure's verb ("plans to vaccinate 64 million") or after its noun ("178 stores will close"): an intention. */
  planned: { before: RegExp; after: RegExp; joined: RegExp };
  particles: ReadonlySet<string>;
  changes: ReadonlySet<string>;
  amounts: ReadonlySet<string>;
  rises: ReadonlySet<string>;
  falls: ReadonlySet<string>;
  comparatives: ReadonlySet<string>;
  fractions: ReadonlySet<string>;
  degrees: ReadonlySet<string>;
  dimensions: ReadonlySet<string>;
  durations: ReadonlySet<string>;
  classes: readonly string[];
  exclusive: readonly string[];
  currencies: ReadonlyMap<string, string>;
  /** The ISO codes the pack's currency words stand for ("PLN", "CHF"): written before a figure, its currency. */
  currencyCodes: ReadonlySet<string>;
  units: ReadonlyMap<string, string>;
  /** The codes those unit words stand for ("km", "l", "km/h"): a figure in one is a measure. */
  unitCodes: ReadonlySet<string>;
  /** Units of several words or with a slash ("cubic metres", "km/h"), by their first word, longest first. */
  multiUnits: ReadonlyMap<string, ReadonlyArray<[string, string]>>;
  /** The units those words stand for ("km/h"), whose words are part of the figure, not a rate after it. */
  multiUnitCodes: ReadonlySet<string>;
  /** Units of speed: a base unit per time ("km/h"), or one compared in such a base ("mph", "knot"). */
  speeds: ReadonlySet<string>;
  lexicon: Lexicon;
}

export function frameWords(spec: FrameRuleSpec, lexicon: Lexicon): FrameWords {
  const multiUnits = multiWordUnits(spec.measure_units ?? {});
  const set = (list: readonly string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));
  const l = spec.lexicon;
  return {
    stops: set([...l.stops, ...l.prepositions, ...l.determiners, ...l.auxiliaries, ...l.modals, ...l.negations, ...l.links]),
    prepositions: set(l.prepositions),
    general: set(l.general),
    determiners: set(l.determiners),
    auxiliaries: set(l.auxiliaries),
    modals: set(l.modals),
    negations: set(l.negations),
    plurals: set(l.plurals),
    measures: set(l.measures),
    links: set(l.links),
    levels: set(l.levels ?? []),
    light: set(l.light ?? []),
    support: set(l.support ?? []),
    undergoes: set(l.undergoes ?? []),
    resultatives: set(l.resultatives ?? []),
    states: set(l.states ?? []),
    possessions: set(l.possessions ?? []),
    obtains: set(l.obtains ?? []),
    planned: plannedPatterns(l.plans ?? []),
    particles: set(l.particles),
    changes: set(l.changes),
    amounts: set(l.amounts ?? []),
    rises: set(l.rises ?? []),
    falls: set(l.falls ?? []),
    comparatives: set(l.comparatives),
    fractions: set(l.fractions ?? []),
    degrees: set(l.degrees ?? []),
    dimensions: set(l.dimensions),
    durations: set(l.durations ?? []),
    classes: (l.classes ?? []).map((c) => c.toLowerCase()),
    exclusive: (l.exclusive ?? []).map((c) => c.toLowerCase()),
    currencies: new Map(Object.entries(spec.currencies ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    currencyCodes: new Set(Object.values(spec.currencies ?? {})),
    units: new Map(Object.entries(spec.measure_units ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    unitCodes: new Set(Object.values(spec.measure_units ?? {})),
    multiUnits,
    multiUnitCodes: new Set([...multiUnits.values()].flatMap((list) => list.map(([, unit]) => unit))),
    speeds: new Set(Object.values(spec.measure_units ?? {}).filter((u) => `${u}${spec.unit_bases?.[u]?.[0] ?? ''}`.includes('/'))),
    lexicon,
  };
}

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

// Words, figures and punctuation: "by 25 basis points to" is read token by token backwards.
const TOKEN = /[A-Za-z](?:[A-Za-z]|['’](?=[A-Za-z]))*(?:-[A-Za-z]+)*|[$£€]?\d[\d,.]*%?|[^\sA-Za-z\d]/g;

export function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

export const isWord = (t: Token | undefined): t is Token => t !== undefined && /^[A-Za-z]/.test(t.text);
export const isLower = (t: Token | undefined): t is Token => isWord(t) && /^[a-z]/.test(t.text);
export const isName = (t: Token | undefined): t is Token => isWord(t) && /^[A-Z]/.test(t.text);
// A word ending in -ly is an adverb, never part of a noun phrase ("were quickly evacuated").
// A word in -ly is an adverb ("nearly", "only") unless it is a noun and no adjective: "family", "supply", "assembly".
export const isContent = (w: FrameWords, t: Token | undefined): t is Token =>
  isLower(t) && !w.stops.has(t.lower) && (!/ly$/.test(t.lower) || (w.lexicon.has(t.lower, 'noun') && !w.lexicon.has(t.lower, 'adj')));

/** A plural noun: a count above one is written with one ("312 passengers", "14 crew"). */
export function isPlural(w: FrameWords, t: Token): boolean {
  return w.plurals.has(t.lower) || (/[a-z]{2}s$/.test(t.lower) && !/(?:ss|us|is)$/.test(t.lower));
}

/**
 * The head's lemma, its modifiers as written ("crane operators" → operator, crane) and its broad
 * class from the lexicon. A general noun ("people", a group in WordNet, not a person) or a class
 * named itself ("vehicles") is no thing in particular: null, which fits any thing of its class.
 */
export function nounOf(w: FrameWords, words: readonly Token[]): { thing: string | null; kind: string; modifier: string | null } {
  const head = words[words.length - 1];
  const modifier = words.slice(0, -1).map((t) => t.lower).join(' ') || null;
  if (!head) return { thing: null, kind: '-', modifier };
  if (w.general.has(head.lower)) return { thing: null, kind: w.classes[0] ?? '-', modifier };
  const lemma = singular(w, head.lower);
  if (w.classes.includes(lemma)) return { thing: null, kind: lemma, modifier };
  return { thing: lemma, kind: w.classes.find((c) => w.lexicon.isA(lemma, c)) ?? '-', modifier };
}

/**
 * A plural's singular, also where WordNet keeps the plural as a lemma of its own ("heights",
 * "profits" name a place and earnings): "heights of up to 120 metres" and "a height of 210
 * metres" are one measure. Only a plain -s, and only when the singular is a noun.
 */
function singular(w: FrameWords, word: string): string {
  const lemma = w.lexicon.lemma(word, 'noun');
  if (lemma !== word || !/[^s]s$/.test(word)) return lemma;
  const one = word.slice(0, -1);
  return w.lexicon.has(one, 'noun') ? one : lemma;
}

/**
 * An irregular past tense ("saw", "took", "went"): the verb of a clause, never a modifier of the
 * noun after it ("the film division saw profits slump"). A participle in -ed or -en, or one
 * WordNet also knows as an adjective ("paid leave"), may modify.
 */
function pastTense(w: FrameWords, t: Token): boolean {
  return !/(?:ed|en|s|ing)$/.test(t.lower) && w.lexicon.lemma(t.lower, 'verb') !== t.lower && !w.lexicon.has(t.lower, 'adj');
}

/**
 * A light verb's past after its subject ("the retailer reported net debt of", "Veltara posted a profit"):
 * the clause's verb, not a participle that modifies ("the reported cases" has its determiner before it).
 */
function lightPast(w: FrameWords, before: readonly Token[], i: number): boolean {
  const t = before[i] as Token;
  if (!/ed$/.test(t.lower) || !w.light.has(w.lexicon.lemma(t.lower, 'verb'))) return false;
  const prior = before[i + 1];
  return isWord(prior) && !w.determiners.has(prior.lower) && !w.prepositions.has(prior.lower);
}

/**
 * The noun phrase that ends at `before[k]` (nearest first), at most three words of content;
 * a proper name just before it is its name ("Veltara shares").
 */
const QUOTES = /^["“”]$/;

export function phraseBack(w: FrameWords, before: readonly Token[], k: number, verbs = false): { words: Token[]; next: number; name: string | null } {
  const words: Token[] = [];
  let i = k;
  while (words.length < 3 && isContent(w, before[i]) && !pastTense(w, before[i] as Token) && !(verbs && lightPast(w, before, i))) words.unshift(before[i++] as Token);
  // A quoted name before the noun names which one: "the ISM's "new orders" index" is not the ISM index.
  if (words.length > 0 && QUOTES.test(before[i]?.text ?? '')) {
    let j = i + 1;
    const quoted: Token[] = [];
    while (quoted.length < 3 && isWord(before[j])) quoted.unshift(before[j++] as Token);
    if (quoted.length > 0 && QUOTES.test(before[j]?.text ?? '')) {
      words.unshift(...quoted);
      i = j + 1;
    }
  }
  const n = before[i];
  return { words, next: i, name: isName(n) && !w.stops.has(n.lower) ? n.lower : null };
}

// A plan word of several words matches across any spaces ("is  to").
const escape = (s: string): string => escapeRegExp(s).replace(/\s+/g, '\\s+');

/** A plan word a few words before the figure, or right after its noun; never matches when the pack lists none. */
function plannedPatterns(words: readonly string[]): { before: RegExp; after: RegExp; joined: RegExp } {
  if (words.length === 0) return { before: /(?!)/, after: /(?!)/, joined: /(?!)/ };
  const alt = words.map(escape).join('|');
  return {
    before: new RegExp(`\\b(?:${alt})\\b(?:\\s+[\\w'’-]+){0,5}\\s*$`, 'i'),
    after: new RegExp(`^\\s+(?:${alt})\\b`, 'i'),
    // A second verb the first's modal still governs: "will close its 8-inch line in Dresden and cut 470 jobs".
    joined: new RegExp(`\\b(?:${alt})\\b(?:\\s+[\\w'’-]+){1,10}\\s+and\\s+([a-z]+)\\s*$`, 'i'),
  };
}

/** The pack's units written in several words or with a slash, by first word, longest first (so "km/h" wins over "km"). */
function multiWordUnits(units: Record<string, string>): Map<string, Array<[string, string]>> {
  const out = new Map<string, Array<[string, string]>>();
  for (const [written, unit] of Object.entries(units)) {
    const lower = written.toLowerCase();
    const first = /^[a-z]+/.exec(lower)?.[0];
    if (!first || first === lower) continue;
    out.set(first, [...(out.get(first) ?? []), [lower, unit] as [string, string]].sort((a, b) => b[0].length - a[0].length));
  }
  return out;
}
