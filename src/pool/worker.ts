// A pool worker: compiles the rule set once, then reads and extracts the files
// it is sent, one message per file. Runs from dist/ (built output).

import { parentPort, workerData } from 'node:worker_threads';
import { compileRules } from '../engine/scan.js';
import type { FileEntry, MetaTable } from '../inputs/index.js';
import type { RuleSet } from '../rules/types.js';
import { extractBytes, extractFile, type FileResult } from './file.js';

export interface WorkerInit {
  ruleSet: RuleSet;
  meta: MetaTable;
}

export interface Task {
  id: number;
  entry: FileEntry;
  /** The file's bytes when the main thread has already read them (for the cache). */
  bytes?: Uint8Array;
}

export type Reply = { id: number; result: FileResult } | { id: number; failure: string };

const init = workerData as WorkerInit;
const rules = compileRules(init.ruleSet);
const port = parentPort;
if (!port) throw new Error('claimdiff: pool worker started outside a worker thread');

port.on('message', (task: Task) => {
  const done = (result: FileResult): void => port.postMessage({ id: task.id, result } satisfies Reply);
  const fail = (e: unknown): void => port.postMessage({ id: task.id, failure: e instanceof Error ? e.message : String(e) } satisfies Reply);
  try {
    if (task.bytes) done(extractBytes(task.entry, task.bytes, init.meta, rules));
    else extractFile(task.entry, init.meta, rules).then(done, fail);
  } catch (e) {
    fail(e);
  }
});
