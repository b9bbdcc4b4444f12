// Paths to a report: list the files, read each one, extract its assertions and
// drop its text, then compare. Memory holds assertions, not articles.

import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LoadError, LoadNote, MetaTable } from './inputs/index.js';
import { listFiles, loadMeta, mergeMeta, MetaError } from './inputs/index.js';
import type { FileEntry } from './inputs/index.js';
import type { Assertion, DocumentInfo, Report, ReportWarning } from './model.js';
import { assembleReport, storyGroups } from './engine/scan.js';
import type { CompiledRules } from './engine/extract.js';
import type { RuleSet } from './rules/types.js';
import { contentHash, ExtractionCache } from './cache.js';
import { compileForRun } from './rules/compile.js';
import { readFileBytes } from './inputs/index.js';
import { extractFile, type FileResult } from './pool/file.js';
import { POOL_MIN_FILES, runExtraction, type ExtractTask } from './pool/pool.js';
import { NameStore } from './engine/name-store.js';

export interface ScanPathsOptions {
  cwd: string;
  ignore?: string[];
  /** A sidecar of publication dates and sources (--meta). */
  meta?: string;
  /** story (the default): documents compare within the story they belong to; folder; none: all together. */
  groupBy?: 'story' | 'folder' | 'none';
  /** Called after each file, for progress on a terminal. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Extraction threads: 1 (the default) extracts in this thread; more starts a
   * worker pool when there are at least `poolMinFiles` files left to extract.
   */
  jobs?: number;
  /** Fewest files left to extract for a pool to start (default POOL_MIN_FILES). */
  poolMinFiles?: number;
  /** Whether this thread extracts beside the workers (default true; off in tests, to send every file through them). */
  inline?: boolean;
  /** An extraction cache file (relative to cwd): unchanged files are not parsed again. */
  cache?: string;
  /**
   * How the cache knows a file is unchanged: `content` (the default) hashes its bytes;
   * `metadata` trusts an unchanged size and modification time, which `cp -p`, `rsync -a`
   * and `tar` preserve across an edit of the same size.
   */
  cacheStrategy?: 'content' | 'metadata';
  /** Follow symbolic links out of the named folders (--follow). */
  follow?: boolean;
  /** A document read from standard input (`-`): its bytes and the name it is reported under. */
  stdin?: { entry: FileEntry; bytes: Uint8Array };
  /** Called with each file's extraction, in path order (extract writes it as a shard line). */
  onFile?: (entry: FileEntry, result: FileResult) => void;
  /** Whether documents and assertions are kept in the result (default true; extract to shards needs only onFile). */
  retain?: boolean;
  /** Name claims held packed until the report is assembled (engine/name-store.ts): what `scan` does. */
  packNames?: boolean;
}

/** How each file's extraction was obtained. */
export interface ExtractStatsSummary {
  /** Files decoded and extracted in this run. */
  extracted: number;
  /** Files whose extraction came from the cache. */
  cached: number;
  /** Worker threads started (0: extracted in this thread only). */
  workers: number;
}

export interface ScanPathsResult {
  report: Report;
  notes: LoadNote[];
  errors: LoadError[];
  /** Absolute paths of the files read. */
  inputs: string[];
}

export interface LoadedDocuments {
  documents: DocumentInfo[];
  assertions: Assertion[];
  groups: Array<string | undefined>;
  notes: LoadNote[];
  /** Notes with a place in a document that was read (a document cut short), as report warnings. */
  warnings: ReportWarning[];
  errors: LoadError[];
  stats: ExtractStatsSummary;
  /** Absolute paths of every file read (articles, sidecars, --meta), so that no output is written over one. */
  inputs: string[];
  /** The name claims, packed, when `packNames` asked so: `assertions` lacks them until reportOf. */
  names?: NameStore;
}

/**
 * Splits a file's notes: those with a place in a document that was read become report
 * warnings of that document (every format lists them and --max-warnings counts them);
 * the others stay notes for stderr.
 */
