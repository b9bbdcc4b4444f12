// End to end (issue 12: an exit 0 must mean checked and clean). An article that gives
// two values for one toll is still compared with the draft; a draft that disagrees with
// itself is reported as a warning; the end of a 1 MB article dense with figures is read.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { claimdiff } from './cli.js';

interface JsonReport {
  conflicts: Array<{ rule: string; relation: string; severity: string; message: string; claims: Array<{ document: string; line: number; value: string }> }>;
  warnings?: Array<{ code: string }>;
}

const article = (dateline: string, body: string): string => `Mill fire\n\nBRENNOCK, ${dateline} (Valley Courier) - ${body}\n`;
const NINE_AND_FORTY = 'A fire at the Calder textile mill in Brennock on Monday killed 9 people, the county fire service said. An earlier wire report had said the fire at the Calder mill in Brennock killed 40 people.';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimdiff-checked-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('an article that gives two values for one toll', () => {
  const dir = folder({
    'draft.md': article('October 7, 2024', 'A fire at the Calder textile mill in Brennock on Monday killed 14 people, officials said.'),
    'corpus.txt': article('October 7, 2024', NINE_AND_FORTY),
    'own.md': article('October 7, 2024', NINE_AND_FORTY),
  });

  test('check: a draft saying 14 against "9 … an earlier report said 40" exits 1 with the conflict', () => {
    const r = claimdiff(['check', 'draft.md', '--against', 'corpus.txt', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    const tolls = report.conflicts.filter((c) => c.rule === 'death-toll' && c.relation === 'contradiction');
    expect(tolls.map((c) => c.claims.map((k) => `${k.document}:${k.value}`))).toEqual([['corpus.txt:9', 'draft.md:14']]);
    expect(tolls[0]?.severity).toBe('error');
  });

  test("check: a draft's own 9 vs 40 is reported as a warning; --max-warnings 0 fails", () => {
    const text = claimdiff(['check', 'own.md', '--against', 'corpus.txt'], { cwd: dir });
    expect(text.stdout).toContain('The article itself gives different values for people killed');
    expect(text.code).toBe(0);
    expect(claimdiff(['check', 'own.md', '--against', 'corpus.txt', '--max-warnings', '0'], { cwd: dir }).code).toBe(1);
    const report = JSON.parse(claimdiff(['check', 'own.md', '--against', 'corpus.txt', '--format', 'json'], { cwd: dir }).stdout) as JsonReport;
    expect(report.conflicts.map((c) => [c.severity, c.claims.map((k) => `${k.document}:${k.value}`)])).toEqual([['warning', ['own.md:9', 'own.md:40']]]);
  });
});

describe('a 1 MB article dense with figures', () => {
  test('is read to its end: the contradiction in its last line is reported', () => {
    const lines = ['Quarterly digest', '', 'LONDON, October 7, 2024 (Valley Courier) - A digest of the quarter.'];
    let size = 0;
    for (let n = 0; size < 1_000_000; n++) {
      const s = `Unit ${n} cut ${(200 + (n % 7)).toLocaleString('en-US')} jobs. Its crash injured ${3 + (n % 5)} people.`;
      lines.push(s);
      size += s.length + 1;
    }
    lines.push('', 'A fire at the Calder textile mill in Brennock on Monday killed 14 people, the county fire service said.');
    const dir = folder({
      'digest.txt': lines.join('\n'),
      'mill.txt': article('October 7, 2024', 'A fire at the Calder textile mill in Brennock on Monday killed 9 people, officials said.'),
    });
    // The report (tens of MB: the digest disagrees with itself on every line) goes to a file, not a pipe.
    const out = join(mkdtempSync(join(tmpdir(), 'claimdiff-checked-out-')), 'report.json');
    const r = claimdiff(['scan', '.', '--format', 'json', '--output', out], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(out, 'utf8')) as JsonReport;
    const toll = report.conflicts.find((c) => c.rule === 'death-toll');
    expect(toll?.claims.map((k) => `${k.document}:${k.line}:${k.value}`)).toEqual([`mill.txt:3:9`, `digest.txt:${lines.length}:14`]);
    expect(report.warnings ?? []).toEqual([]);
  });
});
