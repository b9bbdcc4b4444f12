#!/usr/bin/env node
// Build step: validate the built-in packs once and keep the result beside the
// built loader (dist/rules/builtin-packs.json); see src/rules/memo.ts.
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readPack } from '../dist/rules/load.js';
import { memoEntry, memoFile } from '../dist/rules/memo.js';
import { builtinPacksDir } from '../dist/rules/paths.js';
import { readdirSync } from 'node:fs';

const dir = builtinPacksDir();
const memo = {};
for (const f of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
  const { pack, errors } = readPack(join(dir, f), `rules/${f}`, true, false);
  if (!pack) {
    for (const e of errors) console.error(String(e));
    process.exit(2);
  }
  memo[basename(f)] = memoEntry(pack);
}
writeFileSync(memoFile(), JSON.stringify(memo));
