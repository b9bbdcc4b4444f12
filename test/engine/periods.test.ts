// Two whole periods that do not overlap are two measurements: last year's dead and this year's.
import { expect, test } from 'vitest';
import { scanDocuments } from '../../src/engine/scan.js';
import { documentFromText } from '../../src/inputs/index.js';
import { compileForRun } from '../../src/rules/compile.js';
import { loadRuleSet } from '../../src/rules/load.js';

const rules = compileForRun(loadRuleSet({ builtin: true }));

test("a total of last year and one of this year are unrelated; two reports of this year's conflict", () => {
  const docs = [
    documentFromText('a.txt', 'Aid work\nPublished: 12 June 2025\n\nThis year, 12 aid workers were killed in Karsenia, officials said.'),
    documentFromText('b.txt', 'Aid work\nPublished: 12 June 2025\n\nLast year, 31 aid workers were killed in Karsenia, according to the forum.'),
    documentFromText('c.txt', 'Aid work\nPublished: 12 June 2025\n\nThis year, 19 aid workers were killed in Karsenia, the forum said.'),
  ];
  const report = scanDocuments(docs, rules);
  const written = (c: { claims: number[] }) => c.claims.map((i) => report.assertions[i]?.written).sort();
  const tolls = report.conflicts.filter((c) => c.rule === 'death-toll');
  expect(tolls.map(written)).toEqual([['12', '19']]);
  expect(tolls[0]?.relation).toBe('contradiction');
});

test('a comparison’s base is no time of the claim: two rises on the same base conflict', () => {
  const docs = [
    documentFromText('a.txt', 'Dengue\nPublished: 10 March 2025\n\nConfirmed cases were up 180% on the same period last year, the bulletin said.'),
    documentFromText('b.txt', 'Dengue\nPublished: 10 March 2025\n\nThe number of confirmed cases is 340% higher than in the same period of 2024.'),
  ];
  const report = scanDocuments(docs, rules);
  expect(report.assertions.filter((a) => a.written.includes('%')).map((a) => a.time?.start)).toEqual(['2025-03-10', '2025-03-10']);
  expect(report.conflicts.filter((c) => c.relation === 'contradiction')).toHaveLength(1);
});

test('the year to March 2004 is twelve months, and a figure of it is no rival to one of calendar 2004', () => {
  const docs = [
    documentFromText('a.txt', 'India\n\nIn the year to March 2004, the Indian economy grew by 8.5%.'),
    documentFromText('b.txt', 'India\n\nHe said India\'s economy grew 6.9% in 2004.'),
  ];
  const report = scanDocuments(docs, rules);
  expect(report.assertions.find((a) => a.written === '8.5%')?.time).toEqual({ start: '2003-04-01', end: '2004-03-31' });
  expect(report.conflicts.filter((c) => c.relation === 'contradiction')).toEqual([]);
});
