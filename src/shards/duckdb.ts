// `compare` out of core: DuckDB reads the shards, and groups and orders them on disk; the
// comparison itself is the engine's, one comparison group at a time. Memory holds what the
// report needs of every document (path, title, date, source), one story's assertions, and
// the claims of the conflicts found; never the archive's assertions. The SQL is plain enough
// to run on an engine that reads JSONL across machines (docs/scale.md).
//
// Story grouping on shards: documents that share no indexed term (one used by 2 to
// maxDocumentFrequency documents) can never be linked, so the connected parts of the
// "shares an indexed term" relation are grouped one at a time by the same groupStories,
// with the corpus's size and document frequencies: the same stories as grouping all at once.

import { closeSync, createReadStream, readFileSync, createWriteStream, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import type { CompiledRules } from '../engine/extract.js';
import { collect } from '../gc.js';
import { assembleReport, reportFrom } from '../engine/scan.js';
import { conflictOrder } from '../engine/compare.js';
import type { LoadNote } from '../inputs/index.js';
import type { Assertion, Conflict, DocumentInfo, Story } from '../model.js';
import { groupStories, maxDocumentFrequency, STORY_THRESHOLD, type StoryInput } from '../stories/group.js';
import { CONTENT_MARK, namesNothing } from '../stories/terms.js';
import { DocumentCollector } from '../scan-paths.js';
import { decodeLine, ShardError } from './format.js';
import { inPathOrder, type Compared, type GroupBy } from './memory.js';
import { readShard, type ShardExpectation, type ShardSource } from './read.js';

export const ENGINES = ['auto', 'memory', 'duckdb'] as const;
export type Engine = (typeof ENGINES)[number];

/** `--engine auto` takes DuckDB from this many bytes of shards on (about 8,000 BBC-sized articles). */
export const AUTO_DUCKDB_BYTES = 8 * 1024 * 1024;
const DEFAULT_MEMORY_LIMIT = '48MB';

type DuckDB = typeof import('@duckdb/node-api');
type Connection = Awaited<ReturnType<Awaited<ReturnType<DuckDB['DuckDBInstance']['create']>>['connect']>>;

/** DuckDB, or null when the optional dependency is not installed (or has no binary for this platform). */
async function loadDuckDB(): Promise<DuckDB | null> {
  try {
    return await import('@duckdb/node-api');
  } catch {
    return null;
  }
}

/** Which engine compares: DuckDB when asked, or (auto) for large files when it is installed. */
export async function chooseEngine(asked: Engine, sources: readonly ShardSource[]): Promise<'memory' | 'duckdb'> {
  if (asked === 'memory') return 'memory';
  if (asked === 'auto') {
    // Standard input's size is unknown until read: it stays in memory unless DuckDB is asked for.
    const bytes = sources.reduce((s, x) => s + (x.abs ? statSync(x.abs).size : 0), 0);
    if (bytes < AUTO_DUCKDB_BYTES) return 'memory';
    return (await loadDuckDB()) ? 'duckdb' : 'memory';
  }
  if (!(await loadDuckDB())) {
    throw new ShardError('--engine duckdb needs @duckdb/node-api (an optional dependency: npm install @duckdb/node-api), or use --engine memory');
  }
  return 'duckdb';
}

export interface DuckDBOptions {
  /** The report format: jsonl lists every assertion, so then they are all kept. */
  format: string;
  memoryLimit?: string;
  tempDirectory?: string;
}

/** A full collection between phases (src/gc.ts): at 16x BBC peak RSS was 386 MB without (docs/scale.md). */
export { collect };

/** Documents compared between two collections. */
const COLLECT_EVERY = 8192;

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;

const t0 = Date.now();
const trace = (what: string): void => {
  if (!process.env['CLAIMDIFF_TRACE']) return;
  const peak = /VmHWM:\s*(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  const mb = (x: number): number => Math.round(x / 1e6);
  process.stderr.write(`[${Date.now() - t0} ms, rss ${mb(process.memoryUsage().rss)} MB, peak ${mb(Number(peak ?? 0) * 1024)}, heap ${mb(process.memoryUsage().heapUsed)}/${mb(process.memoryUsage().heapTotal)}] ${what}\n`);
};

async function* rowsOf(con: Connection, sql: string): AsyncGenerator<unknown[]> {
  trace(sql.slice(0, 60));
  const result = await con.stream(sql);
  for await (const rows of result.yieldRowsJs()) yield* rows as unknown[][];
}

async function exec(con: Connection, sql: string): Promise<void> {
  trace(sql.slice(0, 60));
  await con.run(sql);
}

export async function compareOnDuckDB(
  sources: readonly ShardSource[], expect: ShardExpectation, rules: () => CompiledRules, groupBy: GroupBy, opts: DuckDBOptions, stdin?: Readable,
): Promise<Compared> {
  const duck = await loadDuckDB();
  if (!duck) throw new ShardError('--engine duckdb needs @duckdb/node-api (an optional dependency)');
  collect();
  let work: string;
  try {
    work = mkdtempSync(join(opts.tempDirectory ?? tmpdir(), 'claimdiff-compare-'));
  } catch (e) {
    throw new ShardError(`cannot make a working folder in ${opts.tempDirectory ?? tmpdir()} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let instance: Awaited<ReturnType<DuckDB['DuckDBInstance']['create']>> | null = null;
  const fds: number[] = [];
  try {
    // Standard input is spooled to a file, so that its lines can be read again by offset.
    const files: ShardSource[] = [];
    for (const s of sources) {
      if (s.abs) files.push(s);
      else {
        const file = join(work, 'stdin.jsonl');
        await pipeline(stdin ?? process.stdin, createWriteStream(file));
        files.push({ display: s.display, abs: file });
      }
    }
    try {
      instance = await duck.DuckDBInstance.create(join(work, 'compare.duckdb'), {
        memory_limit: opts.memoryLimit ?? DEFAULT_MEMORY_LIMIT,
        threads: '1',
        temp_directory: join(work, 'spill'),
        preserve_insertion_order: 'false',
        allocator_flush_threshold: '8MB',
      });
    } catch (e) {
      const first = ((e as Error).message.split('\n')[0] ?? '').trim();
      throw new ShardError(`DuckDB does not start: ${first}${opts.memoryLimit ? ` (is --memory-limit ${opts.memoryLimit} a size such as 200MB?)` : ''}`);
    }
    const con = await instance.connect();
    let open = true;
    // DuckDB's part is done once the groups are known: its memory is given back before the comparison.
    const release = (): void => {
      if (!open) return;
      open = false;
      con.closeSync();
      instance?.closeSync();
      instance = null;
    };
    try {
      return await run(con, release, work, files, fds, expect, rules, groupBy, opts);
    } catch (e) {
      // DuckDB's own errors (out of memory, disk full) in one line, with what to do.
      if (e instanceof ShardError || !(e instanceof Error) || !/^[A-Z][A-Za-z ]* Error: /.test(e.message)) throw e;
      const first = (e.message.split('\n')[0] ?? '').trim();
      const hint = /Out of Memory/i.test(first) ? ' (raise --memory-limit)' : /space|disk/i.test(first) ? ' (free disk space or set --temp-directory)' : '';
      throw new ShardError(`DuckDB: ${first}${hint}`);
    } finally {
      release();
    }
  } finally {
    for (const fd of fds) closeSync(fd);
    instance?.closeSync();
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Where each document's line is, and what grouping needs of it, as columns in path order (a
 * few bytes a document); what the report keeps of it is in the report's documents.
 */
interface Places {
  /** Index into the sources, and the line's bytes there. */
  shard: Uint32Array;
  offset: Float64Array;
  length: Uint32Array;
  /** Its place among the lines read (the key of its terms in DuckDB). */
  seq: Int32Array;
  named: Uint8Array;
  /** Index of its folder (--group-by folder). */
  folder: Int32Array;
  folders: string[];
}

/** What is kept of a line while the shards are read: no terms, no assertions. */
interface Read {
  path: string;
  info: DocumentInfo | null;
  notes: LoadNote[];
  folder: number;
  from: number;
  shard: number;
  offset: number;
  length: number;
  named: boolean;
}

const NO_NOTES: never[] = [];

async function run(
  con: Connection, release: () => void, work: string, sources: readonly ShardSource[], fds: number[], expect: ShardExpectation,
  compiled: () => CompiledRules, groupBy: GroupBy, opts: DuckDBOptions,
): Promise<Compared> {
  // 1. Every line read and checked once, in a stream: what the report keeps of each document
  // stays here, its story terms go to DuckDB, its assertions stay in the shard (read again
  // by offset, one comparison group at a time).
  await exec(con, 'CREATE TABLE raw_terms (seq INTEGER, k INTEGER, term VARCHAR)');
  const terms = await con.createAppender('raw_terms');
  const listed: Read[] = [];
  const folders = new Map<string, number>();
  for (const [shard, source] of sources.entries()) {
    await readShard(source, expect, (file, line) => {
      const seq = listed.length;
      const info = file.result.info;
      // Each term once per document, as groupStories counts it (a shard written by hand may repeat one).
      if (groupBy === 'story') [...new Set(info?.terms)].forEach((t, k) => {
        terms.appendInteger(seq);
        terms.appendInteger(k + 1);
        terms.appendVarchar(t);
        terms.endRow();
      });
      let folder = folders.get(file.group);
      if (folder === undefined) folders.set(file.group, (folder = folders.size));
      listed.push({
        path: file.path, info: info ? { path: info.path, title: info.title, date: info.date, source: info.source, ...(info.dateSource ? { dateSource: info.dateSource } : {}) } : null,
        notes: file.result.notes.length === 0 ? NO_NOTES : file.result.notes, folder, from: shard, shard, offset: line.offset, length: line.length,
        named: !namesNothing(info?.terms ?? []),
      });
      if (listed.length % COLLECT_EVERY === 0) collect();
    });
  }
  terms.closeSync();
  trace(`read ${listed.length} lines`);
  for (const s of sources) fds.push(openSync(s.abs as string, 'r'));

  // 2. Documents in path order (JavaScript's string order, as scan's listing).
  const collected = new DocumentCollector(groupBy);
  const folderNames = [...folders.keys()];
  const seqs: number[] = [];
  for (const r of inPathOrder(listed.map((r, seq) => ({ r, seq })), (x) => x.r.path, (x) => sources[x.r.from]?.display ?? '')) {
    collected.add({ group: folderNames[r.r.folder] ?? '' }, { info: r.r.info, assertions: [], notes: r.r.notes, error: null });
    if (r.r.info) seqs.push(r.seq);
  }
  const n = seqs.length;
  const docs: Places = {
    shard: new Uint32Array(n), offset: new Float64Array(n), length: new Uint32Array(n), seq: Int32Array.from(seqs), named: new Uint8Array(n),
    folder: new Int32Array(n), folders: folderNames,
  };
  seqs.forEach((seq, i) => {
    const r = listed[seq] as Read;
    docs.shard[i] = r.shard;
    docs.offset[i] = r.offset;
    docs.length[i] = r.length;
    docs.named[i] = r.named ? 1 : 0;
    docs.folder[i] = r.folder;
  });
  listed.length = 0;
  collect();
  const { documents, warnings, notes } = collected;

  // 3. Comparison groups: stories, folders, or one for all.
  let stories: Story[] | undefined;
  let groupIds: string[] = [];
  const groupOf = new Int32Array(n);
  if (groupBy === 'story') {
    stories = await storiesOnDisk(con, release, work, docs, documents);
    stories.forEach((s, k) => {
      for (const i of s.documents) groupOf[i] = k;
    });
    groupIds = stories.map((s) => s.id);
  } else if (groupBy === 'folder') {
    groupOf.set(docs.folder);
    groupIds = docs.folders;
  }

  release();
  collect();
  // The rules are compiled only now, once DuckDB's memory is given back (the lexicon and the checks weigh some 15 MB).
  const rules = compiled();

  // 4. One group at a time, in group then document order, to the engine's comparison.
  const keepAll = opts.format === 'jsonl';
  const kept: Assertion[] = [];
  const conflicts: Conflict[] = [];
  let total = 0;
  const compareGroup = (group: number, members: readonly number[]): void => {
    const local: Assertion[] = [];
    // The group's documents as the comparison sees them in scan: with their terms (engine/anchors.ts reads them).
    const localDocs = members.map((idx, d) => {
      const { info, assertions } = documentAt(docs, idx, sources, fds);
      for (const a of assertions) {
        a.document = d;
        local.push(a);
      }
      return { ...(documents[idx] as DocumentInfo), ...(info.terms ? { terms: info.terms } : {}) };
    });
    if (local.length === 0) return;
    const localGroups = members.map(() => (groupBy === 'none' ? undefined : groupIds[group]));
    // The group's report: its claims less those no comparison could use (engine/lone.ts), as scan keeps them.
    const part = assembleReport(localDocs, local, rules, localGroups, [], stories ? [] : undefined);
    total += part.summary.assertions;
    const found = part.conflicts;
    // A document its story dated (stories/dating.ts) is reported with that date, as in scan.
    members.forEach((idx, d) => {
      if (localDocs[d]?.dateSource === 'story') documents[idx] = { ...(documents[idx] as DocumentInfo), date: localDocs[d].date, dateSource: 'story' };
    });
    const at = new Map<number, number>();
    const place = (k: number): number => {
      let g = at.get(k);
      if (g === undefined) {
        const a = part.assertions[k] as Assertion;
        a.document = members[a.document] as number;
        at.set(k, (g = kept.length));
        kept.push(a);
      }
      return g;
    };
    if (keepAll) part.assertions.forEach((_, k) => place(k));
    for (const c of found) {
      c.claims = c.claims.map(place);
      conflicts.push(c);
    }
  };
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => (groupOf[a] ?? 0) - (groupOf[b] ?? 0) || a - b);
  let members: number[] = [];
  let read = 0;
  for (const idx of order) {
    if (members.length > 0 && groupOf[idx] !== groupOf[members[0] as number]) {
      compareGroup(groupOf[members[0] as number] ?? 0, members);
      members = [];
    }
    members.push(idx);
    if (++read % COLLECT_EVERY === 0) collect();
  }
  if (members.length > 0) compareGroup(groupOf[members[0] as number] ?? 0, members);
  trace(`compared ${total} assertions`);
  conflicts.sort(conflictOrder(kept, documents));
  return { report: reportFrom(documents, kept, conflicts, warnings, stories, total), notes };
}

/** A document (with its story terms, which the comparison reads too) and its assertions, read again from its line in the shard. */
function documentAt(docs: Places, i: number, sources: readonly ShardSource[], fds: readonly number[]): { info: DocumentInfo; assertions: Assertion[] } {
  const length = docs.length[i] ?? 0;
  const shard = docs.shard[i] ?? 0;
  const buf = Buffer.allocUnsafe(length);
  readSync(fds[shard] as number, buf, 0, length, docs.offset[i] ?? 0);
  try {
    const line = decodeLine(buf.toString('utf8'));
    if (line.type === 'file' && line.file.result.info) return { info: line.file.result.info, assertions: line.file.result.assertions };
  } catch {
    // the file changed since it was read
  }
  throw new ShardError(`${sources[shard]?.display ?? ''}: changed while it was compared`);
}

/**
 * The pairs of documents that may be one story, in SQL: the cosine of their binary idf²
 * vectors (stories/group.ts) over the terms they share, kept from 0.999 of the story threshold
 * on. Only the parts these pairs connect are used (each is then grouped by groupStories
 * itself), so the margin keeps them a coarsening of the real links whatever rounding SQL does.
 */
export function candidateSql(n: number): string[] {
  const maxDf = maxDocumentFrequency(n);
  return [
    // Indexed terms (used by 2 to maxDf documents, a word not by all) and their weights; the others weigh nothing.
    `CREATE TABLE w AS SELECT term, pow(ln(1 + ${n} / df), 2) AS w FROM df WHERE df BETWEEN 2 AND ${maxDf} AND NOT (starts_with(term, '${CONTENT_MARK}') AND df >= ${n})`,
    `CREATE TABLE dt AS SELECT idx, term FROM doc_terms JOIN w USING (term)`,
    // Each document's norm, and the weight of its words: names find the pairs, words only add to them
    // (stories/group.ts), at most the lighter side's words, so the bound keeps every real link.
    `CREATE TABLE norms AS SELECT idx, sqrt(sum(w)) AS norm, sum(CASE WHEN starts_with(term, '${CONTENT_MARK}') THEN w ELSE 0 END) AS words
       FROM dt JOIN w USING (term) GROUP BY idx`,
    `CREATE TABLE dn AS SELECT idx, term FROM dt WHERE NOT starts_with(term, '${CONTENT_MARK}')`,
    `CREATE TABLE pairs AS SELECT a.idx AS i, b.idx AS j FROM dn a JOIN dn b ON a.term = b.term AND a.idx < b.idx JOIN w ON w.term = a.term
       JOIN norms na ON na.idx = a.idx JOIN norms nb ON nb.idx = b.idx
       GROUP BY a.idx, b.idx, na.norm, nb.norm, na.words, nb.words
       HAVING (sum(w.w) + least(na.words, nb.words)) / (na.norm * nb.norm) >= ${STORY_THRESHOLD * 0.999}`,
  ];
}

/** Stories of the documents, one connected part at a time (see the head of this file). */
async function storiesOnDisk(con: Connection, release: () => void, work: string, docs: Places, documents: readonly DocumentInfo[]): Promise<Story[]> {
  const n = documents.length;
  // Each line's sequence number → its document's index in path order.
  await exec(con, 'CREATE TABLE ord (seq INTEGER, idx INTEGER)');
  const ord = await con.createAppender('ord');
  docs.seq.forEach((seq, i) => {
    ord.appendInteger(seq);
    ord.appendInteger(i);
    ord.endRow();
  });
  ord.closeSync();
  await exec(con, 'CREATE TABLE doc_terms AS SELECT o.idx, t.k, t.term FROM raw_terms t JOIN ord o USING (seq)');
  await exec(con, 'DROP TABLE raw_terms');
  await exec(con, `CREATE TABLE df AS SELECT term, count(*)::INTEGER AS df FROM doc_terms GROUP BY term`);
  // Connected parts: documents linked by a candidate pair are in one part; nameless documents are one story together.
  const parent = new Int32Array(n).map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[i] !== r) {
      const next = parent[i] as number;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (const sql of candidateSql(n)) await exec(con, sql);
  for await (const r of rowsOf(con, 'SELECT i, j FROM pairs')) union(r[0] as number, r[1] as number);
  const nameless: number[] = [];
  docs.named.forEach((named, i) => {
    if (!named) nameless.push(i);
  });
  for (const i of nameless.slice(1)) union(nameless[0] as number, i);
  const part = new Int32Array(n);
  for (let i = 0; i < n; i++) part[i] = find(i);
  await exec(con, 'CREATE TABLE part (idx INTEGER, part INTEGER)');
  const app = await con.createAppender('part');
  for (let i = 0; i < n; i++) {
    app.appendInteger(i);
    app.appendInteger(part[i] ?? i);
    app.endRow();
  }
  app.closeSync();

  // Each part's documents with their terms in order, and the corpus frequency of each term.
  const stories: Story[] = [];
  let current = -1;
  let members: number[] = [];
  let inputs: StoryInput[] = [];
  let frequency = new Map<string, number>();
  const flush = (): void => {
    if (members.length === 0) return;
    if (inputs.length > 1000) trace(`part of ${inputs.length} documents`);
    const found = groupStories(inputs, { corpus: { size: n, frequency } });
    for (const s of found.stories) stories.push({ ...s, documents: s.documents.map((i) => members[i] as number) });
    members = [];
    inputs = [];
    frequency = new Map();
  };
  // Rows in part, document and term order (a plain sort, which DuckDB spills to disk), written
  // to a file: DuckDB is closed before the parts are grouped, so the two never hold memory at once.
  const rows = join(work, 'parts.jsonl');
  await exec(con, `COPY (SELECT p.part, p.idx, t.term, f.df FROM part p LEFT JOIN doc_terms t USING (idx) LEFT JOIN df f USING (term)
    ORDER BY p.part, p.idx, t.k) TO ${quote(rows)} (FORMAT json)`);
  release();
  collect();
  let doc = -1;
  let terms: string[] = [];
  for await (const text of createInterface({ input: createReadStream(rows), crlfDelay: Infinity })) {
    const { part: p, idx, term, df } = JSON.parse(text) as { part: number; idx: number; term: string | null; df: number | null };
    if (p !== current) {
      flush();
      current = p;
    }
    if (idx !== doc) {
      doc = idx;
      members.push(idx);
      const d = documents[idx] as DocumentInfo;
      terms = [];
      inputs.push({ path: d.path, title: d.title, terms, date: d.date });
    }
    if (term !== null) {
      terms.push(term);
      frequency.set(term, df ?? 0);
    }
  }
  flush();
  trace(`${stories.length} stories`);
  // In the order groupStories gives a whole corpus: by the path of a story's first document.
  return stories.sort((a, b) => (a.documents[0] ?? 0) - (b.documents[0] ?? 0));
}
