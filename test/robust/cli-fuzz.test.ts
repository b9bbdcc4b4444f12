// Fuzzing `claimdiff scan` and `claimdiff extract` with random bytes, random Unicode and
// article-like soups in .txt/.md/.html files (test/robust/fuzz-inputs.ts). Every case
// must end with exit code 0 or 1 (2 is an input error, and there is none here), no
// stack trace, one note per stderr line, parseable JSON when JSON was asked for, and
// within 2 s. Most cases run in one long-lived host process (cli-host.mjs: main()
// in-process, a Node start-up saved per case); a few run the real bin/claimdiff.js,
// to hold the process itself to the same promises.
// CLAIMDIFF_FUZZ_RUNS=10000 for a long run; CLAIMDIFF_FUZZ_SEED to explore other seeds.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers.js';
import { CliHost, cliEnv, type HostRun } from './cli-host.js';
import { fuzzCase, type FuzzCase } from './fuzz-inputs.js';

const RUNS = Number(process.env['CLAIMDIFF_FUZZ_RUNS'] ?? 500);
const SEED = Number(process.env['CLAIMDIFF_FUZZ_SEED'] ?? 12_2024);
const SPAWNED = 10;
const CASE_MS = 2_000;
/** Past this, a case is a hang: the host is killed and the case fails (CASE_MS fails it anyway). */
const HANG_MS = 15_000;

// A stack trace or an internal error leaking through main()'s one-line catch.
const CRASH = [/^\s+at /m, /node:internal/, /^\s*\w*Error:/m, /\b(TypeError|RangeError|ReferenceError|SyntaxError)\b/, /Maximum call stack/, /Cannot read propert/, /is not (a function|iterable)/];

let base: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'claimdiff-fuzz-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

function materialise(c: FuzzCase): string {
  const dir = mkdtempSync(join(base, 'case-'));
  for (const f of c.files) {
    mkdirSync(dirname(join(dir, f.name)), { recursive: true });
    writeFileSync(join(dir, f.name), f.bytes);
  }
  return dir;
}

function checkRun(r: HostRun, args: string[]): void {
  expect(r.threw).toBeNull();
  // The contract is 0, 1 or 2; every file here is readable and every option valid, so a 2
  // is right only when no file held an article (all binary, or claimdiff's own output):
  // any other 2 would be an internal error that main()'s last-resort catch made one line of.
  expect([0, 1, 2]).toContain(r.code);
  if (r.code === 2) expect(r.stderr).toMatch(/^claimdiff: no article found in the paths .*--pass-on-no-files allows this$/m);
  if (r.code === 2) expect(r.stdout).toBe('');
  if (r.code === 2) return;
  for (const re of CRASH) expect(r.stderr).not.toMatch(re);
  // Every line on stderr is one note of the tool's own (file names with line breaks included).
  for (const line of r.stderr.split('\n').slice(0, -1)) expect(line).toMatch(/^claimdiff: /);
  expect(r.ms).toBeLessThan(CASE_MS);
  const format = args[args.indexOf('-f') + 1];
  if (format === 'json' || format === 'sarif') expect(() => JSON.parse(r.stdout)).not.toThrow();
  if (format === 'jsonl') for (const line of r.stdout.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
}

describe('CLI fuzz', () => {
  it(`scan and extract survive ${RUNS} random folders in-process (seed ${SEED})`, async () => {
    const host = new CliHost();
    const codes = new Map<string, number>();
    let slowest = { ms: 0, what: '' };
    const removals: Array<Promise<void>> = [];
    const t0 = performance.now();
    try {
      // Loads the lazily loaded readers (HTML, Markdown) once, so the first case is not charged for it.
      const warm = materialise({ files: [{ name: 'w.html', bytes: Buffer.from('<p>5,000 troops</p>') }, { name: 'w.md', bytes: Buffer.from('# 5,000') }], args: [] });
      expect((await host.run(warm, ['scan', '--no-config', '.'], HANG_MS)).code).toBe(0);
      await fc.assert(
        fc.asyncProperty(fuzzCase, async (c) => {
          const dir = materialise(c);
          try {
            const r = await host.run(dir, c.args, HANG_MS);
            checkRun(r, c.args);
            codes.set(String(r.code), (codes.get(String(r.code)) ?? 0) + 1);
            if (r.ms > slowest.ms) slowest = { ms: r.ms, what: `${c.args.slice(0, 3).join(' ')}: ${c.files.map((f) => `${JSON.stringify(f.name)} ${f.bytes.length} B`).join(', ')}` };
          } finally {
            // Removed while the host runs the next case (in line it cost 2.5 s of a 22 s run).
            removals.push(rm(dir, { recursive: true, force: true }));
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
    } finally {
      host.stop();
      await Promise.all(removals);
    }
    const s = (performance.now() - t0) / 1000;
    console.log(`cli fuzz: ${RUNS} cases in ${s.toFixed(1)} s; exit codes ${JSON.stringify(Object.fromEntries(codes))}; slowest ${slowest.ms.toFixed(0)} ms (${slowest.what})`);
  }, 3_600_000);

  it(`the real command keeps the same promises on ${SPAWNED} random folders (seed ${SEED + 1})`, () => {
    fc.assert(
      fc.property(fuzzCase, (c) => {
        const dir = materialise(c);
        try {
          const t0 = performance.now();
          const r = spawnSync(process.execPath, [join(root, 'bin', 'claimdiff.js'), ...c.args], { cwd: dir, env: cliEnv(), encoding: 'utf8', timeout: HANG_MS });
          const ms = performance.now() - t0;
          expect(r.signal).toBeNull();
          checkRun({ code: r.status, threw: null, stdout: r.stdout, stderr: r.stderr, ms }, c.args);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { seed: SEED + 1, numRuns: SPAWNED },
    );
  }, 600_000);
});
