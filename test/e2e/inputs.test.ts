// End to end on a messy folder: the committed fixtures/messy (a saved page, Markdown,
// an ignore file, a draft and a scratch file) copied to a temp dir, plus files generated
// here because they are binary, large or need the file system's help: BOM, UTF-16 LE/BE,
// Windows-1252, invalid UTF-8, PNG, PDF, ZIP, an empty file, a symbolic-link loop,
// an unreadable file and a 20 MB file.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { root } from '../helpers.js';
import { claimdiff, type Run } from './cli.js';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const STACK = /\n\s+at /;

let dir: string;

function utf16(text: string, be: boolean): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (be) body.swap16();
  return Buffer.concat([Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]), body]);
}

/** Every path under `d` with its size and mtime: proof that nothing was written there. */
function listing(d: string): string[] {
  const out: string[] = [];
  const walk = (p: string, rel: string): void => {
    for (const e of readdirSync(p, { withFileTypes: true })) {
      const abs = join(p, e.name);
      if (e.isSymbolicLink()) out.push(`${rel}${e.name} -> link`);
      else if (e.isDirectory()) walk(abs, `${rel}${e.name}/`);
      else {
        let st = '?';
        try {
          const s = statSync(abs);
          st = `${s.size} ${s.mtimeMs}`;
        } catch {
          /* unreadable */
        }
        out.push(`${rel}${e.name} ${st}`);
      }
    }
  };
  walk(d, '');
  return out.sort();
}

