// A pool worker: compiles the rule set once, says it is ready, then extracts the
// batches of files it is sent (reading them itself unless their bytes come along).

import { parentPort, workerData } from 'node:worker_threads';
import { compileForRun } from '../rules/compile.js';
import type { FileEntry, MetaTable } from '../inputs/index.js';
import type { RuleSet } from '../rules/types.js';
import { extractFile, type FileResult } from './file.js';

export interface WorkerInit {
  ruleSet: RuleSet;
  meta: MetaTable;
}

export interface Task {
  id: number;
  entry: FileEntry;
  bytes?: Uint8Array;
}

export type TaskResult = { id: number; result: FileResult } | { id: number; failure: string };
export type FromWorker = { kind: 'ready' } | { kind: 'results'; results: TaskResult[] };

const init = workerData as WorkerInit;
const port = parentPort;
if (!port) throw new Error('claimdiff: pool worker started outside a worker thread');
const rules = compileForRun(init.ruleSet);

port.on('message', (batch: Task[]) => {
  const results: TaskResult[] = batch.map((task) => {
    try {
      const result = extractFile(task.entry, init.meta, rules, task.bytes);
      return { id: task.id, result };
    } catch (e) {
      return { id: task.id, failure: e instanceof Error ? e.message : String(e) };
    }
  });
  port.postMessage({ kind: 'results', results } satisfies FromWorker);
});
port.postMessage({ kind: 'ready' } satisfies FromWorker);
