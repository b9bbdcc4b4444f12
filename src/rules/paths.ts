// Where the package's own files are: the built-in packs (rules/) and the schemas
// (schemas/). Resolved from this module's URL, so it works from dist/rules/*.js
// and from src/rules/*.ts under vitest alike.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, isAbsolute, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The package root: the nearest folder above this module with claimdiff's package.json. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pj = join(dir, 'package.json');
    if (existsSync(pj)) {
      try {
        const name = (JSON.parse(readFileSync(pj, 'utf8')) as { name?: unknown }).name;
        if (name === 'claimdiff') return (root = dir);
      } catch {
        // not ours; keep looking
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('claimdiff: cannot find the package root (package.json) above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

/** The folder of the built-in rule packs. */
export function builtinPacksDir(): string {
  return join(packageRoot(), 'rules');
}

/** The folder of the JSON schemas. */
export function schemasDir(): string {
  return join(packageRoot(), 'schemas');
}

/** A path for messages: relative to the working folder when inside it, else absolute; POSIX separators. */
export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = relative(cwd, abs);
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
  return shown.split(sep).join('/');
}

/** POSIX separators. */
export function posix(p: string): string {
  return p.split(sep).join('/');
}
