// Metadata sidecar: claimdiff-meta.yaml (or JSON) mapping file paths, relative to
// the sidecar's folder, to a date string or {date, source, title}. Its values
// override what the articles say.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type * as Yaml from 'yaml';
import { lazyModule } from '../lazy.js';

const yaml = lazyModule<typeof Yaml>('yaml');
import { isIsoDate } from './dateline.js';
import { displayPath } from './paths.js';
import type { MetaEntry, MetaTable } from './types.js';

export const SIDECAR_NAMES = ['claimdiff-meta.yaml', 'claimdiff-meta.yml', 'claimdiff-meta.json'];

const MAX_BYTES = 5 * 1024 * 1024;
const MAX_DEPTH = 64;

/** A sidecar that cannot be used; `path` is the sidecar, `key` the offending entry. */
export class MetaError extends Error {
  readonly path: string;
  readonly key: string | null;
  constructor(file: string, key: string | null, message: string) {
    super(key === null ? message : `"${key}": ${message}`);
    this.name = 'MetaError';
    this.path = file;
    this.key = key;
  }
}

function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
  }
  return max;
}

/** Parse sidecar text. `file` is used for messages; `dir` is the sidecar's folder; keys become display paths. */
export function parseMeta(text: string, file: string, dir: string, cwd: string): MetaTable {
  const shown = displayPath(path.resolve(cwd, file), cwd, file);
  if (text.length > MAX_BYTES) throw new MetaError(shown, null, 'file too large');
  if (nestingDepth(text) > MAX_DEPTH) throw new MetaError(shown, null, 'nested too deeply');
  let data: unknown;
  try {
    data = /\.json$/i.test(file) ? JSON.parse(text) : yaml().parse(text, { maxAliasCount: 50, prettyErrors: true, logLevel: 'silent' });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    throw new MetaError(shown, null, (msg.split('\n')[0] ?? msg).trim());
  }
  const table: MetaTable = new Map();
  if (data === null || data === undefined) return table;
  if (typeof data !== 'object' || Array.isArray(data)) throw new MetaError(shown, null, 'expected a mapping of file paths to metadata');
  for (const [key, raw] of Object.entries(data as Record<string, unknown>)) {
    const entry: MetaEntry = {};
    if (typeof raw === 'string') entry.date = raw.trim();
    else if (raw instanceof Date) entry.date = raw.toISOString().slice(0, 10);
    else if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
      for (const [field, v] of Object.entries(raw as Record<string, unknown>)) {
        if (field !== 'date' && field !== 'source' && field !== 'title') {
          throw new MetaError(shown, key, `unknown field "${field}" (expected date, source, title)`);
        }
        if (v === null || v === undefined) continue;
        const s = v instanceof Date ? v.toISOString().slice(0, 10) : v;
        if (typeof s !== 'string') throw new MetaError(shown, key, `"${field}" must be a string`);
        entry[field] = s.trim();
      }
    } else {
      throw new MetaError(shown, key, 'expected a date string or {date, source, title}');
    }
    if (entry.date !== undefined && !isIsoDate(entry.date)) {
      throw new MetaError(shown, key, `invalid date "${entry.date}" (expected YYYY-MM-DD)`);
    }
    const abs = path.resolve(dir, key);
    table.set(displayPath(abs, cwd), entry);
  }
  return table;
}

/** Load a sidecar file given on the command line (--meta). Throws MetaError on a bad file or entry. */
export async function loadMeta(file: string, cwd: string): Promise<MetaTable> {
  const abs = path.resolve(cwd, file);
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new MetaError(displayPath(abs, cwd, file), null, code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : String((err as Error).message).split('\n')[0] ?? 'cannot read');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return parseMeta(text, file, path.dirname(abs), cwd);
}

/** Merge tables; later tables win, field by field. */
export function mergeMeta(...tables: Array<MetaTable | undefined>): MetaTable {
  const out: MetaTable = new Map();
  for (const t of tables) {
    if (!t) continue;
    for (const [k, v] of t) out.set(k, { ...(out.get(k) ?? {}), ...v });
  }
  return out;
}
