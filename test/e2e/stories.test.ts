// Stories end to end: two unrelated stories in one folder are not compared with each
// other (the default), and the needle test: the seed articles dropped into the whole BBC
// corpus still give their troop and talks conflicts (skipped without ../shared).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { hasShared, shared } from '../helpers.js';
import { claimdiff } from './cli.js';

interface JsonReport {
  conflicts: Array<{ rule: string; relation: string; story?: string; claims: Array<{ document: string }> }>;
  stories?: Array<{ id: string; title: string | null; documents: string[] }>;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('stories', () => {
  test('two floods in two countries, one folder: no conflict across them; --group-by none still compares them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimdiff-stories-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'news'));
    const a = (n: number, day: string): string =>
      `Floods in Arvale\n\nThe river Tessel burst its banks at Arvale on ${day}. The flood has killed ${n} people in Arvale, Mayor Lina Oster said.\n`;
    const b = (n: number): string =>
      `Storm in Korvia\n\nThe storm hit Korvia's port of Dunmere. The flood has killed ${n} people in Korvia, Governor Ivo Hask said on Monday.\n`;
    writeFileSync(join(dir, 'news', 'a1.txt'), a(9, 'Monday'));
    writeFileSync(join(dir, 'news', 'a2.txt'), a(40, 'Monday'));
    writeFileSync(join(dir, 'news', 'b1.txt'), b(300));
    const r = claimdiff(['scan', 'news', '--format', 'json', '--no-config'], { cwd: dir });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.stories?.map((s) => s.documents)).toEqual([['news/a1.txt', 'news/a2.txt'], ['news/b1.txt']]);
    for (const c of report.conflicts) expect(new Set(c.claims.map((k) => k.document.slice(0, 6))).size).toBe(1);
    const toll = report.conflicts.find((c) => c.rule === 'death-toll');
    expect(toll?.story).toBe(report.stories?.[0]?.id);
    const all = JSON.parse(claimdiff(['scan', 'news', '--format', 'json', '--no-config', '--group-by', 'none'], { cwd: dir }).stdout) as JsonReport;
    expect(all.stories).toBeUndefined();
  });

  test.skipIf(!hasShared)('the needle: the seeds inside the BBC corpus keep their troop and talks conflicts, in one story', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimdiff-needle-'));
    dirs.push(dir);
    cpSync(join(shared, 'corpus', 'bbc'), join(dir, 'archive'), { recursive: true });
    for (const f of readdirSync(join(shared, 'seeds'))) cpSync(join(shared, 'seeds', f), join(dir, 'archive', f));
    const r = claimdiff(['scan', 'archive', '--format', 'json', '--no-config', '-q'], { cwd: dir });
    const report = JSON.parse(r.stdout) as JsonReport;
    const seeds = (c: JsonReport['conflicts'][number]): boolean => c.claims.every((k) => /archive\/\d{3}_/.test(k.document));
    const rules = report.conflicts.filter(seeds).map((c) => c.rule);
    expect(rules).toContain('troop-count');
    expect(rules).toContain('talks-status');
    // No conflict joins a seed to a BBC article.
    for (const c of report.conflicts) {
      const kinds = new Set(c.claims.map((k) => /archive\/\d{3}_/.test(k.document)));
      expect(kinds.size).toBe(1);
    }
  }, 120_000);
});
if (!hasShared) console.log('stories: ../shared absent, the needle test is skipped');
