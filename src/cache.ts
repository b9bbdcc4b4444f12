// The extraction cache (--cache): each file's DocumentInfo, assertions and notes,
// valid while the file's bytes (sha256), its display path and sidecar metadata,
// the rule set's hash and the tool's version are unchanged. Each file's extraction is
// kept as its shard line (shards/format.ts), the format `extract --format jsonl` writes
// and `compare` reads, so a cache entry and a shard are one encoding; the entries sit in
// one file in V8's serialisation format (strings load fast, and a line is parsed only
// when its file is asked for), behind a magic line; written whole through a temporary
// file and a rename; a corrupt file is ignored with a warning and rebuilt.

import { createHash, randomBytes } from 'node:crypto';
import { serialize, deserialize } from 'node:v8';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { FileEntry, LoadNote, MetaEntry } from './inputs/index.js';
import type { FileResult } from './pool/file.js';
import { decodeLine, encodeFile, ShardError } from './shards/format.js';
import { VERSION } from './version.js';

export const DEFAULT_CACHE_LOCATION = '.claimdiffcache';
const FORMAT = 'claimdiff-cache/3';
const MAGIC = Buffer.from(`${FORMAT}\n`);
const FAMILY = Buffer.from('claimdiff-cache/');

interface CachedFile {
  /** sha256 of the file's bytes. */
  sha256: string;
  /** Display path and sidecar metadata the result was built with. */
  context: string;
  /** Size and modification time when the hash was taken: the same pair means the same bytes (ESLint's shortcut). */
  size: number;
  mtimeMs: number;
  /** The file's extraction as a shard line. */
  line: string;
}

interface CacheFile {
  format: typeof FORMAT;
  tool: string;
  rules: string;
  files: Record<string, CachedFile>;
}

/** Whether the file at `abs` starts as a claimdiff cache of any format does (a corrupt or older cache is rebuilt). */
export function isCacheFile(abs: string): boolean {
  const head = Buffer.alloc(FAMILY.length);
  const fd = openSync(abs, 'r');
  try {
    return readSync(fd, head, 0, FAMILY.length, 0) === FAMILY.length && head.equals(FAMILY);
  } finally {
    closeSync(fd);
  }
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function contextKey(entry: FileEntry, meta: MetaEntry | undefined): string {
  return JSON.stringify([entry.path, meta ?? null]);
}

export class ExtractionCache {
  readonly file: string;
  private files: Record<string, CachedFile> = Object.create(null) as Record<string, CachedFile>;
  private dirty = false;
  /** A one-line problem with the cache file (corrupt, unreadable), for stderr. */
  readonly notes: LoadNote[] = [];

  private constructor(file: string, private readonly rulesHash: string, private readonly tool: string) {
    this.file = file;
  }

  /** Opens the cache at `location` (relative to `cwd`); an absent, stale or corrupt file starts empty. */
  static open(location: string, cwd: string, rulesHash: string, tool = VERSION): ExtractionCache {
    const cache = new ExtractionCache(resolve(cwd, location), rulesHash, tool);
    let bytes: Buffer;
    try {
      bytes = readFileSync(cache.file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') cache.warn(`cannot read the cache (${code ?? (e as Error).message}); rebuilding it`);
      return cache;
    }
    let data: unknown = null;
    // An older format of the cache is stale, not corrupt: rebuilt without a word.
    if (bytes.subarray(0, FAMILY.length).equals(FAMILY) && !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
      cache.dirty = true;
      return cache;
    }
    if (bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
      try {
        data = deserialize(bytes.subarray(MAGIC.length));
      } catch {
        data = null;
      }
    }
    if (!isCacheData(data)) {
      cache.warn('the cache file is corrupt; ignoring it and rebuilding');
      cache.dirty = true;
      return cache;
    }
    // Another rule set or another version of the tool: every entry is stale.
    if (data.rules !== rulesHash || data.tool !== tool) {
      cache.dirty = true;
      return cache;
    }
    cache.files = Object.assign(Object.create(null) as Record<string, CachedFile>, data.files);
    return cache;
  }

  private warn(message: string): void {
    this.notes.push({ path: this.file, code: 'cache', message: `${this.file}: ${message}` });
  }

  /** The cached result for these bytes of this file, or null. */
  get(entry: FileEntry, meta: MetaEntry | undefined, sha256: string): FileResult | null {
    const hit = this.files[entry.absPath];
    if (!hit || hit.sha256 !== sha256 || hit.context !== contextKey(entry, meta)) return null;
    return resultOf(hit);
  }

  /** Records that a file with this hash now has this size and time (touched, not changed). */
  touch(entry: FileEntry, st: { size: number; mtimeMs: number }): void {
    const hit = this.files[entry.absPath];
    if (!hit || (hit.size === st.size && hit.mtimeMs === st.mtimeMs)) return;
    hit.size = st.size;
    hit.mtimeMs = st.mtimeMs;
    this.dirty = true;
  }

  /** The cached result when the file's size and modification time are unchanged (no read needed), or null. */
  getByStat(entry: FileEntry, meta: MetaEntry | undefined, size: number, mtimeMs: number): FileResult | null {
    const hit = this.files[entry.absPath];
    if (!hit || hit.size !== size || hit.mtimeMs !== mtimeMs || hit.context !== contextKey(entry, meta)) return null;
    return resultOf(hit);
  }

  set(entry: FileEntry, meta: MetaEntry | undefined, sha256: string, result: FileResult, st: { size: number; mtimeMs: number }): void {
    this.files[entry.absPath] = { sha256, context: contextKey(entry, meta), size: st.size, mtimeMs: st.mtimeMs, line: encodeFile(entry, result) };
    this.dirty = true;
  }

  /** Writes the cache if it changed: whole, through a temporary file and a rename. */
  save(): void {
    if (!this.dirty) return;
    const data: CacheFile = { format: FORMAT, tool: this.tool, rules: this.rulesHash, files: this.files };
    const dir = dirname(this.file);
    const tmp = join(dir, `.${basename(this.file)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(tmp, Buffer.concat([MAGIC, serialize(data)]));
      renameSync(tmp, this.file);
      this.dirty = false;
    } catch (e) {
      try {
        unlinkSync(tmp);
      } catch {
        // never created
      }
      throw new Error(`cannot write the cache ${this.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
}

/** The entry's extraction; an entry that does not decode is a miss (the file is extracted again). */
function resultOf(hit: CachedFile): FileResult | null {
  try {
    const line = decodeLine(hit.line);
    return line.type === 'file' ? line.file.result : null;
  } catch (e) {
    if (e instanceof ShardError) return null;
    throw e;
  }
}

function isCacheData(v: unknown): v is CacheFile {
  if (v === null || typeof v !== 'object') return false;
  const o = v as Partial<CacheFile>;
  if (o.format !== FORMAT || typeof o.tool !== 'string' || typeof o.rules !== 'string') return false;
  if (o.files === null || typeof o.files !== 'object' || Array.isArray(o.files)) return false;
  for (const f of Object.values(o.files)) {
    if (f === null || typeof f !== 'object' || typeof f.sha256 !== 'string' || typeof f.context !== 'string') return false;
    if (typeof f.size !== 'number' || typeof f.mtimeMs !== 'number') return false;
    if (typeof f.line !== 'string') return false;
  }
  return true;
}
