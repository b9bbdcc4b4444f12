// One file → SourceDocument (or a note saying why it was skipped, or an error).

import { open, stat } from 'node:fs/promises';
import type { SourceDocument } from '../model.js';
import { decodeBytes, detectBinary } from './decode.js';
import { applyMeta, documentFromText } from './document.js';
import { fsMessage } from './paths.js';
import type { FileEntry, LoadError, LoadNote, ReadOptions } from './types.js';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface ReadResult {
  document: SourceDocument | null;
  notes: LoadNote[];
  error: LoadError | null;
}

async function readBytes(abs: string): Promise<Buffer> {
  const fh = await open(abs, 'r');
  try {
    return await fh.readFile();
  } finally {
    await fh.close();
  }
}

/** Decode raw bytes named `entry` into a document; never throws. */
export function documentFromBytes(entry: FileEntry, bytes: Uint8Array, opts: ReadOptions = {}): ReadResult {
  const notes: LoadNote[] = [];
  const binary = detectBinary(bytes);
  if (binary !== null) {
    const what = binary === 'nul' ? 'binary data' : `a ${binary.toUpperCase()} file`;
    notes.push({ path: entry.path, code: 'skipped-binary', message: `${entry.path}: skipped, ${what}` });
    return { document: null, notes, error: null };
  }
  const dec = decodeBytes(bytes);
  if (dec.legacy) {
    notes.push({ path: entry.path, code: 'encoding', message: `${entry.path}: not UTF-8, decoded as ${dec.encoding}` });
  }
  if (dec.invalid > 0) {
    notes.push({
      path: entry.path,
      code: 'invalid-bytes',
      message: `${entry.path}: ${dec.invalid} invalid ${dec.encoding.toUpperCase()} byte sequence${dec.invalid === 1 ? '' : 's'} replaced with U+FFFD`,
    });
  }
  let doc = documentFromText(entry.path, dec.text);
  doc = applyMeta(doc, opts.meta?.get(entry.path));
  doc.group = entry.group;
  return { document: doc, notes, error: null };
}

export async function readDocument(entry: FileEntry, opts: ReadOptions = {}): Promise<ReadResult> {
  try {
    const st = await stat(entry.absPath);
    if (st.isDirectory()) return { document: null, notes: [], error: { path: entry.path, message: 'is a directory' } };
    if (st.size > MAX_FILE_BYTES) {
      const mb = (st.size / (1024 * 1024)).toFixed(1);
      return {
        document: null,
        notes: [{ path: entry.path, code: 'skipped-large', message: `${entry.path}: skipped, ${mb} MB is over the 50 MB limit` }],
        error: null,
      };
    }
    const bytes = await readBytes(entry.absPath);
    return documentFromBytes(entry, bytes, opts);
  } catch (err) {
    return { document: null, notes: [], error: { path: entry.path, message: fsMessage(err) } };
  }
}
