// One count of a thing, told with two verbs: "62,000 ducks were culled" in one article,
// "the slaughter of 48,000 ducks" in another; "800 residents had to leave" and "2,300
// residents were evacuated". WordNet does not join every pair of verbs reporters use for one
// act, and no list could. The story itself can: when each article counts the thing (same
// noun, unit, place and actor) once, under one verb, and no article counts it under two, the
// counts are one quantity told with different verbs. An article that counts the thing under
// two verbs ("14 workers were hurt and two were killed") shows the verbs name different
// quantities, and the family stays apart. Such a conflict is weak evidence: a warning
// (checks/frame.ts, confidenceOf), never an error.

import type { Assertion } from '../model.js';
import { modifiersAgree, parseKey } from './keys.js';

/**
 * The dimension that may differ. `predicate`: one thing counted under two verbs. `thing`: one act
 * counted with two nouns of one class ("11,400 runners started" / "14,100 participants started"):
 * only nouns WordNet puts in a class (persons, vehicles), never a thing unsaid ("people") or a kind
 * of its own.
 */
export type LooseDim = 'predicate' | 'thing';

interface Parsed {
  key: string;
  family: string;
  /** The family's dimensions in order (values; "*" unsaid). */
  dims: string[];
  modifier: string;
  /** The value of the loose dimension. */
  loose: string;
}

function parse(key: string, dim: LooseDim): Parsed | null {
  const cut = key.indexOf('\u0000');
  const { base, dims: list } = parseKey(key.slice(cut + 1));
  const dims = new Map(list);
  const thing = dims.get('thing');
  const predicate = dims.get('predicate');
  const kind = dims.get('kind');
  // Only a named thing (not people in general), outside any part read by its whole, with a verb said.
  // Not a level or a place ("be", "be on the beach": a state at a time, many per story): only verbs of acts.
  if (!thing || thing === '*' || !predicate || predicate === '*' || /^be\b/.test(predicate) || kind === 'part') return null;
  if (dim === 'thing' && (!kind || kind === '-')) return null;
  const rest = list.filter(([d]) => d !== dim && d !== 'modifier');
  const family = [key.slice(0, cut), base, ...rest.map(([d]) => d)].join('|');
  return { key, family, dims: rest.map(([, v]) => v), modifier: dims.get('modifier') ?? '*', loose: dim === 'thing' ? thing : predicate };
}

/** How far apart the counts of a family may be: "800 residents left" / "2,300 were evacuated" are one, "3" / "130" are not. */
const MAX_RATIO = 3;

const figureOf = (a: Assertion): number => (a.value.kind === 'quantity' ? Math.abs(a.value.number) : 0);

/**
 * Merges the buckets of `keys` (unified frame keys) that differ only in dimension `dim` (and in
 * modifiers that agree), when each document counts under one value of it at most. Mutates `buckets`.
 */
export function joinLoose(keys: readonly string[], buckets: Map<string, number[]>, assertions: readonly Assertion[], dim: LooseDim = 'predicate'): void {
  // A family: keys that agree on every other dimension, an unsaid one ("*": no place named) agreeing with
  // any. Keys that say more come first; a key that fits two families joins neither.
  const parsed = keys.filter((k) => buckets.has(k)).map((k) => parse(k, dim)).filter((p): p is Parsed => p !== null);
  const unsaid = (p: Parsed): number => p.dims.filter((v) => v === '*').length;
  parsed.sort((a, b) => unsaid(a) - unsaid(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const families: Array<{ family: string; dims: string[]; list: Parsed[] }> = [];
  for (const p of parsed) {
    const fits = families.filter((f) => f.family === p.family && f.dims.every((v, i) => v === '*' || p.dims[i] === '*' || v === p.dims[i]));
    const home = fits.length === 1 ? fits[0] : undefined;
    if (home) {
      home.list.push(p);
      home.dims = home.dims.map((v, i) => (v === '*' ? (p.dims[i] ?? '*') : v));
    } else families.push({ family: p.family, dims: [...p.dims], list: [p] });
  }
  for (const { list } of families) {
    if (list.length < 2 || new Set(list.map((p) => p.loose)).size < 2) continue;
    if (!list.every((p, i) => list.every((q, j) => j <= i || modifiersAgree(p.modifier, q.modifier)))) continue;
    // Each document under one value only: a document in two of the buckets tells the values apart.
    const valueOf = new Map<number, string>();
    let distinct = false;
    for (const p of list) {
      for (const i of buckets.get(p.key) ?? []) {
        const doc = (assertions[i] as Assertion).document;
        const seen = valueOf.get(doc);
        if (seen !== undefined && seen !== p.loose) distinct = true;
        valueOf.set(doc, p.loose);
      }
    }
    if (distinct || valueOf.size < 2) continue;
    // One quantity misreported stays within a few times itself and counts more than one: "three firefighters
    // were treated" and "130 firefighters were deployed", one climber who died and three flown down, are two.
    // Weak evidence needs its time said: undated counts (an archive's undated pages) may be months apart.
    if (list.some((p) => (buckets.get(p.key) ?? []).some((i) => (assertions[i] as Assertion).time === null))) continue;
    const values = list.flatMap((p) => (buckets.get(p.key) ?? []).map((i) => figureOf(assertions[i] as Assertion)));
    const low = Math.min(...values);
    if (low < 2 || Math.max(...values) / low > MAX_RATIO) continue;
    const [home, ...rest] = [...list].sort((a, b) => (a.key < b.key ? -1 : 1));
    if (!home) continue;
    const members = buckets.get(home.key) ?? [];
    for (const p of rest) {
      members.push(...(buckets.get(p.key) ?? []));
      buckets.delete(p.key);
    }
  }
}