export function documentWarnings(notes: readonly LoadNote[], document: number | null): [ReportWarning[], LoadNote[]] {
  const warnings: ReportWarning[] = [];
  const loose: LoadNote[] = [];
  for (const n of notes) {
    if (document !== null && n.line !== undefined) warnings.push({ document, line: n.line, column: n.column ?? 1, code: n.code, message: n.message });
    else loose.push(n);
  }
  return [warnings, loose];
}

/**
 * Files' extractions gathered in path order into a run's documents: each document gets the
 * next index and its assertions that number; notes with a place become its report warnings.
 * Shared by extraction (scan, check) and by `compare`, which reads the same results from shards.
 */
export class DocumentCollector {
  readonly documents: DocumentInfo[] = [];
  readonly assertions: Assertion[] = [];
  readonly groups: Array<string | undefined> = [];
  readonly notes: LoadNote[] = [];
  readonly warnings: ReportWarning[] = [];
  readonly errors: LoadError[] = [];
  /** Documents added (the index of the next one), whether or not they are kept. */
  count = 0;

  constructor(private readonly groupBy: ScanPathsOptions['groupBy'], private readonly retain = true, readonly names?: NameStore) {}

  add(entry: Pick<FileEntry, 'group'>, r: FileResult): void {
    if (r.error) this.errors.push(r.error);
    const [own, loose] = documentWarnings(r.notes, r.info ? this.count : null);
    this.notes.push(...loose);
    this.warnings.push(...own);
    if (!r.info) return;
    const index = this.count++;
    if (!this.retain) return;
    this.documents.push(r.info);
    this.groups.push(this.groupBy === 'folder' ? entry.group : undefined);
    for (const a of this.names ? this.names.take(index, r.assertions) : r.assertions) {
      a.document = index;
      this.assertions.push(a);
    }
  }
}

