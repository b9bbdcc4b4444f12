// Reading the grouping keys the engine builds ("rule|role|dim=value|…"): what buckets.ts and
// loose.ts both need to know of a key's dimensions.

/** A key's rule and role ("generic-quantity|count") and its dimensions in order. */
export function parseKey(key: string): { base: string; dims: Array<[string, string]> } {
  const [rule = '', role = '', ...rest] = key.split('|');
  return { base: `${rule}|${role}`, dims: rest.map((d) => d.split('=') as [string, string]) };
}

/**
 * Two modifiers agree when either is unsaid or one's words are all the other's: "net profit" is
 * the "first-half net profit" the story reports, "whales" the "pilot whales"; a noun with fewer
 * modifiers names the same thing less precisely, not another thing.
 */
export function modifiersAgree(a: string, b: string): boolean {
  if (a === '*' || b === '*' || a === b) return true;
  const x = a.split(' ');
  const y = b.split(' ');
  const [small, big] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
  return small.every((w) => big.has(w));
}
