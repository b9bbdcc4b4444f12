// Shards named on the command line: files, folders (every *.jsonl under them, links not
// followed), globs ("shards/*.jsonl", quoted so that claimdiff expands them), or `-` for
// standard input. Each is read as a stream of lines; the first says which schema and rule
// set it was made with, and a shard of another is refused before anything is compared.

import { createReadStream, existsSync, opendirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import picomatch from 'picomatch';
import { decodeLine, SHARD_SCHEMA, ShardError, type ShardFile } from './format.js';

export interface ShardSource {
  /** As the user named it (or found under a folder they named), for messages. */
  display: string;
  /** Absolute path; null for standard input. */
  abs: string | null;
}

const GLOB = /[*?[\]{}]/;
const toPosix = (p: string): string => p.split('\\').join('/');

/** Every *.jsonl file under `dir`, sorted; symbolic links are not followed. */
function walk(dir: string, display: string, out: ShardSource[]): void {
  const entries: Array<{ name: string; dir: boolean }> = [];
  const d = opendirSync(dir);
  try {
    for (let e = d.readSync(); e; e = d.readSync()) {
      if (e.isDirectory()) entries.push({ name: e.name, dir: true });
      else if (e.isFile() && e.name.endsWith('.jsonl')) entries.push({ name: e.name, dir: false });
    }
  } finally {
    d.closeSync();
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const shown = display === '.' ? e.name : `${display.replace(/\/$/, '')}/${e.name}`;
    if (e.dir) walk(join(dir, e.name), shown, out);
    else out.push({ display: shown, abs: join(dir, e.name) });
  }
}

/** The shards the arguments name, each once, in the order given (folders and globs sorted). */
export function listShards(args: readonly string[], cwd: string): ShardSource[] {
  const out: ShardSource[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ display: '<stdin>', abs: null });
      continue;
    }
    const abs = resolve(cwd, arg);
    if (existsSync(abs)) {
      if (statSync(abs).isDirectory()) walk(abs, toPosix(arg), out);
      else out.push({ display: toPosix(arg), abs });
      continue;
    }
    if (!GLOB.test(arg)) throw new ShardError(`${arg}: no such file or folder`);
    // A glob: walk the folder before its first wildcard and keep what matches.
    const posix = toPosix(arg);
    const parts = posix.split('/');
    const fixed = parts.slice(0, parts.findIndex((p) => GLOB.test(p))).join('/');
    const base = resolve(cwd, fixed === '' && posix.startsWith('/') ? '/' : fixed || '.');
    if (!existsSync(base) || !statSync(base).isDirectory()) throw new ShardError(`${arg}: no shard matches`);
    const isMatch = picomatch(toPosix(relative(base, resolve(cwd, posix))), { dot: false });
    const found: ShardSource[] = [];
    walk(base, fixed === '' ? '.' : fixed, found);
    const matched = found.filter((f) => f.abs && isMatch(toPosix(relative(base, f.abs))));
    if (matched.length === 0) throw new ShardError(`${arg}: no shard matches`);
    out.push(...matched);
  }
  const seen = new Set<string>();
  return out.filter((s) => (s.abs === null ? true : seen.has(s.abs) ? false : (seen.add(s.abs), true)));
}

export interface ShardExpectation {
  /** The hash of this run's rule set: a shard made with another is refused. */
  rules: string;
}

/** Where a line sits in its shard: bytes [offset, offset + length), and its number. */
export interface LinePlace {
  line: number;
  offset: number;
  length: number;
}

/** The lines of a stream with their byte offsets (LF or CRLF; a long line is joined once, not per chunk). */
async function* linesOf(stream: Readable): AsyncGenerator<{ text: string; place: LinePlace }> {
  let pieces: Buffer[] = [];
  let start = 0;
  let line = 0;
  const emit = (tail: Buffer): { text: string; place: LinePlace } => {
    const bytes = pieces.length === 0 ? tail : Buffer.concat([...pieces, tail]);
    pieces = [];
    const length = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length;
    const out = { text: bytes.toString('utf8', 0, length), place: { line: ++line, offset: start, length } };
    start += bytes.length + 1;
    return out;
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl !== -1; nl = buf.indexOf(10, from)) {
      yield emit(buf.subarray(from, nl));
      from = nl + 1;
    }
    if (from < buf.length) pieces.push(buf.subarray(from));
  }
  if (pieces.length > 0) yield emit(Buffer.alloc(0));
}

/**
 * Reads one shard line by line: checks its header, then hands each file (and where its line
 * is) to `onFile`. Throws ShardError naming the shard and line of the first problem.
 */
export async function readShard(
  source: ShardSource, expect: ShardExpectation, onFile: (file: ShardFile, place: LinePlace) => void, stdin?: Readable,
): Promise<void> {
  const stream = source.abs === null ? (stdin ?? process.stdin) : createReadStream(source.abs);
  let header = false;
  try {
    for await (const { text, place } of linesOf(stream)) {
      const n = place.line;
      if (text.trim() === '') continue;
      let line;
      try {
        line = decodeLine(text);
      } catch (e) {
        if (e instanceof ShardError) throw new ShardError(`${source.display}:${n}: ${e.message}`);
        throw e;
      }
      if (line.type === 'header') {
        if (header) throw new ShardError(`${source.display}:${n}: a second shard header`);
        checkHeader(source, line.header, expect);
        header = true;
        continue;
      }
      if (!header) throw new ShardError(`${source.display}:${n}: no shard header first (is it the output of claimdiff extract --format jsonl?)`);
      onFile(line.file, place);
    }
  } catch (e) {
    if (e instanceof ShardError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new ShardError(`${source.display}: cannot read (${code ?? (e as Error).message})`);
  } finally {
    if (source.abs !== null) (stream as ReturnType<typeof createReadStream>).destroy();
  }
  if (!header) throw new ShardError(`${source.display}: empty, not a claimdiff shard`);
}

/** Refuses a shard of another schema version or rule set. */
export function checkHeader(source: ShardSource, h: { schema: number; rules: string }, expect: ShardExpectation): void {
  if (h.schema !== SHARD_SCHEMA) {
    throw new ShardError(`${source.display}: shard schema ${h.schema}, this claimdiff reads schema ${SHARD_SCHEMA}; extract it again`);
  }
  if (h.rules !== expect.rules) {
    throw new ShardError(
      `${source.display}: extracted with another rule set (${h.rules.slice(0, 12)}, this run ${expect.rules.slice(0, 12)}); ` +
        'compare with the same --rules and config, or extract again',
    );
  }
}
