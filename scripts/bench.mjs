#!/usr/bin/env node
// npm run bench: claimdiff against a naive pipeline (compromise's full nlp() on
// every whole document, in worker threads) on the BBC corpus and a 4x copy of
// it, on the same machine and cores. Each measurement runs in a child process;
// peak RSS comes from /usr/bin/time when present. Prints medians of --runs runs
// and whether each target of issue 7 is met.
//
//   node scripts/bench.mjs [--runs 3] [--naive-runs 1] [--jobs N] [--corpus DIR] [--scale 16[,64]] [--scale-only]
//   node scripts/bench.mjs --naive DIR --threads 2      (the naive pipeline itself)
//
// Archive scale (issue 16): the corpus copied N times (built on the fly in a temporary
// folder), scanned with `scan`, and extracted as 2 shards in parallel then compared with
// `compare --engine duckdb`; time and peak RSS of each, and whether both reports are the
// same bytes. Also on the corpus itself: scan against extract + compare (both engines) in
// every format. `--scale 16` is the default; `--scale 16,64` adds the 64x copy (minutes).

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'claimdiff.js');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

function listArticles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|md|html?)$/i.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

// ---- the naive pipeline: compromise on every whole document -------------------
if (!isMainThread && workerData?.naive) {
  const { default: nlp } = await import('compromise');
  let sentences = 0;
  for (const f of workerData.files) sentences += nlp(readFileSync(f, 'utf8')).sentences().length;
  parentPort.postMessage(sentences);
} else if (process.argv.includes('--naive')) {
  const files = listArticles(arg('--naive'));
  const threads = Number(arg('--threads', '2'));
  const slices = Array.from({ length: threads }, (_, t) => files.filter((_, i) => i % threads === t));
  const counts = await Promise.all(
    slices.map((s) => new Promise((res, rej) => {
      const w = new Worker(fileURLToPath(import.meta.url), { workerData: { naive: true, files: s } });
      w.once('message', res);
      w.once('error', rej);
    })),
  );
  process.stdout.write(`${counts.reduce((a, b) => a + b, 0)} sentences\n`);
} else {
  await main();
}

// ---- the benchmark ------------------------------------------------------------
function measure(args, opts = {}) {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const cmd = timeBin ? timeBin : process.execPath;
  const full = timeBin ? ['-f', '__BENCH__ %e %M', process.execPath, ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, full, { cwd: opts.cwd ?? root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: '1' }, maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const m = /__BENCH__ ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  return { seconds: wall, rssMB: m ? Number(m[2]) / 1024 : NaN, stderr: r.stderr };
}

function median(xs) {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function bytesOf(files) {
  return files.reduce((n, f) => n + statSync(f).size, 0);
}

function unpunctuated(chars) {
  const words = 'the US troops in Iraq about 5,000 soldiers talks collapsed said officials killed 45 people strike workers'.split(' ');
  const out = [];
  for (let i = 0, n = 0; n < chars; i++) {
    const w = words[(i * 7 + (i >> 3)) % words.length];
    out.push(w);
    n += w.length + 1;
  }
  return `Title\n\n${out.join(' ')}\n`;
}

/** Runs several commands at once, each under /usr/bin/time; the wall time of all and the largest peak RSS. */
async function measureParallel(commands) {
  const { spawn } = await import('node:child_process');
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const t0 = process.hrtime.bigint();
  const results = await Promise.all(commands.map((args) => new Promise((res, rej) => {
    const child = spawn(timeBin ?? process.execPath, timeBin ? ['-f', '__BENCH__ %e %M', process.execPath, ...args] : args, {
      cwd: root, env: { ...process.env, NO_COLOR: '1', CI: '1' }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', rej);
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) rej(new Error(`${args.join(' ')} exited ${code}: ${err}`));
      const m = /__BENCH__ ([\d.]+) (\d+)/.exec(err);
      res(m ? Number(m[2]) / 1024 : NaN);
    });
  })));
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, rssMB: Math.max(...results) };
}

