// Lexicon phrases as the check kinds match them: the pack's phrase (plain or
// /regex/, see rules/phrases.ts) and, for nouns, an optional plural.

import { isRegexPhrase, phraseSource as packPhrase } from '../rules/phrases.js';

/**
 * Sources joined as alternatives, each once. Packs repeat words (a noun listed for
 * several roles, a frame built from the nouns): a repeated alternative never changes
 * a match, it only makes the expression slower to compile and to fail.
 */
export function anyOf(sources: readonly string[]): string {
  return [...new Set(sources)].join('|');
}

/**
 * The word a trigger takes from a lexicon phrase: every word of a plain phrase must
 * occur for the phrase to match, so any one will do, and the longest is the rarest
 * ("in revenue" admits a sentence by "revenue", not by "in"). Words that do not
 * start with a letter or digit are passed over (a trigger is anchored at a word's
 * start). A regular expression is taken whole.
 */
export function triggerWord(phrase: string): string {
  if (isRegexPhrase(phrase)) return phrase;
  const words = phrase.trim().split(/\s+/);
  let best = words[0] ?? phrase;
  for (const w of words) if (/^[a-z0-9]/i.test(w) && (w.length > best.length || !/^[a-z0-9]/i.test(best))) best = w;
  return best;
}

/**
 * A trigger's words when all are plain: a trigger of plain words admits a sentence
 * exactly when one of them occurs in it, in any case (a plural ending never changes
 * that), which lets the engine test every check's trigger in one pass over a sentence.
 * Null for a regular expression, and for what that reading does not cover (a word
 * outside printable ASCII, whose case rules differ, or an empty one).
 */
export function triggerWords(firstWords: readonly string[]): string[] | null {
  return firstWords.length > 0 && firstWords.every((w) => /^[\x21-\x7e]+$/.test(w) && !isRegexPhrase(w)) ? [...firstWords] : null;
}

export function phraseSource(phrase: string, plural = false): string {
  const { source } = packPhrase(phrase);
  if (isRegexPhrase(phrase)) return `(?:${source})`;
  return plural && /[a-z]$/i.test(phrase) ? `${source}(?:s|es)?` : source;
}

const UNIT_MS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000, mo: 30 * 86_400_000, y: 365 * 86_400_000 };

/** "90d", "12h", "2w", "6mo", "1y" → milliseconds; "never" or absent → null (never a change). */
export function parseWindow(window: string | undefined): number | null {
  if (!window || window === 'never') return null;
  const m = /^(\d+)(h|d|w|mo|y)$/.exec(window);
  if (!m) return null;
  return Number(m[1]) * (UNIT_MS[m[2] ?? 'd'] ?? 0);
}
