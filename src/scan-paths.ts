// Paths to a report: list the files, read each one, extract its assertions and
// drop its text, then compare. Memory holds assertions, not articles.

import type { LoadError, LoadNote, MetaTable } from './inputs/index.js';
import { listFiles, loadMeta, mergeMeta, MetaError, readDocument } from './inputs/index.js';
import type { Assertion, DocumentInfo, Report } from './model.js';
import { assembleReport, compileRules, documentInfo } from './engine/scan.js';
import { extractDocument, type CompiledRules } from './engine/extract.js';
import type { RuleSet } from './rules/types.js';

export interface ScanPathsOptions {
  cwd: string;
  ignore?: string[];
  /** A sidecar of publication dates and sources (--meta). */
  meta?: string;
  groupBy?: 'folder' | 'none';
  /** Called after each file, for progress on a terminal. */
  onProgress?: (done: number, total: number) => void;
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
  let done = 0;
  for (const entry of listed.files) {
    const read = await readDocument(entry, { meta });
    notes.push(...read.notes);
    if (read.error) errors.push(read.error);
    if (read.document) {
      const index = documents.length;
      documents.push(documentInfo(read.document));
      groups.push(opts.groupBy === 'folder' ? entry.group : undefined);
      for (const a of extractDocument(read.document, index, rules)) assertions.push(a);
    }
    opts.onProgress?.(++done, listed.files.length);
  }
  return { documents, assertions, groups, notes, errors };
}

export async function scanPaths(paths: string[], ruleSet: RuleSet | CompiledRules, opts: ScanPathsOptions): Promise<ScanPathsResult> {
  const rules = 'checks' in ruleSet ? ruleSet : compileRules(ruleSet);
  const loaded = await extractPaths(paths, rules, opts);
  const report = assembleReport(loaded.documents, loaded.assertions, rules, loaded.groups);
  return { report, notes: loaded.notes, errors: loaded.errors };
}
