// Lexicon phrases as the check kinds match them: the pack's phrase (plain or
// /regex/, see rules/phrases.ts) and, for nouns, an optional plural.

import { isRegexPhrase, phraseSource as packPhrase } from '../rules/phrases.js';

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
