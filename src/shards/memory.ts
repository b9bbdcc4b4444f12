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

/** Files in path order, as a scan lists them; the same path in two shards is refused. */
export function inPathOrder(files: Array<{ file: ShardFile; from: string }>): ShardFile[] {
  files.sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0));
  for (let i = 1; i < files.length; i++) {
    const a = files[i - 1];
    const b = files[i];
    if (a && b && a.file.path === b.file.path) {
      throw new ShardError(`${b.file.path} is in two shards (${a.from}${a.from === b.from ? ', twice' : `, ${b.from}`}); each document may be extracted once`);
    }
  }
  return files.map((f) => f.file);
}

export async function compareInMemory(sources: readonly ShardSource[], expect: ShardExpectation, rules: CompiledRules, groupBy: GroupBy, stdin?: Readable): Promise<Compared> {
  const files: Array<{ file: ShardFile; from: string }> = [];
  for (const source of sources) await readShard(source, expect, (file) => files.push({ file, from: source.display }), stdin);
  const collected = new DocumentCollector(groupBy);
  for (const f of inPathOrder(files)) collected.add(f, f.result);
  const { documents, assertions, groups, warnings, notes } = collected;
  const loaded: LoadedDocuments = {
    documents, assertions, groups, notes, warnings, errors: [], stats: { extracted: 0, cached: 0, workers: 0 }, inputs: [],
  };
  return { report: reportOf(loaded, rules, groupBy), notes };
}
