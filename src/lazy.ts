// Libraries that most runs never need (YAML and schema validation for user packs,
// legacy encodings, regex safety) are loaded on first use: each costs 15–40 ms
// of start-up, more than a warm re-scan of a small folder takes.

import { createRequire } from 'node:module';

const requireLazy = createRequire(import.meta.url);

/** A getter that loads the CommonJS module `id` the first time it is called. */
export function lazyModule<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireLazy(id) as T);
}
