// Scale: the worker pool gives the same bytes as one thread, the cache skips
// unchanged files and is invalidated by a changed rule set, and hostile sizes
// finish with a warning. No timings are asserted.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assembleReport, compileRules } from '../../src/engine/scan.js';
import { compileForRun } from '../../src/rules/compile.js';
import { formatAssertions, formatterNames, getFormatter } from '../../src/formatters/index.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { MAX_ASSERTIONS_PER_DOCUMENT } from '../../src/pool/file.js';
import { extractPaths, reportOf, scanPaths } from '../../src/scan-paths.js';
import { root } from '../helpers.js';
import { claimdiff } from '../e2e/cli.js';

let dir: string;
let corpus: string;

/** Every fixture article, copied under several folders until there are at least `n` files. */
function buildCorpus(target: string, n: number): number {
  const sources: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|md|html)$/.test(e.name) && e.name !== 'README.md') sources.push(p);
    }
  };
  walk(join(root, 'fixtures'));
  sources.sort();
  let count = 0;
  for (let copy = 0; count < n; copy++) {
    const sub = join(target, `batch-${String(copy).padStart(2, '0')}`);
    mkdirSync(sub, { recursive: true });
    for (const s of sources) {
      const name = s.slice(join(root, 'fixtures').length + 1).replace(/[\\/]/g, '_');
      cpSync(s, join(sub, name));
      count++;
    }
  }
  return count;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdiff-scale-'));
  corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  expect(buildCorpus(corpus, 60)).toBeGreaterThanOrEqual(60);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('worker pool', () => {
  // Compiled as a run compiles them (with the WordNet lexicon the workers load): with the basic
  // lexicon the thread read "approv" where the workers read "approve".
  test('a report built through workers formats to the same bytes as one built in one thread', async () => {
    // As the CLI and the workers compile them: with the WordNet lexicon.
    const rules = compileForRun(loadRuleSet());
    const one = await scanPaths(['corpus'], rules, { cwd: dir, jobs: 1 });
    const loaded = await extractPaths(['corpus'], rules, { cwd: dir, jobs: 3, poolMinFiles: 2, inline: false });
    expect(loaded.stats.workers).toBe(3);
    const pooled = reportOf(loaded, rules, 'story');
    for (const name of formatterNames) {
      const format = getFormatter(name);
      if (!format) throw new Error(name);
      const expected = format(one.report, { color: false, toolVersion: 'test' });
      expect(expected.length).toBeGreaterThan(500);
      expect(format(pooled, { color: false, toolVersion: 'test' })).toBe(expected);
    }
    expect(formatAssertions(pooled, 'jsonl')).toBe(formatAssertions(one.report, 'jsonl'));
  });

  test('--jobs does not change what the command prints', () => {
    for (const args of [['scan', '--format', 'json'], ['scan', '--format', 'sarif'], ['extract', '--format', 'jsonl']]) {
      const one = claimdiff([...args, 'corpus', '--jobs', '1'], { cwd: dir });
      const two = claimdiff([...args, 'corpus', '--jobs', '2'], { cwd: dir });
      expect(one.stderr).toBe('');
      expect(two.code).toBe(one.code);
      expect(two.stdout.length).toBeGreaterThan(1000);
      expect(two.stdout).toBe(one.stdout);
    }
  });

  test('the library pool places results by file index whatever the timing', async () => {
    // As the CLI and the workers compile them: with the WordNet lexicon.
    const rules = compileForRun(loadRuleSet());
    // Extractions, not reports: a report dates undated articles from their stories (stories/dating.ts).
    const one = await extractPaths(['corpus'], rules, { cwd: dir, jobs: 1 });
    // Not inline: every file but the first goes through one of the two workers and back.
    const two = await extractPaths(['corpus'], rules, { cwd: dir, jobs: 2, poolMinFiles: 2, inline: false });
    expect(two.stats.workers).toBe(2);
    expect(two.stats.extracted).toBe(one.documents.length);
    expect(two.documents).toEqual(one.documents);
    expect(two.assertions).toEqual(one.assertions);
  });

  test('a bad --jobs value is a usage error', () => {
    expect(claimdiff(['scan', 'corpus', '--jobs', '0'], { cwd: dir }).code).toBe(2);
  });
});

