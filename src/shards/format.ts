// The shard line: one extracted file as one line of JSON, the unit `extract --format jsonl`
// writes, `compare` reads and the extraction cache stores (schemas/shard.schema.json).
// A shard starts with a header line naming the schema version and the rule set's hash; then
// one line per file in path order. Every value of the model is kept exactly: a quantity's
// open bounds (±Infinity, which JSON has no word for) are written as the strings
// "Infinity" and "-Infinity".

import type { FileEntry, LoadNote } from '../inputs/index.js';
import type { Assertion, DocumentInfo } from '../model.js';
import type { FileResult } from '../pool/file.js';
import { VERSION } from '../version.js';

/** Version of the line format; a reader refuses any other. */
export const SHARD_SCHEMA = 1;
export const SHARD_MAGIC = 'claimdiff-shard';

export interface ShardHeader {
  type: typeof SHARD_MAGIC;
  schema: number;
  /** sha256 of the rule set the shard was extracted with (RuleSet.hash). */
  rules: string;
  /** The tool's version, for the record (not checked: the rule set and the schema are). */
  tool: string;
}

/** One file as extracted: a document (info) or a file skipped with its notes (info null). */
export interface ShardFile {
  path: string;
  /** Folder of the file, for --group-by folder. */
  group: string;
  result: FileResult;
}

export class ShardError extends Error {}

export function shardHeader(rulesHash: string): string {
  const h: ShardHeader = { type: SHARD_MAGIC, schema: SHARD_SCHEMA, rules: rulesHash, tool: VERSION };
  return JSON.stringify(h);
}

type Bound = 'number' | 'low' | 'high';
const BOUNDS: readonly Bound[] = ['number', 'low', 'high'];

/** An assertion whose value has an open bound, with the bound as a string (JSON has no Infinity); others as they are. */
function withOpenBounds<T extends { value: Assertion['value'] }>(a: T): T {
  const v = a.value;
  if (v.kind !== 'quantity' || (Number.isFinite(v.low) && Number.isFinite(v.high) && Number.isFinite(v.number))) return a;
  const out: Record<string, unknown> = { ...v };
  for (const b of BOUNDS) if (!Number.isFinite(v[b])) out[b] = String(v[b]);
  return { ...a, value: out as unknown as Assertion['value'] };
}

/** Back from withOpenBounds, in place (no reviver: JSON.parse with one is several times slower). */
function reviveBounds(v: Record<string, unknown>): void {
  if (v['kind'] !== 'quantity') return;
  for (const b of BOUNDS) {
    const x = v[b];
    if (x === 'Infinity' || x === '-Infinity') v[b] = Number(x);
  }
}

