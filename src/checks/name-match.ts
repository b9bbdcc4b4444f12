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

/** Lower case without accents: "Müller" and "Muller" are one spelling. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']/g, '');
}

/** The phonetic key names are grouped by: Double Metaphone's primary code, doubled letters squeezed. */
export function soundKey(word: string): string {
  return doubleMetaphone(fold(word))[0].replace(/(.)\1+/g, '$1');
}

function soundsAlike(a: string, b: string): boolean {
  const [pa, sa] = doubleMetaphone(a).map((k) => k.replace(/(.)\1+/g, '$1'));
  const [pb, sb] = doubleMetaphone(b).map((k) => k.replace(/(.)\1+/g, '$1'));
  return pa === pb || pa === sb || sa === pb || (sa !== undefined && sa === sb);
}

/** "Iraq"/"Iraqi", "Jeff"/"Jeffrey": a word and its derivation or short form, not two spellings. */
const extends_ = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);

/** Two spellings of one word: alike in sound and close in letters, neither a prefix of the other. */
function spelledAlike(a: string, b: string, close: number): boolean {
  return a !== b && !extends_(a, b) && soundsAlike(a, b) && jaroWinkler(a, b) >= close;
}

/**
 * Whether two names are spellings of one name that differ. Same spelling: not a variant.
 * Different first names that are not spellings of each other: two people, not a variant.
 */
export function isVariant(a: NameValue, b: NameValue, sameArticle: boolean): boolean {
  if (a.given !== null && b.given !== null && a.given !== b.given && !spelledAlike(a.given, b.given, GIVEN_CLOSE)) return false;
  if (a.surname !== b.surname) return spelledAlike(a.surname, b.surname, sameArticle ? SURNAME_CLOSE_SAME_ARTICLE : SURNAME_CLOSE);
  // One surname: a variant only in the first name ("Qasem"/"Qassem"); a bare surname names nobody apart.
  return a.given !== null && b.given !== null && a.given !== b.given;
}
