// A pool of extraction workers (node:worker_threads). Each worker compiles the
// rule set once; tasks go to the worker with the fewest in flight. The caller
// places results by file index, so output never depends on timing.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileEntry, MetaTable } from '../inputs/index.js';
import type { RuleSet } from '../rules/types.js';
import type { FileResult } from './file.js';
import type { Reply, Task, WorkerInit } from './worker.js';

/** Below this many files the pool's start-up (≈250 ms a worker) costs more than it saves. */
export const POOL_MIN_FILES = 50;

/** The worker script: beside this module in dist/; from the sources (tests), the built copy. */
export function workerScript(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.ts') || existsSync(fileURLToPath(here))) return here;
  return new URL('../../dist/pool/worker.js', import.meta.url);
}

interface Slot {
  worker: Worker;
  inFlight: number;
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, { resolve: (r: FileResult) => void; reject: (e: Error) => void; slot: Slot }>();
  private nextId = 0;
  private closed = false;

  constructor(size: number, ruleSet: RuleSet, meta: MetaTable) {
    const init: WorkerInit = { ruleSet, meta };
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerScript(), { workerData: init });
      const slot: Slot = { worker, inFlight: 0 };
      worker.on('message', (reply: Reply) => {
        const w = this.waiting.get(reply.id);
        if (!w) return;
        this.waiting.delete(reply.id);
        slot.inFlight--;
        if ('result' in reply) w.resolve(reply.result);
        else w.reject(new Error(reply.failure));
      });
      const failAll = (err: Error): void => {
        for (const [id, w] of this.waiting) {
          if (w.slot !== slot) continue;
          this.waiting.delete(id);
          w.reject(err);
        }
        slot.inFlight = Number.POSITIVE_INFINITY; // never chosen again
      };
      worker.on('error', failAll);
      worker.on('exit', (code) => {
        if (!this.closed) failAll(new Error(`extraction worker exited with code ${code}`));
      });
      this.slots.push(slot);
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** Extracts one file in a worker; `bytes` (when given) are transferred, not copied. */
  run(entry: FileEntry, bytes?: Uint8Array): Promise<FileResult> {
    const slot = this.slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
    if (!Number.isFinite(slot.inFlight)) return Promise.reject(new Error('every extraction worker has failed'));
    const id = this.nextId++;
    slot.inFlight++;
    return new Promise<FileResult>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, slot });
      const task: Task = bytes ? { id, entry, bytes } : { id, entry };
      const transfer = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : [];
      slot.worker.postMessage(task, transfer);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
