// Documents → stories: articles about the same event share distinctive names and words
// and are close in time; the rest do not. An inverted index over terms that are neither
// unique nor common gives the candidate pairs (never all pairs of documents); a pair is
// linked when the terms they share weigh enough (cosine of binary idf vectors, less for
// dates far apart), and stories are groups alike on average. Deterministic: the result
// depends on the documents, not their order.

import { createHash } from 'node:crypto';
import { CONTENT_MARK, namesNothing } from './terms.js';

export interface StoryInput {
  path: string;
  title: string | null;
  terms: readonly string[];
  /** Its date (ISO), when known: articles about one event are close in time. */
  date?: string | null;
}

export interface Story {
  /** Stable: a hash of the paths of its documents. */
  id: string;
  /** The headline of its most central document (the one most like the others). */
  title: string | null;
  /** Indices of its documents, ascending. */
  documents: number[];
}

export interface StoryOptions {
  /** Least cosine similarity for two documents to be one story. */
  threshold?: number;
  /** Least mean similarity between the documents of two groups for them to become one story. */
  average?: number;
  /**
   * The corpus the documents are part of, when they are grouped one part at a time (compare on
   * DuckDB: documents that share no indexed term are never one story): its size and each
   * term's document frequency, so that weights are those of the whole corpus.
   */
  corpus?: { size: number; frequency: ReadonlyMap<string, number> };
}

// Chosen on ../shared/corpus/clusters (610 known stories; with names, words and dates:
// same-story pairs found 0.86, pairs joined that are one story 0.70; with names alone 0.75
// and 0.45) and the BBC corpus (each category one folder: lower thresholds join more
// unrelated business reports), with every fixture folder and the seeds one story.
export const STORY_THRESHOLD = 0.2;
const DEFAULT_THRESHOLD = STORY_THRESHOLD;
// Half of it on average: a story told over years (the seeds: talks in 2020, troops in 2024)
// has pairs of articles with little in common, but never a group joined by one link alone.
const DEFAULT_AVERAGE = 0.08;
// Two dated articles more than a week apart are less likely one story the further apart they
// are: their likeness halves every two weeks beyond the week, down to TIME_FLOOR. A story told over months still
// holds together through the reports between (average linkage over the story), and an undated
// article is judged by its names and words alone. On ../shared/corpus/clusters, with names
// alone, time raised the share of joined pairs that are one story from 0.45 to 0.60.
const SAME_WEEK = 7;
const HALF_LIFE = 14;
// Time takes at most 30% of it: a story told over years (the seeds, dated: talks in 2020, troops in
// 2024) holds when its names and words say so strongly; a month's jobs report and the next
// month's, alike only as two reports of one kind are, do not.
const TIME_FLOOR = 0.7;
/** Pairs less alike than this are not kept at all. */
const FLOOR = 0.08;
/** Links kept per document to later documents, strongest first. */
const MAX_LINKS = 16;

// 3% of the corpus: at 1.5% the words of a recurring subject ("unemployment", "Labor
// Department" in a year of monthly jobs reports) weighed nothing, and such reports fell apart.
const MAX_DF_SHARE = 0.03;

/** A term shared by more documents than this is too common to say two are one story ("Monday", "Europe"). */
export function maxDocumentFrequency(n: number): number {
  return Math.max(8, Math.min(100, Math.ceil(MAX_DF_SHARE * n)));
}

/** How much of two documents' likeness their dates leave: 1 within a week or when either is undated, never under TIME_FLOOR. */
export function timeFactor(a: number, b: number): number {
  const gap = Math.abs(a - b);
  return Number.isNaN(gap) || gap <= SAME_WEEK ? 1 : Math.max(TIME_FLOOR, Math.pow(0.5, (gap - SAME_WEEK) / HALF_LIFE));
}

/** A document's day number (days since 1970), NaN when undated. */
const dayOf = (date: string | null | undefined): number => (date ? Math.floor(Date.parse(date.slice(0, 10)) / 86_400_000) : NaN);

