// Time-aware comparison end to end: a change over time is not a contradiction.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { hasShared, shared } from '../helpers.js';
import { claimdiff } from './cli.js';

interface Claim { normalized: number | string; date: string | null; value: string }
interface Conflict { rule: string; relation: string; claims: Claim[] }
interface Report { conflicts: Conflict[]; summary: { contradictions: number; changes: number } }

const scan = (args: string[]): { code: number; report: Report; stdout: string } => {
  const r = claimdiff(['scan', ...args, '--format', 'json']);
  return { code: r.code, report: JSON.parse(r.stdout) as Report, stdout: r.stdout };
};
const values = (c: Conflict | undefined): Array<number | string> => [...new Set(c?.claims.map((k) => k.normalized) ?? [])];

describe('toll that rises over a week', () => {
  const { report } = scan(['fixtures/toll-rising']);
  const tolls = report.conflicts.filter((c) => c.rule === 'death-toll');

  test('12 → 45 → 110 is a change, in time order', () => {
    const change = tolls.find((c) => c.relation === 'change');
    expect(values(change)).toEqual(expect.arrayContaining([12, 45, 110]));
    const dates = change!.claims.map((k) => k.date ?? '');
    expect(dates).toEqual([...dates].sort());
  });

  test('110 against 160 on the same day is a contradiction', () => {
    const contradiction = tolls.find((c) => c.relation === 'contradiction');
    expect(values(contradiction)).toEqual(expect.arrayContaining([110, 160]));
    expect(values(contradiction)).not.toContain(12);
    expect(values(contradiction)).not.toContain(45);
  });
});

describe('a live blog: entries under time marks (fixtures/live-blog)', () => {
  const { report, code } = scan(['fixtures/live-blog', '--no-config']);
  const tolls = report.conflicts.filter((c) => c.rule === 'death-toll');
  const inBlog = (c: Conflict): boolean => c.claims.every((k) => (k as Claim & { document: string }).document.endsWith('001.txt'));

  test('a toll that rose from 09:40 to 18:05 is a change within the blog, in the order of its entries', () => {
    const change = tolls.find((c) => c.relation === 'change' && inBlog(c));
    expect(values(change)).toEqual([12, 15, 17, 20]);
  });

  test('two entries of the same time (14:30) that differ are a contradiction of the blog with itself', () => {
    const own = tolls.filter((c) => c.relation === 'contradiction');
    expect(own.map(values)).toEqual([[15, 17]]);
    expect(own.every(inBlog)).toBe(true);
    // A warning, not a failure: the blog disagrees with itself.
    expect(code).toBe(0);
  });
});

describe('statuses over time', () => {
  test('talks "not happening" and then "concluded" a week later are a change', () => {
    const { report } = scan(['fixtures/talks-change']);
    const talks = report.conflicts.filter((c) => c.rule === 'talks-status');
    expect(talks.some((c) => c.relation === 'change' && values(c).includes('none') && values(c).includes('concluded'))).toBe(true);
    expect(talks.filter((c) => c.relation === 'contradiction').flatMap(values)).not.toContain('concluded');
  });
});

describe('--fail-on', () => {
  test('changes alone never fail a run unless asked', () => {
    const dated = ['fixtures/iraq', '--meta', 'fixtures/meta/iraq-dates.yaml'];
    const quiet = scan(dated);
    // The only contradiction left is a name spelled two ways (Qasem/Qassem Soleimani): a warning, which fails nothing.
    expect(quiet.report.conflicts.filter((c) => c.relation === 'contradiction').map((c) => c.rule)).toEqual(['name-variant']);
    expect(quiet.report.summary.changes).toBeGreaterThan(0);
    expect(quiet.code).toBe(0);
    expect(claimdiff(['scan', ...dated, '--fail-on', 'change']).code).toBe(1);
  });
});

describe('fixtures/iraq: unknown dates keep a contradiction; dates in a sidecar make it a change', () => {
  test('without dates for every article: a contradiction', () => {
    const { report } = scan(['fixtures/iraq']);
    expect(report.conflicts.find((c) => c.rule === 'troop-count')?.relation).toBe('contradiction');
  });

  test('with every date given: a change timeline 5,000 → 3,000 → about 2,500', () => {
    const { report } = scan(['fixtures/iraq', '--meta', 'fixtures/meta/iraq-dates.yaml']);
    const troops = report.conflicts.filter((c) => c.rule === 'troop-count');
    expect(troops.map((c) => c.relation)).toEqual(['change']);
    expect(values(troops[0])).toEqual([5000, 3000, 2500]);
    const text = claimdiff(['scan', 'fixtures/iraq', '--meta', 'fixtures/meta/iraq-dates.yaml']).stdout;
    expect(text).toMatch(/5,000[^\n]*→[^\n]*3,000[^\n]*→[^\n]*About 2,500/);
  });
});

describe.skipIf(!hasShared)('seed articles with and without a date sidecar', () => {
  const seeds = join(shared, 'seeds');
  const files = hasShared ? readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort() : [];

  test('without dates for every article, the troop figures stay a contradiction', () => {
    const { report } = scan([seeds]);
    expect(report.conflicts.find((c) => c.rule === 'troop-count')?.relation).toBe('contradiction');
  });

  test('with all five dated in a sidecar, they become a change timeline', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimdiff-meta-'));
    const dates = ['2020-01-23', '2020-01-29', '2020-01-24', '2021-10-14', '2024-05-01'];
    const sidecar = join(dir, 'dates.yaml');
    writeFileSync(sidecar, files.map((f, i) => `${JSON.stringify(relative(dir, join(seeds, f)))}: ${dates[i]}`).join('\n') + '\n');
    const { report, code } = scan([seeds, '--meta', sidecar]);
    const troops = report.conflicts.filter((c) => c.rule === 'troop-count');
    expect(troops.map((c) => c.relation)).toEqual(['change']);
    expect(values(troops[0])).toEqual([5000, 3000, 2500]);
    expect(code).toBe(report.summary.contradictions > 0 ? 1 : 0);
  });
});
if (!hasShared) console.log('skipped: ../shared/seeds is absent (CI has it)');
