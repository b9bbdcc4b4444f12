// `claimdiff scan` and `claimdiff extract`: paths in, a report out.

import type { Command } from 'commander';
import { formatAssertions, formatterNames, getFormatter } from '../formatters/index.js';
import type { Report } from '../model.js';
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
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

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
    .option('-q, --quiet', 'no notes or progress on stderr');
}

export function exitCodeFor(report: Report, failOn: CommonOptions['failOn'], inputErrors: number): number {
  if (inputErrors > 0) return EXIT.error;
  if (failOn === 'never') return EXIT.clean;
  const failing = report.conflicts.filter((c) => c.relation === 'contradiction' || failOn === 'change');
  return failing.length > 0 ? EXIT.conflicts : EXIT.clean;
}

function validate(opts: CommonOptions, formats: readonly string[]): void {
  if (!formats.includes(opts.format)) throw new CliError(`unknown format "${opts.format}" (expected ${formats.join(', ')})`);
  if (!['folder', 'none'].includes(opts.groupBy)) throw new CliError(`unknown --group-by "${opts.groupBy}" (expected folder or none)`);
  if (!['contradiction', 'change', 'never'].includes(opts.failOn)) {
    throw new CliError(`unknown --fail-on "${opts.failOn}" (expected contradiction, change or never)`);
  }
}

function emit(text: string, opts: CommonOptions): void {
  if (opts.output) writeOutput(opts.output, text);
  else process.stdout.write(text);
}

export async function runScan(paths: string[], opts: CommonOptions, mode: 'scan' | 'extract'): Promise<number> {
  validate(opts, mode === 'scan' ? formatterNames : ['jsonl', 'json', 'text']);
  const cwd = process.cwd();
  const ruleSet = ruleSetFor(opts, cwd);
  const { report, notes, errors } = await scanPaths(paths.length ? paths : ['.'], ruleSet, {
    cwd,
    groupBy: opts.groupBy,
    ...(opts.ignore ? { ignore: opts.ignore } : {}),
    ...(opts.meta ? { meta: opts.meta } : {}),
    ...progressOption(opts.quiet),
  });
  // A note's message already starts with its path.
  if (!opts.quiet) {
    for (const n of notes) warn(n.message);
    const skipped = notes.filter((n) => n.code === 'skipped-binary' || n.code === 'skipped-large').length;
    if (skipped > 0) warn(`${skipped} file${skipped === 1 ? '' : 's'} skipped (binary, image, PDF, archive or too large)`);
  }
  for (const e of errors) warn(`${e.path}: ${e.message}`);
  const color = useColor(opts.color, Boolean(opts.output), process.env, Boolean(process.stdout.isTTY));
  if (mode === 'extract') {
    emit(formatAssertions(report, opts.format as 'jsonl' | 'json' | 'text'), opts);
    return errors.length ? EXIT.error : EXIT.clean;
  }
  const formatter = getFormatter(opts.format);
  if (!formatter) throw new CliError(`unknown format "${opts.format}"`);
  emit(formatter(report, { color: color && opts.format === 'text', toolVersion: VERSION }), opts);
  return exitCodeFor(report, opts.failOn, errors.length);
}

export const VERSION = '0.1.0';
