// A pool worker: compiles the rule set once, says it is ready, then extracts the
// batches of files it is sent (reading them itself unless their bytes come along).

import { parentPort, workerData } from 'node:worker_threads';
import { compileForRun } from '../rules/compile.js';
import type { FileEntry, MetaTable } from '../inputs/index.js';
import type { RuleSet } from '../rules/types.js';
import { extractFile, type FileResult } from './file.js';
import { NameStore, type PackedNames } from '../engine/name-store.js';
import { collect, EXTRACT_COLLECT_EVERY } from '../gc.js';

export interface WorkerInit {
  ruleSet: RuleSet;
  meta: MetaTable;
}

export interface Task {
  id: number;
  entry: FileEntry;
  bytes?: Uint8Array;
}

/** A result with its name claims packed (engine/name-store.ts): posted as rows, not as objects. */
export type TaskResult = { id: number; result: FileResult; names?: PackedNames } | { id: number; failure: string };
export type FromWorker = { kind: 'ready' } | { kind: 'results'; results: TaskResult[] };

const init = workerData as WorkerInit;
const port = parentPort;
if (!port) throw new Error('claimdiff: pool worker started outside a worker thread');
const rules = compileForRun(init.ruleSet);

let sinceCollected = 0;
port.on('message', (batch: Task[]) => {
  sinceCollected += batch.length;
  if (sinceCollected >= EXTRACT_COLLECT_EVERY) {
    sinceCollected = 0;
    collect();
  }
  const results: TaskResult[] = batch.map((task) => {
    try {
      const result = extractFile(task.entry, init.meta, rules, task.bytes);
      // Names are most claims: packed here, they die young in this thread and cross as one buffer
      // (posted as objects they took the 4x corpus past 300 MB).
      const store = new NameStore();
      const rest = store.take(0, result.assertions);
      if (rest.length === result.assertions.length) return { id: task.id, result };
      return { id: task.id, result: { ...result, assertions: rest }, names: store.export() };
    } catch (e) {
      return { id: task.id, failure: e instanceof Error ? e.message : String(e) };
    }
  });
  port.postMessage({ kind: 'results', results } satisfies FromWorker);
});
port.postMessage({ kind: 'ready' } satisfies FromWorker);
