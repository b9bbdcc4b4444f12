// Accuracy floors that fail npm test when they drop: the fixture clusters' precision, recall and
// traps as scripts/eval.mjs scores them (fixtures/*/expected.yaml), and the false alarms on
// unrelated stories: each BBC category scanned as one folder with default options (issue 14).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../helpers.js';
import { claimdiff } from '../e2e/cli.js';

test('fixture clusters: precision ≥ 0.89, recall ≥ 0.72, traps respected ≥ 320', () => {
  const out = spawnSync(process.execPath, [join(root, 'scripts', 'eval.mjs')], { cwd: root, encoding: 'utf8' }).stdout;
  const all = /^all\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)/m.exec(out);
  const traps = /traps \(claims that must not be in a conflict\): (\d+)\/(\d+) respected/.exec(out);
  expect(all, out).not.toBeNull();
  expect(Number(all?.[4])).toBeGreaterThanOrEqual(0.89);
  expect(Number(all?.[5])).toBeGreaterThanOrEqual(0.72);
  expect(Number(traps?.[1])).toBeGreaterThanOrEqual(320);
}, 180_000);

const bbc = join(root, '..', 'shared', 'corpus', 'bbc');
if (!existsSync(bbc)) console.log('archive noise floors skipped: ../shared/corpus/bbc is absent');

interface Claim { document: string }
interface Conflict { relation: string; kind: string; claims: Claim[]; pairs: Array<[number, number]> }

describe.skipIf(!existsSync(bbc))('unrelated stories: the BBC categories, each one folder, default options', () => {
  // Issue 14's bound is 0.2 contradictions and 0.5 pairs across articles per 100 articles in each
  // category. Left (docs/design-notes.md, "Stories by names, words and time"): a true one (two
  // politics articles give Mr Mubanga's age as 29 and 32), and two false that larger stories
  // exposed (two companies' quarterly profits; "three gold medals" against "five medals").
  test('at most 3 contradictions across articles in all five, none over the bound but the true one, 4 such pairs, none within an article', () => {
    let across = 0;
    let pairs = 0;
    let within = 0;
    const over: string[] = [];
    for (const category of ['business', 'entertainment', 'politics', 'sport', 'tech']) {
      const run = claimdiff(['scan', join(bbc, category), '--format', 'json', '-q', '--no-config']);
      // Figures only: a name spelled two ways in one story is a warning of its own, judged in docs/names-bbc.md.
      const report = JSON.parse(run.stdout) as { documents: unknown[]; conflicts: Conflict[] };
      const conflicts = report.conflicts.filter((c) => c.relation === 'contradiction' && c.kind !== 'name');
      let here = 0;
      let herePairs = 0;
      for (const c of conflicts) {
        const docs = new Set(c.claims.map((k) => k.document));
        if (docs.size === 1) within++;
        else here++;
        herePairs += c.pairs.filter(([a, b]) => c.claims[a]?.document !== c.claims[b]?.document).length;
      }
      const per100 = (n: number): number => (100 * n) / report.documents.length;
      if (category !== 'politics' && (per100(here) > 0.2 || per100(herePairs) > 0.5)) over.push(category);
      across += here;
      pairs += herePairs;
    }
    expect(over).toEqual([]);
    expect(across).toBeLessThanOrEqual(3);
    expect(pairs).toBeLessThanOrEqual(4);
    expect(within).toBe(0);
  }, 300_000);
});
