// End to end: `extract --format jsonl` writes shards and `compare` reads them back into the
// report `scan` gives on the same articles, byte for byte, in every format, with either
// engine, whatever the order of the shards; bad shards are one line and exit 2.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatterNames } from '../../src/formatters/index.js';
import { decodeLine, encodeFile } from '../../src/shards/format.js';
import type { Assertion } from '../../src/model.js';
import { hasShared, root, shared } from '../helpers.js';
import { claimdiff, type Run } from './cli.js';

const require = createRequire(import.meta.url);
const hasDuckDB = (() => {
  try {
    require.resolve('@duckdb/node-api');
    return true;
  } catch {
    return false;
  }
})();
const engines = hasDuckDB ? ['memory', 'duckdb'] : ['memory'];

// Several stories and folders, a sidecar of dates, ignore files, a live blog.
const FOLDERS = ['iraq', 'ceasefire', 'live-blog', 'outbreak', 'inputs/tree', 'talks-change'];

let dir: string;
const run = (args: string[], input?: string): Run => claimdiff(args, { cwd: dir, ...(input !== undefined ? { input } : {}) });

function expectRefused(r: Run, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^claimdiff: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdiff-shards-'));
  for (const f of FOLDERS) cpSync(join(root, 'fixtures', f), join(dir, 'news', f), { recursive: true });
  // Two shards made apart, as two machines would; the second is the first half's complement.
  const paths = FOLDERS.map((f) => `news/${f}`);
  expect(run(['extract', ...paths.slice(0, 3), '-o', 'a.jsonl']).code).toBe(0);
  expect(run(['extract', ...paths.slice(3), '-o', 'b.jsonl']).code).toBe(0);
});

describe('compare gives the report scan gives', () => {
  for (const groupBy of ['story', 'folder']) {
    const formats = groupBy === 'story' ? formatterNames : ['text', 'json'];
    test(`--group-by ${groupBy}: ${formats.join(', ')}; engines ${engines.join(', ')}`, () => {
      for (const format of formats) {
        const scan = run(['scan', 'news', '-f', format, '--group-by', groupBy]);
        expect(scan.stdout.length).toBeGreaterThan(200);
        engines.forEach((engine, i) => {
          // The shards in either order.
          const shards = i % 2 === 0 ? ['a.jsonl', 'b.jsonl'] : ['b.jsonl', 'a.jsonl'];
          // The HTML page offers `claimdiff review … PATHS` commands: the paths a scan names.
          const asScan = format === 'html' ? ['--scan-paths', 'news'] : [];
          const cmp = run(['compare', ...shards, '-f', format, '--group-by', groupBy, '--engine', engine, ...asScan]);
          expect(cmp.stderr).toBe(scan.stderr);
          expect(cmp.code).toBe(scan.code);
          expect(cmp.stdout, `${format} ${groupBy} ${engine}`).toBe(scan.stdout);
        });
      }
    }, 120_000);
  }

  test('options that change the comparison apply as in scan (--fail-on, --max-warnings, --output)', () => {
    for (const args of [['--fail-on', 'never'], ['--max-warnings', '0'], ['--fail-on', 'change', '--group-by', 'none']]) {
      const scan = run(['scan', 'news', '-f', 'json', ...args]);
      const cmp = run(['compare', 'a.jsonl', 'b.jsonl', '-f', 'json', ...args]);
      expect(cmp.code).toBe(scan.code);
      expect(cmp.stdout).toBe(scan.stdout);
    }
    const out = run(['compare', 'a.jsonl', 'b.jsonl', '-f', 'sarif', '-o', 'report.sarif']);
    expect(out.stdout).toBe('');
    expect(readFileSync(join(dir, 'report.sarif'), 'utf8')).toBe(run(['scan', 'news', '-f', 'sarif']).stdout);
  }, 60_000);

  test('shards from a folder, a quoted glob and standard input', () => {
    const expected = run(['scan', 'news', '-f', 'json']).stdout;
    cpSync(join(dir, 'a.jsonl'), join(dir, 'shards', 'x', 'a.jsonl'));
    cpSync(join(dir, 'b.jsonl'), join(dir, 'shards', 'b.jsonl'));
    expect(run(['compare', 'shards', '-f', 'json']).stdout).toBe(expected);
    expect(run(['compare', 'shards/**/*.jsonl', '-f', 'json']).stdout).toBe(expected);
    const stdin = run(['compare', '-', 'b.jsonl', '-f', 'json'], readFileSync(join(dir, 'a.jsonl'), 'utf8'));
    expect(stdin.code).toBe(1);
    expect(stdin.stdout).toBe(expected);
  }, 60_000);
});

