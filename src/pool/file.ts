// One file → its extraction: read (unless the bytes are given), decode, extract,
// drop the text. Shared by the in-process path and the pool's workers, so that
// both produce the same result for the same file.

import { documentFromBytes, readFileBytes } from '../inputs/index.js';
import type { FileEntry, LoadError, LoadNote, MetaTable } from '../inputs/index.js';
import { documentInfo } from '../engine/scan.js';
import { extractDocument, type CompiledRules, type ExtractStats } from '../engine/extract.js';
import type { Assertion, DocumentInfo, SourceDocument } from '../model.js';
import { lineIndexFor, locate } from '../engine/lines.js';
import { MAX_SENTENCE } from '../engine/sentences.js';

/** Above this many characters of analysed text, a document gets a warning (it is still read). */
export const LARGE_DOCUMENT = 5 * 1024 * 1024;
/**
 * Most assertions kept from one document: a memory guard, far above any article (a 1 MB
 * file dense with figures gives about 56,000, read and compared in a few seconds). A
 * document cut short here gets a report warning at the first sentence not read.
 */
export const MAX_ASSERTIONS_PER_DOCUMENT = 150_000;

export interface FileResult {
  /** Null when the file was skipped or could not be read. */
  info: DocumentInfo | null;
  /** Assertions with `document` set to 0; the caller renumbers them. */
  assertions: Assertion[];
  notes: LoadNote[];
  error: LoadError | null;
}

/** Decodes and extracts one file's bytes. Never throws for bad content. */
export function extractBytes(entry: FileEntry, bytes: Uint8Array, meta: MetaTable, rules: CompiledRules, limit = MAX_ASSERTIONS_PER_DOCUMENT): FileResult {
  const read = documentFromBytes(entry, bytes, { meta });
  const notes = [...read.notes];
  if (!read.document) return { info: null, assertions: [], notes, error: read.error };
  const doc = read.document;
  const stats: ExtractStats = { sentences: 0, capped: 0 };
  const assertions = extractDocument(doc, 0, rules, { stats, maxAssertions: limit });
  const cut = truncationNote(entry.path, doc, stats, limit);
  if (cut) notes.push(cut);
  if (stats.capped > 0) {
    notes.push({
      path: entry.path,
      code: 'capped',
      message: `${entry.path}: ${stats.capped} over-long run${stats.capped === 1 ? '' : 's'} without sentence punctuation split at ${MAX_SENTENCE.toLocaleString('en-US')} characters`,
    });
  } else if (doc.text.length > LARGE_DOCUMENT) {
    notes.push({ path: entry.path, code: 'large', message: `${entry.path}: ${(doc.text.length / (1024 * 1024)).toFixed(1)} M characters, a very large article` });
  }
  return { info: documentInfo(doc, rules), assertions, notes, error: null };
}

/** The note (a report warning: it has a place) for a document extraction stopped reading. */
export function truncationNote(path: string, doc: SourceDocument, stats: ExtractStats, limit: number): LoadNote | null {
  if (stats.truncatedAt === undefined) return null;
  const at = locate(doc, lineIndexFor(doc), { start: stats.truncatedAt, end: stats.truncatedAt });
  return {
    path,
    code: 'truncated',
    message: `over ${limit.toLocaleString('en-US')} assertions: the document was read only up to here and the rest was not compared`,
    line: at.line,
    column: at.column,
  };
}

/** Reads (unless its bytes are given), decodes and extracts one file. */
export function extractFile(entry: FileEntry, meta: MetaTable, rules: CompiledRules, bytes?: Uint8Array): FileResult {
  if (bytes) return extractBytes(entry, bytes, meta, rules);
  const r = readFileBytes(entry);
  if (!r.bytes) return { info: null, assertions: [], notes: r.note ? [r.note] : [], error: r.error };
  return extractBytes(entry, r.bytes, meta, rules);
}
