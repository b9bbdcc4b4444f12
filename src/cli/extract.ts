// `claimdiff extract PATHS… --format jsonl`: a shard, one line per file (schemas/shard.schema.json),
// after a header naming the schema and the rule set. A pure function of the files and the rule
// set: no time, no absolute path, files in path order whatever --jobs, so extraction can run as a
// map step anywhere and `compare` gives the report scan would.
//
// Lines go to a temporary file as files are extracted (memory does not grow with the shard),
// which becomes the --output file by a rename, or is copied to stdout, only once the run has
// read everything without an input error: whole or not at all, as every report.

import { randomBytes } from 'node:crypto';
import { closeSync, createReadStream, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { stdinEntry } from '../check-paths.js';
import { compileForRun } from '../rules/compile.js';
import { extractPaths } from '../scan-paths.js';
import { encodeFile, shardHeader } from '../shards/format.js';
import { refuseInput } from './guard.js';
import { CliError, EXIT, readStdin, warn } from './io.js';
import { ruleInputs, ruleSetFor } from './rules-setup.js';
import { printNotes, readingOptions, refuseEmpty, refuseIncomplete, validateCommon, type CommonOptions } from './scan.js';

/** Where the shard is written while it grows: beside --output (so that the rename stays on one disk), else in the temporary folder. */
function spoolFile(output: string | undefined, cwd: string): string {
  const dir = output ? dirname(resolve(cwd, output)) : tmpdir();
  const name = output ? basename(output) : 'claimdiff-shard.jsonl';
  return join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
}

async function copyToStdout(file: string): Promise<void> {
  for await (const chunk of createReadStream(file)) {
    if (!process.stdout.write(chunk as Buffer)) await once(process.stdout, 'drain');
  }
}

export async function runExtractShard(paths: string[], opts: CommonOptions): Promise<number> {
  validateCommon(opts, ['jsonl']);
  const cwd = process.cwd();
  const ruleSet = ruleSetFor(opts, cwd);
  const stdin = paths.includes('-') ? { entry: stdinEntry(opts.stdinFilename, cwd), bytes: await readStdin() } : undefined;
  const spool = spoolFile(opts.output, cwd);
  let fd: number;
  try {
    fd = openSync(spool, 'wx');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`cannot write ${opts.output ?? 'the shard'}: ${code === 'ENOENT' ? `the folder ${dirname(spool)} does not exist` : code ?? (e as Error).message}`);
  }
  let kept = false;
  try {
    writeSync(fd, `${shardHeader(ruleSet.hash)}\n`);
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
        writeSync(fd, `${encodeFile(entry, result)}\n`);
      },
    });
    closeSync(fd);
    fd = -1;
    printNotes(loaded.notes, loaded.errors, opts.quiet);
    refuseIncomplete(loaded.errors);
    refuseEmpty(documents, paths, opts);
    // What a report would warn of (a document cut short) is in the shard; said here too, as scan's extract does.
    if (!opts.quiet) for (const w of placed) warn(w);
    if (opts.output) {
      refuseInput(opts.output, cwd, [...loaded.inputs, ...ruleInputs(opts, cwd, ruleSet)], 'the shard');
      renameSync(spool, resolve(cwd, opts.output));
      kept = true;
    } else {
      await copyToStdout(spool);
    }
    return EXIT.clean;
  } finally {
    if (fd >= 0) closeSync(fd);
    if (!kept) {
      try {
        unlinkSync(spool);
      } catch {
        // already gone
      }
    }
  }
}