/** How many documents use each term. */
function documentFrequencies(docs: readonly StoryInput[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    for (let k = i; this.parent[k] !== r; ) {
      const next = this.parent[k] as number;
      this.parent[k] = r;
      k = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller index is the root, so the result does not depend on the order of unions.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export function groupStories(docs: readonly StoryInput[], opts: StoryOptions = {}): { stories: Story[]; storyOf: number[] } {
  const n = docs.length;
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const average = opts.average ?? DEFAULT_AVERAGE;
  const df = opts.corpus?.frequency ?? documentFrequencies(docs);
  const corpusSize = opts.corpus?.size ?? n;
  const maxDf = maxDocumentFrequency(corpusSize);
  // Each term's weight, once: the pair loop asks for a word's weight for every pair that has it.
  const weights = new Map<string, number>();
  const weight = (t: string): number => {
    let w = weights.get(t);
    if (w !== undefined) return w;
    const f = df.get(t) ?? 1;
    // A word every document uses says nothing of which story one is in, however few they are
    // ("flood" in three reports of two floods); a name all use still may (one story's folder).
    const idf = f > maxDf || (t.startsWith(CONTENT_MARK) && f >= corpusSize) ? 0 : Math.log(1 + corpusSize / f);
    w = idf * idf;
    weights.set(t, w);
    return w;
  };
  // Norms count only names another document shares: a name no other article uses says
  // nothing about which story a document belongs to (and a small folder has many).
  const norms = docs.map((d) => Math.sqrt([...new Set(d.terms)].reduce((s, t) => s + ((df.get(t) ?? 0) >= 2 ? weight(t) : 0), 0)));
  // Names find the candidates; words only weigh in on pairs names found (a word is shared by far
  // more documents than a name: indexing words too raised the 4x copy's peak memory by 47 MB and
  // ran DuckDB's candidate join out of memory at 16 copies).
  const postings = new Map<string, number[]>();
  docs.forEach((d, i) => {
    for (const t of new Set(d.terms)) {
      const f = df.get(t) ?? 0;
      if (f < 2 || f > maxDf || t.startsWith(CONTENT_MARK)) continue;
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  // Each document's candidates, one document at a time (memory bounded by its neighbours,
  // not by all pairs): the weight of the names it shares with each later document.
  const days = docs.map((d) => dayOf(d.date));
  const termsOf = docs.map((d) => [...new Set(d.terms)].filter((t) => postings.has(t)));
  const wordsOf = docs.map((d) => new Set(d.terms.filter((t) => t.startsWith(CONTENT_MARK) && weight(t) > 0 && (df.get(t) ?? 0) >= 2)));
  const edges: Array<[number, number, number]> = [];
  const acc = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    acc.clear();
    for (const t of termsOf[i] ?? []) {
      const w = weight(t);
      for (const j of postings.get(t) ?? []) if (j > i) acc.set(j, (acc.get(j) ?? 0) + w);
    }
    const mineWords = wordsOf[i] as Set<string>;
    if (mineWords.size > 0) {
      for (const [j, w] of acc) {
        let add = 0;
        for (const t of wordsOf[j] as Set<string>) if (mineWords.has(t)) add += weight(t);
        acc.set(j, w + add);
      }
    }
    const mine: Array<[number, number, number]> = [];
    for (const [j, w] of acc) {
      const cos = (w / ((norms[i] ?? 1) * (norms[j] ?? 1) || 1)) * timeFactor(days[i] as number, days[j] as number);
      // Below the floor a pair adds next to nothing to a group's average: not kept.
      if (cos >= FLOOR) mine.push([cos, i, j]);
    }
    // Only a document's strongest links: an archive with many copies of one article (wire copy
    // reprinted, the same feed scraped twice) would otherwise keep every copy's link to every
    // neighbour, and the links, not the documents, filled memory (1 GB at 16 copies of the BBC corpus).
    if (mine.length > MAX_LINKS) mine.sort((a, b) => b[0] - a[0] || a[2] - b[2]).length = MAX_LINKS;
    for (const e of mine) edges.push(e);
  }
  // Average linkage over the candidate pairs, strongest first: two groups become one story
  // only when their documents are alike on average (pairs with no name in common count as
  // 0). Single linkage let one shared name chain a market report to a bank merger and on
  // to forty articles.
  const uf = new UnionFind(n);
  const similarity = new Map<number, number>();
  for (const [cos, i, j] of edges) if (cos >= threshold) similarity.set(i * n + j, cos);
  edges.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const size = new Array<number>(n).fill(1);
  // Sum of similarities between two groups, by root: sparse, merged smaller into larger.
  const between: Array<Map<number, number>> = Array.from({ length: n }, () => new Map());
  for (const [cos, i, j] of edges) {
    between[i]?.set(j, cos);
    between[j]?.set(i, cos);
  }
  for (const [cos, i, j] of edges) {
    if (cos < threshold) break;
    const a = uf.find(i);
    const b = uf.find(j);
    if (a === b) continue;
    const sum = between[a]?.get(b) ?? 0;
    if (sum / ((size[a] ?? 1) * (size[b] ?? 1)) < average) continue;
    uf.union(a, b);
    const root = uf.find(a);
    const gone = root === a ? b : a;
    size[root] = (size[a] ?? 1) + (size[b] ?? 1);
    const into = between[root] as Map<number, number>;
    for (const [other, w] of between[gone] ?? []) {
      if (other === root) continue;
      into.set(other, (into.get(other) ?? 0) + w);
      const back = between[other] as Map<number, number>;
      back.delete(gone);
      back.set(root, (back.get(root) ?? 0) + w);
    }
    into.delete(gone);
    between[gone] = new Map();
  }
  // A document that names nothing cannot be placed: such documents (snippets, a short
  // draft) are one story together rather than each alone, so they are still compared.
  const nameless = docs.map((d, i) => (namesNothing(d.terms) ? i : -1)).filter((i) => i >= 0);
  for (const i of nameless.slice(1)) uf.union(nameless[0] as number, i);
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = uf.find(i);
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  }
  const storyOf = new Array<number>(n).fill(0);
  const stories: Story[] = [...members.values()]
    .sort((a, b) => ((docs[a[0] ?? 0]?.path ?? '') < (docs[b[0] ?? 0]?.path ?? '') ? -1 : 1))
    .map((list, s) => {
      for (const i of list) storyOf[i] = s;
      return {
        id: createHash('sha256').update(list.map((i) => docs[i]?.path ?? '').sort().join('\n')).digest('hex').slice(0, 12),
        title: centralTitle(list, docs, similarity, n),
        documents: list,
      };
    });
  return { stories, storyOf };
}

/** The title of the document most similar to the rest of its story (ties: the first by path). */
function centralTitle(list: readonly number[], docs: readonly StoryInput[], similarity: ReadonlyMap<number, number>, n: number): string | null {
  let best = list[0] ?? 0;
  let bestScore = -1;
  for (const i of list) {
    let score = 0;
    for (const j of list) if (i !== j) score += similarity.get(Math.min(i, j) * n + Math.max(i, j)) ?? 0;
    if (score > bestScore || (score === bestScore && (docs[i]?.path ?? '') < (docs[best]?.path ?? ''))) {
      best = i;
      bestScore = score;
    }
  }
  return docs[best]?.title ?? null;
}
