import { describe, expect, it } from 'vitest';
import {
  anchorClaim,
  claimsOf,
  compatibleSets,
  excerpt,
  excerptText,
  formatDateRange,
  normalizedValue,
  setLabel,
  summaryLine,
  timeline,
} from '../../src/formatters/common.js';
import type { Assertion } from '../../src/model.js';
import { sampleReport } from './sample-report.js';

function withSentence(sentence: string, written: string, at = sentence.indexOf(written)): Assertion {
  const base = sampleReport().assertions[0];
  if (!base) throw new Error('sample');
  return { ...base, sentenceText: sentence, written, sentence: { start: 100, end: 100 + sentence.length }, span: { start: 100 + at, end: 100 + at + written.length } };
}

describe('compatible sets', () => {
  it('puts agreeing values together and orders sets by value', () => {
    const r = sampleReport();
    const c = r.conflicts[0];
    if (!c) throw new Error('sample');
    const sets = compatibleSets(c, claimsOf(r, c)).map((s) => s.map((x) => x.assertion.written));
    expect(sets).toEqual([['About 2,500', '2,600'], ['4,000', '4,000-strong']]);
  });

  it('makes three sets when three values all disagree', () => {
    const r = sampleReport();
    const c = r.conflicts[0];
    if (!c) throw new Error('sample');
    c.pairs = [[0, 1], [0, 2], [0, 3], [1, 3], [2, 3]]; // only 4,000 and 4,000-strong agree
    expect(compatibleSets(c, claimsOf(r, c)).map((s) => s.map((x) => x.assertion.written))).toEqual([
      ['About 2,500'],
      ['2,600'],
      ['4,000', '4,000-strong'],
    ]);
  });

  it('labels sets A…Z, AA…', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(setLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});

describe('anchor', () => {
  it('prefers the first draft claim', () => {
    const r = sampleReport();
    const c = r.conflicts[2];
    if (!c) throw new Error('sample');
    c.claims = [2, 9];
    expect(anchorClaim(claimsOf(r, c))?.assertion.written).toBe('March 2023');
    for (const d of r.documents) delete d.role;
    expect(anchorClaim(claimsOf(r, c))?.assertion.written).toBe('20 February 2023');
  });
});

describe('dates and timelines', () => {
  it.each([
    ['2020-01-29', '2020-01-29', '29 Jan 2020'],
    ['2020-02-01', '2020-02-29', 'Feb 2020'],
    ['2021-02-01', '2021-02-28', 'Feb 2021'],
    ['2024-01-01', '2024-12-31', '2024'],
    ['2024-01-03', '2024-02-10', '3 Jan 2024–10 Feb 2024'],
    ['June', 'June', 'June'],
  ])('%s..%s → %s', (a, b, expected) => {
    expect(formatDateRange(a, b)).toBe(expected);
  });

  it('orders a change by time', () => {
    const r = sampleReport();
    const c = r.conflicts[3];
    if (!c) throw new Error('sample');
    c.claims = [7, 3];
    expect(timeline(claimsOf(r, c))).toBe('Forty (Feb 2023) → 12 (2024)');
  });
});

describe('excerpt', () => {
  it('keeps a short sentence whole, cleaned', () => {
    const e = excerpt(withSentence('About\r\n 2,500 \u001b[1mpeople\u001b[0m left.', '2,500'));
    expect(e).toEqual({ before: 'About ', value: '2,500', after: ' people left.' });
  });

  it('shortens around the value, at word boundaries', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`);
    const sentence = [...words.slice(0, 30), '7,500', ...words.slice(30)].join(' ');
    const e = excerpt(withSentence(sentence, '7,500'), 80);
    const text = excerptText(e);
    expect(e.value).toBe('7,500');
    expect(text.startsWith('…word')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(Array.from(text).length).toBeLessThanOrEqual(82);
    expect(text).toMatch(/…word\d+ .* word\d+…$/);
  });

  it('finds the value by text when the span does not match', () => {
    const a = withSentence('Nearly 900 were hurt.', '900', 0);
    expect(excerpt(a)).toEqual({ before: 'Nearly ', value: '900', after: ' were hurt.' });
  });

  it('shows the start of the sentence when the value is not in it', () => {
    const e = excerpt(withSentence('x '.repeat(200), 'absent', 0), 50);
    expect(e.value).toBe('');
    expect(Array.from(excerptText(e)).length).toBeLessThanOrEqual(51);
  });

  it('does not split surrogate pairs', () => {
    const e = excerpt(withSentence(`${'😀'.repeat(100)} 12 ${'😀'.repeat(100)}`, '12'), 40);
    expect(excerptText(e)).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('summary line', () => {
  it('pluralises', () => {
    const r = sampleReport();
    r.summary = { documents: 1, assertions: 1, contradictions: 1, changes: 2 };
    expect(summaryLine(r)).toBe('1 document, 1 assertion: 1 contradiction, 2 changes');
  });
});

describe('normalizedValue', () => {
  it('gives a converted measure as the article wrote it: "180 nautical miles" is 180, compared as metres', async () => {
    const { extractText } = await import('../../src/engine/scan.js');
    const { compileForRun } = await import('../../src/rules/compile.js');
    const { loadRuleSet } = await import('../../src/rules/load.js');
    const rules = compileForRun(loadRuleSet({ builtin: true }));
    const [a] = extractText('The ship was about 180 nautical miles west of Port Haverly.', rules).filter((x) => x.rule === 'generic-quantity');
    expect(a?.value).toMatchObject({ number: 180 * 1852, unit: 'm', as: { number: 180, unit: 'nmi' } });
    expect(a && normalizedValue(a.value)).toBe(180);
  });

  it('gives a figure in its own unit as its number', () => {
    expect(normalizedValue({ kind: 'quantity', number: 3.5e9, low: 3.5e9, high: 3.5e9, hedge: 'exact', unit: 'USD' })).toBe(3.5e9);
  });
});
