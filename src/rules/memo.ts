// Built-in packs, loaded and validated once at build time (npm run build) and
// kept in dist/rules/builtin-packs.json. At run time a built-in pack whose text
// still hashes the same is taken from there: parsing YAML with positions and
// compiling the schema cost about 0.2 s per command, more than scanning a draft.
// A pack edited after the build does not match and is validated as usual.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { LoadedPack } from './load.js';
import { packageRoot } from './paths.js';

/** Where the build writes the memo (found from the package root: the CLI runs from a bundle). */
export const memoFile = (): string => join(packageRoot(), 'dist', 'rules', 'builtin-packs.json');
const FILE = '\u0000FILE\u0000';

interface MemoEntry {
  sha256: string;
  /** The pack as JSON, its display path replaced by a placeholder. */
  json: string;
}

let memo: Record<string, MemoEntry> | null | undefined;

function load(): Record<string, MemoEntry> | null {
  if (memo !== undefined) return memo;
  try {
    memo = JSON.parse(readFileSync(memoFile(), 'utf8')) as Record<string, MemoEntry>;
  } catch {
    memo = null;
  }
  return memo;
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The memoised pack for a built-in file, if its text is what was validated at build time. */
export function memoisedPack(absPath: string, file: string): LoadedPack | null {
  const entry = load()?.[basename(absPath)];
  if (!entry) return null;
  let text: string;
  try {
    text = readFileSync(absPath, 'utf8');
  } catch {
    return null;
  }
  if (sha(text) !== entry.sha256) return null;
  const raw = JSON.parse(entry.json.split(JSON.stringify(FILE).slice(1, -1)).join(JSON.stringify(file).slice(1, -1))) as Omit<
    LoadedPack,
    'aliases' | 'aliasOrigins' | 'text'
  > & { aliases: Array<[string, LoadedPack['aliases'] extends Map<string, infer V> ? V : never]>; aliasOrigins: Array<[string, string]> };
  return { ...raw, aliases: new Map(raw.aliases), aliasOrigins: new Map(raw.aliasOrigins), text };
}

/** The memo entry of a validated pack (for the build step). */
export function memoEntry(pack: LoadedPack): MemoEntry {
  const { text, aliases, aliasOrigins, ...rest } = pack;
  const json = JSON.stringify({ ...rest, aliases: [...aliases], aliasOrigins: [...aliasOrigins] });
  return { sha256: sha(text), json: json.split(JSON.stringify(pack.file).slice(1, -1)).join(JSON.stringify(FILE).slice(1, -1)) };
}
