// `claimdiff scan` and `claimdiff extract`: paths in, a report out.

import { availableParallelism } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_CACHE_LOCATION } from '../cache.js';
import { stdinEntry } from '../check-paths.js';
import { formatAssertions, formatterNames, getFormatter } from '../formatters/index.js';
import type { LoadError, LoadNote } from '../inputs/index.js';
import type { Report } from '../model.js';
import { gateView } from '../reviews/index.js';
import type { RuleSet } from '../rules/types.js';
import { scanPaths } from '../scan-paths.js';
import { refuseForeignCache, refuseInput } from './guard.js';
import { CliError, EXIT, oneLine, readStdin, useColor, warn, writeOutput } from './io.js';
import { explainable } from './evidence.js';
import { progressOption } from './progress.js';
import { reviewRun, type ReviewOptions } from './reviews.js';
import { ruleInputs, ruleSetFor, type RuleOptions } from './rules-setup.js';

export interface CommonOptions extends RuleOptions, ReviewOptions {
  format: string;
  output?: string;
  ignore?: string[];
  meta?: string;
  groupBy: 'story' | 'folder' | 'none';
  failOn: 'contradiction' | 'change' | 'never';
  maxWarnings?: string;
  color?: boolean;
  quiet?: boolean;
  jobs?: number;
  cache?: boolean;
  cacheLocation?: string;
  cacheStrategy?: string;
  follow?: boolean;
  passOnNoFiles?: boolean;
  stdinFilename?: string;
}

/** Commander's accumulator for a repeatable option. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
};

/** Options every command that reads articles shares. */
export function withInputOptions(cmd: Command): Command {
  return cmd
    .option('-o, --output <file>', 'write the report to a file (whole or not at all; never over a file the run reads)')
    .option('--rules <path>', 'add a rule pack file or folder (repeatable)', collect)
    .option('--config <file>', 'config file (default: .claimdiff.yaml found upward)')
    .option('--no-config', 'ignore any .claimdiff.yaml')
    .option('--ignore <glob>', 'skip files matching a gitignore-style glob (repeatable)', collect)
    .option('--meta <file>', 'YAML/JSON sidecar of publication dates and sources by path')
    .option('--group-by <mode>', 'compare documents within each story (story: articles that share distinctive names), each folder (folder), or all together (none)', 'story')
    .option('--follow', 'follow symbolic links that lead out of the folders named')
    .option('--pass-on-no-files', 'exit 0 when the paths hold no article (default: exit 2)')
    .option('--stdin-filename <name>', 'the name a document read from - is reported under (its extension picks the format; default Markdown)')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .option('-q, --quiet', 'no notes or progress on stderr')
    .option('-j, --jobs <n>', 'extraction threads (default and most: the number of cores; 1: no worker threads)', positiveInt)
    .option('--cache', 'reuse the extraction of unchanged files (see --cache-location)')
    .option('--cache-location <path>', `cache file (default: ${DEFAULT_CACHE_LOCATION} in the working folder); implies --cache`)
    .option('--cache-strategy <how>', 'how an unchanged file is known: content (hash of its bytes) or metadata (size and time)', 'content');
}

/** Whether the report fails the run: errors fail on --fail-on; warnings only past --max-warnings (as in ESLint). */
export function exitCodeFor(report: Report, failOn: CommonOptions['failOn'], maxWarnings: number | null, quiet?: boolean): number {
  if (failOn !== 'never') {
    const failing = report.conflicts.filter((c) => c.severity === 'error' && (c.relation === 'contradiction' || failOn === 'change'));
    if (failing.length > 0) return EXIT.conflicts;
  }
  if (maxWarnings !== null && maxWarnings >= 0) {
    const n = warningCount(report);
    if (n > maxWarnings) {
      if (!quiet) warn(`${n} warning${n === 1 ? '' : 's'} found, more than --max-warnings ${maxWarnings}`);
      return EXIT.conflicts;
    }
  }
  return EXIT.clean;
}

/** Warning-level items: conflicts of severity `warning` and report warnings. */
export function warningCount(report: Report): number {
  return report.conflicts.filter((c) => c.severity === 'warning').length + report.warnings.length;
}

