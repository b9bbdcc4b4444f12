// Paths to a report: list the files, read each one, extract its assertions and
// drop its text, then compare. Memory holds assertions, not articles.

import { stat } from 'node:fs/promises';
import type { LoadError, LoadNote, MetaTable } from './inputs/index.js';
import { listFiles, loadMeta, mergeMeta, MetaError } from './inputs/index.js';
import type { FileEntry } from './inputs/index.js';
import type { Assertion, DocumentInfo, Report } from './model.js';
import { assembleReport, compileRules } from './engine/scan.js';
import type { CompiledRules } from './engine/extract.js';
import type { RuleSet } from './rules/types.js';
import { contentHash, ExtractionCache } from './cache.js';
import { readFileBytes } from './inputs/index.js';
import { extractBytes, extractFile, type FileResult } from './pool/file.js';
import { ExtractPool, POOL_MIN_FILES } from './pool/pool.js';

export interface ScanPathsOptions {
  cwd: string;
  ignore?: string[];
  /** A sidecar of publication dates and sources (--meta). */
  meta?: string;
  groupBy?: 'folder' | 'none';
  /** Called after each file, for progress on a terminal. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Extraction threads: 1 (the default) extracts in this thread; more starts a
   * worker pool when there are at least `poolMinFiles` files to extract.
   */
  jobs?: number;
  /** Fewest files worth a pool's start-up (default 50). */
  poolMinFiles?: number;
  /** An extraction cache file (relative to cwd): unchanged files are not parsed again. */
  cache?: string;
}

/** How each file's extraction was obtained. */
export interface ExtractStatsSummary {
  /** Files decoded and extracted in this run. */
  extracted: number;
  /** Files whose extraction came from the cache. */
  cached: number;
  /** Worker threads used (0: extracted in this thread). */
  workers: number;
}

export interface ScanPathsResult {
  report: Report;
  notes: LoadNote[];
  errors: LoadError[];
}

export interface LoadedDocuments {
  documents: DocumentInfo[];
  assertions: Assertion[];
  groups: Array<string | undefined>;
  notes: LoadNote[];
  errors: LoadError[];
  stats: ExtractStatsSummary;
}

/** Reads and extracts every file under `paths`, in path order. */
export async function extractPaths(paths: string[], rules: CompiledRules, opts: ScanPathsOptions): Promise<LoadedDocuments> {
  const listed = await listFiles(paths, { cwd: opts.cwd, ...(opts.ignore ? { ignore: opts.ignore } : {}) });
  const notes = [...listed.notes];
  const errors = [...listed.errors];
  let meta: MetaTable = listed.meta;
  if (opts.meta) {
    try {
      meta = mergeMeta(listed.meta, await loadMeta(opts.meta, opts.cwd));
    } catch (e) {
      if (e instanceof MetaError) errors.push({ path: e.path, message: e.message });
      else throw e;
    }
  }
  const documents: DocumentInfo[] = [];
  const assertions: Assertion[] = [];
  const groups: Array<string | undefined> = [];
  const files = listed.files;
  const stats: ExtractStatsSummary = { extracted: 0, cached: 0, workers: 0 };

  // Results are placed by file index and flushed in order, so the report never
  // depends on which file finished first; each one's text is already gone.
  const ready = new Map<number, FileResult>();
  let flushed = 0;
  const place = (i: number, r: FileResult): void => {
    ready.set(i, r);
    for (let next = ready.get(flushed); next; next = ready.get(flushed)) {
      ready.delete(flushed);
      const entry = files[flushed] as FileEntry;
      notes.push(...next.notes);
      if (next.error) errors.push(next.error);
      if (next.info) {
        const index = documents.length;
        documents.push(next.info);
        groups.push(opts.groupBy === 'folder' ? entry.group : undefined);
        for (const a of next.assertions) {
          a.document = index;
          assertions.push(a);
        }
      }
      flushed++;
      opts.onProgress?.(flushed, files.length);
    }
  };

  const ruleSet = rules.ruleSet;
  const cache = opts.cache && ruleSet ? ExtractionCache.open(opts.cache, opts.cwd, ruleSet.hash) : null;
  if (cache) notes.push(...cache.notes);
  const jobs = Math.max(1, Math.floor(opts.jobs ?? 1));
  const usePool = jobs > 1 && ruleSet !== undefined && files.length >= (opts.poolMinFiles ?? POOL_MIN_FILES);
  // Started on the first file that needs extracting: a warm cache starts no worker.
  let pool: ExtractPool | null = null;
  const poolFor = (): ExtractPool | null => {
    if (!usePool || !ruleSet) return null;
    if (!pool) {
      pool = new ExtractPool(jobs, ruleSet, meta);
      stats.workers = pool.size;
    }
    return pool;
  };

  const extract = async (entry: FileEntry, bytes?: Uint8Array): Promise<FileResult> => {
    stats.extracted++;
    const workers = poolFor();
    if (workers) {
      try {
        return await workers.run(entry, bytes);
      } catch (e) {
        return { info: null, assertions: [], notes: [], error: { path: entry.path, message: `extraction failed: ${(e as Error).message}` } };
      }
    }
    return bytes ? extractBytes(entry, bytes, meta, rules) : extractFile(entry, meta, rules);
  };

  const one = async (i: number): Promise<void> => {
    const entry = files[i] as FileEntry;
    if (!cache) return place(i, await extract(entry));
    const m = meta.get(entry.path);
    let st: { size: number; mtimeMs: number } | null = null;
    try {
      st = await stat(entry.absPath);
    } catch {
      // reported by the read below
    }
    const quick = st ? cache.getByStat(entry, m, st.size, st.mtimeMs) : null;
    if (quick) {
      stats.cached++;
      return place(i, quick);
    }
    const read = await readFileBytes(entry);
    if (!read.bytes) return place(i, { info: null, assertions: [], notes: read.note ? [read.note] : [], error: read.error });
    const sha = contentHash(read.bytes);
    const hit = cache.get(entry, m, sha);
    if (hit) {
      stats.cached++;
      if (st) cache.touch(entry, st);
      return place(i, hit);
    }
    const result = await extract(entry, read.bytes);
    if (!result.error) cache.set(entry, m, sha, result, st ?? { size: -1, mtimeMs: -1 });
    place(i, result);
  };

  try {
    // A bounded number of files in flight: enough to keep every worker busy,
    // few enough that memory holds assertions, not articles.
    const width = usePool ? jobs * 2 : cache ? 8 : 1;
    let nextFile = 0;
    const lane = async (): Promise<void> => {
      while (nextFile < files.length) await one(nextFile++);
    };
    await Promise.all(Array.from({ length: Math.min(width, Math.max(files.length, 1)) }, lane));
  } finally {
    await (pool as ExtractPool | null)?.close();
  }
  if (cache) {
    try {
      cache.save();
    } catch (e) {
      notes.push({ path: cache.file, code: 'cache', message: (e as Error).message });
    }
  }
  return { documents, assertions, groups, notes, errors, stats };
}

export async function scanPaths(paths: string[], ruleSet: RuleSet | CompiledRules, opts: ScanPathsOptions): Promise<ScanPathsResult> {
  const rules = 'checks' in ruleSet ? ruleSet : compileRules(ruleSet);
  const loaded = await extractPaths(paths, rules, opts);
  const report = assembleReport(loaded.documents, loaded.assertions, rules, loaded.groups);
  return { report, notes: loaded.notes, errors: loaded.errors };
}
