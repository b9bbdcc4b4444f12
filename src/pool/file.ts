// One file → its extraction: read (unless the bytes are given), decode, extract,
// drop the text. Shared by the in-process path and the pool's workers, so that
// both produce the same result for the same file.

import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { documentFromBytes, MAX_FILE_BYTES } from '../inputs/index.js';
import type { FileEntry, LoadError, LoadNote, MetaTable } from '../inputs/index.js';
import { fsMessage } from '../inputs/paths.js';
import { documentInfo } from '../engine/scan.js';
import { extractDocument, type CompiledRules, type ExtractStats } from '../engine/extract.js';
import type { Assertion, DocumentInfo } from '../model.js';
import { MAX_SENTENCE } from '../engine/sentences.js';

/** Above this many characters of analysed text, a document gets a warning (it is still read). */
export const LARGE_DOCUMENT = 5 * 1024 * 1024;
/** Most assertions kept from one document: beyond this it is a dump, not an article. */
export const MAX_ASSERTIONS_PER_DOCUMENT = 10_000;

export interface FileResult {
  /** Null when the file was skipped or could not be read. */
  info: DocumentInfo | null;
  /** Assertions with `document` set to 0; the caller renumbers them. */
  assertions: Assertion[];
  notes: LoadNote[];
  error: LoadError | null;
}

/**
 * Reads a file whole, refusing files over the size limit; null with a note when skipped.
 * Synchronous on purpose: for thousands of small articles, one blocking read is far
 * cheaper than a round trip through the thread pool per file (measured: about 1 s of
 * idle time per 2,225 BBC articles with fs/promises).
 */
export async function readFileBytes(entry: FileEntry): Promise<{ bytes: Uint8Array | null; note: LoadNote | null; error: LoadError | null }> {
  try {
    const fd = openSync(entry.absPath, 'r');
    try {
      const st = fstatSync(fd);
      if (st.isDirectory()) return { bytes: null, note: null, error: { path: entry.path, message: 'is a directory' } };
      if (st.size > MAX_FILE_BYTES) {
        const mb = (st.size / (1024 * 1024)).toFixed(1);
        return { bytes: null, error: null, note: { path: entry.path, code: 'skipped-large', message: `${entry.path}: skipped, ${mb} MB is over the 50 MB limit` } };
      }
      return { bytes: readFileSync(fd), note: null, error: null };
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return { bytes: null, note: null, error: { path: entry.path, message: 'is a directory' } };
    if (code === 'ERR_FS_FILE_TOO_LARGE' || code === 'ERR_STRING_TOO_LONG') {
      return { bytes: null, error: null, note: { path: entry.path, code: 'skipped-large', message: `${entry.path}: skipped, over the 50 MB limit` } };
    }
    return { bytes: null, note: null, error: { path: entry.path, message: fsMessage(err) } };
  }
}

/** Decodes and extracts one file's bytes. Never throws for bad content. */
export function extractBytes(entry: FileEntry, bytes: Uint8Array, meta: MetaTable, rules: CompiledRules): FileResult {
  const read = documentFromBytes(entry, bytes, { meta });
  const notes = [...read.notes];
  if (!read.document) return { info: null, assertions: [], notes, error: read.error };
  const doc = read.document;
  const stats: ExtractStats = { sentences: 0, capped: 0 };
  const assertions = extractDocument(doc, 0, rules, { stats, maxAssertions: MAX_ASSERTIONS_PER_DOCUMENT });
  if (stats.truncated) {
    notes.push({
      path: entry.path,
      code: 'truncated',
      message: `${entry.path}: over ${MAX_ASSERTIONS_PER_DOCUMENT.toLocaleString('en-US')} assertions; the rest of the document was not read`,
    });
  }
  if (stats.capped > 0) {
    notes.push({
      path: entry.path,
      code: 'capped',
      message: `${entry.path}: ${stats.capped} over-long run${stats.capped === 1 ? '' : 's'} without sentence punctuation split at ${MAX_SENTENCE.toLocaleString('en-US')} characters`,
    });
  } else if (doc.text.length > LARGE_DOCUMENT) {
    notes.push({ path: entry.path, code: 'large', message: `${entry.path}: ${(doc.text.length / (1024 * 1024)).toFixed(1)} M characters, a very large article` });
  }
  return { info: documentInfo(doc), assertions, notes, error: null };
}

export async function extractFile(entry: FileEntry, meta: MetaTable, rules: CompiledRules): Promise<FileResult> {
  const r = await readFileBytes(entry);
  if (!r.bytes) return { info: null, assertions: [], notes: r.note ? [r.note] : [], error: r.error };
  return extractBytes(entry, r.bytes, meta, rules);
}
