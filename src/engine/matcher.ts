// A compiled expression as the engine uses it: RegExp's exec/test with lastIndex.
// Built-in packs and the engine's own expressions run on V8's RegExp; the
// expressions of a user pack that has regular expressions run on a linear-time
// engine (engine/linear-matcher.ts), so that no pattern a user writes can hang a run.
// The check kinds compile through a MatcherFactory and never know which one.

/** The part of RegExp the engine calls. A RegExp is one. */
export interface Matcher {
  readonly source: string;
  readonly global: boolean;
  readonly sticky: boolean;
  readonly unicode: boolean;
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
  test(text: string): boolean;
}

/** Compiles `source` with RegExp flags (g, i, m, s, u, y). Throws on a pattern the engine cannot run. */
export type MatcherFactory = (source: string, flags?: string) => Matcher;

/** V8's backtracking RegExp: for expressions we wrote (built-in packs, the engine's templates). */
export const backtrackingMatcher: MatcherFactory = (source, flags) => new RegExp(source, flags);
