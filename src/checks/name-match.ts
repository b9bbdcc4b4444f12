// When two spellings are one name. Transliterated names (Arabic, Russian, Chinese)
// are where newsrooms spell one person two ways: "Qasem"/"Qassem", "McCarry"/"Makari".
// Two names are variants when their surnames sound alike (Double Metaphone, repeated
// consonants squeezed: "MKKR" and "MKR") and are spelled close (Jaro-Winkler), and
// no first name says they are two people ("George" and "Jeb" Bush never join).

import { doubleMetaphone } from 'double-metaphone';
import jaroWinkler from 'talisman/metrics/jaro-winkler.js';
import type { NameValue } from '../model.js';

/** Surnames this close are one spelling of one name across articles ("Soleimani"/"Suleimani": 0.93). */
const SURNAME_CLOSE = 0.88;
/**
 * Inside one article a looser spelling counts: "Ian McCarry" and, three paragraphs on,
 * "Makari" (0.64) sound the same and the article speaks of one envoy.
 */
const SURNAME_CLOSE_SAME_ARTICLE = 0.6;
/** Given names this close are one name ("Qasem"/"Qassem" 0.96, "Moqtada"/"Muqtada" 0.91). */
const GIVEN_CLOSE = 0.85;

const folded = new Map<string, string>();

/**
 * Lower case without accents: "Müller" and "Muller" are one spelling. Only words with something
 * to decompose are memoised (normalize() was the check's largest cost): a memo of every word
 * read held megabytes in each thread of a large run.
 */
export function fold(word: string): string {
  if (!/[^\x00-\x7f]/.test(word)) return word.toLowerCase().replace(/'/g, '');
  let f = folded.get(word);
  if (f === undefined) folded.set(word, (f = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, '')));
  return f;
}

const codes = new Map<string, string[]>();

/** Double Metaphone codes with doubled letters squeezed ("MKKR" → "MKR"), memoised: a name recurs all through a corpus. */
function soundCodes(word: string): string[] {
  let c = codes.get(word);
  if (!c) codes.set(word, (c = [...new Set(doubleMetaphone(word).map((k) => k.replace(/(.)\1+/g, '$1')))]));
  return c;
}

/** The phonetic key names are grouped by: the primary code. */
export function soundKey(word: string): string {
  return soundCodes(fold(word))[0] ?? '';
}

function soundsAlike(a: string, b: string): boolean {
  const cb = soundCodes(b);
  return soundCodes(a).some((k) => cb.includes(k));
}

/** "Iraq"/"Iraqi", "Jeff"/"Jeffrey": a word and its derivation or short form, not two spellings. */
const extends_ = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);

/** Two spellings of one word: alike in sound and close in letters, neither a prefix of the other. */
function spelledAlike(a: string, b: string, close: number): boolean {
  return a !== b && !extends_(a, b) && soundsAlike(a, b) && jaroWinkler(a, b) >= close;
}

/**
 * How two names relate. `close`: spellings of one name wherever they occur ("Qasem"/"Qassem
 * Soleimani"). `loose`: one only when an article corroborates it (name.ts: "Ian McCarry",
 * then only "Makari"). `none`: the same spelling, or two people ("George"/"Jeb" Bush).
 */
export type Kinship = 'none' | 'close' | 'loose';

export function kinship(a: NameValue, b: NameValue): Kinship {
  if (a.given !== null && b.given !== null && a.given !== b.given && !spelledAlike(a.given, b.given, GIVEN_CLOSE)) return 'none';
  if (a.surname === b.surname) {
    // A variant only in the first name ("Qasem"/"Qassem"); a bare surname names nobody apart.
    return a.given !== null && b.given !== null && a.given !== b.given ? 'close' : 'none';
  }
  if (spelledAlike(a.surname, b.surname, SURNAME_CLOSE)) return 'close';
  return spelledAlike(a.surname, b.surname, SURNAME_CLOSE_SAME_ARTICLE) ? 'loose' : 'none';
}
