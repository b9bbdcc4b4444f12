// End to end: the built CLI on the seed articles (../shared, skipped when absent)
// and on the project's own Iraq fixtures.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { hasShared, shared } from '../helpers.js';
import { claimdiff } from './cli.js';

interface JsonClaim { document: string; line: number; column: number; text: string; value: string; normalized: number | string; date: string | null; source: string | null }
interface JsonConflict { id: string; rule: string; kind: string; subject: string; relation: string; claims: JsonClaim[]; pairs: Array<[number, number]> }
interface JsonReport { version: number; documents: Array<{ path: string; date: string | null }>; conflicts: JsonConflict[]; summary: Record<string, number> }

function scanJson(path: string, extra: string[] = []): { code: number; report: JsonReport } {
  const r = claimdiff(['scan', path, '--format', 'json', ...extra]);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport };
}

/** The troop-count conflicts and every troop figure that is in one. */
function troopFigures(report: JsonReport): { conflicts: JsonConflict[]; values: number[] } {
  const conflicts = report.conflicts.filter((c) => c.rule === 'troop-count');
  return { conflicts, values: conflicts.flatMap((c) => c.claims.map((k) => k.normalized as number)).sort((a, b) => a - b) };
}

function expectIraqTroopConflict(report: JsonReport): void {
  const { conflicts, values } = troopFigures(report);
  expect(conflicts).toHaveLength(1);
  const [c] = conflicts;
  expect(c?.subject).toBe('US troops · Iraq');
  expect(c?.relation).toBe('contradiction');
  expect(c?.kind).toBe('quantity');
  // 5,000 twice (January 2020), 3,000 and about 2,500; never Syria's 900, the cut "by 500", years or tallies.
  expect(values).toEqual([2500, 3000, 5000, 5000]);
  for (const bad of [900, 500, 170, 2008, 2014]) expect(values).not.toContain(bad);
  // 5,000 cannot be true with 3,000 or 2,500; 3,000 and about 2,500 cannot both be true either.
  const byValue = (v: number): number[] => c!.claims.flatMap((k, i) => (k.normalized === v ? [i] : []));
  const incompatible = new Set(c!.pairs.map(([a, b]) => `${a}:${b}`));
  for (const five of byValue(5000)) for (const three of byValue(3000)) expect(incompatible.has(`${Math.min(five, three)}:${Math.max(five, three)}`)).toBe(true);
  const twoFive = c!.claims.find((k) => k.normalized === 2500);
  expect(twoFive?.value).toMatch(/^about 2,500$/i);
  for (const k of c!.claims) {
    expect(k.line).toBeGreaterThan(0);
    expect(k.text).toContain(k.value);
  }
}

describe.skipIf(!hasShared)('seed articles (../shared/seeds)', () => {
  test('the US troop count in Iraq is a contradiction, with no false alarms', () => {
    const { code, report } = scanJson(join(shared, 'seeds'));
    expect(code).toBe(1);
    expect(report.version).toBe(1);
    expect(report.documents).toHaveLength(5);
    expectIraqTroopConflict(report);
  });

  test('the talks between the US and Iraq are a status conflict', () => {
    const { report } = scanJson(join(shared, 'seeds'));
    const talks = report.conflicts.filter((c) => c.rule === 'talks-status');
    expect(talks.length).toBeGreaterThanOrEqual(1);
    const states = new Set(talks.flatMap((c) => c.claims.map((k) => k.normalized)));
    expect(states).toContain('none');
    expect(states).toContain('ongoing');
    expect(talks[0]?.kind).toBe('status');
    expect(talks[0]?.subject).toMatch(/talks · Iraq – United States/);
    // Who said it travels with the claim.
    expect(talks.flatMap((c) => c.claims.map((k) => k.source))).toContain('James Jeffrey');
    // "has not yet entered into talks" (000), the envoy's denial (002), "holding technical talks" (003)
    // and "the end of the first round of bilateral discussions" (004) all take part.
    const articles = new Set(talks.flatMap((c) => c.claims.map((k) => k.document.split('/').pop()?.slice(0, 3))));
    for (const n of ['000', '002', '003', '004']) expect(articles).toContain(n);
  });
});
if (!hasShared) console.log('skipped: ../shared/seeds is absent (CI has it)');