function sameFile(a, b) {
  return existsSync(a) && existsSync(b) && readFileSync(a).equals(readFileSync(b));
}

/** scan against extract + compare: on the corpus in every format, and on N copies of it. */
async function scaleBench(corpus, tmp, scales) {
  const lines = [];
  const f = (x, d = 2) => (Number.isNaN(x) ? 'n/a' : x.toFixed(d));
  // The corpus itself: two shards (its folders split in two), both engines, every format.
  const folders = readdirSync(corpus, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(corpus, e.name)).sort();
  const half = Math.ceil(folders.length / 2);
  const shards = [join(tmp, 'one-a.jsonl'), join(tmp, 'one-b.jsonl')];
  await measureParallel([
    [bin, 'extract', ...folders.slice(0, half), '-q', '-j', '1', '-o', shards[0]],
    [bin, 'extract', ...folders.slice(half), '-q', '-j', '1', '-o', shards[1]],
  ]);
  const formats = ['text', 'json', 'jsonl', 'markdown', 'sarif', 'github', ...(existsSync(join(root, 'dist', 'formatters', 'html.js')) ? ['html'] : [])];
  const differ = [];
  for (const format of formats) {
    for (const groupBy of ['story', 'folder']) {
      const a = join(tmp, `scan.${format}`);
      measure([bin, 'scan', corpus, '-q', '-f', format, '--group-by', groupBy, '-o', a]);
      for (const engine of ['memory', 'duckdb']) {
        const b = join(tmp, `compare.${format}`);
        measure([bin, 'compare', ...shards, '-q', '-f', format, '--group-by', groupBy, '--engine', engine, '-o', b, ...(format === 'html' ? ['--scan-paths', corpus] : [])]);
        if (!sameFile(a, b)) differ.push(`${format}/${groupBy}/${engine}`);
      }
    }
  }
  lines.push(`scan vs extract (2 shards) + compare on ${corpus}, ${formats.length} formats x story/folder x memory/duckdb: ${differ.length === 0 ? 'byte-identical' : `DIFFERENT: ${differ.join(', ')}`}`);
  lines.push('');
  lines.push('copies  articles  command                      seconds  peak RSS MB  same bytes');
  const results = [];
  for (const n of scales) {
    const dir = join(tmp, `x${n}`);
    for (let i = 0; i < n; i++) cpSync(corpus, join(dir, `c${String(i).padStart(3, '0')}`), { recursive: true });
    const copies = readdirSync(dir).sort().map((c) => join(dir, c));
    const articles = listArticles(dir).length;
    process.stderr.write(`bench: ${n}x (${articles} articles): scan ...\n`);
    const scanOut = join(tmp, `x${n}-scan.json`);
    const sc = measure([bin, 'scan', dir, '-q', '-f', 'json', '-o', scanOut]);
    process.stderr.write(`bench: ${n}x: extract (2 shards in parallel) ...\n`);
    const parts = [join(tmp, `x${n}-a.jsonl`), join(tmp, `x${n}-b.jsonl`)];
    const ex = await measureParallel([
      [bin, 'extract', ...copies.slice(0, n / 2), '-q', '-j', '1', '-o', parts[0]],
      [bin, 'extract', ...copies.slice(n / 2), '-q', '-j', '1', '-o', parts[1]],
    ]);
    process.stderr.write(`bench: ${n}x: compare --engine duckdb ...\n`);
    const cmpOut = join(tmp, `x${n}-compare.json`);
    const cp = measure([bin, 'compare', ...parts, '-q', '-f', 'json', '--engine', 'duckdb', '-o', cmpOut]);
    const same = sameFile(scanOut, cmpOut);
    results.push({ n, sc, ex, cp, same });
    const row = (what, m, s) => lines.push(`${String(n).padStart(6)}  ${String(articles).padStart(8)}  ${what.padEnd(27)} ${f(m.seconds, 1).padStart(8)} ${f(m.rssMB, 0).padStart(12)}  ${s}`);
    row('scan', sc, '');
    row('extract, 2 shards parallel', ex, '');
    row('compare --engine duckdb', cp, same ? 'yes' : 'NO');
    row('extract + compare', { seconds: ex.seconds + cp.seconds, rssMB: Math.max(ex.rssMB, cp.rssMB) }, '');
    rmSync(dir, { recursive: true, force: true });
    for (const p of [...parts, scanOut, cmpOut]) rmSync(p, { force: true });
  }
  const at = (n) => results.find((r) => r.n === n);
  lines.push('');
  if (at(16)) lines.push(`target: compare peak RSS at 16x <= 300 MB: ${f(at(16).cp.rssMB, 0)} MB, ${at(16).cp.rssMB <= 300 ? 'met' : 'NOT met'}`);
  if (at(16) && at(64)) lines.push(`target: compare peak RSS does not grow 16x -> 64x: ${f(at(16).cp.rssMB, 0)} -> ${f(at(64).cp.rssMB, 0)} MB`);
  return lines;
}