// Real articles: BBC business (510), two shards, every engine; caught a comparison input
// (each document's story terms, read by engine/anchors.ts) the fixtures never exercised.
describe.skipIf(!hasShared)('compare gives the report scan gives on BBC business', () => {
  test('--group-by story and folder, json', () => {
    const bbc = join(shared, 'corpus', 'bbc', 'business');
    const files = readdirSync(bbc).filter((f) => f.endsWith('.txt')).sort();
    const half = files.length >> 1;
    cpSync(bbc, join(dir, 'bbc', 'business'), { recursive: true });
    expect(run(['extract', ...files.slice(0, half).map((f) => `bbc/business/${f}`), '-q', '-o', 'bbc-a.jsonl']).code).toBe(0);
    expect(run(['extract', ...files.slice(half).map((f) => `bbc/business/${f}`), '-q', '-o', 'bbc-b.jsonl']).code).toBe(0);
    for (const groupBy of ['story', 'folder']) {
      const scan = run(['scan', ...files.map((f) => `bbc/business/${f}`), '-q', '-f', 'json', '--group-by', groupBy]);
      expect(scan.stdout.length).toBeGreaterThan(1000);
      for (const engine of engines) {
        expect(run(['compare', 'bbc-b.jsonl', 'bbc-a.jsonl', '-q', '-f', 'json', '--group-by', groupBy, '--engine', engine]).stdout, `${groupBy} ${engine}`).toBe(scan.stdout);
      }
    }
  }, 180_000);
});

describe('extract --format jsonl', () => {
  test('a shard is a pure function of the files and the rules: same bytes for any --jobs, order or run', () => {
    const once = run(['extract', 'news', '--jobs', '1']);
    const twice = run(['extract', 'news/talks-change', 'news', '--jobs', '2']);
    expect(once.code).toBe(0);
    expect(twice.stdout).toBe(once.stdout);
    expect(once.stdout).not.toContain(dir);
  });

  test('every line fits schemas/shard.schema.json', () => {
    const Ajv = require('ajv') as new (o: object) => { compile: (s: object) => ((v: unknown) => boolean) & { errors?: unknown } };
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(root, 'schemas', 'shard.schema.json'), 'utf8')) as object);
    const lines = readFileSync(join(dir, 'a.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(validate(JSON.parse(line)), JSON.stringify(validate.errors)).toBe(true);
  });

  test('open bounds and every field of an assertion survive the line', () => {
    const a = {
      rule: 'r', kind: 'quantity', key: 'r|count|place=*', subject: 's', role: 'count', scope: { place: null, actor: null },
      value: { kind: 'quantity', number: 1000, low: 1000.5, high: Number.POSITIVE_INFINITY, hedge: 'min', unit: null },
      written: 'more than 1,000', document: 0, span: { start: 1, end: 5 }, sentence: { start: 0, end: 9 },
      location: { line: 1, column: 2, endLine: 1, endColumn: 6 }, sentenceText: 'x', attribution: null, time: null, mark: 580,
    } as Assertion;
    const line = encodeFile({ path: 'p.txt', group: '.' }, {
      info: { path: 'p.txt', title: null, date: null, source: null, terms: ['@iraq'] }, assertions: [a], notes: [], error: null,
    });
    const back = decodeLine(line);
    expect(back.type === 'file' && back.file.result.assertions[0]).toEqual(a);
  });
});

