// Never lose a file, never read outside the tree, never pass in silence (issue 12).
// Each case runs the built CLI in a fresh temp folder; every input's bytes are hashed
// before and after, so a test fails if the run wrote over anything it was given.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { root } from '../helpers.js';
import { claimdiff, type Run } from './cli.js';

const STACK = /\n\s+at |node:internal/;
const BIN = join(root, 'bin', 'claimdiff.js');

let dir: string;

/** sha256 of every regular file under `d` (links not followed): the inputs' fingerprint. */
function hashes(d: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (p: string, rel: string): void => {
    for (const e of readdirSync(p, { withFileTypes: true })) {
      const abs = join(p, e.name);
      if (e.isDirectory()) walk(abs, `${rel}${e.name}/`);
      else if (e.isFile() && e.name !== '.claimdiffcache') out[`${rel}${e.name}`] = createHash('sha256').update(readFileSync(abs)).digest('hex');
    }
  };
  walk(d, '');
  return out;
}

function write(rel: string, text: string): string {
  const abs = join(dir, rel);
  mkdirSync(join(abs, '..'), { recursive: true });
  writeFileSync(abs, text);
  return abs;
}

/** Runs claimdiff in the temp folder and checks that no input changed and no stack trace was printed. */
function run(args: string[], opts: { input?: string; keep?: string[] } = {}): Run {
  const before = hashes(dir);
  const r = claimdiff([...args, '--no-config'], { cwd: dir, ...(opts.input !== undefined ? { input: opts.input } : {}) });
  const after = hashes(dir);
  for (const [file, sha] of Object.entries(before)) expect(after[file], `${file} changed or vanished`).toBe(sha);
  expect(r.stderr).not.toMatch(STACK);
  return r;
}