/** A file's extraction as one shard line (no line break inside: JSON escapes them). */
export function encodeFile(entry: Pick<FileEntry, 'path' | 'group'>, result: FileResult): string {
  const notes = result.notes.map((n) => ({ ...n }));
  if (!result.info) return JSON.stringify({ type: 'skipped', path: entry.path, group: entry.group, notes });
  const { path, title, date, source, terms, dateSource } = result.info;
  // `document` is the file's own index in a run, given again when it is read.
  const assertions = result.assertions.map(({ document: _document, ...rest }) => withOpenBounds(rest));
  // A date from a sidecar says so; a date from the text is the default, left unwritten.
  const from = dateSource === 'meta' ? { date_source: dateSource } : {};
  return JSON.stringify({ type: 'document', path, group: entry.group, title, date, ...from, source, terms: terms ?? [], notes, assertions });
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';

function checkNote(n: unknown): n is LoadNote {
  return isObject(n) && typeof n['path'] === 'string' && typeof n['code'] === 'string' && typeof n['message'] === 'string' &&
    (n['line'] === undefined || typeof n['line'] === 'number') && (n['column'] === undefined || typeof n['column'] === 'number');
}

/** The fields every reader of an assertion touches, checked so that a bad line fails here and not in the comparison. */
function checkAssertion(a: unknown): boolean {
  if (!isObject(a)) return false;
  const v = a['value'];
  const span = a['span'];
  const loc = a['location'];
  return typeof a['rule'] === 'string' && typeof a['kind'] === 'string' && typeof a['key'] === 'string' && typeof a['subject'] === 'string' &&
    typeof a['role'] === 'string' && isObject(a['scope']) && isObject(v) && v['kind'] === a['kind'] && typeof a['written'] === 'string' &&
    isObject(span) && typeof span['start'] === 'number' && typeof span['end'] === 'number' && isObject(a['sentence']) &&
    isObject(loc) && typeof loc['line'] === 'number' && typeof loc['column'] === 'number' && typeof a['sentenceText'] === 'string' &&
    isStringOrNull(a['attribution']) && (a['time'] === null || isObject(a['time'])) && (a['mark'] === undefined || typeof a['mark'] === 'number') &&
    (v['kind'] !== 'quantity' || (typeof v['number'] === 'number' && typeof v['low'] === 'number' && typeof v['high'] === 'number'));
}

export type ShardLine = { type: 'header'; header: ShardHeader } | { type: 'file'; file: ShardFile };

/** Parses and checks one line; throws ShardError with a short reason. */
export function decodeLine(text: string): ShardLine {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch (e) {
    throw new ShardError(`not JSON (${(e as Error).message.split('\n')[0]})`);
  }
  if (!isObject(o)) throw new ShardError('not a JSON object');
  if (o['type'] === SHARD_MAGIC) {
    if (typeof o['schema'] !== 'number' || typeof o['rules'] !== 'string') throw new ShardError('a shard header without its schema and rules');
    return { type: 'header', header: { type: SHARD_MAGIC, schema: o['schema'], rules: o['rules'], tool: String(o['tool'] ?? '') } };
  }
  return { type: 'file', file: decodeFile(o) };
}

/** A document or skipped-file object of a shard line, checked. */
function decodeFile(o: Record<string, unknown>): ShardFile {
  const path = o['path'];
  const group = o['group'];
  const notes = o['notes'];
  if (o['type'] !== 'document' && o['type'] !== 'skipped') throw new ShardError(`unknown line type ${JSON.stringify(o['type'] ?? null)}`);
  if (typeof path !== 'string' || path === '' || typeof group !== 'string') throw new ShardError('a line without its path and group');
  if (!Array.isArray(notes) || !notes.every(checkNote)) throw new ShardError(`${path}: notes are malformed`);
  if (o['type'] === 'skipped') return { path, group, result: { info: null, assertions: [], notes, error: null } };
  const terms = o['terms'];
  if (!isStringOrNull(o['title']) || !isStringOrNull(o['date']) || !isStringOrNull(o['source'])) throw new ShardError(`${path}: title, date and source must be strings or null`);
  if (!Array.isArray(terms) || !terms.every((t) => typeof t === 'string')) throw new ShardError(`${path}: terms must be a list of strings`);
  const assertions = decodeAssertions(o['assertions'], path);
  const info: DocumentInfo = { path, title: o['title'] as string | null, date: o['date'] as string | null, source: o['source'] as string | null, terms: terms as string[] };
  if (o['date_source'] === 'meta' && info.date !== null) info.dateSource = 'meta';
  return { path, group, result: { info, assertions, notes, error: null } };
}

/** A document's assertions, checked, each with `document` 0 for the caller to renumber. */
function decodeAssertions(list: unknown, path: string): Assertion[] {
  if (!Array.isArray(list)) throw new ShardError(`${path}: assertions must be a list`);
  for (const a of list) {
    if (isObject(a) && isObject(a['value'])) reviveBounds(a['value']);
    if (!checkAssertion(a)) throw new ShardError(`${path}: an assertion is malformed`);
    (a as Assertion).document = 0;
  }
  return list as Assertion[];
}