describe('cache', () => {
  const rules = compileRules(loadRuleSet());
  const files = (): number => readdirSync(corpus, { recursive: true }).filter((f) => String(f).endsWith('.txt') || String(f).endsWith('.md') || String(f).endsWith('.html')).length;

  test('a second run reads every unchanged file from the cache; a changed file is extracted again', async () => {
    const cache = join(dir, 'cache-a');
    const cold = await extractPaths(['corpus'], rules, { cwd: dir, cache });
    expect(cold.stats).toMatchObject({ extracted: files(), cached: 0 });
    expect(existsSync(cache)).toBe(true);
    const warm = await extractPaths(['corpus'], rules, { cwd: dir, cache });
    expect(warm.stats).toMatchObject({ extracted: 0, cached: files() });
    expect(warm.documents).toEqual(cold.documents);
    expect(warm.assertions).toEqual(cold.assertions);
    // Through a pool too.
    const pooled = await extractPaths(['corpus'], rules, { cwd: dir, cache, jobs: 2, poolMinFiles: 2 });
    expect(pooled.stats).toMatchObject({ extracted: 0, cached: files() });

    const victim = join(corpus, 'batch-00', readdirSync(join(corpus, 'batch-00')).sort()[0] ?? '');
    const before = readFileSync(victim, 'utf8');
    writeFileSync(victim, `${before}\nAbout 12,345 US troops are in Iraq, officials said.\n`);
    try {
      const changed = await extractPaths(['corpus'], rules, { cwd: dir, cache });
      expect(changed.stats).toMatchObject({ extracted: 1, cached: files() - 1 });
      expect(changed.assertions.some((a) => a.written.includes('12,345'))).toBe(true);
    } finally {
      writeFileSync(victim, before);
    }
  });

  test('a changed rule set invalidates the cache', async () => {
    const cache = join(dir, 'cache-b');
    await extractPaths(['corpus'], rules, { cwd: dir, cache });
    const first = loadRuleSet().rules[0]?.spec.id ?? '';
    const other = compileRules(loadRuleSet({ config: { rules: { [first]: 'off' } } }));
    const again = await extractPaths(['corpus'], other, { cwd: dir, cache });
    expect(again.stats).toMatchObject({ extracted: files(), cached: 0 });
    expect(again.assertions.some((a) => a.rule === first)).toBe(false);
  });

  test('a corrupt cache is ignored with one note and rebuilt', async () => {
    const cache = join(dir, 'cache-c');
    writeFileSync(cache, 'claimdiff-cache/3\n{not what V8 wrote');
    const run = await extractPaths(['corpus'], rules, { cwd: dir, cache });
    expect(run.notes.filter((n) => n.code === 'cache')).toHaveLength(1);
    expect(run.stats.extracted).toBe(files());
    const next = await extractPaths(['corpus'], rules, { cwd: dir, cache });
    expect(next.notes.filter((n) => n.code === 'cache')).toHaveLength(0);
    expect(next.stats.cached).toBe(files());
  });

  test('the CLI writes .claimdiffcache in the working folder, not beside the articles, and prints the same report', () => {
    const cold = claimdiff(['scan', 'corpus', '--format', 'json', '--cache', '--jobs', '1'], { cwd: dir });
    expect(statSync(join(dir, '.claimdiffcache')).isFile()).toBe(true);
    expect(existsSync(join(corpus, '.claimdiffcache'))).toBe(false);
    const warm = claimdiff(['scan', 'corpus', '--format', 'json', '--cache'], { cwd: dir });
    expect(warm.stdout).toBe(cold.stdout);
    const plain = claimdiff(['scan', 'corpus', '--format', 'json', '--jobs', '1'], { cwd: dir });
    expect(warm.stdout).toBe(plain.stdout);
    // A damaged cache (its header intact) is rebuilt with one note.
    writeFileSync(join(dir, 'garbage-cache'), 'claimdiff-cache/3\nx');
    const corrupt = claimdiff(['scan', 'corpus', '--format', 'json', '--cache-location', 'garbage-cache'], { cwd: dir });
    expect(corrupt.stdout).toBe(plain.stdout);
    expect(corrupt.stderr.trim().split('\n')).toHaveLength(1);
    expect(corrupt.stderr).toMatch(/corrupt/);
    // Anything else is not the tool's to overwrite.
    writeFileSync(join(dir, 'notes-not-cache'), 'x');
    const foreign = claimdiff(['scan', 'corpus', '--cache-location', 'notes-not-cache'], { cwd: dir });
    expect(foreign.code).toBe(2);
    expect(readFileSync(join(dir, 'notes-not-cache'), 'utf8')).toBe('x');
  });
});