/** Checks the options every reading command shares; returns --max-warnings as a number (null: none). */
export function validateCommon(opts: CommonOptions, formats: readonly string[]): number | null {
  if (!formats.includes(opts.format)) throw new CliError(`unknown format "${opts.format}" (expected ${formats.join(', ')})`);
  if (!['contradiction', 'change', 'never'].includes(opts.failOn)) {
    throw new CliError(`unknown --fail-on "${opts.failOn}" (expected contradiction, change or never)`);
  }
  if (opts.cacheStrategy !== undefined && !['content', 'metadata'].includes(opts.cacheStrategy)) {
    throw new CliError(`unknown --cache-strategy "${opts.cacheStrategy}" (expected content or metadata)`);
  }
  if (opts.output !== undefined && opts.cacheLocation !== undefined && opts.output === opts.cacheLocation) {
    throw new CliError('--output and --cache-location name the same file');
  }
  if (opts.cacheLocation !== undefined) refuseForeignCache(opts.cacheLocation, process.cwd());
  if (opts.maxWarnings === undefined) return null;
  if (!/^-?\d+$/.test(opts.maxWarnings)) throw new CliError(`--max-warnings expects a whole number, got "${opts.maxWarnings}"`);
  return Number(opts.maxWarnings);
}

function validate(paths: string[], opts: CommonOptions, formats: readonly string[]): number | null {
  const max = validateCommon(opts, formats);
  if (!['story', 'folder', 'none'].includes(opts.groupBy)) throw new CliError(`unknown --group-by "${opts.groupBy}" (expected story, folder or none)`);
  if (paths.filter((p) => p === '-').length > 1) throw new CliError('- (standard input) can be given only once');
  if (opts.stdinFilename !== undefined && !paths.includes('-')) throw new CliError('--stdin-filename needs - among the paths');
  return max;
}

/**
 * Threads to extract with: at most one per core. Each worker costs 115-130 MB and a third
 * on two cores is already slower (DESIGN.md); --jobs 100000 ran out of memory.
 */
function jobsFor(asked: number | undefined, quiet: boolean | undefined): number {
  const cores = availableParallelism();
  if (asked === undefined) return cores;
  if (asked <= cores) return asked;
  if (!quiet) warn(`--jobs ${asked} lowered to ${cores}, the number of cores`);
  return cores;
}

/** How files are read, shared by scan, extract and check: ignores, sidecar, workers, cache, progress. */
export function readingOptions(opts: Pick<CommonOptions, 'jobs' | 'cache' | 'cacheLocation' | 'cacheStrategy' | 'ignore' | 'meta' | 'quiet' | 'follow'>): {
  jobs: number; cache?: string; cacheStrategy?: 'content' | 'metadata'; ignore?: string[]; meta?: string; follow?: boolean;
  onProgress?: (done: number, total: number) => void;
} {
  return {
    jobs: jobsFor(opts.jobs, opts.quiet),
    ...(opts.cache || opts.cacheLocation ? { cache: opts.cacheLocation ?? DEFAULT_CACHE_LOCATION } : {}),
    ...(opts.cacheStrategy === 'metadata' ? { cacheStrategy: 'metadata' as const } : {}),
    ...(opts.ignore ? { ignore: opts.ignore } : {}),
    ...(opts.meta ? { meta: opts.meta } : {}),
    ...(opts.follow ? { follow: true } : {}),
    ...progressOption(opts.quiet),
  };
}

/** Notes (a message that starts with its path) unless --quiet, then a count of skipped files; errors always. */
export function printNotes(notes: readonly LoadNote[], errors: readonly LoadError[], quiet: boolean | undefined): void {
  if (!quiet) {
    for (const n of notes) warn(n.message.startsWith(n.path) ? n.message : `${n.path}: ${n.message}`);
    const skipped = notes.filter((n) => n.code === 'skipped-binary' || n.code === 'skipped-large').length;
    if (skipped > 0) warn(`${skipped} file${skipped === 1 ? '' : 's'} skipped (binary, image, PDF, archive or too large)`);
  }
  for (const e of errors) warn(`${e.path}: ${e.message}`);
}

