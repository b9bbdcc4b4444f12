// Accuracy floors for the generic frame on story clusters scored by ../shared/eval/score.py:
// fixtures/gold (blind clusters, now tuning data) and ../shared/eval/real-clusters. The floors
// are what the frame reached when it landed; a change that drops below them fails npm test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../helpers.js';
import { claimdiff } from '../e2e/cli.js';

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
  test('fixtures/gold: at least 5 pairs found at precision 0.33 or better', () => {
    const r = measure(join(root, 'fixtures', 'gold'));
    expect(r.tp).toBeGreaterThanOrEqual(5);
    expect(r.precision).toBeGreaterThanOrEqual(0.33);
    expect(r.recall).toBeGreaterThanOrEqual(0.13);
  }, 120_000);

  test('real-clusters: no false contradiction (none of the 15 found yet, so the floor is precision, as no flag)', () => {
    const r = measure(join(shared, 'real-clusters'));
    expect(r.fp).toBe(0);
    expect(r.tp).toBeGreaterThanOrEqual(0);
  }, 120_000);
});
