// Article text is untrusted: escapes, controls, HTML, Markdown and workflow-command syntax
// in a sentence that is part of a contradiction must not reach any human-readable output
// raw, and must not break the document it lands in. Hostile YAML through --rules is refused.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { claimdiff } from './cli.js';

let dir: string;
const STACK = /\n\s+at /;
// ESC, C0 controls other than tab and newline, DEL, C1 controls, bidi overrides.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdiff-hostile-'));
  const evil =
    'The US has 5,000 troops in Iraq \u001b[2J\u001b[31m|red| cell|\u001b[0m `tick` ``` %0A%25 ::error file=x::pwned ' +
    '\u001b]8;;http://evil.example\u0007link\u001b]8;;\u0007 \u001b]0;title\u001b\\ <script>alert(1)</script> <img src=x onerror=y> ' +
    '**bold** [link](javascript:x) # not a heading \u009b2J\u0085\u0007\u0008\u007f\u202eevil\u202c officials\r\nsaid\ron Monday.\n';
  writeFileSync(join(dir, 'evil.txt'), `Hostile wire \u001b[5mblink\u001b[0m\n\n${evil}`);
  writeFileSync(join(dir, 'plain.txt'), 'Plain wire\n\nThe US has 2,000 troops in Iraq, an official said.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile article text', () => {
  for (const format of ['text', 'markdown', 'github', 'sarif', 'json', 'jsonl', 'html']) {
    test(`${format}: no raw control bytes, exit 1`, () => {
      const r = claimdiff(['scan', '.', '-f', format, '--no-config'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      expect(r.stdout).not.toMatch(RAW_CONTROL);
      expect(r.stdout).not.toContain('\u001b');
      expect(r.stdout).not.toContain('evil.example\u0007');
      if (format === 'json' || format === 'jsonl') {
        // Machine formats keep the data (escaped as \u001b and so on) and stay valid JSON.
        for (const line of format === 'json' ? [r.stdout] : r.stdout.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
      }
      if (format === 'html') {
        // The page's own script is the only one; the article's tags are text; no bidi override.
        expect(r.stdout.match(/<script\b/g)).toHaveLength(1);
        expect(r.stdout).not.toContain('<img');
        expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(r.stdout).not.toContain('\u202e');
      }
    });
  }

  test('text colour forced on: only our own colour codes, never the article\'s', () => {
    const r = claimdiff(['scan', '.', '--color', '--no-config'], { cwd: dir });
    expect(r.stdout).not.toContain('\u001b[2J');
    expect(r.stdout).not.toContain('\u001b]');
    expect(r.stdout).not.toContain('\u001b[5m');
    expect(r.stdout).toMatch(/troops in Iraq/);
  });

  test('text written with --output is clean too', () => {
    const out = join(dir, '..', `${dir.split('/').pop()}-report.txt`);
    try {
      const r = claimdiff(['scan', '.', '-o', out, '--no-config'], { cwd: dir });
      expect(r.code).toBe(1);
      const text = readFileSync(out, 'utf8');
      expect(text).not.toMatch(RAW_CONTROL);
      expect(text).toContain('5,000');
    } finally {
      rmSync(out, { force: true });
    }
  });

  test('markdown: the table keeps its columns and raw HTML is escaped', () => {
    const md = claimdiff(['scan', '.', '-f', 'markdown', '--no-config'], { cwd: dir }).stdout;
    for (const row of md.split('\n').filter((l) => l.startsWith('| '))) {
      const cells = row.replace(/\\\|/g, '').split('|').length;
      expect(cells).toBe(7);
    }
    // Outside code fences, no raw tag survives.
    const outside = md.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, '');
    expect(outside).not.toMatch(/<script>|<img /);
    // A fence is longer than any backtick run in the sentence it holds.
    expect(md).toMatch(/^````/m);
  });

  test('github: one workflow command per line, %, CR, LF escaped', () => {
    const gh = claimdiff(['scan', '.', '-f', 'github', '--no-config'], { cwd: dir }).stdout;
    const lines = gh.trimEnd().split('\n');
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) /);
    expect(gh).not.toContain('\r');
    expect(lines.every((l) => !/::error file=x::/.test(l.replace(/^::\w+ [^:]*::/, '')) || l.includes('%'))).toBe(true);
  });

  test('sarif: valid JSON, the sentence text intact but inert', () => {
    const r = claimdiff(['scan', '.', '-f', 'sarif', '--no-config'], { cwd: dir });
    const sarif = JSON.parse(r.stdout) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
  });
});

describe('hostile YAML through --rules', () => {
  const pack = (name: string, body: string): string => {
    const p = join(dir, name);
    writeFileSync(p, body);
    return p;
  };

  test('a custom tag is refused with file:line:col, exit 2, no stack', () => {
    const p = pack('tagged.yaml', 'rules:\n  - id: evil\n    kind: !!js/function "function () { return 1 }"\n');
    const r = claimdiff(['scan', '.', '--rules', p, '--no-config'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/tagged\.yaml:3:\d+: .*tag/);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stdout).toBe('');
  });

  test('an alias bomb is stopped quickly', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const p = pack('bomb.yaml', `${levels.join('\n')}\nrules: []\n`);
    const t0 = Date.now();
    const r = claimdiff(['scan', '.', '--rules', p, '--no-config'], { cwd: dir });
    expect(Date.now() - t0).toBeLessThan(20_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bomb\.yaml:\d+:\d+: .*alias/);
    expect(r.stderr).not.toMatch(STACK);
  });

  test('a pattern that backtracks exponentially on V8 finishes at once (it runs on RE2)', () => {
    // (a|aa)*b passes the shape check (safe-regex2) and took V8 17 s on 38 a's, doubling with each one.
    const p = pack('exponential.yaml', "rules:\n  - id: evil-count\n    kind: quantity\n    subject: evil things\n    lexicon: { nouns: ['/(a|aa)*b/', things] }\n");
    // The a's in a sentence of their own: every search for the pattern runs over all of them.
    writeFileSync(join(dir, 'aaa.txt'), `Wire\n\nThe yard was full of ${'a'.repeat(48)} today.\n\nThere were 5 things.\n`);
    try {
      const r = claimdiff(['extract', 'aaa.txt', 'plain.txt', '--rules', p, '--no-config', '-f', 'jsonl'], { cwd: dir, timeout: 10_000 });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      // A shard: a header, then one line per file with its assertions.
      const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { assertions?: Array<{ rule: string; written: string }> });
      const claims = lines.flatMap((l) => l.assertions ?? []);
      expect(claims.filter((a) => a.rule === 'evil-count').map((a) => a.written)).toEqual(['5']);
    } finally {
      rmSync(join(dir, 'aaa.txt'));
    }
  });

  test('deep nesting is refused before parsing', () => {
    const p = pack('deep.yaml', `rules: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    const r = claimdiff(['scan', '.', '--rules', p, '--no-config'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/deep\.yaml:1:\d+: nesting is deeper than/);
    expect(r.stderr).not.toMatch(STACK);
  });

  test('a hostile config file (.claimdiff.yaml) is refused the same way', () => {
    const p = pack('cfg.yaml', 'rules: !!js/regexp /x/\n');
    const r = claimdiff(['scan', '.', '--config', p], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cfg\.yaml:1:\d+: .*tag/);
    expect(r.stderr).not.toMatch(STACK);
  });
});