/** Reads and extracts every file under `paths`, in path order. */
export async function extractPaths(paths: string[], rules: CompiledRules, opts: ScanPathsOptions): Promise<LoadedDocuments> {
  const listed = await listFiles(paths, {
    cwd: opts.cwd, ...(opts.ignore ? { ignore: opts.ignore } : {}), ...(opts.follow ? { follow: true } : {}),
  });
  const notes = [...listed.notes];
  const errors = [...listed.errors];
  const files = [...listed.files];
  // Standard input takes its place in path order, like any other document.
  const given = new Map<number, Uint8Array>();
  if (opts.stdin) {
    const stdin = opts.stdin;
    const at = files.findIndex((f) => f.path > stdin.entry.path);
    files.splice(at === -1 ? files.length : at, 0, stdin.entry);
    given.set(at === -1 ? files.length - 1 : at, stdin.bytes);
  }
  let meta: MetaTable = listed.meta;
  if (opts.meta) {
    try {
      const table = await loadMeta(opts.meta, opts.cwd);
      meta = mergeMeta(listed.meta, table);
      const named = new Set(files.map((f) => f.path));
      for (const key of table.keys()) {
        if (!named.has(key)) notes.push({ path: opts.meta, code: 'meta-unmatched', message: `${opts.meta}: "${key}" matches no document read` });
      }
    } catch (e) {
      if (e instanceof MetaError) errors.push({ path: e.path, message: e.message });
      else throw e;
    }
  }
  const inputs = [...files.filter((_, i) => !given.has(i)).map((f) => f.absPath), ...listed.sidecars, ...(opts.meta ? [resolve(opts.cwd, opts.meta)] : [])];
  const collected = new DocumentCollector(opts.groupBy, opts.retain !== false, opts.packNames ? new NameStore() : undefined);
  collected.notes.push(...notes);
  collected.errors.push(...errors);
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
      collected.add(entry, next);
      opts.onFile?.(entry, next);
      flushed++;
      opts.onProgress?.(flushed, files.length);
    }
  };

  const ruleSet = rules.ruleSet;
  const cache = opts.cache && ruleSet ? ExtractionCache.open(opts.cache, opts.cwd, ruleSet.hash) : null;
  if (cache) collected.notes.push(...cache.notes);
  const jobs = Math.max(1, Math.floor(opts.jobs ?? 1));
  const stamps = new Map<number, { sha: string; st: { size: number; mtimeMs: number } }>();

  // Files are taken in order; one the cache answers is placed at once and the
  // next is tried. With a cache the bytes are read here (to hash them) and go
  // along with the task; without one, whichever thread extracts reads them.
  let cursor = 0;
  const next = (): ExtractTask | null => {
    while (cursor < files.length) {
      const index = cursor++;
      const entry = files[index] as FileEntry;
      const bytes = given.get(index);
      if (bytes) return { index, entry, bytes };
      if (!cache) return { index, entry };
      const m = meta.get(entry.path);
      let st: { size: number; mtimeMs: number } | null = null;
      try {
        st = statSync(entry.absPath);
      } catch {
        // reported by the read below
      }
      const quick = st && opts.cacheStrategy === 'metadata' ? cache.getByStat(entry, m, st.size, st.mtimeMs) : null;
      if (quick) {
        stats.cached++;
        place(index, quick);
        continue;
      }
      const read = readFileBytes(entry);
      if (!read.bytes) {
        place(index, { info: null, assertions: [], notes: read.note ? [read.note] : [], error: read.error });
        continue;
      }
      const sha = contentHash(read.bytes);
      const hit = cache.get(entry, m, sha);
      if (hit) {
        stats.cached++;
        if (st) cache.touch(entry, st);
        place(index, hit);
        continue;
      }
      stamps.set(index, { sha, st: st ?? { size: -1, mtimeMs: -1 } });
      return { index, entry, bytes: read.bytes };
    }
    return null;
  };
  const done = (task: ExtractTask, result: FileResult): void => {
    stats.extracted++;
    const stamp = stamps.get(task.index);
    if (cache && stamp && !result.error) cache.set(task.entry, meta.get(task.entry.path), stamp.sha, result, stamp.st);
    stamps.delete(task.index);
    place(task.index, result);
  };
  if (ruleSet) {
    stats.workers = await runExtraction({
      threads: jobs,
      minFiles: opts.poolMinFiles ?? POOL_MIN_FILES,
      inline: opts.inline !== false,
      ruleSet,
      rules,
      meta,
      next,
      remaining: () => files.length - cursor,
      done,
    });
  } else {
    // Rules compiled without their rule set (library use) cannot be sent to workers.
    for (let t = next(); t; t = next()) done(t, extractFile(t.entry, meta, rules, t.bytes));
  }
  if (cache) {
    try {
      cache.save();
    } catch (e) {
      collected.notes.push({ path: cache.file, code: 'cache', message: (e as Error).message });
    }
  }
  const { documents, assertions, groups, warnings } = collected;
  return { documents, assertions, groups, notes: collected.notes, warnings, errors: collected.errors, stats, inputs, ...(collected.names ? { names: collected.names } : {}) };
}

/** The report of extracted documents: grouped into stories (the default), by folder, or all together. */
export function reportOf(loaded: LoadedDocuments, rules: CompiledRules, groupBy: 'story' | 'folder' | 'none'): Report {
  // Packed names come back only for the buckets their groups keep (engine/lone.ts).
  const claims = (groups: ReadonlyArray<string | undefined>): Assertion[] => loaded.names?.merge(loaded.assertions, rules.checks, groups) ?? loaded.assertions;
  if (groupBy !== 'story') return assembleReport(loaded.documents, claims(loaded.groups), rules, loaded.groups, loaded.warnings);
  const { stories, groups } = storyGroups(loaded.documents);
  return assembleReport(loaded.documents, claims(groups), rules, groups, loaded.warnings, stories);
}

export async function scanPaths(paths: string[], ruleSet: RuleSet | CompiledRules, opts: ScanPathsOptions): Promise<ScanPathsResult> {
  const rules = 'checks' in ruleSet ? ruleSet : compileForRun(ruleSet);
  const loaded = await extractPaths(paths, rules, { packNames: true, ...opts });
  const report = reportOf(loaded, rules, opts.groupBy ?? 'story');
  return { report, notes: loaded.notes, errors: loaded.errors, inputs: loaded.inputs };
}
