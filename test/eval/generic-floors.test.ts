// Accuracy floors for the generic frame on story clusters scored by ../shared/eval/score.py:
// fixtures/gold (blind clusters, now tuning data) and ../shared/eval/real-clusters. The floors
// are what the tool reached, less a margin (session 5: 35 of the 263 pairs of the 46 clusters at
// precision 0.51; the blind first runs of its two rounds of eight found 3 and 1 of 48); a change
// that drops below them fails npm test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../helpers.js';
import { claimdiff } from '../e2e/cli.js';
import { scanDocuments } from '../../src/engine/scan.js';
import { documentFromText } from '../../src/inputs/index.js';
import { compileForRun } from '../../src/rules/compile.js';
import { loadRuleSet } from '../../src/rules/load.js';

const shared = join(root, '..', 'shared', 'eval');
const score = join(shared, 'score.py');
const missing = !existsSync(score);
if (missing) console.log('generic floors skipped: ../shared/eval is absent');

function measure(folder: string): { precision: number; recall: number; tp: number; fp: number } {
  const run = claimdiff(['scan', folder, '--group-by', 'folder', '--format', 'json', '-q', '--no-config']);
  const report = join(mkdtempSync(join(tmpdir(), 'claimdiff-floor-')), 'report.json');
  writeFileSync(report, run.stdout);
  const golds = readdirSync(folder).map((d) => join(folder, d, 'gold.yaml')).filter((f) => existsSync(f));
  const out = spawnSync('python3', [score, report, ...golds], { encoding: 'utf8' }).stdout;
  const m = /precision=([\d.]+) recall=([\d.]+) tp=(\d+) fp=(\d+)/.exec(out);
  return { precision: Number(m?.[1] ?? -1), recall: Number(m?.[2] ?? -1), tp: Number(m?.[3] ?? -1), fp: Number(m?.[4] ?? -1) };
}

describe.skipIf(missing)('accuracy floors on story clusters', () => {
  // Session 6: 54 of the 343 pairs of the 60 clusters at precision 0.60; session 7: 77 of the 444 pairs of 71 at 0.63;
  // session 8: 91 of the 505 pairs of 76 at 0.69, then with the twelfth round (not tuned on) 98 of 550 of 81 at 0.66;
  // session 9: 110 of the 600 pairs of 86 at 0.67 (thirteenth round folded in); 132 of the 677 pairs
  // of 91 at 0.68 with the fourteenth, 132 at 0.70 after its fixes; session 10: 139 of 677 at 0.71,
  // then with the fifteenth and sixteenth rounds (tuned on) 167 of the 787 pairs of 101 at 0.74, and with the
  // seventeenth (held out until the end) 179 of the 855 pairs of 106 at 0.72; session 12: 188 of 855 at 0.75, then
  // with the twentieth (tuned on) and twenty-first (held out until the end) rounds 204 of the 928 pairs of 116 at 0.74;
  // session 13: 210 of 928 at 0.74, then with the twenty-second and twenty-third rounds 223 of the 1,002 pairs of 126 at 0.74;
  // session 14: 229 of 1,002 at 0.75, then with the twenty-fourth (held out) and twenty-fifth rounds 243 of the 1,094 pairs of 136 at 0.76;
  // session 15: 248 of 1,094 at 0.76, then with the twenty-sixth (held out) and twenty-seventh rounds 266 of the 1,188 pairs of 146 at 0.77, 270 after two more fixes;
  // session 16: 276 of 1,188 at 0.79, then with the twenty-eighth and twenty-ninth (held out) rounds 309 of the 1,294 pairs of 156 at 0.80.
  test('fixtures/gold: at least 300 pairs found at precision 0.70 or better', () => {
    const r = measure(join(root, 'fixtures', 'gold'));
    expect(r.tp).toBeGreaterThanOrEqual(300);
    expect(r.precision).toBeGreaterThanOrEqual(0.7);
    expect(r.recall).toBeGreaterThanOrEqual(0.2);
  }, 120_000);

  test('real-clusters: no false contradiction (none of the 15 found yet, so the floor is precision, as no flag)', () => {
    const r = measure(join(shared, 'real-clusters'));
    expect(r.fp).toBe(0);
  }, 120_000);
});

// The ANLI numeric pairs of ../shared/eval/dev-pairs.jsonl as scripts/eval.mjs scores them (each
// pair two documents; a contradiction between them is a flag; a document's own is not).
const pairsFile = join(shared, 'dev-pairs.jsonl');
describe.skipIf(!existsSync(pairsFile))('accuracy floors on labelled numeric pairs', () => {
  test('type=numeric: at least 3 contradictions found at precision 0.75 or better', () => {
    const rules = compileForRun(loadRuleSet({ builtin: true }));
    const pairs = readFileSync(pairsFile, 'utf8').split('\n').filter(Boolean)
      .map((l) => JSON.parse(l) as { premise: string; hypothesis: string; label: string; type: string })
      .filter((p) => p.type === 'numeric');
    let tp = 0;
    let fp = 0;
    for (const p of pairs) {
      const report = scanDocuments([documentFromText('premise.txt', p.premise), documentFromText('hypothesis.txt', p.hypothesis)], rules);
      // A spelling variant of a name (Jon / John) is a style matter, not a claim that contradicts.
      if (!report.conflicts.some((c) => c.relation === 'contradiction' && c.message.id !== 'self-conflict' && c.kind !== 'name')) continue;
      if (p.label === 'contradiction') tp++;
      else fp++;
    }
    expect(tp).toBeGreaterThanOrEqual(3);
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.75);
  }, 120_000);
});