describe('fixtures/iraq (the README demo)', () => {
  test('the same troop contradiction as the seeds', () => {
    const { code, report } = scanJson('fixtures/iraq');
    expect(code).toBe(1);
    expectIraqTroopConflict(report);
  });

  test('the text report shows each figure with file, line, date and sentence', () => {
    const r = claimdiff(['scan', 'fixtures/iraq']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/contradiction\s+US troops · Iraq/);
    expect(r.stdout).toMatch(/5,000-strong\s+fixtures\/iraq\/002\.txt:\d+:\d+\s+2020-01-29/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toMatch(/5 documents, \d+ assertions: \d+ contradictions?/);
  });

  test('the same input in any order gives the same bytes', () => {
    const a = claimdiff(['scan', 'fixtures/iraq/005.txt', 'fixtures/iraq/001.txt', 'fixtures/iraq', '--format', 'json']);
    const b = claimdiff(['scan', 'fixtures/iraq', '--format', 'json']);
    expect(a.stdout).toBe(b.stdout);
  });

  test('--group-by folder compares documents only within their folder', () => {
    const { report } = scanJson('fixtures', ['--group-by', 'folder']);
    for (const c of report.conflicts) {
      const folders = new Set(c.claims.map((k) => k.document.split('/').slice(0, -1).join('/')));
      expect(folders.size).toBe(1);
    }
  });

  test('--output writes the whole report to a file and nothing to stdout', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'claimdiff-')), 'report.json');
    const r = claimdiff(['scan', 'fixtures/iraq', '--format', 'json', '--output', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(existsSync(file)).toBe(true);
    expect((JSON.parse(readFileSync(file, 'utf8')) as JsonReport).conflicts.length).toBeGreaterThan(0);
  });
});

describe('exit codes and bad input', () => {
  test('a path that does not exist: one line on stderr, exit 2', () => {
    const r = claimdiff(['scan', 'no/such/folder']);
    expect(r.code).toBe(2);
    // The error, then why there is no report: an error run leaves nothing that looks complete.
    expect(r.stderr.trim().split('\n')).toEqual(['claimdiff: no/such/folder: no such file or directory', 'claimdiff: no report written: 1 input error (see above)']);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no\/such\/folder: no such file or directory/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('an unknown format, an unknown option: exit 2 without a stack trace', () => {
    const f = claimdiff(['scan', 'fixtures/iraq', '--format', 'yaml']);
    expect(f.code).toBe(2);
    expect(f.stderr).toMatch(/unknown format "yaml"/);
    const o = claimdiff(['scan', 'fixtures/iraq', '--frobnicate']);
    expect(o.code).toBe(2);
    expect(o.stderr).toMatch(/unknown option/);
    expect(o.stderr).not.toMatch(/\n\s+at /);
  });

  test('no contradiction: exit 0', () => {
    const r = claimdiff(['scan', 'fixtures/iraq/001.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 contradictions/);
  });

  test('--jobs above the number of cores is lowered, with one note (none with --quiet)', () => {
    // 100000 worker threads ran the process out of memory; each costs 115-130 MB.
    const cores = availableParallelism();
    const r = claimdiff(['scan', 'fixtures/iraq', '--jobs', '100000', '--format', 'json'], { timeout: 30_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`claimdiff: --jobs 100000 lowered to ${cores}, the number of cores\n`);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(claimdiff(['scan', 'fixtures/iraq', '--format', 'json']).stdout));
    const q = claimdiff(['scan', 'fixtures/iraq', '--jobs', '100000', '--quiet'], { timeout: 30_000 });
    expect(q.code).toBe(1);
    expect(q.stderr).toBe('');
  });

  test('--help and --version exit 0', () => {
    expect(claimdiff(['--help']).code).toBe(0);
    expect(claimdiff(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
