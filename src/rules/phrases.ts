// Phrases in lexicons and status states are plain words or phrases; an entry
// written /.../flags is a regular expression. Regular expressions are checked when
// a pack loads: a built-in pack's for validity and catastrophic backtracking (they
// run on V8); a user pack's for what the linear-time engine they run on can express.

import type SafeRegex from 'safe-regex2';
import { linearMatcher } from '../engine/linear-matcher.js';
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

// What RE2 cannot run, named as a user knows it (re2js calls a lookbehind an "invalid named capture").
const BACKTRACKING_ONLY: ReadonlyArray<[RegExp, string]> = [
  [/(?<!\\)\(\?<[=!]/, 'lookbehind'],
  [/(?<!\\)\(\?[=!]/, 'lookahead'],
  [/(?<!\\)\\(?:[1-9]|k<)/, 'a backreference'],
];

/** Why a user pattern cannot run on the linear-time engine, or null when it can. */
function linearProblem(phrase: string, source: string, inLookbehind: boolean): string | null {
  const feature = BACKTRACKING_ONLY.find(([re]) => re.test(source))?.[1];
  if (feature) return `regular expression ${phrase} uses ${feature}, which a user pack cannot: its expressions run on RE2, a linear-time engine without lookaround or backreferences`;
  try {
    // A "not after" word is read inside a lookbehind, where RE2 allows no capturing group.
    linearMatcher(inLookbehind ? `(?<!(?:${source}))` : `(?:${source})`);
  } catch (e) {
    const why = (e as Error).message.replace(/^error parsing regexp: /, '');
    if (inLookbehind && why.startsWith('invalid capture in lookbehind'))
      return `regular expression ${phrase} has a capturing group: a not_after word is read inside a lookbehind, where RE2 allows none (write (?:...))`;
    return `regular expression ${phrase} cannot run on the linear-time engine user packs use (RE2): ${why}`;
  }
  return null;
}

/** How a phrase will run: `trusted` (a built-in pack, on V8) or a user pack's (on RE2); `inLookbehind` for not_after words. */
export interface PhraseContext {
  trusted: boolean;
  inLookbehind?: boolean;
}

/**
 * Check one phrase: plain text is always fine; a regex must compile and use allowed flags;
 * a trusted one must be safe from catastrophic backtracking, a user's must be one RE2 can run.
 */
export function checkPhrase(phrase: string, context: PhraseContext = { trusted: false }): PhraseCheck {
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
  if (!context.trusted) {
    const problem = linearProblem(phrase, source, context.inLookbehind === true);
    return problem ? { ok: false, message: problem } : { ok: true, regex };
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