const toll = (n: number, day = 'Monday'): string => `Flood in Arvale\n\nThe flood has killed ${n} people in Arvale, the interior ministry said on ${day}.\n`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdiff-safety-'));
  write('news/a.txt', toll(9));
  write('news/b.txt', toll(40));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('never writes over an input', () => {
  test('--output naming an article is refused, exit 2, one line', () => {
    const r = run(['scan', 'news', '-o', 'news/a.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['claimdiff: refusing to write the report over news/a.txt: the run reads it']);
    expect(r.stdout).toBe('');
  });

  test('check draft.md -o draft.md keeps the draft', () => {
    write('draft.md', 'The flood has killed 14 people in Arvale, officials said on Monday.\n');
    const r = run(['check', 'draft.md', '--against', 'news', '-o', 'draft.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('refusing to write the report over draft.md');
  });

  test('--output naming the --meta file or a --rules pack is refused', () => {
    write('meta.yaml', 'news/a.txt: 2025-03-03\n');
    expect(run(['scan', 'news', '--meta', 'meta.yaml', '-o', 'meta.yaml']).code).toBe(2);
    write('pack.yaml', readFileSync(join(root, 'fixtures', 'packs', readdirSync(join(root, 'fixtures', 'packs')).find((f) => f.endsWith('.yaml')) ?? ''), 'utf8'));
    const r = run(['scan', 'news', '--rules', 'pack.yaml', '-o', 'pack.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to write the report over pack\.yaml|pack\.yaml/);
  });

  test('--cache-location naming an article is refused before anything is written', () => {
    const r = run(['scan', 'news', '--cache-location', 'news/b.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('claimdiff: refusing to use news/b.txt as the cache: it is not a claimdiff cache');
  });

  test('an input error writes no report: stdout empty, --output not created', () => {
    const r = run(['scan', 'news', 'missing.txt', '-o', 'out.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, 'out.txt'))).toBe(false);
    expect(r.stderr).toContain('missing.txt: no such file or directory');
    expect(r.stderr).toContain('no report written: 1 input error');
    const m = run(['scan', 'news', '--meta', 'nope.yaml']);
    expect(m.code).toBe(2);
    expect(m.stdout).toBe('');
  });
});

describe('reads only the tree and the formats it was given', () => {
  test('a link out of the named folder is not followed unless --follow', () => {
    const outside = mkdtempSync(join(tmpdir(), 'claimdiff-outside-'));
    try {
      writeFileSync(join(outside, 'secret.txt'), 'Private notes\n\nThe flood has killed 700 people in Arvale, a diary says.\n');
      symlinkSync(outside, join(dir, 'news', 'etc'));
      const r = run(['scan', 'news', '-f', 'json']);
      expect(r.stderr).toContain('news/etc: symbolic link out of news, not followed (--follow follows it)');
      expect(r.stdout).not.toContain('secret');
      expect(r.stdout).not.toContain('Private notes');
      const f = run(['scan', 'news', '-f', 'json', '--follow']);
      expect(f.stdout).toContain('news/etc/secret.txt');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  test('a link inside the named folder is followed', () => {
    mkdirSync(join(dir, 'news', 'sub'));
    write('news/sub/c.txt', toll(12));
    symlinkSync(join(dir, 'news', 'sub'), join(dir, 'news', 'also'));
    const r = run(['scan', 'news', '-f', 'json']);
    expect(r.stderr).not.toContain('not followed');
    expect(r.stdout).toContain('news/also/c.txt');
  });

  test('files without an article extension are not walked, but are counted, and are read when named', () => {
    write('news/Makefile', 'The flood has killed 300 people in Arvale, the ministry said on Monday.\n');
    write('news/notes', 'The flood has killed 300 people in Arvale, the ministry said on Monday.\n');
    const r = run(['scan', 'news', '-f', 'json']);
    expect(r.stdout).not.toContain('Makefile');
    expect(r.stderr).toContain('2 files without an extension not read');
    const named = run(['scan', 'news/Makefile', 'news/a.txt', '-f', 'json']);
    expect(named.stdout).toContain('news/Makefile');
  });

  test('.claimdiffignore and --ignore treat a named file alike', () => {
    write('news/.claimdiffignore', 'b.txt\n');
    const a = run(['scan', 'news/a.txt', 'news/b.txt', '-f', 'json']);
    expect(a.stderr).toContain('news/b.txt: ignored by .claimdiffignore');
    expect(a.stdout).not.toContain('news/b.txt');
    rmSync(join(dir, 'news', '.claimdiffignore'));
    const b = run(['scan', 'news/a.txt', 'news/b.txt', '--ignore', 'b.txt', '-f', 'json']);
    expect(b.stderr).toContain('news/b.txt: ignored by an --ignore pattern');
    expect(b.stdout).not.toContain('news/b.txt');
  });
});

describe('never passes in silence', () => {
  test('an empty folder, or everything ignored, is exit 2 unless --pass-on-no-files', () => {
    mkdirSync(join(dir, 'empty'));
    const r = run(['scan', 'empty']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('claimdiff: no article found in the paths (empty); --pass-on-no-files allows this');
    expect(run(['scan', 'news', '--ignore', '*']).code).toBe(2);
    expect(run(['scan', 'empty', '--pass-on-no-files']).code).toBe(0);
  });

  test('scan with no path is a usage error, not a scan of the working folder', () => {
    const r = run(['scan']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^claimdiff: missing required argument/);
  });

  test('claimdiff reports in the folder are skipped with a note, and a named report is not read as prose', () => {
    for (const [fmt, name] of [['json', 'r.txt'], ['markdown', 'r.md'], ['text', 'r2.txt'], ['sarif', 's.txt'], ['jsonl', 'l.txt']] as const) {
      expect(run(['scan', 'news', '-f', fmt, '-o', `news/${name}`]).code).toBe(1);
    }
    const r = run(['scan', 'news', '-f', 'json']);
    const report = JSON.parse(r.stdout) as { documents: unknown[]; summary: { assertions: number } };
    expect(report.documents).toHaveLength(2);
    expect(report.summary.assertions).toBe(2);
    for (const name of ['r.txt', 'r.md', 'r2.txt', 's.txt', 'l.txt']) expect(r.stderr).toContain(`news/${name}: skipped, a claimdiff`);
    writeFileSync(join(dir, 'report.jsonl'), run(['scan', 'news', '-f', 'jsonl']).stdout);
    const named = run(['scan', 'report.jsonl']);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('report.jsonl: skipped, a claimdiff JSON Lines report');
  });

  test('the cache is keyed by content: a same-size edit with its time kept is read again', () => {
    expect(run(['scan', 'news', '--cache']).code).toBe(1);
    const b = join(dir, 'news', 'b.txt');
    const st = statSync(b);
    writeFileSync(b, toll(10)); // 40 → 10: same length
    utimesSync(b, st.atime, st.mtime);
    expect(statSync(b).size).toBe(st.size);
    const fresh = run(['scan', 'news', '--cache', '-f', 'json']);
    expect(fresh.stdout).toContain('"10"');
    expect(fresh.stdout).not.toContain('killed 40');
    // Trusting size and time is an explicit choice.
    writeFileSync(b, toll(77));
    utimesSync(b, st.atime, st.mtime);
    const stale = run(['scan', 'news', '--cache', '--cache-strategy', 'metadata', '-f', 'json']);
    expect(stale.stdout).toContain('killed 10');
  });

  test('a warning-severity contradiction does not fail the run; --max-warnings 0 does', () => {
    write('crowd/a.txt', 'March in Madrid\n\nOrganisers said 50,000 people joined the march in Madrid on Saturday.\n');
    write('crowd/b.txt', 'Madrid march\n\nPolice said 12,000 people joined the march in Madrid on Saturday.\n');
    const r = run(['scan', 'crowd', '-f', 'json']);
    const report = JSON.parse(r.stdout) as { conflicts: Array<{ severity: string; relation: string }> };
    expect(report.conflicts.map((c) => [c.relation, c.severity])).toEqual([['contradiction', 'warning']]);
    expect(r.code).toBe(0);
    const strict = run(['scan', 'crowd', '--max-warnings', '0']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('1 warning found, more than --max-warnings 0');
  });

  test('a --meta entry that matches no document is said', () => {
    write('meta.yaml', 'news/a.txt: 2025-03-03\nnews/gone.txt: 2025-03-04\n');
    const r = run(['scan', 'news', '--meta', 'meta.yaml']);
    expect(r.stderr).toContain('meta.yaml: "news/gone.txt" matches no document read');
    expect(r.stderr).not.toContain('news/a.txt" matches');
  });
});

describe('conventions', () => {
  test('a reader that goes away (a broken pipe) is a quiet exit 0', async () => {
    for (let i = 0; i < 400; i++) write(`many/${String(i).padStart(3, '0')}.txt`, toll(i + 1));
    const child = spawn(process.execPath, [BIN, 'scan', 'many', '--no-config', '-f', 'json'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    // Read the first chunk, then close the pipe as `head` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toContain('EPIPE');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 30_000);

  test('usage errors are one line starting claimdiff:, exit 2', () => {
    const r = run(['scan', 'news', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("claimdiff: unknown option '--bogus' (see claimdiff --help)\n");
  });

  test('no command prints help on stdout and exits 2; --help exits 0', () => {
    const none = claimdiff([], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('Usage: claimdiff');
    expect(none.stderr).toBe('');
    expect(claimdiff(['--help'], { cwd: dir }).code).toBe(0);
  });

  test('check --against takes one path, so drafts may follow it', () => {
    write('draft.md', 'The flood has killed 14 people in Arvale, officials said on Monday.\n');
    const r = run(['check', '--against', 'news', 'draft.md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('draft.md');
    expect(run(['check', 'draft.md', '--against', 'news/a.txt', '--against', 'news/b.txt']).code).toBe(1);
  });

  test('scan - and extract - read standard input', () => {
    const s = run(['scan', '-', 'news/a.txt', '--stdin-filename', 'wire.txt', '-f', 'json'], { input: toll(55) });
    expect(s.code).toBe(1);
    expect(s.stdout).toContain('"wire.txt"');
    const e = run(['extract', '-'], { input: toll(55) });
    expect(e.code).toBe(0);
    expect(e.stdout).toContain('<stdin>.md');
    expect(e.stdout).toMatch(/"value":\{"kind":"quantity","number":55,/);
  });
});
