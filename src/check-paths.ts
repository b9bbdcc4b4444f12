// Paths to a `check` report: the corpus is extracted like `scan` does; drafts are read
// here (from files or standard input) so that their suppression directives can be found
// in the source text. Documents end up in path order with their role.

import path from 'node:path';
import { checkReport, suppressionsOf, type DirectiveProblem, type DocumentRole, type Suppression } from './check.js';
import { documentInfo } from './engine/scan.js';
import { extractDocument, type CompiledRules, type ExtractStats } from './engine/extract.js';
import {
  decodeBytes, documentFromBytes, findDirectives, listFiles, loadMeta, mergeMeta, MetaError, readFileBytes,
  type FileEntry, type LoadError, type LoadNote, type MetaTable,
} from './inputs/index.js';
import { displayPath, groupOf } from './inputs/paths.js';
import type { Assertion, DocumentInfo, Report, ReportWarning } from './model.js';
import { MAX_ASSERTIONS_PER_DOCUMENT, truncationNote } from './pool/file.js';
import { documentWarnings, extractPaths } from './scan-paths.js';

export interface CheckPathsOptions {
  cwd: string;
  ignore?: string[];
  meta?: string;
  follow?: boolean;
  cacheStrategy?: 'content' | 'metadata';
  /** Workers and cache for the corpus (see scan-paths.ts). */
  jobs?: number;
  cache?: string;
  /** A draft read from standard input (`-`): its bytes and the name it is reported under. */
  stdin?: { name: string; bytes: Uint8Array };
  onProgress?: (done: number, total: number) => void;
}

export interface CheckPathsResult {
  report: Report;
  notes: LoadNote[];
  errors: LoadError[];
  /** Absolute paths of the files read (drafts, corpus, sidecars, --meta). */
  inputs: string[];
}

interface Loaded {
  info: DocumentInfo;
  role: DocumentRole;
  assertions: Assertion[];
  suppressions: Suppression[];
  problems: DirectiveProblem[];
  /** Report warnings of this document (`document` is set once documents are in order). */
  warnings: ReportWarning[];
}

/** Name a stdin draft is reported under, and the format it is read as (from its extension; Markdown by default). */
export function stdinEntry(name: string | undefined, cwd: string): FileEntry {
  const given = name ?? '<stdin>.md';
  const abs = path.resolve(cwd, given);
  const display = name === undefined ? given : displayPath(abs, cwd, given);
  return { path: display, absPath: abs, group: groupOf(display) };
}

function loadDraft(entry: FileEntry, bytes: Uint8Array, meta: MetaTable, rules: CompiledRules, notes: LoadNote[]): Loaded | null {
  const read = documentFromBytes(entry, bytes, { meta });
  notes.push(...read.notes);
  if (!read.document) return null;
  const doc = read.document;
  // Markdown blanks HTML comments out of `text`; directives are read from the source.
  const source = doc.sourceText ?? decodeBytes(bytes).text;
  const { suppressions, problems } = suppressionsOf(findDirectives(source), source);
  // A draft is bounded like a corpus file, and a cut is a warning in the report.
  const stats: ExtractStats = { sentences: 0, capped: 0 };
  const assertions = extractDocument(doc, 0, rules, { stats, maxAssertions: MAX_ASSERTIONS_PER_DOCUMENT });
  const [warnings] = documentWarnings([truncationNote(entry.path, doc, stats, MAX_ASSERTIONS_PER_DOCUMENT)].filter((n) => n !== null), 0);
  return { info: documentInfo(doc, rules), role: 'draft', assertions, suppressions, problems, warnings };
}

