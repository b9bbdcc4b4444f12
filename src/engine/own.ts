// A document that gives values for one key that cannot all be true at one time:
// "9 dead" and, further down, "an earlier report said 40". It is either speaking of
// several events the key could not tell apart (two bombings, this election and the
// last) or contradicting itself. Either way it stays in the comparison with other
// documents, under the rule in `acrossFilter`, and its own pairs are reported apart.

import type { CompiledCheck } from '../checks/types.js';
import type { Assertion, QuantityValue } from '../model.js';
import { incompatiblePairs } from './pairs.js';
import { partitionPoint } from './search.js';
import type { SelfEvidence } from './self.js';
import { pairRelation } from './time.js';

/**
 * One document's own incompatible pairs, as indices into the group's claims: `pairs` it
 * contradicts itself with, `events` its claims about events anchored apart (two
 * companies' job cuts), which are no contradiction but say the key holds several values.
 */
export type OwnPairs = Map<number, { claims: number[]; pairs: Array<[number, number]>; events: Array<[number, number]> }>;

/**
 * Pairs inside each document at one time, read as the old rule read them: a running total
 * that fell is not counted (an article giving last year's total and today's is not two
 * accounts of one).
 */
export function ownPairs(
  claims: readonly Assertion[], check: CompiledCheck, apart: (a: Assertion, b: Assertion) => boolean = () => false, strong: SelfEvidence = () => true,
): OwnPairs {
  const out: OwnPairs = new Map();
  for (const [doc, list] of indicesByDocument(claims)) {
    if (list.length < 2) continue;
    const own = list.map((i) => claims[i] as Assertion);
    const pairs: Array<[number, number]> = [];
    const events: Array<[number, number]> = [];
    for (const [a, b] of incompatiblePairs(own, check, 'any')) {
      const x = own[a] as Assertion;
      const y = own[b] as Assertion;
      if (pairRelation(x, y, check, false) !== 'contradiction') continue;
      // Two values in one sentence are a list or a contrast ("12%, in some areas 15%"; "163,000
      // while AT&T employs 47,000"), never a writer contradicting themselves; without strong
      // evidence (engine/self.ts) two values are two events too.
      const two = x.sentence.start === y.sentence.start || apart(x, y) || !strong(x, y, own);
      (two ? events : pairs).push([list[a] as number, list[b] as number]);
    }
    if (pairs.length > 0 || events.length > 0) out.set(doc, { claims: list, pairs, events });
  }
  return out;
}

/** Indices of the claims (those `keep` accepts) by their document, in claim order. */
export function indicesByDocument(claims: readonly Assertion[], keep: (c: Assertion) => boolean = () => true): Map<number, number[]> {
  const byDoc = new Map<number, number[]>();
  claims.forEach((c, i) => {
    if (!keep(c)) return;
    const list = byDoc.get(c.document);
    if (list) list.push(i);
    else byDoc.set(c.document, [i]);
  });
  return byDoc;
}

/** Whether a claim fits (is compatible with) one of a set of claims; O(log n) a question for quantities. */
function fitter(claims: readonly Assertion[], check: CompiledCheck): (c: Assertion) => boolean {
  if (!claims.every((c) => c.value.kind === 'quantity')) return (c) => claims.some((x) => check.compatible(c.value, x.value));
  // Intervals by low, with the greatest high so far: c meets one iff, among those starting at or
  // below c's high, the greatest high reaches c's low.
  const sorted = claims.map((c) => c.value as QuantityValue).sort((a, b) => a.low - b.low);
  const reach: number[] = [];
  sorted.forEach((v, i) => reach.push(Math.max(v.high, reach[i - 1] ?? Number.NEGATIVE_INFINITY)));
  return (c) => {
    const { low, high } = c.value as QuantityValue;
    const lo = partitionPoint(sorted.length, (k) => (sorted[k]?.low ?? 0) <= high);
    return lo > 0 && (reach[lo - 1] ?? Number.NEGATIVE_INFINITY) >= low;
  };
}

/**
 * Which cross-document pairs count when a document contradicts itself. A claim of another
 * document that fits one of its values is about that event and no rival to the others
 * ("410 cases" against an article's 410 and the 260 it gives for a neighbour). A claim
 * that fits none is set against the document's first value for the key only: news puts
 * its own account first and the background (an earlier figure, another party) later, and
 * pairing with every later value raised the false alarms the fixtures' traps list.
 */
export function acrossFilter(claims: readonly Assertion[], check: CompiledCheck, own: OwnPairs): (a: number, b: number) => boolean {
  if (own.size === 0) return () => true;
  const lead = new Map<number, number>();
  const fits = new Map<number, (c: Assertion) => boolean>();
  for (const [doc, o] of own) {
    lead.set(doc, o.claims.reduce((x, y) => ((claims[y] as Assertion).span.start < (claims[x] as Assertion).span.start ? y : x)));
    fits.set(doc, fitter(o.claims.map((i) => claims[i] as Assertion), check));
  }
  const memo = new Map<string, boolean>();
  // Claim i may be set against claim j unless j's document contradicts itself.
  const side = (i: number, j: number): boolean => {
    const doc = (claims[j] as Assertion).document;
    const fit = fits.get(doc);
    if (!fit) return true;
    if (lead.get(doc) !== j) return false;
    const k = `${i}:${doc}`;
    let v = memo.get(k);
    if (v === undefined) memo.set(k, (v = !fit(claims[i] as Assertion)));
    return v;
  };
  return (a, b) => side(a, b) && side(b, a);
}
