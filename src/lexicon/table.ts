// The compiled WordNet table (scripts/build-lexicon.mjs writes it). Each part is one
// string of lines, so parsing the file only copies a few long strings; a part is
// indexed the first time a lookup needs it (most runs ask about nouns only, and a run
// that asks nothing pays nothing).

import type { Pos } from './types.js';

/** Bumped with the layout in scripts/build-lexicon.mjs. */
export const TABLE_FORMAT = 2;

interface RawPart {
  /** "lemma\tid,id" lines, synset ids in base 36, most frequent sense first. */
  lemmas: string;
  /** "form\tbase,base" lines (the exception lists, bases that are lemmas). */
  exceptions: string;
  /** "lemma\tword,word" lines. */
  antonyms: string;
  /** Nouns only: line n holds the hypernyms of synset n. */
  hypernyms?: string;
  /** Nouns only: "lemma\t1" lines for the lemmas WordNet writes only capitalised ("albion", "murray"). */
  proper?: string;
}

type RawTable = { format: number } & Record<Pos, RawPart>;

/** A string of lines, indexed by one scan for line starts: lines are sliced when asked for, never split all at once. */
class Lines {
  readonly #text: string;
  readonly #starts: Uint32Array;

  constructor(text: string) {
    this.#text = text;
    let count = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
    this.#starts = new Uint32Array(count + 1);
    for (let n = 1, i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.#starts[n++] = i + 1;
    this.#starts[count] = text.length + 1;
  }

  get length(): number {
    return this.#starts.length - 1;
  }

  /** Line n, without its newline ("" past the end). */
  line(n: number): string {
    const start = this.#starts[n];
    const next = this.#starts[n + 1];
    return start === undefined || next === undefined ? '' : this.#text.slice(start, next - 1);
  }

  /**
   * The value of `key` when the lines are sorted "key\tvalue" pairs (compared as the build
   * sorted them, by UTF-16 code unit). Building a Map of the 118,000 noun lemmas took ten
   * times longer than the rest of loading; a binary search costs next to nothing.
   */
  lookup(key: string): string | undefined {
    let lo = 0;
    let hi = this.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const line = this.line(mid);
      const tab = line.indexOf('\t');
      const k = line.slice(0, tab);
      if (k === key) return line.slice(tab + 1);
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

const ids = (csv: string | undefined): number[] => (csv ? csv.split(',').map((id) => parseInt(id, 36)) : []);
const words = (csv: string | undefined): string[] => (csv ? csv.split(',') : []);

/** One part of speech, its maps built on first use. */
class PosTable {
  #lemmas: Lines | undefined;
  #exceptions: Lines | undefined;
  #antonyms: Lines | undefined;
  #hypernyms: Lines | undefined;
  #proper: Lines | undefined;

  constructor(private readonly raw: RawPart) {}

  has(lemma: string): boolean {
    return (this.#lemmas ??= new Lines(this.raw.lemmas)).lookup(lemma) !== undefined;
  }
  /** Synset ids of a lemma, most frequent sense first. */
  senses(lemma: string): number[] {
    return ids((this.#lemmas ??= new Lines(this.raw.lemmas)).lookup(lemma));
  }
  exceptions(form: string): string[] | undefined {
    const bases = (this.#exceptions ??= new Lines(this.raw.exceptions)).lookup(form);
    return bases === undefined ? undefined : words(bases);
  }
  proper(lemma: string): boolean {
    return (this.#proper ??= new Lines(this.raw.proper ?? '')).lookup(lemma) !== undefined;
  }
  antonyms(lemma: string): string[] {
    return words((this.#antonyms ??= new Lines(this.raw.antonyms)).lookup(lemma));
  }
  hypernyms(synset: number): number[] {
    return ids((this.#hypernyms ??= new Lines(this.raw.hypernyms ?? '')).line(synset));
  }
}

export type WordNetTable = Readonly<Record<Pos, PosTable>>;

/** The table from its JSON text; throws when it is not one this code can read. */
export function parseTable(json: string): WordNetTable {
  const raw = JSON.parse(json) as Partial<RawTable> | null;
  if (raw?.format !== TABLE_FORMAT || !raw.noun || !raw.verb || !raw.adj) {
    throw new Error(`lexicon table: expected format ${TABLE_FORMAT}; rebuild with npm run build`);
  }
  return { noun: new PosTable(raw.noun), verb: new PosTable(raw.verb), adj: new PosTable(raw.adj) };
}
