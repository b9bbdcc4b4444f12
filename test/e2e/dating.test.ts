// An undated article takes its story's date when its claims tell the same events on the same
// weekdays as the dated reports, and says so (documents[].date_source); an article that names
// no weekday keeps no date. fixtures/undated-story: two dated reports of Monday's quake, an
// undated blog of it, an undated explainer.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { root } from '../helpers.js';
import { claimdiff } from './cli.js';

interface JsonReport {
  documents: Array<{ path: string; date: string | null; date_source: string | null }>;
  conflicts: Array<{ rule: string; relation: string; claims: Array<{ document: string; date: string | null }> }>;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const sources = (r: JsonReport): Record<string, [string | null, string | null]> =>
  Object.fromEntries(r.documents.map((d) => [d.path.split('/').pop(), [d.date, d.date_source]]));

describe('dating an undated article from its story', () => {
  test('the blog of Monday’s quake takes the reports’ date; the explainer stays undated', () => {
    const r = JSON.parse(claimdiff(['scan', 'fixtures/undated-story', '--format', 'json', '--no-config']).stdout) as JsonReport;
    expect(sources(r)).toEqual({
      'blog.txt': ['2024-10-08', 'story'],
      'explainer.txt': [null, null],
      'local.txt': ['2024-10-08', 'text'],
      'wire.txt': ['2024-10-08', 'text'],
    });
    const toll = r.conflicts.find((c) => c.rule === 'death-toll');
    expect(toll?.relation).toBe('contradiction');
    expect(toll?.claims.find((k) => k.document.endsWith('blog.txt'))?.date).toBe('2024-10-08');
  });

  test('a sidecar date says "meta"; without stories nothing is dated from them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimdiff-dating-'));
    dirs.push(dir);
    const meta = join(dir, 'meta.yaml');
    writeFileSync(meta, `${join(root, 'fixtures', 'undated-story', 'explainer.txt')}: 2024-10-09\n`);
    const r = JSON.parse(claimdiff(['scan', 'fixtures/undated-story', '--format', 'json', '--no-config', '--meta', meta]).stdout) as JsonReport;
    expect(sources(r)['explainer.txt']).toEqual(['2024-10-09', 'meta']);
    const folder = JSON.parse(claimdiff(['scan', 'fixtures/undated-story', '--format', 'json', '--no-config', '--group-by', 'folder']).stdout) as JsonReport;
    expect(sources(folder)['blog.txt']).toEqual([null, null]);
  });
});
