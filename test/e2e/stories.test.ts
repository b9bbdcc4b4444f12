// Stories end to end: two unrelated stories in one folder are not compared with each
// other (the default), and the needle test: the seed articles dropped into the whole BBC
// corpus still give their troop and talks conflicts (skipped without ../shared).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { hasShared, shared } from '../helpers.js';
import { claimdiff } from './cli.js';

interface JsonReport {
  conflicts: Array<{ rule: string; relation: string; story?: string; claims: Array<{ document: string }>; pairs: Array<[number, number]> }>;
  stories?: Array<{ id: string; title: string | null; documents: string[] }>;
}

const dirs: string[] = [];
const clusters = join(shared, 'corpus', 'clusters');
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

  // ../shared/corpus/clusters holds 610 known stories (AllSides, FNC-1) in one folder each. Scanned
  // as ONE folder, the stories found should give the contradictions each folder gives, and none
  // across folders. Measured (docs/design-notes.md, "Stories by names, words and time"): 58 of the
  // 68 pairs of articles in contradiction that --group-by folder finds (62 of 72 in session 9), 5 pairs across folders
  // (one Surfside toll told in two folders, two ceasefires' Fridays, two bills' tallies, an
  // Arizona report). The stories themselves: of the pairs of documents put in one story 0.71 are
  // one folder, and 0.83 of the pairs of one folder are put in one story.
  test.skipIf(!existsSync(clusters))('the clusters as one folder: the folders’ contradictions, few across folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimdiff-clusters-'));
    dirs.push(dir);
    // The report is near 1 MB, past what a pipe to spawnSync takes: it goes to a file.
    const pairsOf = (args: string[]): Set<string> => {
      const out = join(dir, `${args.length}.json`);
      claimdiff(['scan', clusters, '--format', 'json', '-q', '--no-config', '-o', out, ...args]);
      const report = JSON.parse(readFileSync(out, 'utf8')) as JsonReport;
      const pairs = new Set<string>();
      for (const c of report.conflicts) {
        // Names are judged apart (issue 17): one person spelled two ways in two folders that tell
        // one event ("Shelly"/"Shelley Moore Capito") is a true variant, not a figure across stories.
        if (c.relation !== 'contradiction' || c.kind === 'name') continue;
        for (const [i, j] of c.pairs) {
          const a = c.claims[i]?.document ?? '';
          const b = c.claims[j]?.document ?? '';
          if (a !== b) pairs.add(`${[a, b].sort().join('\n')}\n${c.rule}`);
        }
      }
      return pairs;
    };
    const byFolder = pairsOf(['--group-by', 'folder']);
    const byStory = pairsOf([]);
    const stories = (JSON.parse(readFileSync(join(dir, '0.json'), 'utf8')) as JsonReport).stories ?? [];
    const sameFolder = (docs: readonly string[]): number => {
      const per = new Map<string, number>();
      for (const d of docs) per.set(dirname(d), (per.get(dirname(d)) ?? 0) + 1);
      return [...per.values()].reduce((s, k) => s + (k * (k - 1)) / 2, 0);
    };
    const joined = stories.reduce((s, st) => s + (st.documents.length * (st.documents.length - 1)) / 2, 0);
    const right = stories.reduce((s, st) => s + sameFolder(st.documents), 0);
    const folderPairs = sameFolder(stories.flatMap((st) => st.documents));
    expect(right / joined).toBeGreaterThanOrEqual(0.69);
    expect(right / folderPairs).toBeGreaterThanOrEqual(0.81);
    const found = [...byFolder].filter((p) => byStory.has(p)).length;
    const across = [...byStory].filter((p) => new Set(p.split('\n').slice(0, 2).map((d) => dirname(d))).size > 1).length;
    expect(found).toBeGreaterThanOrEqual(60);
    expect(across).toBeLessThanOrEqual(5);
  }, 180_000);
});
if (!hasShared) console.log('stories: ../shared absent, the needle test is skipped');
if (!existsSync(clusters)) console.log('stories: ../shared/corpus/clusters absent, the clusters test is skipped');
