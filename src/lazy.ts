// Libraries that most runs never need (YAML and schema validation for user packs,
// legacy encodings, regex safety) are loaded on first use: each costs 15–40 ms
// of start-up, more than a warm re-scan of a small folder takes.

import { createRequire } from 'node:module';

/** Loads a module synchronously, at the moment it is needed (Node caches it). */
export const loadModule = createRequire(import.meta.url) as <T>(id: string) => T;

/** A getter that loads the module `id` the first time it is called. */
export function lazyModule<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= loadModule<T>(id));
}
