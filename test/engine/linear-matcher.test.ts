// The linear-time engine behind a user pack's expressions answers as V8's RegExp does
// for the expressions the check kinds build (exec, test, lastIndex, g and y), reads \s as
// V8 does, and stays linear where V8 backtracks for ever.
import { describe, expect, it } from 'vitest';
import { jsWhitespace, linearMatcher } from '../../src/engine/linear-matcher.js';
import { allMatches } from '../../src/engine/regexp.js';

const cases: Array<[source: string, flags: string, text: string]> = [
  [String.raw`\b(?:troops?|soldiers?)\b`, 'gi', 'US Troops and 300 soldiers, troopships'],
  [String.raw`\b(?:agreement|deal)(?:s|es)?\b`, 'gi', 'the Deals, a deal’s end, “agreement”'],
  [String.raw`(?<!\b(?:peace|drone)[\s-]+)\b(?:talks|strikes?)\b`, 'gi', 'peace talks, drone-strikes and talks; a strike'],
  [String.raw`\b(?:number)\s+of\s+(?:the\s+)?(?:[\w'’.-]+(?<!\s(?:in|the)\b[\w'’.-]*)\s+){0,3}?(?:troops)(?:\b[^;!?]{0,70}?\b(?:at|to))?\s*[:,]?\s*$`, 'i', 'the number of US troops in Iraq stood at '],
  [String.raw`\b(?:killed)\s+$`, 'i', 'the quake killed\u00a0'],
  [String.raw`on\s+strike`, 'gi', 'on\u00a0strike, on  strike'],
  [String.raw`\b(signed|ratified)\b`, 'gi', 'Signed, sealed, ratified'],
];

describe('linearMatcher', () => {
  for (const [source, flags, text] of cases) {
    it(`finds what RegExp finds: /${source}/${flags}`, () => {
      const v8 = new RegExp(source, flags);
      const re2 = linearMatcher(source, flags);
      if (flags.includes('g')) {
        const shape = (ms: RegExpExecArray[]): unknown[] => ms.map((m) => [m.index, ...m]);
        expect(shape(allMatches(re2, text))).toEqual(shape(allMatches(v8, text)));
        expect(re2.lastIndex).toBe(0);
      } else {
        expect(re2.exec(text)?.index).toBe(v8.exec(text)?.index);
        expect(re2.test(text)).toBe(v8.test(text));
      }
    });
  }

  it('sticky: matches only where lastIndex says', () => {
    const re = linearMatcher(String.raw`(?:beds|cots)\b`, 'iy');
    const text = '40 hospital beds';
    re.lastIndex = 3;
    expect(re.exec(text)).toBeNull();
    expect(re.lastIndex).toBe(0);
    re.lastIndex = 12;
    expect(re.exec(text)?.[0]).toBe('beds');
    expect(re.lastIndex).toBe(16);
  });

  it('runs (a|aa)*b on 5,000 a’s at once', () => {
    const t0 = performance.now();
    expect(linearMatcher('(a|aa)*b', 'i').test('a'.repeat(5000))).toBe(false);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('refuses what RE2 cannot run', () => {
    expect(() => linearMatcher(String.raw`(a)\1`)).toThrow();
    expect(() => linearMatcher('a(?=b)')).toThrow();
  });
});

describe('jsWhitespace', () => {
  it('reads \\s and \\S as V8 does, in and out of a class, and leaves escapes alone', () => {
    const space = String.raw`\t-\r \x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}`;
    expect(jsWhitespace(String.raw`a\s+b`)).toBe(String.raw`a[${space}]+b`);
    expect(jsWhitespace(String.raw`[\s-]`)).toBe(`[${space}-]`);
    expect(jsWhitespace(String.raw`\S\\s\[\s`)).toBe(String.raw`[^${space}]\\s\[[${space}]`);
  });
});