/**
 * An input error (a missing path, an unreadable file, a bad --meta) means the run did not
 * check everything it was given: no report is written, so none can pass for complete.
 */
export function refuseIncomplete(errors: readonly LoadError[]): void {
  if (errors.length === 0) return;
  throw new CliError(`no report written: ${errors.length} input error${errors.length === 1 ? '' : 's'} (see above)`);
}

/** A run that read no article checked nothing: exit 2, as ESLint does on "no files matched". */
export function refuseEmpty(documents: number, paths: readonly string[], opts: Pick<CommonOptions, 'passOnNoFiles'>, what = 'the paths'): void {
  if (documents > 0 || opts.passOnNoFiles) return;
  throw new CliError(`no article found in ${what} (${oneLine(paths.join(' '))}); --pass-on-no-files allows this`);
}

/** Writes the report to --output (never over an input) or stdout. */
export function emit(text: string, opts: Pick<CommonOptions, 'output'>, inputs: readonly string[]): void {
  if (opts.output) {
    refuseInput(opts.output, process.cwd(), inputs, 'the report');
    writeOutput(opts.output, text);
  } else {
    process.stdout.write(text);
  }
}

/** The report of a scan of `paths` and every file it read (so that no output is written over one). */
export async function scanReport(paths: string[], opts: CommonOptions): Promise<{ report: Report; read: string[]; ruleSet: RuleSet }> {
  const cwd = process.cwd();
  const ruleSet = ruleSetFor(opts, cwd);
  const stdin = paths.includes('-') ? { entry: stdinEntry(opts.stdinFilename, cwd), bytes: await readStdin() } : undefined;
  const { report, notes, errors, inputs } = await scanPaths(paths.filter((p) => p !== '-'), ruleSet, {
    cwd,
    groupBy: opts.groupBy,
    ...readingOptions(opts),
    ...(stdin ? { stdin } : {}),
  });
  printNotes(notes, errors, opts.quiet);
  refuseIncomplete(errors);
  refuseEmpty(report.documents.length, paths, opts);
  return { report, read: [...inputs, ...ruleInputs(opts, cwd, ruleSet)], ruleSet };
}

export async function runScan(paths: string[], opts: CommonOptions, mode: 'scan' | 'extract'): Promise<number> {
  const maxWarnings = validate(paths, opts, mode === 'scan' ? formatterNames : ['jsonl', 'json', 'text']);
  const { report, read, ruleSet } = await scanReport(paths, opts);
  if (mode === 'extract') {
    // Assertions carry no warnings list: what the report would warn of goes to stderr.
    if (!opts.quiet) for (const w of report.warnings) warn(`${report.documents[w.document]?.path ?? ''}:${w.line}:${w.column}: ${w.message}`);
    emit(formatAssertions(report, opts.format as 'jsonl' | 'json' | 'text'), opts, read);
    return EXIT.clean;
  }
  return finishRun(report, read, ruleSet, opts, maxWarnings, paths);
}

/** Reviews, the report in its format, the exit code: the end of a scan or a check. */
export async function finishRun(report: Report, read: string[], ruleSet: RuleSet, opts: CommonOptions & ReviewOptions, maxWarnings: number | null, reviewArgs: string[]): Promise<number> {
  const formatter = getFormatter(opts.format);
  if (!formatter) throw new CliError(`unknown format "${opts.format}"`);
  const reviewsRead = reviewRun(report, opts, read);
  if (opts.format === 'html') await explainable(report, ruleSet, process.cwd());
  const color = useColor(opts.color, Boolean(opts.output), process.env, Boolean(process.stdout.isTTY));
  emit(formatter(report, { color: color && opts.format === 'text', toolVersion: VERSION, reviewArgs }), opts, [...read, ...reviewsRead]);
  return exitCodeFor(gateView(report), opts.failOn, maxWarnings, opts.quiet);
}

import { VERSION } from '../version.js';
export { VERSION };
