// The lexicon when the WordNet table is missing (a build that skipped its step, a
// library user without dist/lexicon): case and regular inflection only, so that
// "Operators" and "operator" still make one key. It knows no word, no synonym, no
// hypernym and no antonym; identity is the only relation it can vouch for.

import { normalise } from './morphy.js';
import type { Lexicon, Pos } from './types.js';

/**
 * Regular endings stripped without an index to check against: plurals and third
 * persons (-ies, sibilant + -es, -s but not -ss), and for verbs -ied, -ed and -ing with
 * a doubled consonant undone. "evacuated" gives "evacuat": consistent across a verb's
 * forms is what a key needs, a dictionary form is what only WordNet can give.
 */
function stripWord(word: string, pos: Pos): string {
  if (pos === 'adj') return word;
  const plural = firstMatch(word, PLURAL);
  if (pos === 'noun' || plural !== word) return plural;
  const stem = firstMatch(word, PAST_AND_GERUND);
  return stem !== word ? stem.replace(/([^aeiouls])\1$/, '$1') : word;
}

/** One ending replaced: the first rule that matches, never two in a row ("buses" is "bus", not "bu"). */
type Rule = readonly [RegExp, string];
const PLURAL: readonly Rule[] = [[/ies$/, 'y'], [/(s|x|z|ch|sh)es$/, '$1'], [/([^s'])s$/, '$1']];
// A stem of three letters at least: "fled" and "lying" are irregular, and only WordNet knows.
const PAST_AND_GERUND: readonly Rule[] = [[/(...)ied$/, '$1y'], [/(...)(ed|ing)$/, '$1']];

function firstMatch(word: string, rules: readonly Rule[]): string {
  for (const [re, to] of rules) if (re.test(word)) return word.replace(re, to);
  return word;
}

function strip(word: string, pos: Pos): string {
  const parts = normalise(word).split(' ');
  const at = pos === 'verb' ? 0 : parts.length - 1;
  parts[at] = stripWord(parts[at] ?? '', pos);
  return parts.join(' ');
}

export const basicLexicon: Lexicon = {
  lemma: strip,
  synonymous: (a, b, pos) => strip(a, pos) === strip(b, pos),
  isA: (a, ancestor) => strip(a, 'noun') === strip(ancestor, 'noun'),
  antonyms: () => [],
  has: () => false,
  proper: () => false,
};
