// `claimdiff compare SHARDS…`: the report `scan` gives, from shards that `extract --format
// jsonl` wrote (files, folders, globs, or - for standard input). Same formats, options and
// exit codes as scan; a shard of another rule set or schema, or a malformed line, is one
// line on stderr and exit 2.

import { Option, type Command } from 'commander';
import { formatterNames } from '../formatters/index.js';
import type { CompiledRules } from '../engine/extract.js';
import { compileForRun } from '../rules/compile.js';
import { ShardError } from '../shards/format.js';
import { compareInMemory, type Compared, type GroupBy } from '../shards/memory.js';
import { listShards } from '../shards/read.js';
import { chooseEngine, collect as collectGarbage, compareOnDuckDB, ENGINES, type Engine } from '../shards/duckdb.js';
import { CliError } from './io.js';
import { withReviewOptions, type ReviewOptions } from './reviews.js';
import { collect, finishRun, printNotes, refuseEmpty, validateCommon, type CommonOptions } from './scan.js';
import { ruleInputs, ruleSetFor } from './rules-setup.js';

export interface CompareOptions extends Pick<CommonOptions, 'format' | 'output' | 'failOn' | 'maxWarnings' | 'color' | 'quiet' | 'passOnNoFiles' | 'rules' | 'config' | 'groupBy'>, ReviewOptions {
  engine: string;
  memoryLimit?: string;
  tempDirectory?: string;
  scanPaths?: string[];
}

export function addCompareCommand(program: Command, setExit: (code: number) => void): Command {
  return withReviewOptions(program
    .command('compare')
    .description('compare documents extracted by `extract --format jsonl`: the report scan gives on the same articles')
    .argument('<shards...>', 'shard files, folders of *.jsonl, quoted globs, or - for standard input')
    .addOption(new Option('-f, --format <name>', `report format: ${formatterNames.join(', ')}`).default('text'))
    .option('-o, --output <file>', 'write the report to a file (whole or not at all; never over a shard)')
    .option('--group-by <mode>', 'compare documents within each story, each folder, or all together (none)', 'story')
    .option('--fail-on <relation>', 'exit 1 on: contradiction, change (either relation) or never', 'contradiction')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings (warning-severity conflicts and report warnings)')
    .option('--engine <name>', `where documents are grouped: ${ENGINES.join(', ')} (auto: duckdb for large inputs)`, 'auto')
    .option('--memory-limit <size>', 'DuckDB engine: memory it may use before spilling to disk (default 160MB)')
    .option('--temp-directory <dir>', 'DuckDB engine: where it spills (default: a new folder in the system temporary folder)')
    .option('--rules <path>', 'add a rule pack file or folder (repeatable; the same as at extraction)', collect)
    .option('--config <file>', 'config file (default: .claimdiff.yaml found upward)')
    .option('--no-config', 'ignore any .claimdiff.yaml')
    .option('--pass-on-no-files', 'exit 0 when the shards hold no document (default: exit 2)')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .option('-q, --quiet', 'no notes on stderr')
    .option('--scan-paths <path>', 'the article paths a scan of the same articles names (repeatable): the commands the HTML page offers name them instead of the shards', collect))
    .action(async (shards: string[], opts: CompareOptions) => setExit(await runCompare(shards, opts)));
}

export async function runCompare(args: string[], opts: CompareOptions): Promise<number> {
  const maxWarnings = validateCommon(opts as CommonOptions, formatterNames);
  if (!['story', 'folder', 'none'].includes(opts.groupBy)) throw new CliError(`unknown --group-by "${opts.groupBy}" (expected story, folder or none)`);
  if (!(ENGINES as readonly string[]).includes(opts.engine)) throw new CliError(`unknown --engine "${opts.engine}" (expected ${ENGINES.join(', ')})`);
  if (args.filter((a) => a === '-').length > 1) throw new CliError('- (standard input) can be given only once');
  const cwd = process.cwd();
  const ruleSet = ruleSetFor(opts, cwd);
  const rules = (): CompiledRules => compileForRun(ruleSet);
  const groupBy = opts.groupBy as GroupBy;
  let compared: Compared;
  let inputs: string[];
  let engine: 'memory' | 'duckdb';
  try {
    const sources = listShards(args, cwd);
    inputs = sources.flatMap((s) => (s.abs ? [s.abs] : []));
    engine = await chooseEngine(opts.engine as Engine, sources);
    compared = engine === 'duckdb'
      ? await compareOnDuckDB(sources, { rules: ruleSet.hash }, rules, groupBy, {
        format: opts.format, ...(opts.memoryLimit ? { memoryLimit: opts.memoryLimit } : {}), ...(opts.tempDirectory ? { tempDirectory: opts.tempDirectory } : {}),
      })
      : await compareInMemory(sources, { rules: ruleSet.hash }, rules(), groupBy);
  } catch (e) {
    if (e instanceof ShardError) throw new CliError(e.message);
    throw e;
  }
  const { report, notes } = compared;
  // The formatters build the whole output at once: from a compact heap, not on the comparison's garbage.
  if (engine === 'duckdb') collectGarbage();
  printNotes(notes, [], opts.quiet);
  refuseEmpty(report.documents.length, args, opts, 'the shards');
  // The end of a scan: reviews, the evidence the HTML page shows (read again from the articles
  // where they are), the report in its format, the exit code. The HTML page's "record a verdict"
  // commands (`claimdiff review ID VERDICT PATHS`, which reads articles) name --scan-paths, else the shards.
  return finishRun(report, [...inputs, ...ruleInputs(opts, cwd, ruleSet)], ruleSet, opts as CommonOptions & ReviewOptions, maxWarnings, opts.scanPaths ?? args);
}