describe('hostile sizes', () => {
  const words = 'the US troops in Iraq about 5,000 soldiers talks collapsed said officials killed 45 people strike workers'.split(' ');
  const run = (chars: number): string => {
    const out: string[] = [];
    let n = 0;
    for (let i = 0; n < chars; i++) {
      const w = words[(i * 7 + (i >> 3)) % words.length] ?? 'x';
      out.push(w);
      n += w.length + 1;
    }
    return out.join(' ');
  };

  test('a 1 MB article without sentence punctuation and a 100,000-character line finish with a warning', async () => {
    const d = join(dir, 'hostile-a');
    mkdirSync(d);
    writeFileSync(join(d, 'unpunctuated.txt'), `Title\n\n${run(1_000_000)}\n`);
    writeFileSync(join(d, 'line.txt'), `Title\n\n${run(100_000)}.\n`);
    const r = await extractPaths([d], compileRules(loadRuleSet()), { cwd: dir });
    expect(r.documents).toHaveLength(2);
    expect(r.notes.filter((n) => n.code === 'capped').map((n) => n.path).sort()).toHaveLength(2);
    expect(r.assertions.length).toBeGreaterThan(0);
  });

  test('a 20 MB file finishes, its assertions bounded, with a report warning in every format', async () => {
    const d = join(dir, 'hostile-b');
    mkdirSync(d);
    const sentence = 'About 5,000 US troops are in Iraq, officials said, while 900 soldiers remain in Syria. The weather was mild and the market was quiet. ';
    writeFileSync(join(d, 'huge.txt'), `Huge\n\n${sentence.repeat(Math.ceil(20_000_000 / sentence.length))}`);
    // As the CLI and the workers compile them: with the WordNet lexicon.
    const rules = compileForRun(loadRuleSet());
    const r = await extractPaths([d], rules, { cwd: dir });
    expect(r.documents).toHaveLength(1);
    expect(r.assertions.length).toBeLessThanOrEqual(MAX_ASSERTIONS_PER_DOCUMENT);
    expect(r.notes.some((n) => n.code === 'truncated')).toBe(false);
    expect(r.warnings).toEqual([expect.objectContaining({ document: 0, code: 'truncated' })]);
    // The warning is at the first sentence not read, after the last assertion kept.
    const last = r.assertions[r.assertions.length - 1];
    expect(r.warnings[0]?.line).toBe(3);
    expect(r.warnings[0]?.column).toBeGreaterThan(last?.location.column ?? 0);
    const report = assembleReport(r.documents, r.assertions, rules, [], r.warnings);
    for (const name of formatterNames) expect(getFormatter(name)?.(report, { color: false, toolVersion: 'test' }), name).toMatch(/over 150,000 assertions/);
    const cli = claimdiff(['scan', 'hostile-b', '--format', 'json', '--max-warnings', '0'], { cwd: dir });
    expect(cli.code).toBe(1);
    expect((JSON.parse(cli.stdout) as { warnings: Array<{ document: string; code: string }> }).warnings).toEqual([
      expect.objectContaining({ document: 'hostile-b/huge.txt', code: 'truncated' }),
    ]);
    expect(cli.stderr).toMatch(/1 warning found, more than --max-warnings 0/);
  });

});