describe('bad shards: one line, exit 2, nothing written', () => {
  const lines = (): string[] => readFileSync(join(dir, 'a.jsonl'), 'utf8').trimEnd().split('\n');
  const write = (name: string, text: string): string => {
    writeFileSync(join(dir, name), text);
    return name;
  };

  for (const engine of engines) {
    test(`malformed lines (--engine ${engine})`, () => {
      const [head = '', ...rest] = lines();
      expectRefused(run(['compare', write('broken.jsonl', `${head}\n${rest[0]}\n{"type":"document", bad\n`), '--engine', engine]), /broken\.jsonl:3: not JSON/);
      expectRefused(run(['compare', write('typed.jsonl', `${head}\n{"type":"document","path":"x.txt","group":".","notes":[],"terms":"x"}\n`), '--engine', engine]), /typed\.jsonl:2: x\.txt: /);
      expectRefused(run(['compare', write('headless.jsonl', `${rest.join('\n')}\n`), '--engine', engine]), /headless\.jsonl:1: no shard header/);
      expectRefused(run(['compare', write('empty.jsonl', ''), '--engine', engine]), /empty\.jsonl: empty, not a claimdiff shard/);
      const report = run(['scan', 'news/iraq', '-f', 'jsonl']).stdout;
      expectRefused(run(['compare', write('report.jsonl', report), '--engine', engine]), /report\.jsonl:1: /);
    });
  }

  test('another rule set or schema version', () => {
    const [head = '', ...rest] = lines();
    const h = JSON.parse(head) as Record<string, unknown>;
    expectRefused(run(['compare', write('rules.jsonl', [JSON.stringify({ ...h, rules: 'f'.repeat(64) }), ...rest].join('\n'))]), /rules\.jsonl: extracted with another rule set/);
    expectRefused(run(['compare', write('schema.jsonl', [JSON.stringify({ ...h, schema: 2 }), ...rest].join('\n'))]), /schema\.jsonl: shard schema 2, this claimdiff reads schema 1/);
    // Made with an extra pack, compared without it.
    cpSync(join(root, 'fixtures', 'packs', 'health.yaml'), join(dir, 'pack.yaml'));
    const extra = run(['extract', 'news/iraq', '--rules', 'pack.yaml', '-o', 'extra.jsonl']);
    expect(extra.code).toBe(0);
    expectRefused(run(['compare', 'extra.jsonl']), /another rule set/);
  });

  test('the same document in two shards, a missing shard, a glob that matches nothing, a bad option', () => {
    expectRefused(run(['compare', 'a.jsonl', 'a2.jsonl'].map((p) => (p === 'a2.jsonl' ? write(p, readFileSync(join(dir, 'a.jsonl'), 'utf8')) : p))), /news\/\S+ is in two shards \(a\.jsonl, a2\.jsonl\)/);
    expectRefused(run(['compare', 'nothing.jsonl']), /nothing\.jsonl: no such file or folder/);
    expectRefused(run(['compare', 'none/*.jsonl']), /no shard matches/);
    expectRefused(run(['compare', 'a.jsonl', '--engine', 'spark']), /unknown --engine "spark"/);
    expectRefused(run(['compare', 'a.jsonl', '--group-by', 'day']), /unknown --group-by/);
    if (hasDuckDB) {
      expectRefused(run(['compare', 'a.jsonl', '--engine', 'duckdb', '--memory-limit', 'lots']), /DuckDB does not start: .*--memory-limit lots/);
      expectRefused(run(['compare', 'a.jsonl', '--engine', 'duckdb', '--temp-directory', 'no/such/dir']), /cannot make a working folder in no\/such\/dir \(ENOENT\)/);
    }
  });

  test('a shard named to scan is not read as an article', () => {
    const r = run(['scan', 'a.jsonl', 'news/iraq', '-f', 'json']);
    expect(r.stderr).toMatch(/a\.jsonl: skipped, a claimdiff shard/);
    expect(r.stdout).toBe(run(['scan', 'news/iraq', '-f', 'json']).stdout);
  });

  test('the report is never written over a shard', () => {
    const before = readFileSync(join(dir, 'b.jsonl'), 'utf8');
    expectRefused(run(['compare', 'a.jsonl', 'b.jsonl', '-o', 'b.jsonl']), /refusing to write the report over b\.jsonl/);
    expect(readFileSync(join(dir, 'b.jsonl'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'report.txt'))).toBe(false);
  });
});
