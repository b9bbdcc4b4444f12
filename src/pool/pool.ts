// Extraction on every core: worker threads pull small batches of files from one
// queue while the calling thread extracts from the same queue, so no thread waits
// for another to start and the last batches are small. Results go back through
// `done` with their task; the caller places them by file index, so output never
// depends on which thread finished first.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileEntry, MetaTable } from '../inputs/index.js';
import type { CompiledRules } from '../engine/extract.js';
import type { RuleSet } from '../rules/types.js';
import { extractFile, type FileResult } from './file.js';
import type { FromWorker, Task, WorkerInit } from './worker.js';
import { NameStore, type PackedNames } from '../engine/name-store.js';
import { collect, EXTRACT_COLLECT_EVERY } from '../gc.js';

/**
 * Fewest files left to extract for workers to start. A worker pays its start-up
 * and, more, the warming of V8's compiler, which on a busy machine competes with
 * the extraction itself. Measured on 2 cores (BBC articles, ~2.3 KB each): 2,225
 * files take as long with a worker as without; 4,450 the same; 8,900 are 1.3×
 * faster with one.
 */
export const POOL_MIN_FILES = 4000;
/** Largest batch sent to a worker: big enough to amortise a message, small enough to balance the tail. */
const MAX_BATCH = 32;

/** The worker script beside this module (in dist/ or in the bundle); from the sources (tests), the built copy. */
export function workerScript(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.ts') || existsSync(fileURLToPath(here))) return here;
  return new URL('../../dist/pool/worker.js', import.meta.url);
}

export interface ExtractTask {
  index: number;
  entry: FileEntry;
  /** The file's bytes, when the caller has read them already (to hash them for the cache). */
  bytes?: Uint8Array;
}

export interface ExtractionPlan {
  /** Extraction threads in all, this one included. */
  threads: number;
  /** Fewest files left to extract for workers to start (default POOL_MIN_FILES). */
  minFiles?: number;
  /** Whether this thread extracts too (off only in tests, to force every file through a worker). */
  inline: boolean;
  ruleSet: RuleSet;
  rules: CompiledRules;
  meta: MetaTable;
  /** The next file to extract, or null when none is left. */
  next: () => ExtractTask | null;
  /** About how many files are still to come (sizes the batches). */
  remaining: () => number;
  done: (task: ExtractTask, result: FileResult) => void;
}

interface Lane {
  worker: Worker;
  /** Tasks sent and not yet answered, by id. */
  pending: Map<number, ExtractTask>;
  batches: number;
  ready: boolean;
  alive: boolean;
}

const failed = (task: ExtractTask, message: string): FileResult => ({
  info: null,
  assertions: [],
  notes: [],
  error: { path: task.entry.path, message: `extraction failed: ${message}` },
});

/** A worker's result with its packed names put back among its assertions, where extraction had them. */
function unpacked(result: FileResult, names: PackedNames | undefined): FileResult {
  return names ? { ...result, assertions: NameStore.from(names).merge(result.assertions, [], []) } : result;
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Runs every task of the plan; resolves with the number of worker threads that took part. */
export async function runExtraction(plan: ExtractionPlan): Promise<number> {
  // Workers start with the first file that needs extracting: a warm cache starts none.
  const first = plan.next();
  if (!first) return 0;
  const enough = plan.remaining() + 1 >= (plan.minFiles ?? POOL_MIN_FILES);
  const workers = plan.threads > 1 && enough ? (plan.inline ? plan.threads - 1 : plan.threads) : 0;
  const lanes: Lane[] = [];
  let settle: (() => void) | null = null;
  // A worker still starting counts as busy only when this thread leaves the work to the workers.
  const busy = (): boolean => lanes.some((l) => l.alive && (l.batches > 0 || (!plan.inline && !l.ready)));
  const wake = (): void => {
    if (settle && !busy()) settle();
  };

  const send = (lane: Lane): void => {
    const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(plan.remaining() / (plan.threads * 4))));
    const batch: Task[] = [];
    const transfer: ArrayBuffer[] = [];
    for (let t = plan.next(); t; t = batch.length < size ? plan.next() : null) {
      const id = t.index;
      lane.pending.set(id, t);
      batch.push(t.bytes ? { id, entry: t.entry, bytes: t.bytes } : { id, entry: t.entry });
      const b = t.bytes;
      if (b && b.byteOffset === 0 && b.byteLength === b.buffer.byteLength) transfer.push(b.buffer as ArrayBuffer);
      delete t.bytes;
    }
    if (batch.length === 0) return;
    lane.batches++;
    lane.worker.postMessage(batch, transfer);
  };

  const fail = (lane: Lane, err: Error): void => {
    if (!lane.alive) return;
    lane.alive = false;
    for (const t of lane.pending.values()) plan.done(t, failed(t, err.message));
    lane.pending.clear();
    wake();
  };

  const init: WorkerInit = { ruleSet: plan.ruleSet, meta: plan.meta };
  for (let i = 0; i < workers; i++) {
    const lane: Lane = { worker: new Worker(workerScript(), { workerData: init }), pending: new Map(), batches: 0, ready: false, alive: true };
    lane.worker.on('message', (msg: FromWorker) => {
      if (!lane.alive) return;
      lane.ready = true;
      if (msg.kind === 'results') {
        lane.batches--;
        for (const r of msg.results) {
          const t = lane.pending.get(r.id);
          if (!t) continue;
          lane.pending.delete(r.id);
          plan.done(t, 'result' in r ? unpacked(r.result, r.names) : failed(t, r.failure));
        }
      }
      // Two batches in flight: the worker starts the next while this one's results travel.
      while (lane.alive && lane.batches < 2 && plan.remaining() > 0) {
        const before = lane.batches;
        send(lane);
        if (lane.batches === before) break;
      }
      wake();
    });
    lane.worker.on('error', (e) => fail(lane, e));
    lane.worker.on('exit', (code) => fail(lane, new Error(`extraction worker exited with code ${code}`)));
    lanes.push(lane);
  }

  const extractHere = (t: ExtractTask): FileResult => extractFile(t.entry, plan.meta, plan.rules, t.bytes);
  try {
    let held: ExtractTask | null = first;
    const take = (): ExtractTask | null => {
      const t = held ?? plan.next();
      held = null;
      return t;
    };
    if (plan.inline) {
      let here = 0;
      for (let t = take(); t; t = take()) {
        plan.done(t, extractHere(t));
        // A run large enough for workers collects as they do (src/gc.ts): two heaps of garbage are one too many.
        if (lanes.length > 0 && ++here % EXTRACT_COLLECT_EVERY === 0) collect();
        // Let workers' messages in between files: they are waiting for their next batch.
        if (lanes.length > 0) await turn();
      }
    }
    for (;;) {
      if (busy()) await new Promise<void>((resolve) => (settle = resolve));
      settle = null;
      // Every worker has failed, or none ever asked: whatever is left is extracted here.
      const t = take();
      if (!t) break;
      plan.done(t, extractHere(t));
    }
  } finally {
    for (const l of lanes) l.alive = false;
    await Promise.all(lanes.map((l) => l.worker.terminate()));
  }
  return workers;
}
