// The linear-time engine for user packs: re2js, a JavaScript port of RE2. A user
// pattern such as (a|aa)*b takes V8 seconds on 40 characters, doubling with each
// one; RE2 runs every pattern in time linear in the text. Measured against the
// native `re2` binding in docs/design-notes.md (re2js needs no compiler at install).

import type { RE2JS as RE2JSClass, Matcher as RE2JSMatcher } from 're2js';
import { lazyModule } from '../lazy.js';
import type { Matcher, MatcherFactory } from './matcher.js';

const re2js = lazyModule<typeof import('re2js')>('re2js');

// V8's \s (ECMAScript WhiteSpace and LineTerminator) as class contents; RE2's \s is ASCII
// only, and articles carry no-break spaces (&nbsp;) that plain phrases must match across.
const JS_SPACE = String.raw`\t-\r \x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}`;

/** `source` with \s read as V8 reads it (outside a class and inside one; \S outside one). */
export function jsWhitespace(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] ?? '';
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (next === 's') out += inClass ? JS_SPACE : `[${JS_SPACE}]`;
      else if (next === 'S' && !inClass) out += `[^${JS_SPACE}]`;
      else out += ch + next;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

class LinearMatcher implements Matcher {
  readonly global: boolean;
  readonly sticky: boolean;
  readonly unicode: boolean;
  lastIndex = 0;
  private readonly re: RE2JSClass;
  private input: string | null = null;
  private matcher: RE2JSMatcher | null = null;

  constructor(readonly source: string, flags: string) {
    const { RE2JS } = re2js();
    this.global = flags.includes('g');
    this.sticky = flags.includes('y');
    this.unicode = flags.includes('u');
    let bits = 0;
    if (flags.includes('i')) bits |= RE2JS.CASE_INSENSITIVE;
    if (flags.includes('s')) bits |= RE2JS.DOTALL;
    if (flags.includes('m')) bits |= RE2JS.MULTILINE;
    // The engine's own templates use lookbehind (status: "not after"); re2js runs captureless
    // lookbehinds in linear time. User patterns are refused lookaround when a pack loads.
    if (/\(\?<[=!]/.test(source)) bits |= RE2JS.LOOKBEHINDS;
    this.re = RE2JS.compile(jsWhitespace(RE2JS.translateRegExp(source)), bits);
  }

  exec(text: string): RegExpExecArray | null {
    const stateful = this.global || this.sticky;
    const from = stateful ? this.lastIndex : 0;
    const m = from <= text.length && (from > 0 || this.re.test(text)) ? this.find(text, from) : null;
    if (!m) {
      if (stateful) this.lastIndex = 0;
      return null;
    }
    const groups: Array<string | undefined> = [];
    for (let g = 0; g <= m.groupCount(); g++) groups.push(m.group(g) ?? undefined);
    const result = Object.assign(groups, { index: m.start(), input: text, groups: undefined }) as unknown as RegExpExecArray;
    if (stateful) this.lastIndex = m.end();
    return result;
  }

  test(text: string): boolean {
    // The DFA answers a yes/no question without the matcher's capture machinery.
    if (!this.global && !this.sticky) return this.re.test(text);
    return this.exec(text) !== null;
  }

  /** The match at or after `from` (exactly at `from` when sticky), reusing the matcher for one text. */
  private find(text: string, from: number): RE2JSMatcher | null {
    if (this.input !== text || !this.matcher) {
      this.matcher = this.re.matcher(text);
      this.input = text;
    }
    const m = this.matcher;
    if (!m.find(from)) return null;
    return this.sticky && m.start() !== from ? null : m;
  }
}

/** RE2 semantics, linear time. Throws re2js's syntax error on lookahead, backreferences and the like. */
export const linearMatcher: MatcherFactory = (source, flags = '') => new LinearMatcher(source, flags);
