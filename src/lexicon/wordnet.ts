// The Lexicon backed by the compiled WordNet table. Every question is asked of a word's
// base forms (morphy), and of all their senses: a frame cannot tell which sense a news
// sentence means, so "is a person" holds when any sense of the word is one.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../rules/paths.js';
import { basicLexicon } from './basic.js';
import { baseForms, collocationBase, normalise, type MorphyData } from './morphy.js';
import { parseTable, type WordNetTable } from './table.js';
import type { Lexicon, Pos } from './types.js';

/**
 * How far up the hypernyms isA looks. WordNet 3.1's longest noun chain is 19 links
 * (the build prints it with LEXICON_VERBOSE=1); the limit is a guard, not a filter.
 */
const MAX_DEPTH = 20;
/** Memoised hypernym closures kept at most (each a few dozen synset ids). */
const MAX_CLOSURES = 20_000;

/** Where the build writes the table; found from the package root, so the bundled CLI and worker find it too. */
export const wordnetTableFile = (): string => join(packageRoot(), 'dist', 'lexicon', 'wordnet.json');

export class WordNetLexicon implements Lexicon {
  readonly #morphy: MorphyData;
  readonly #closures = new Map<string, ReadonlySet<number>>();

  constructor(private readonly table: WordNetTable) {
    this.#morphy = {
      known: (lemma, pos) => table[pos].has(lemma),
      exceptions: (form, pos) => table[pos].exceptions(form),
    };
  }

  lemma(word: string, pos: Pos): string {
    const w = normalise(word);
    return baseForms(w, pos, this.#morphy)[0] ?? collocationBase(w, pos, this.#morphy)?.form ?? w;
  }

  has(word: string, pos: Pos): boolean {
    const w = normalise(word);
    return baseForms(w, pos, this.#morphy).length > 0 || collocationBase(w, pos, this.#morphy)?.known === true;
  }

  proper(word: string): boolean {
    return this.table.noun.proper(this.lemma(word, 'noun'));
  }

  synonymous(a: string, b: string, pos: Pos, senses = Number.POSITIVE_INFINITY): boolean {
    if (this.lemma(a, pos) === this.lemma(b, pos)) return true;
    const mine = new Set(this.#senses(a, pos, false).slice(0, senses));
    return this.#senses(b, pos, false).slice(0, senses).some((s) => mine.has(s));
  }

  isA(a: string, ancestor: string, senses?: number): boolean {
    const targets = this.#senses(ancestor, 'noun', true);
    if (targets.length === 0) return false;
    const closure = this.#ancestors(a, senses);
    return targets.some((s) => closure.has(s));
  }

  /**
   * A noun's senses and all their hypernyms, memoised per word: frames ask the same
   * heads about several classes (person, vehicle, money), and the walk is most of the cost.
   */
  #ancestors(word: string, senses?: number): ReadonlySet<number> {
    const key = senses === undefined ? normalise(word) : `${normalise(word)}#${senses}`;
    const known = this.#closures.get(key);
    if (known) return known;
    const closure = new Set<number>();
    let level = this.#senses(normalise(word), 'noun', true).slice(0, senses);
    for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
      const next: number[] = [];
      for (const s of level) {
        if (closure.has(s)) continue;
        closure.add(s);
        next.push(...this.table.noun.hypernyms(s));
      }
      level = next;
    }
    // Bounded: an archive's distinct heads would otherwise grow it without end.
    if (this.#closures.size >= MAX_CLOSURES) this.#closures.clear();
    this.#closures.set(key, closure);
    return closure;
  }

  antonyms(word: string, pos: Pos): readonly string[] {
    return this.table[pos].antonyms(this.lemma(word, pos));
  }

  /**
   * The synsets of every base form of a word; a collocation WordNet lacks stands for its
   * head when `head` says so ("crane operator" is an "operator").
   */
  #senses(word: string, pos: Pos, head: boolean): number[] {
    const w = normalise(word);
    let forms = baseForms(w, pos, this.#morphy);
    if (forms.length === 0) {
      const colloc = collocationBase(w, pos, this.#morphy);
      if (colloc?.known) forms = [colloc.form];
      else if (head && w.includes(' ')) forms = baseForms(w.slice(w.lastIndexOf(' ') + 1), pos, this.#morphy);
    }
    return forms.flatMap((f) => this.table[pos].senses(f));
  }
}

const loaded = new Map<string, Lexicon>();

/**
 * The WordNet lexicon, read from the built table on first use and memoised per file;
 * the basic lexicon when there is no table (a build that skipped the step).
 */
export function loadLexicon(file: string = wordnetTableFile()): Lexicon {
  let lexicon = loaded.get(file);
  if (!lexicon) {
    lexicon = existsSync(file) ? lazyWordNet(file) : basicLexicon;
    loaded.set(file, lexicon);
  }
  return lexicon;
}

/** A Lexicon that reads and parses its table at the first question asked of it. */
function lazyWordNet(file: string): Lexicon {
  let real: WordNetLexicon | undefined;
  const get = (): WordNetLexicon => (real ??= new WordNetLexicon(parseTable(readFileSync(file, 'utf8'))));
  return {
    lemma: (word, pos) => get().lemma(word, pos),
    synonymous: (a, b, pos, senses) => get().synonymous(a, b, pos, senses),
    isA: (a, ancestor, senses) => get().isA(a, ancestor, senses),
    antonyms: (word, pos) => get().antonyms(word, pos),
    has: (word, pos) => get().has(word, pos),
    proper: (word) => get().proper(word),
  };
}
