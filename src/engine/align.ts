// Figures no key can hold, compared by what their words say. "a 78-year-old farm labourer who
// collapsed in a melon field near Vilarosa" and "a 68-year-old farm worker collapsed in a melon
// field near Vilarosa" name nobody, but the words around the ages are much the same, and in each
// article no other age is as close. Two such figures, in two articles of one story, that are
// each other's best match (and the only best) and close enough in words, are one quantity: when
// their values cannot both hold, that is a conflict, weak evidence (a warning), as sentence
// alignment in machine translation pairs sentences by mutual best match. Tried on every figure
// no frame read (sums, measures), it found as many false alarms as conflicts (branch align,
// docs/design-notes.md); ages, a few per article, align well.

import type { Assertion } from '../model.js';

/** How alike two figures' words must be (cosine of idf-weighted word sets) to be one quantity. */
const MIN_SIMILARITY = 0.3;
/** One quantity misreported stays within a few times itself. */
const MAX_RATIO = 3;

export interface Aligned {
  /** Indices into the assertions given. */
  a: number;
  b: number;
  similarity: number;
  shared: string[];
}

const figure = (a: Assertion): number => (a.value.kind === 'quantity' ? Math.abs(a.value.number) : 0);

/**
 * Pairs of aligned figures across documents. `members` are indices of one story's unframed
 * figures of one unit; `words` gives each one's context words.
 */
export function alignFigures(assertions: readonly Assertion[], all: readonly number[], words: (a: Assertion) => readonly string[]): Aligned[] {
  // A figure beside another of its unit in one sentence ("18,412 (48.6%), Whitcombe 17,950 (47.4%)") is one
  // of a row: its words are its neighbour's too, and no alignment tells them apart.
  const perSentence = new Map<string, number>();
  const sentenceOf = (i: number): string => `${assertions[i]?.document}:${assertions[i]?.sentence.start}`;
  for (const i of all) perSentence.set(sentenceOf(i), (perSentence.get(sentenceOf(i)) ?? 0) + 1);
  const members = all.filter((i) => perSentence.get(sentenceOf(i)) === 1);
  const bags = new Map(members.map((i) => [i, new Set(words(assertions[i] as Assertion))]));
  // Document frequency over the figures' contexts: a word every figure of the story has ("billion") aligns nothing.
  const df = new Map<string, number>();
  for (const bag of bags.values()) for (const w of bag) df.set(w, (df.get(w) ?? 0) + 1);
  const n = members.length;
  const weight = (w: string): number => Math.log(1 + n / (df.get(w) ?? 1));
  const norm = new Map([...bags].map(([i, bag]) => [i, Math.sqrt([...bag].reduce((s, w) => s + weight(w) ** 2, 0))]));
  const similarity = (x: number, y: number): number => {
    const bx = bags.get(x);
    const by = bags.get(y);
    if (!bx || !by) return 0;
    let dot = 0;
    for (const w of bx) if (by.has(w)) dot += weight(w) ** 2;
    const d = (norm.get(x) ?? 0) * (norm.get(y) ?? 0);
    return d === 0 ? 0 : dot / d;
  };
  const byDoc = new Map<number, number[]>();
  for (const i of members) {
    const doc = (assertions[i] as Assertion).document;
    const list = byDoc.get(doc);
    if (list) list.push(i);
    else byDoc.set(doc, [i]);
  }
  /** The one figure of `doc` most like `i`, or null on a tie. */
  const best = (i: number, doc: number): { j: number; s: number } | null => {
    let top: { j: number; s: number } | null = null;
    let tie = false;
    for (const j of byDoc.get(doc) ?? []) {
      const s = similarity(i, j);
      if (!top || s > top.s) {
        top = { j, s };
        tie = false;
      } else if (s === top.s) tie = true;
    }
    return tie ? null : top;
  };
  const out: Aligned[] = [];
  const docs = [...byDoc.keys()].sort((x, y) => x - y);
  for (const [k, d1] of docs.entries()) {
    for (const d2 of docs.slice(k + 1)) {
      for (const i of byDoc.get(d1) ?? []) {
        const there = best(i, d2);
        if (!there || there.s < MIN_SIMILARITY) continue;
        const back = best(there.j, d1);
        if (back?.j !== i) continue;
        const [x, y] = [figure(assertions[i] as Assertion), figure(assertions[there.j] as Assertion)];
        if (Math.min(x, y) === 0 || Math.max(x, y) / Math.min(x, y) > MAX_RATIO) continue;
        const bx = bags.get(i) ?? new Set<string>();
        const shared = [...(bags.get(there.j) ?? [])].filter((w) => bx.has(w)).sort();
        out.push({ a: i, b: there.j, similarity: there.s, shared });
      }
    }
  }
  return out;
}
