// End to end: name variants through the built CLI. On the seed articles (../shared,
// skipped when absent) the three people spelled two ways, each with every mention;
// on fixtures/names a draft that uses a non-house spelling.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { hasShared, shared } from '../helpers.js';
import { claimdiff } from './cli.js';

interface JsonClaim { document: string; line: number; value: string }
interface JsonConflict { rule: string; kind: string; severity: string; message: string; claims: JsonClaim[] }
interface JsonReport { conflicts: JsonConflict[] }

const house = ['fixtures/names/draft.md', '--against', 'fixtures/names/corpus', '--rules', 'fixtures/names/house.yaml'];

describe.skipIf(!hasShared)('name variants on the seeds', () => {
  if (!hasShared) console.log('skipped: ../shared/seeds is absent');
  test('Soleimani, Sadr and McCarry/Makari, each with all mentions, and nothing else', () => {
    // With default options: the variant finder is a built-in pack.
    const r = claimdiff(['scan', join(shared, 'seeds'), '--no-config', '--format', 'json']);
    const names = (JSON.parse(r.stdout) as JsonReport).conflicts.filter((c) => c.kind === 'name');
    const mentions = names.map((c) => c.claims.map((k) => `${k.document.split('/').pop()?.slice(0, 3)}:${k.line}:${k.value}`).sort());
    expect(mentions.sort()).toEqual([
      ['000:13:Qasem Soleimani', '000:15:Soleimani', '000:19:Soleimani', '001:9:Qassem Soleimani'],
      ['002:15:Moqtada-Sadr', '002:17:Muqtada al-Sadr', '002:17:Sadr'],
      ['004:4:Ian McCarry', '004:6:Makari', '004:7:Makari'],
    ]);
    expect(names.every((c) => c.severity === 'warning')).toBe(true);
  });
});

describe('house spellings in check', () => {
  test('a draft with a variant fails --max-warnings 0, naming the house spelling', () => {
    const r = claimdiff(['check', ...house, '--max-warnings', '0']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Yevhenia Kovalenko');
    expect(r.stdout).toContain('fixtures/names/draft.md:5:16');
    const json = JSON.parse(claimdiff(['check', ...house, '--max-warnings', '0', '--format', 'json']).stdout) as JsonReport;
    expect(json.conflicts.map((c) => c.message)).toEqual(['Use the house spelling Yevhenia Kovalenko, not Evgenia Kovalenko.']);
  });

  test('a warning alone does not fail the run', () => {
    expect(claimdiff(['check', ...house]).code).toBe(0);
  });

  test('SARIF carries the replacement as a fix', () => {
    const sarif = JSON.parse(claimdiff(['check', ...house, '--format', 'sarif']).stdout) as {
      runs: Array<{ results: Array<{ fixes?: Array<{ artifactChanges: Array<{ replacements: Array<{ deletedRegion: Record<string, number>; insertedContent: { text: string } }> }> }> }> }>;
    };
    const [result] = sarif.runs[0]?.results ?? [];
    const replacement = result?.fixes?.[0]?.artifactChanges[0]?.replacements[0];
    expect(replacement?.insertedContent.text).toBe('Yevhenia Kovalenko');
    expect(replacement?.deletedRegion).toEqual({ startLine: 5, startColumn: 16, endLine: 5, endColumn: 33 });
  });

  test('the github format suggests the house spelling', () => {
    const out = claimdiff(['check', ...house, '--format', 'github']).stdout;
    expect(out).toContain('Suggestion: replace "Evgenia Kovalenko" with "Yevhenia Kovalenko".');
  });
});