async function main() {
  const corpus = resolve(arg('--corpus', join(root, '..', 'shared', 'corpus', 'bbc')));
  if (!existsSync(corpus)) {
    process.stdout.write(`bench: ${corpus} is absent; nothing to measure (pass --corpus DIR)\n`);
    return;
  }
  if (!existsSync(join(root, 'dist', 'cli.js'))) throw new Error('bench: run npm run build first');
  const scales = arg('--scale', '16').split(',').map(Number).filter((x) => x >= 2 && x % 2 === 0);
  if (process.argv.includes('--scale-only')) {
    const tmp = mkdtempSync(join(tmpdir(), 'claimdiff-bench-'));
    try {
      process.stdout.write(`${(await scaleBench(corpus, tmp, scales)).join('\n')}\n`);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    return;
  }
  const runs = Number(arg('--runs', '3'));
  const naiveRuns = Number(arg('--naive-runs', '1'));
  const jobs = Number(arg('--jobs', String(availableParallelism())));
  const tmp = mkdtempSync(join(tmpdir(), 'claimdiff-bench-'));
  try {
    const files = listArticles(corpus);
    const bytes = bytesOf(files);
    const big = join(tmp, 'bbc-x4');
    for (let i = 0; i < 4; i++) cpSync(corpus, join(big, `copy-${i}`), { recursive: true });
    const draftDir = join(tmp, 'draft');
    mkdirSync(draftDir);
    writeFileSync(join(draftDir, 'draft.txt'), 'Draft\n\nAbout 5,000 US troops are in Iraq, officials said on Monday. Talks between the US and Iraq have collapsed.\n');
    const hostile = join(tmp, 'unpunctuated-1mb.txt');
    writeFileSync(hostile, unpunctuated(1_000_000));
    const out = join(tmp, 'report.json');
    const scan = (paths, extra = []) => [bin, 'scan', ...paths, '--format', 'json', '--output', out, '--quiet', '--jobs', String(jobs), ...extra];

    process.stderr.write(`bench: ${files.length} articles, ${(bytes / 1e6).toFixed(2)} MB; ${cpus().length} cores, --jobs ${jobs}; ${runs} runs\n`);
    const res = { start: [], coldCache: [], cold: [], coldRss: [], big: [], bigRss: [], warm: [], draft: [], hostile: [], naive: [], naiveRss: [] };
    for (let r = 0; r < runs; r++) {
      res.start.push(measure([bin, '--version']).seconds);
      const a = measure(scan([corpus]));
      res.cold.push(a.seconds);
      res.coldRss.push(a.rssMB);
      const b = measure(scan([big]));
      res.big.push(b.seconds);
      res.bigRss.push(b.rssMB);
      const cache = join(tmp, `cache-${r}`);
      res.coldCache.push(measure(scan([corpus], ['--cache-location', cache])).seconds);
      res.warm.push(measure(scan([corpus], ['--cache-location', cache])).seconds);
      res.draft.push(measure([bin, 'check', join(draftDir, 'draft.txt'), '--against', corpus, '--format', 'json', '--output', out, '--quiet', '--cache-location', cache]).seconds);
      res.hostile.push(measure([bin, 'extract', hostile, '--quiet', '--output', join(tmp, 'h.jsonl')]).seconds);
      process.stderr.write(`bench: run ${r + 1}/${runs} done\n`);
    }
    for (let r = 0; r < naiveRuns; r++) {
      process.stderr.write(`bench: naive pipeline (compromise on every document, ${Math.max(1, Math.min(jobs, 2))} threads) ...\n`);
      const n = measure([fileURLToPath(import.meta.url), '--naive', corpus, '--threads', String(jobs)]);
      res.naive.push(n.seconds);
      res.naiveRss.push(n.rssMB);
    }
    const mb = bytes / 1e6;
    const m = Object.fromEntries(Object.entries(res).map(([k, v]) => [k, median(v)]));
    const f = (x, d = 2) => (Number.isNaN(x) ? 'n/a' : x.toFixed(d));
    const lines = [];
    lines.push(`corpus: ${corpus} (${files.length} articles, ${f(mb)} MB); 4x: ${files.length * 4} articles, ${f(mb * 4)} MB`);
    lines.push(`medians of ${runs} run(s) (naive: ${naiveRuns}); wall time of the whole command, start-up included; --jobs ${jobs}`);
    lines.push('');
    lines.push('pipeline              seconds     MB/s  articles/s  peak RSS MB');
    const row = (name, s, mbs, arts, rss) => lines.push(`${name.padEnd(20)} ${f(s).padStart(8)} ${f(mbs).padStart(8)} ${f(arts, 0).padStart(11)} ${f(rss, 0).padStart(12)}`);
    row('claimdiff bbc', m.cold, mb / m.cold, files.length / m.cold, m.coldRss);
    row('claimdiff bbc x4', m.big, (4 * mb) / m.big, (4 * files.length) / m.big, m.bigRss);
    row('naive bbc', m.naive, mb / m.naive, files.length / m.naive, m.naiveRss);
    row('cache: first run', m.coldCache, mb / m.coldCache, files.length / m.coldCache, NaN);
    row('cache: warm re-scan', m.warm, mb / m.warm, files.length / m.warm, NaN);
    row('check draft, warm', m.draft, NaN, NaN, NaN);
    row('1 MB unpunctuated', m.hostile, 1 / m.hostile, NaN, NaN);
    row('start-up (--version)', m.start, NaN, NaN, NaN);
    lines.push('');
    const ratio = m.naive / m.cold;
    const targets = [
      ['throughput vs naive', `${f(ratio, 1)}x`, '>= 20x', ratio >= 20],
      ['4x corpus time', `${f(m.big / m.cold)}x`, '<= 4.4x', m.big / m.cold <= 4.4],
      ['peak RSS on 4x', `${f(m.bigRss, 0)} MB`, '<= 300 MB', m.bigRss <= 300],
      ['warm vs cold', `${f(m.coldCache / m.warm, 1)}x faster`, '>= 10x', m.coldCache / m.warm >= 10],
      ['check draft vs warm', `${f(m.draft)} s`, '< 1 s', m.draft < 1],
      ['1 MB unpunctuated', `${f(m.hostile)} s`, '< 5 s', m.hostile < 5],
    ];
    lines.push('target                measured          goal       met');
    for (const [name, got, goal, ok] of targets) lines.push(`${name.padEnd(21)} ${got.padEnd(17)} ${goal.padEnd(10)} ${ok ? 'yes' : 'NO'}`);
    // Every command pays Node's start and the loading of the command; the ratio of
    // the work after that shows what the cache itself saves.
    lines.push('');
    lines.push(`warm vs cold (both with --cache) after start-up: ${f((m.coldCache - m.start) / (m.warm - m.start), 1)}x (${f(m.coldCache - m.start)} s against ${f(m.warm - m.start)} s)`);
    process.stdout.write(`${lines.join('\n')}\n\n`);
    process.stdout.write(`${(await scaleBench(corpus, tmp, scales)).join('\n')}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
