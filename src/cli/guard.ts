// Nothing the user gave is ever overwritten: not an article, a draft, the --meta file,
// a rule pack or the config (`check draft.md -o draft.md` would replace the only copy of
// a draft with a report), and the cache is written only over a claimdiff cache.

import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isCacheFile } from '../cache.js';
import { CliError, oneLine } from './io.js';

/** The real path of `p` when it exists, else its absolute path. */
function real(p: string): string {
  try {
    return realpathSync.native(p);
  } catch {
    return path.resolve(p);
  }
}

/** Throws (exit 2, one line) when `target` is one of the files the run read. */
export function refuseInput(target: string, cwd: string, inputs: readonly string[], what: string): void {
  const t = real(path.resolve(cwd, target));
  if (inputs.some((i) => real(i) === t)) throw new CliError(`refusing to write ${what} over ${oneLine(target)}: the run reads it`);
}

/** Throws when the cache location holds something other than a claimdiff cache (an article, a report). */
export function refuseForeignCache(location: string, cwd: string): void {
  const abs = path.resolve(cwd, location);
  if (!existsSync(abs)) return;
  const st = statSync(abs);
  if (st.isDirectory()) throw new CliError(`--cache-location ${oneLine(location)} is a directory`);
  if (st.size > 0 && !isCacheFile(abs)) throw new CliError(`refusing to use ${oneLine(location)} as the cache: it is not a claimdiff cache`);
}
