// WordNet's morphy: the base forms of an inflected word are its entries in the
// exception lists, then the word with one of a few suffixes detached, each kept only
// when the index knows it. The suffix table is WordNet's own (morph.c), the one piece
// of morphology that is rules rather than data; the index decides which guess is real.

import type { Pos } from './types.js';

type Detachment = readonly [suffix: string, replacement: string];

const DETACH: Readonly<Record<Pos, readonly Detachment[]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
};

/** Suffixes after which English doubles a final consonant ("stopped", "biggest"), which morph.c leaves to the exception lists. */
const DOUBLING = new Set(['ed', 'ing', 'er', 'est']);

export interface MorphyData {
  /** Whether the index has this lemma as this part of speech. */
  known(lemma: string, pos: Pos): boolean;
  /** The exception list's base forms of an irregular form ("fled" → ["flee"]). */
  exceptions(form: string, pos: Pos): readonly string[] | undefined;
}

/** Lower-cased, single-spaced, WordNet's apostrophe: the form lemmas are stored in. */
export function normalise(word: string): string {
  return word.trim().toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\s_]+/g, ' ');
}

/** Suffix detachment on its own: every candidate base, known or not (the fallback lexicon filters differently). */
export function detachments(word: string, pos: Pos): string[] {
  const out: string[] = [];
  for (const [suffix, replacement] of DETACH[pos]) {
    if (word.length <= suffix.length + 1 || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    out.push(stem + replacement);
    const last = stem.at(-1);
    if (replacement === '' && DOUBLING.has(suffix) && last === stem.at(-2) && last !== undefined && /[^aeiou]/.test(last)) {
      out.push(stem.slice(0, -1));
    }
  }
  return out;
}

/**
 * The known base forms of one word (already normalised), best first. Nouns try the
 * word itself before the exception list ("data" stays "data", not "datum"); verbs and
 * adjectives the exception list first ("found" is "find" far more often than "found").
 */
export function baseForms(word: string, pos: Pos, data: MorphyData): string[] {
  const exc = data.exceptions(word, pos) ?? [];
  const ordered = pos === 'noun' ? [word, ...exc] : [...exc, word];
  const found = new Set(ordered.filter((w) => data.known(w, pos)));
  for (const base of detachments(word, pos)) if (data.known(base, pos)) found.add(base);
  return [...found];
}

/**
 * Base forms of a collocation WordNet does not list as inflected: the head word is
 * inflected ("flight attendants", "walked out"), the last for nouns and adjectives,
 * the first for verbs. Returns the collocation with its head's base form, and whether
 * the whole collocation is a lemma.
 */
export function collocationBase(words: string, pos: Pos, data: MorphyData): { form: string; known: boolean } | null {
  const parts = words.split(' ');
  if (parts.length < 2) return null;
  const at = pos === 'verb' ? 0 : parts.length - 1;
  const forms = baseForms(parts[at] ?? '', pos, data).map((base) => parts.map((p, i) => (i === at ? base : p)).join(' '));
  const known = forms.find((form) => data.known(form, pos));
  if (known !== undefined) return { form: known, known: true };
  return forms[0] === undefined ? null : { form: forms[0], known: false };
}
