// Incompatible pairs among the claims of one key. Quantities are swept in sorted
// order, so the work is O(n log n + pairs). A document dense with figures (a 1 MB
// table of one key) would make "pairs" quadratic; past a budget, each claim is
// paired only with the extremes it excludes, which keeps every claim that has a
// rival in the conflict and bounds the pairs to a few per claim.

import type { CompiledCheck } from '../checks/types.js';
import type { Assertion, QuantityValue } from '../model.js';
import { partitionPoint } from './search.js';

/** Above this many incompatible pairs in one group, pairs are thinned to the extremes. */
export const PAIR_BUDGET = 50_000;

/** Which pairs count: claims of two documents (`across`) or of any (`any`, one document's own claims). */
export type PairScope = 'across' | 'any';

const low = (c: Assertion): number => (c.value as QuantityValue).low;
const high = (c: Assertion): number => (c.value as QuantityValue).high;
const timeOf = (c: Assertion): string => (c.time ? `${c.time.start}/${c.time.end}` : '');

export function incompatiblePairs(claims: readonly Assertion[], check: CompiledCheck, scope: PairScope): Array<[number, number]> {
  const admits = (a: Assertion, b: Assertion): boolean => scope === 'any' || a.document !== b.document;
  const pairs: Array<[number, number]> = [];
  if (claims.every((c) => c.value.kind === 'quantity')) {
    // Claims sorted by low; those starting after claim i's high all exclude it.
    const order = claims.map((_, i) => i).sort((a, b) => low(claims[a] as Assertion) - low(claims[b] as Assertion));
    const sortedLows = order.map((i) => low(claims[i] as Assertion));
    const firstAbove = claims.map((c) => partitionPoint(sortedLows.length, (k) => (sortedLows[k] ?? 0) <= high(c)));
    const total = firstAbove.reduce((sum, k) => sum + (order.length - k), 0);
    if (total > PAIR_BUDGET) return extremePairs(claims, admits);
    claims.forEach((c, i) => {
      for (let k = firstAbove[i] ?? order.length; k < order.length; k++) {
        const j = order[k] ?? 0;
        if (admits(c, claims[j] as Assertion)) pairs.push(i < j ? [i, j] : [j, i]);
      }
    });
  } else {
    for (let i = 0; i < claims.length; i++) {
      for (let j = i + 1; j < claims.length; j++) {
        const a = claims[i];
        const b = claims[j];
        if (a && b && admits(a, b) && !check.compatible(a.value, b.value)) pairs.push([i, j]);
      }
    }
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** The claim with the greatest low and the one with the least high, twice: from two documents. */
interface Extremes {
  top: number[];
  bottom: number[];
}

function extremesOf(claims: readonly Assertion[], members: readonly number[]): Extremes {
  const pick = (better: (a: Assertion, b: Assertion) => boolean): number[] => {
    // best: the most extreme claim; runner: the most extreme of the other documents.
    let best: number | undefined;
    let runner: number | undefined;
    for (const i of members) {
      const c = claims[i] as Assertion;
      const b = best === undefined ? undefined : (claims[best] as Assertion);
      if (!b || better(c, b)) {
        if (b && b.document !== c.document) runner = best;
        best = i;
      } else if (c.document !== b.document && (runner === undefined || better(c, claims[runner] as Assertion))) {
        runner = i;
      }
    }
    return [best, runner].filter((i): i is number => i !== undefined);
  };
  return { top: pick((a, b) => low(a) > low(b)), bottom: pick((a, b) => high(a) < high(b)) };
}

/**
 * Pairs of a group too large to list every pair: each claim with the claims of
 * greatest low and least high it excludes, within its own time and with undated
 * claims (undated claims against the whole group). Whoever excludes a claim, the
 * extreme on that side excludes it too, so no claim that has a rival is left out.
 */
function extremePairs(claims: readonly Assertion[], admits: (a: Assertion, b: Assertion) => boolean): Array<[number, number]> {
  const byTime = new Map<string, number[]>();
  claims.forEach((c, i) => {
    const list = byTime.get(timeOf(c));
    if (list) list.push(i);
    else byTime.set(timeOf(c), [i]);
  });
  const extremes = new Map([...byTime].map(([t, list]) => [t, extremesOf(claims, list)]));
  const all = extremesOf(claims, claims.map((_, i) => i));
  const undated = extremes.get('');
  const seen = new Set<string>();
  const pairs: Array<[number, number]> = [];
  claims.forEach((c, i) => {
    const sides = timeOf(c) === '' ? [all] : [extremes.get(timeOf(c)) as Extremes, ...(undated ? [undated] : [])];
    for (const e of sides) {
      const rival = [...e.top.filter((j) => low(claims[j] as Assertion) > high(c)), ...e.bottom.filter((j) => high(claims[j] as Assertion) < low(c))];
      for (const j of rival) {
        if (j === i || !admits(c, claims[j] as Assertion)) continue;
        const p: [number, number] = i < j ? [i, j] : [j, i];
        const k = `${p[0]},${p[1]}`;
        if (!seen.has(k)) {
          seen.add(k);
          pairs.push(p);
        }
      }
    }
  });
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
