// Helpers for the engine's regular expressions.

import type { Matcher } from './matcher.js';

/** `s` as a literal in a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The matches [...text.matchAll(re)] gives, for a global `re`. matchAll copies its
 * expression on each call (the spec's species constructor): in the per-sentence
 * loops, over the packs' long alternations, that copy cost more than the search.
 */
export function allMatches(re: Matcher, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // As matchAll does, step past an empty match: by a whole code point in unicode mode.
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}
