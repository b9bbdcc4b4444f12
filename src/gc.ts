// A full garbage collection on demand, between phases of a large run: V8 lets a heap of
// short-lived objects (parsed lines, a file's claims) grow well past what is kept before it
// collects. The flag is set at run time; a Node that refuses it just does without.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

export function collect(): void {
  if (gc === undefined) {
    gc = null;
    try {
      setFlagsFromString('--expose-gc');
      const found = runInNewContext('gc') as unknown;
      if (typeof found === 'function') gc = found as () => void;
    } catch {
      // no collection on demand
    }
  }
  gc?.();
}

/**
 * Files an extraction thread reads between two collections. Each file's names leave some
 * hundred objects behind, and a worker let its old space grow from 56 to 108 MB over half the
 * 4x BBC corpus (19 MB of it live), which took the run past 300 MB (docs/design-notes.md).
 */
export const EXTRACT_COLLECT_EVERY = 1024;
