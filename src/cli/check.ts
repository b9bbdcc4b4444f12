// `claimdiff check DRAFT... --against CORPUS...`: a CI gate for drafts. Reports only
// conflicts that involve a draft claim, honours suppression directives in drafts, and
// sets the exit code like a linter.
//
// Exit codes:
//   0  nothing of severity error at or above --fail-on, and no more warnings than --max-warnings
//   1  an error-severity conflict at or above --fail-on (contradiction by default; `change`:
//      either relation), or more warnings than --max-warnings
//   2  usage, config or input error (then no report is written)
//
// Warnings for --max-warnings: warning-severity conflicts plus report warnings (unused
// suppression directives, a document cut short). A warning alone never fails the run, as in ESLint.

import type { Command } from 'commander';
import { checkPaths } from '../check-paths.js';
import { compileForRun } from '../rules/compile.js';
import { formatterNames, getFormatter } from '../formatters/index.js';
import { CliError, readStdin, useColor } from './io.js';
import { ruleInputs, ruleSetFor } from './rules-setup.js';
import {
  collect, emit, exitCodeFor, printNotes, readingOptions, refuseEmpty, refuseIncomplete, validateCommon, VERSION, withInputOptions, type CommonOptions,
} from './scan.js';

export { warningCount } from './scan.js';

export interface CheckOptions extends CommonOptions {
  against: string[];
}

/** Registers `check` on the program. */
export function addCheckCommand(program: Command, setExit: (code: number) => void): Command {
  return withInputOptions(
    program
      .command('check')
      .description('check drafts against a corpus: report only conflicts that involve a draft')
      .argument('<drafts...>', 'draft files or folders (.md, .txt, .html); - reads one draft from standard input')
      // One path per use, so that drafts may come before or after it (`--against corpus/ draft.md`).
      .requiredOption('--against <path>', 'a file or folder of the corpus the drafts must agree with (repeatable)', collect)
      .option('-f, --format <name>', `report format: ${formatterNames.join(', ')}`, 'text')
      .option('--fail-on <relation>', 'exit 1 on: contradiction, change (either relation) or never', 'contradiction')
      .option('--max-warnings <n>', 'exit 1 when there are more than n warnings (warning-severity conflicts and unused directives)'),
  ).action(async (drafts: string[], opts: CheckOptions) => setExit(await runCheck(drafts, opts)));
}

function validate(drafts: string[], opts: CheckOptions): number | null {
  const max = validateCommon(opts, formatterNames);
  if (opts.groupBy !== 'story') throw new CliError('--group-by is not supported by check: a draft is compared with the stories of the corpus it shares names with');
  if (drafts.filter((d) => d === '-').length > 1) throw new CliError('- (standard input) can be given only once');
  if (opts.stdinFilename !== undefined && !drafts.includes('-')) throw new CliError('--stdin-filename needs - among the drafts');
  if (opts.against.includes('-')) throw new CliError('--against cannot read standard input; give files or folders');
  return max;
}

export async function runCheck(drafts: string[], opts: CheckOptions): Promise<number> {
  const maxWarnings = validate(drafts, opts);
  const cwd = process.cwd();
  const ruleSet = ruleSetFor(opts, cwd);
  const rules = compileForRun(ruleSet);
  const stdin = drafts.includes('-') ? { name: opts.stdinFilename, bytes: await readStdin() } : undefined;
  const { report, notes, errors, inputs } = await checkPaths(drafts, opts.against, rules, {
    cwd,
    ...readingOptions(opts),
    ...(stdin ? { stdin: stdin.name === undefined ? { name: '<stdin>.md', bytes: stdin.bytes } : { name: stdin.name, bytes: stdin.bytes } } : {}),
  });
  printNotes(notes, errors, opts.quiet);
  refuseIncomplete(errors);
  if (!report.documents.some((d) => d.role === 'draft')) {
    throw new CliError('no draft to check (the draft paths hold no readable article)');
  }
  refuseEmpty(report.documents.filter((d) => d.role !== 'draft').length, opts.against, opts, 'the corpus');
  const formatter = getFormatter(opts.format);
  if (!formatter) throw new CliError(`unknown format "${opts.format}"`);
  const color = useColor(opts.color, Boolean(opts.output), process.env, Boolean(process.stdout.isTTY));
  emit(formatter(report, { color: color && opts.format === 'text', toolVersion: VERSION }), opts, [...inputs, ...ruleInputs(opts, cwd, ruleSet)]);
  return exitCodeFor(report, opts.failOn, maxWarnings, opts.quiet);
}
