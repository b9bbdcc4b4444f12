// Lexicon phrases as written in packs, compiled to regular-expression source.
// A phrase "service members" matches any spacing and, for nouns, a plural;
// an entry written /.../ is a regular expression (validated as safe on load).

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function phraseSource(phrase: string, plural = false): string {
  const re = /^\/(.*)\/[a-z]*$/.exec(phrase);
  if (re) return `(?:${re[1] ?? ''})`;
  const body = phrase.trim().split(/\s+/).map(escape).join(String.raw`\s+`);
  return plural && /[a-z]$/i.test(phrase) ? `${body}(?:s|es)?` : body;
}

const UNIT_MS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000, mo: 30 * 86_400_000, y: 365 * 86_400_000 };

/** "90d", "12h", "2w", "6mo", "1y" → milliseconds; "never" or absent → null (never a change). */
export function parseWindow(window: string | undefined): number | null {
  if (!window || window === 'never') return null;
  const m = /^(\d+)(h|d|w|mo|y)$/.exec(window);
  if (!m) return null;
  return Number(m[1]) * (UNIT_MS[m[2] ?? 'd'] ?? 0);
}