export async function checkPaths(drafts: string[], against: string[], rules: CompiledRules, opts: CheckPathsOptions): Promise<CheckPathsResult> {
  const notes: LoadNote[] = [];
  const errors: LoadError[] = [];
  const draftFiles = drafts.filter((d) => d !== '-');
  const listed = draftFiles.length > 0
    ? await listFiles(draftFiles, { cwd: opts.cwd, ...(opts.ignore ? { ignore: opts.ignore } : {}), ...(opts.follow ? { follow: true } : {}) })
    : { files: [], notes: [], errors: [], meta: new Map() as MetaTable, sidecars: [] };
  notes.push(...listed.notes);
  errors.push(...listed.errors);
  let meta: MetaTable = listed.meta;
  if (opts.meta) {
    try {
      meta = mergeMeta(listed.meta, await loadMeta(opts.meta, opts.cwd));
    } catch (e) {
      if (!(e instanceof MetaError)) throw e;
      // extractPaths below reports the same problem for the corpus
    }
  }

  const corpusTotal = { n: 0 };
  const draftTotal = listed.files.length + (opts.stdin ? 1 : 0);
  const corpus = await extractPaths(against, rules, {
    cwd: opts.cwd,
    ...(opts.jobs !== undefined ? { jobs: opts.jobs } : {}),
    ...(opts.cache ? { cache: opts.cache } : {}),
    ...(opts.ignore ? { ignore: opts.ignore } : {}),
    ...(opts.meta ? { meta: opts.meta } : {}),
    ...(opts.follow ? { follow: true } : {}),
    ...(opts.cacheStrategy ? { cacheStrategy: opts.cacheStrategy } : {}),
    ...(opts.onProgress ? { onProgress: (done: number, total: number) => {
      corpusTotal.n = total;
      opts.onProgress?.(done, total + draftTotal);
    } } : {}),
  });
  notes.push(...corpus.notes);
  errors.push(...corpus.errors);

  const loaded: Loaded[] = [];
  let done = 0;
  for (const entry of listed.files) {
    const read = readFileBytes(entry);
    if (read.note) notes.push(read.note);
    if (read.error) errors.push(read.error);
    if (read.bytes) {
      const l = loadDraft(entry, read.bytes, meta, rules, notes);
      if (l) loaded.push(l);
    }
    opts.onProgress?.(corpusTotal.n + ++done, corpusTotal.n + draftTotal);
  }
  if (opts.stdin) {
    const entry = stdinEntry(opts.stdin.name, opts.cwd);
    const l = loadDraft(entry, opts.stdin.bytes, meta, rules, notes);
    if (l) loaded.push(l);
    opts.onProgress?.(corpusTotal.n + ++done, corpusTotal.n + draftTotal);
  }

  // A draft that is also under the corpus paths is checked as a draft, not compared with itself.
  const draftPaths = new Set(loaded.map((l) => l.info.path));
  // Each document's claims in one pass: filtering the whole list once a document was quadratic,
  // and with names built in a corpus has some 25,000 claims (about 7 s of a warm check of BBC).
  const byDocument = corpus.documents.map((): Assertion[] => []);
  for (const a of corpus.assertions) byDocument[a.document]?.push(a);
  corpus.documents.forEach((info, i) => {
    if (draftPaths.has(info.path)) return;
    const warnings = corpus.warnings.filter((w) => w.document === i);
    loaded.push({ info, role: 'corpus', assertions: byDocument[i] ?? [], suppressions: [], problems: [], warnings });
  });
  loaded.sort((a, b) => (a.info.path < b.info.path ? -1 : a.info.path > b.info.path ? 1 : a.role === 'draft' ? -1 : 1));

  const assertions: Assertion[] = [];
  const suppressions = new Map<number, Suppression[]>();
  const problems = new Map<number, DirectiveProblem[]>();
  const warnings: ReportWarning[] = [];
  loaded.forEach((l, i) => {
    for (const w of l.warnings) warnings.push({ ...w, document: i });
    for (const a of l.assertions) assertions.push({ ...a, document: i });
    if (l.suppressions.length > 0) suppressions.set(i, l.suppressions);
    if (l.problems.length > 0) problems.set(i, l.problems);
  });
  const report = checkReport(
    { documents: loaded.map((l) => l.info), roles: loaded.map((l) => l.role), assertions, suppressions, problems, warnings },
    rules,
  );
  return { report, notes, errors, inputs: [...listed.files.map((f) => f.absPath), ...listed.sidecars, ...corpus.inputs] };
}
