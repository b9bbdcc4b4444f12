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