function scan(args: string[], cwd = dir): Run {
  return claimdiff(['scan', ...args, '--no-config'], { cwd });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdiff-messy-'));
  cpSync(join(root, 'fixtures', 'messy'), dir, { recursive: true });
  const g = join(dir, 'generated');
  mkdirSync(g);
  // The same kind of sentence in every encoding: each decodes to a death-toll claim of 38.
  const says = 'The flood has killed 38 people, the interior ministry said.';
  writeFileSync(join(g, 'bom.txt'), `\ufeffWith a BOM\n\n${says}\n`);
  writeFileSync(join(g, 'utf16le.txt'), utf16(`\ufeffLittle end\n\n${says}\n`.slice(1), false));
  writeFileSync(join(g, 'utf16be.txt'), utf16(`Big end\n\n${says}\n`, true));
  writeFileSync(join(g, 'cp1252.txt'), Buffer.from(`Caf\xe9 society \x96 na\xefve\n\n${says} \x93Quoted\x94.\n`, 'latin1'));
  writeFileSync(join(g, 'broken.txt'), Buffer.concat([Buffer.from('Broken bytes \u2014 here\n\n'), Buffer.from([0xff, 0xc3, 0x28]), Buffer.from(` ${says}\n`)]));
  writeFileSync(join(g, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(g, 'print.pdf'), Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n', 'latin1'));
  writeFileSync(join(g, 'bundle.zip'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]));
  writeFileSync(join(g, 'disguised.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
  writeFileSync(join(g, 'empty.txt'), '');
  mkdirSync(join(g, 'loop'));
  symlinkSync('..', join(g, 'loop', 'back-up'));
  // 20 MB of prose, no claims, one contradiction-free figure at the very end.
  const para = 'Council members met again on Tuesday to discuss the budget, the bus timetable and the library roof. ';
  mkdirSync(join(dir, 'large'));
  writeFileSync(join(dir, 'large', 'big.txt'), `Minutes\n\n${para.repeat(Math.ceil((20 * 1024 * 1024) / para.length))}\n`);
});

afterAll(() => {
  try {
    chmodSync(join(dir, 'generated', 'locked.txt'), 0o644);
  } catch {
    /* not created */
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('a messy folder, end to end', () => {
  let run: Run;
  let before: string[];
  beforeAll(() => {
    before = listing(dir);
    // All together: the generated one-line files name nothing, so story grouping would keep
    // them apart from the named articles; this test is about reading, not grouping.
    run = scan(['.', '--ignore', 'scratch-*', '--format', 'json', '--group-by', 'none']);
  }, 60_000);

  test('scans, reports the flood contradiction and exits 1', () => {
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { documents: Array<{ path: string }>; conflicts: Array<{ rule: string; claims: Array<{ normalized: number; document: string }> }> };
    const paths = report.documents.map((d) => d.path);
    expect(paths).toEqual([
      'generated/bom.txt', 'generated/broken.txt', 'generated/cp1252.txt', 'generated/empty.txt',
      'generated/utf16be.txt', 'generated/utf16le.txt', 'large/big.txt', 'notes/flood.md', 'web/flood-page.html',
    ]);
    const toll = report.conflicts.filter((c) => c.rule === 'death-toll');
    expect(toll).toHaveLength(1);
    const values = toll[0]!.claims.map((k) => k.normalized);
    expect(new Set(values)).toEqual(new Set([38, 41]));
    // Every encoding decoded to the same claim of 38.
    const docs = new Set(toll[0]!.claims.filter((k) => k.normalized === 38).map((k) => k.document));
    for (const f of ['bom.txt', 'utf16le.txt', 'utf16be.txt', 'cp1252.txt', 'broken.txt']) expect(docs).toContain(`generated/${f}`);
    // Ignored by .claimdiffignore and by --ignore: no 1,000, no 5; page furniture gives no 7,777, 12 or 300.
    for (const v of [1000, 5, 7777, 12, 300]) expect(values).not.toContain(v);
  });

  test('one line on stderr per skipped or odd file, a count, no stack trace', () => {
    expect(run.stderr).not.toMatch(STACK);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      'claimdiff: generated/bundle.zip: skipped, a ZIP file',
      'claimdiff: generated/loop/back-up: symbolic link loop, not followed',
      'claimdiff: generated/photo.png: skipped, a PNG file',
      'claimdiff: generated/print.pdf: skipped, a PDF file',
      'claimdiff: generated/broken.txt: 2 invalid UTF-8 byte sequences replaced with U+FFFD',
      'claimdiff: generated/cp1252.txt: not UTF-8, decoded as windows-1252',
      'claimdiff: generated/disguised.txt: skipped, a PNG file',
      'claimdiff: large/big.txt: 20.0 M characters, a very large article',
      'claimdiff: 4 files skipped (binary, image, PDF, archive or too large)',
    ]);
    // The encoding note is said once, and UTF-8 with a BOM or UTF-16 with a BOM is not news.
    expect(run.stderr.match(/decoded as/g)).toHaveLength(1);
    expect(run.stderr).not.toMatch(/bom\.txt|utf16/);
  });

  test('nothing is written next to the articles', () => {
    expect(listing(dir)).toEqual(before);
  });

  test('--quiet keeps stderr empty and the report the same', () => {
    const q = scan(['.', '--ignore', 'scratch-*', '--format', 'json', '--group-by', 'none', '--quiet']);
    expect(q.stderr).toBe('');
    expect(q.stdout).toBe(run.stdout);
    expect(q.code).toBe(1);
  }, 60_000);

  test('the same inputs in any argument order give the same bytes', () => {
    const a = scan(['web', 'notes', 'generated', '--format', 'json']);
    const b = scan(['generated/', 'notes/flood.md', './web', '--format', 'json']);
    const c = scan(['notes', 'generated/utf16be.txt', 'web', 'generated', '--format', 'json']);
    expect(a.code).toBe(1);
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).toBe(a.stdout);
    for (const f of ['text', 'markdown', 'sarif', 'github']) {
      expect(scan(['generated', 'web', 'notes', '-f', f]).stdout).toBe(scan(['notes', 'web', 'generated', '-f', f]).stdout);
    }
  }, 60_000);

  test.skipIf(isRoot)('an unreadable file is an error line naming it; the rest is scanned; exit 2', () => {
    const locked = join(dir, 'generated', 'locked.txt');
    writeFileSync(locked, 'The flood has killed 99 people.\n');
    chmodSync(locked, 0o000);
    try {
      const r = scan(['.', '--ignore', 'scratch-*', '--format', 'json']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('claimdiff: generated/locked.txt: permission denied\n');
      expect(r.stderr).not.toMatch(STACK);
      const report = JSON.parse(r.stdout) as { conflicts: Array<{ rule: string }> };
      expect(report.conflicts.some((c) => c.rule === 'death-toll')).toBe(true);
    } finally {
      chmodSync(locked, 0o644);
      rmSync(locked);
    }
  }, 60_000);
});

describe('--output', () => {
  test('into a folder that does not exist: one line, exit 2, nothing left behind', () => {
    const before = listing(dir);
    const r = scan(['web', 'notes', '-o', 'no/such/folder/report.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^claimdiff: cannot write no\/such\/folder\/report\.txt: /);
    expect(r.stderr).not.toMatch(STACK);
    expect(listing(dir)).toEqual(before);
  });

  test('onto a directory: one line, exit 2, no temporary file left', () => {
    const before = listing(dir);
    const r = scan(['web', 'notes', '-o', 'notes']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(listing(dir)).toEqual(before);
  });

  test('writes the whole report, the same bytes as stdout', () => {
    const out = mkdtempSync(join(tmpdir(), 'claimdiff-out-'));
    try {
      const file = join(out, 'r.json');
      const r = scan(['web', 'notes', '-f', 'json', '-o', file]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(readdirSync(out)).toEqual(['r.json']);
      expect(scan(['web', 'notes', '-f', 'json']).stdout).toBe(readFileSync(file, 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('a read-only copy of the articles', () => {
  test.skipIf(isRoot)('scans fine and nothing is created', () => {
    const ro = mkdtempSync(join(tmpdir(), 'claimdiff-ro-'));
    cpSync(join(root, 'fixtures', 'messy'), ro, { recursive: true });
    const lock = (mode: number): void => {
      for (const d of ['', 'web', 'notes', 'drafts']) chmodSync(join(ro, d), mode);
    };
    lock(0o555);
    try {
      const r = scan(['.', '-f', 'json'], ro);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
    } finally {
      lock(0o755);
      rmSync(ro, { recursive: true, force: true });
    }
  });
});
