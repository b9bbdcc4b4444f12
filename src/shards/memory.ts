// `compare` in memory: every shard's documents are read, put in path order (the order a
// scan of the same files has) and handed to the same report assembly as `scan`.

import type { Readable } from 'node:stream';
import type { CompiledRules } from '../engine/extract.js';
import type { Report } from '../model.js';
import { DocumentCollector, reportOf, type LoadedDocuments } from '../scan-paths.js';
import { ShardError, type ShardFile } from './format.js';
import { readShard, type ShardExpectation, type ShardSource } from './read.js';

export type GroupBy = 'story' | 'folder' | 'none';

export interface Compared {
  report: Report;
  /** Notes of the extraction without a place (skipped files, long runs split), for stderr as scan prints them. */
  notes: LoadedDocuments['notes'];
}

/** Items in the path order of their files, as a scan lists them; the same path in two shards is refused. */
export function inPathOrder<T>(items: T[], path: (t: T) => string, from: (t: T) => string): T[] {
  items.sort((a, b) => (path(a) < path(b) ? -1 : path(a) > path(b) ? 1 : 0));
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1] as T;
    const b = items[i] as T;
    if (path(a) === path(b)) {
      throw new ShardError(`${path(b)} is in two shards (${from(a)}${from(a) === from(b) ? ', twice' : `, ${from(b)}`}); each document may be extracted once`);
    }
  }
  return items;
}

export async function compareInMemory(sources: readonly ShardSource[], expect: ShardExpectation, rules: CompiledRules, groupBy: GroupBy, stdin?: Readable): Promise<Compared> {
  const files: Array<{ file: ShardFile; from: string }> = [];
  for (const source of sources) await readShard(source, expect, (file) => files.push({ file, from: source.display }), stdin);
  const collected = new DocumentCollector(groupBy);
  for (const { file } of inPathOrder(files, (f) => f.file.path, (f) => f.from)) collected.add(file, file.result);
  const { documents, assertions, groups, warnings, notes } = collected;
  const loaded: LoadedDocuments = {
    documents, assertions, groups, notes, warnings, errors: [], stats: { extracted: 0, cached: 0, workers: 0 }, inputs: [],
  };
  return { report: reportOf(loaded, rules, groupBy), notes };
}
