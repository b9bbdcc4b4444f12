// `claimdiff scan` and `claimdiff extract`: paths in, a report out.

import { availableParallelism } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_CACHE_LOCATION } from '../cache.js';
import { formatAssertions, formatterNames, getFormatter } from '../formatters/index.js';
import type { LoadError, LoadNote } from '../inputs/index.js';
import { SELF_CONFLICT, type Report } from '../model.js';
import { scanPaths } from '../scan-paths.js';
import { CliError, EXIT, useColor, warn, writeOutput } from './io.js';
import { progressOption } from './progress.js';
import { ruleSetFor, type RuleOptions } from './rules-setup.js';

export interface CommonOptions extends RuleOptions {
  format: string;
  output?: string;
  ignore?: string[];
  meta?: string;
  groupBy: 'folder' | 'none';
  failOn: 'contradiction' | 'change' | 'never';
  color?: boolean;
  quiet?: boolean;
  jobs?: number;
  cache?: boolean;
  cacheLocation?: string;
  /** scan and check: exit 1 above this many warnings (a whole number as typed). */
  maxWarnings?: string;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
};

/** Options every command that reads articles shares. */
export function withInputOptions(cmd: Command): Command {
  return cmd
    .option('-o, --output <file>', 'write the report to a file (whole or not at all)')
    .option('--rules <path>', 'add a rule pack file or folder (repeatable)', collect)
    .option('--config <file>', 'config file (default: .claimdiff.yaml found upward)')
    .option('--no-config', 'ignore any .claimdiff.yaml')
    .option('--ignore <glob>', 'skip files matching a gitignore-style glob (repeatable)', collect)
    .option('--meta <file>', 'YAML/JSON sidecar of publication dates and sources by path')
    .option('--group-by <mode>', 'compare documents only within each folder (folder) or all together (none)', 'none')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .option('-q, --quiet', 'no notes or progress on stderr')
    .option('-j, --jobs <n>', 'extraction threads (default: the number of cores; 1: no worker threads)', positiveInt)
    .option('--cache', 'reuse the extraction of unchanged files (see --cache-location)')
    .option('--cache-location <path>', `cache file (default: ${DEFAULT_CACHE_LOCATION} in the working folder); implies --cache`);
}

export function exitCodeFor(report: Report, failOn: CommonOptions['failOn'], inputErrors: number): number {
  if (inputErrors > 0) return EXIT.error;
  if (failOn === 'never') return EXIT.clean;
  // An article that disagrees with itself is a warning (see model.ts SELF_CONFLICT): --max-warnings decides.
  const failing = report.conflicts.filter((c) => c.message.id !== SELF_CONFLICT && (c.relation === 'contradiction' || failOn === 'change'));
  return failing.length > 0 ? EXIT.conflicts : EXIT.clean;
}

/** Warning-level items: conflicts of severity `warning` and report warnings (a document cut short, an unused directive). */
export function warningCount(report: Report): number {
  return report.conflicts.filter((c) => c.severity === 'warning').length + report.warnings.length;
}

/** --max-warnings as typed: null when absent (or negative: no limit, as in ESLint). */
export function parseMaxWarnings(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^-?\d+$/.test(value)) throw new CliError(`--max-warnings expects a whole number, got "${value}"`);
  const n = Number(value);
  return n >= 0 ? n : null;
}

/** The exit code once the conflicts passed: 1 when there are more warnings than allowed. */
export function warningsExit(report: Report, maxWarnings: number | null, quiet: boolean | undefined): number {
  if (maxWarnings === null) return EXIT.clean;
  const n = warningCount(report);
  if (n <= maxWarnings) return EXIT.clean;
  if (!quiet) warn(`${n} warning${n === 1 ? '' : 's'} found, more than --max-warnings ${maxWarnings}`);
  return EXIT.conflicts;
}

function validate(opts: CommonOptions, formats: readonly string[]): void {
  if (!formats.includes(opts.format)) throw new CliError(`unknown format "${opts.format}" (expected ${formats.join(', ')})`);
  if (!['folder', 'none'].includes(opts.groupBy)) throw new CliError(`unknown --group-by "${opts.groupBy}" (expected folder or none)`);
  if (!['contradiction', 'change', 'never'].includes(opts.failOn)) {
    throw new CliError(`unknown --fail-on "${opts.failOn}" (expected contradiction, change or never)`);
  }
}

/** How files are read, shared by scan, extract and check: ignores, sidecar, workers, cache, progress. */
export function readingOptions(opts: Pick<CommonOptions, 'jobs' | 'cache' | 'cacheLocation' | 'ignore' | 'meta' | 'quiet'>): {
  jobs: number; cache?: string; ignore?: string[]; meta?: string; onProgress?: (done: number, total: number) => void;
} {
  return {
    jobs: opts.jobs ?? availableParallelism(),
    ...(opts.cache || opts.cacheLocation ? { cache: opts.cacheLocation ?? DEFAULT_CACHE_LOCATION } : {}),
    ...(opts.ignore ? { ignore: opts.ignore } : {}),
    ...(opts.meta ? { meta: opts.meta } : {}),
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

function emit(text: string, opts: CommonOptions): void {
  if (opts.output) writeOutput(opts.output, text);
  else process.stdout.write(text);
}

export async function runScan(paths: string[], opts: CommonOptions, mode: 'scan' | 'extract'): Promise<number> {
  validate(opts, mode === 'scan' ? formatterNames : ['jsonl', 'json', 'text']);
  const maxWarnings = parseMaxWarnings(opts.maxWarnings);
  const cwd = process.cwd();
  const ruleSet = ruleSetFor(opts, cwd);
  const { report, notes, errors } = await scanPaths(paths.length ? paths : ['.'], ruleSet, {
    cwd,
    groupBy: opts.groupBy,
    ...readingOptions(opts),
  });
  printNotes(notes, errors, opts.quiet);
  const color = useColor(opts.color, Boolean(opts.output), process.env, Boolean(process.stdout.isTTY));
  if (mode === 'extract') {
    // Assertions carry no warnings list: what the report would warn of goes to stderr.
    if (!opts.quiet) for (const w of report.warnings) warn(`${report.documents[w.document]?.path ?? ''}:${w.line}:${w.column}: ${w.message}`);
    emit(formatAssertions(report, opts.format as 'jsonl' | 'json' | 'text'), opts);
    return errors.length ? EXIT.error : EXIT.clean;
  }
  const formatter = getFormatter(opts.format);
  if (!formatter) throw new CliError(`unknown format "${opts.format}"`);
  emit(formatter(report, { color: color && opts.format === 'text', toolVersion: VERSION }), opts);
  const code = exitCodeFor(report, opts.failOn, errors.length);
  return code !== EXIT.clean ? code : warningsExit(report, maxWarnings, opts.quiet);
}

import { VERSION } from '../version.js';
export { VERSION };
