// `claimdiff extract PATHS… --format jsonl`: a shard, one line per file (schemas/shard.schema.json),
// after a header naming the schema and the rule set. A pure function of the files and the rule
// set: no time, no absolute path, files in path order whatever --jobs, so extraction can run as a
// map step anywhere and `compare` gives the report scan would.

import { stdinEntry } from '../check-paths.js';
import { compileForRun } from '../rules/compile.js';
import { extractPaths } from '../scan-paths.js';
import { encodeFile, shardHeader } from '../shards/format.js';
import { EXIT, readStdin, warn } from './io.js';
import { ruleInputs, ruleSetFor } from './rules-setup.js';
import { emit, printNotes, readingOptions, refuseEmpty, refuseIncomplete, validateCommon, type CommonOptions } from './scan.js';

export async function runExtractShard(paths: string[], opts: CommonOptions): Promise<number> {
  validateCommon(opts, ['jsonl']);
  const cwd = process.cwd();
  const ruleSet = ruleSetFor(opts, cwd);
  const stdin = paths.includes('-') ? { entry: stdinEntry(opts.stdinFilename, cwd), bytes: await readStdin() } : undefined;
  const lines = [shardHeader(ruleSet.hash)];
  let documents = 0;
  const placed: string[] = [];
  const loaded = await extractPaths(paths.filter((p) => p !== '-'), compileForRun(ruleSet), {
    cwd,
    ...readingOptions(opts),
    ...(stdin ? { stdin } : {}),
    retain: false,
    onFile: (entry, result) => {
      if (result.error) return;
      if (result.info) documents++;
      if (result.info) for (const n of result.notes) if (n.line !== undefined) placed.push(`${entry.path}:${n.line}:${n.column ?? 1}: ${n.message}`);
      lines.push(encodeFile(entry, result));
    },
  });
  printNotes(loaded.notes, loaded.errors, opts.quiet);
  refuseIncomplete(loaded.errors);
  refuseEmpty(documents, paths, opts);
  // What a report would warn of (a document cut short) is in the shard; said here too, as scan's extract does.
  if (!opts.quiet) for (const w of placed) warn(w);
  emit(`${lines.join('\n')}\n`, opts, [...loaded.inputs, ...ruleInputs(opts, cwd, ruleSet)]);
  return EXIT.clean;
}
