import { describe, expect, test } from 'vitest';
import { scanDocuments } from '../../src/engine/scan.js';
import { documentFromText } from '../../src/inputs/index.js';
import { compileForRun } from '../../src/rules/compile.js';
import { loadRuleSet } from '../../src/rules/load.js';

// A monthly statistic (rules/money.yaml unemployment-rate, reports: previous-month): a jobs report
// of 3 September gives August's rate; two months' rates are a change, one month's two rates a conflict.
const rules = compileForRun(loadRuleSet({ builtin: true }));
const relations = (...docs: Array<[string, string]>): string[] =>
  scanDocuments(docs.map(([date, body], i) => documentFromText(`jobs/${i}.txt`, `Jobs report\nPublished: ${date}\n\n${body}\n`)), rules)
    .conflicts.filter((c) => c.rule === 'unemployment-rate')
    .map((c) => c.relation);

describe('a statistic published after its month', () => {
  test("a report's undated rate is the previous month's: September's named rate is a change from it", () => {
    expect(relations(['3 September 2021', 'The US unemployment rate dropped to 5.2%.'], ['8 October 2021', 'The US unemployment rate declined to 4.8% in September.'])).toEqual(['change']);
  });
  test("two rates of one month conflict", () => {
    expect(relations(['3 September 2021', 'The US unemployment rate dropped to 5.2%.'], ['4 September 2021', 'The US unemployment rate was 5.6% in August.'])).toEqual(['contradiction']);
  });
});
