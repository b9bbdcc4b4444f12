// Phrases in lexicons and status states are plain words or phrases; an entry
// written /.../flags is a regular expression. Regular expressions are checked for
// validity and for catastrophic backtracking when a pack loads.

import type SafeRegex from 'safe-regex2';
import { lazyModule } from '../lazy.js';

const safeRegex = lazyModule<typeof SafeRegex>('safe-regex2');

const REGEX_PHRASE = /^\/(.+)\/([a-z]*)$/s;
/** Flags a phrase regex may carry: no g/y (stateful) or d. */
export const PHRASE_FLAGS = 'imsu';

/** Whether a phrase is written as a regular expression (/.../flags). */
export function isRegexPhrase(phrase: string): boolean {
  return REGEX_PHRASE.test(phrase);
}

export type PhraseCheck = { ok: true; regex: RegExp | null } | { ok: false; message: string };

/** Check one phrase: plain text is always fine; a regex must compile, use allowed flags and be safe. */
export function checkPhrase(phrase: string): PhraseCheck {
  const m = REGEX_PHRASE.exec(phrase);
  if (!m) {
    if (phrase.trim() === '') return { ok: false, message: 'empty phrase' };
    return { ok: true, regex: null };
  }
  const source = m[1] ?? '';
  const flags = m[2] ?? '';
  const bad = [...flags].filter((f) => !PHRASE_FLAGS.includes(f));
  if (bad.length > 0)
    return {
      ok: false,
      message: `unsupported flag ${JSON.stringify(bad.join(''))} in regular expression ${phrase} (allowed: i, m, s, u)`,
    };
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch (e) {
    const why = (e as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    return { ok: false, message: `invalid regular expression ${phrase}: ${why}` };
  }
  if (!safeRegex()(regex)) {
    return { ok: false, message: `unsafe regular expression ${phrase} (catastrophic backtracking)` };
  }
  return { ok: true, regex };
}

/**
 * A phrase as a RegExp source: a regex phrase as written, a plain phrase
 * escaped, with flexible whitespace. Check kinds add their own word boundaries.
 */
export function phraseSource(phrase: string): { source: string; flags: string } {
  const m = REGEX_PHRASE.exec(phrase);
  if (m) return { source: m[1] ?? '', flags: m[2] ?? '' };
  const escaped = phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('\\s+');
  return { source: escaped, flags: '' };
}
