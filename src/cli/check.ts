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
import { formatterNames } from '../formatters/index.js';
import type { Report } from '../model.js';
import type { RuleSet } from '../rules/types.js';
import { CliError, readStdin } from './io.js';
import { withReviewOptions, type ReviewOptions } from './reviews.js';
import { ruleInputs, ruleSetFor } from './rules-setup.js';
import {
  collect, finishRun, printNotes, readingOptions, refuseEmpty, refuseIncomplete, validateCommon, withInputOptions, type CommonOptions,
} from './scan.js';

export { warningCount } from './scan.js';

export interface CheckOptions extends CommonOptions, ReviewOptions {
  against: string[];
}

/** Registers `check` on the program. */
export function addCheckCommand(program: Command, setExit: (code: number) => void): Command {
  return withReviewOptions(withInputOptions(
    program
      .command('check')
      .description('check drafts against a corpus: report only conflicts that involve a draft')
      .argument('<drafts...>', 'draft files or folders (.md, .txt, .html); - reads one draft from standard input')
      // One path per use, so that drafts may come before or after it (`--against corpus/ draft.md`).
      .requiredOption('--against <path>', 'a file or folder of the corpus the drafts must agree with (repeatable)', collect)
      .option('-f, --format <name>', `report format: ${formatterNames.join(', ')}`, 'text')
      .option('--fail-on <relation>', 'exit 1 on: contradiction, change (either relation) or never', 'contradiction')
      .option('--max-warnings <n>', 'exit 1 when there are more than n warnings (warning-severity conflicts and unused directives)'),
  )).action(async (drafts: string[], opts: CheckOptions) => setExit(await runCheck(drafts, opts)));
}

function validate(drafts: string[], opts: CheckOptions): number | null {
  const max = validateCommon(opts, formatterNames);
  if (opts.groupBy !== 'story') throw new CliError('--group-by is not supported by check: a draft is compared with the stories of the corpus it shares names with');
  if (drafts.filter((d) => d === '-').length > 1) throw new CliError('- (standard input) can be given only once');
  if (opts.stdinFilename !== undefined && !drafts.includes('-')) throw new CliError('--stdin-filename needs - among the drafts');
  if (opts.against.includes('-')) throw new CliError('--against cannot read standard input; give files or folders');
  return max;
}

/** The report of a check of `drafts` against `opts.against`, and every file it read. */
export async function checkReport(drafts: string[], opts: CheckOptions): Promise<{ report: Report; read: string[]; ruleSet: RuleSet }> {
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
  return { report, read: [...inputs, ...ruleInputs(opts, cwd, ruleSet)], ruleSet };
}

/** The words after `claimdiff review ID VERDICT` that name a check run's inputs. */
export function checkArgs(drafts: readonly string[], against: readonly string[]): string[] {
  return [...drafts, ...against.flatMap((a) => ['--against', a])];
}

export async function runCheck(drafts: string[], opts: CheckOptions): Promise<number> {
  const maxWarnings = validate(drafts, opts);
  const { report, read, ruleSet } = await checkReport(drafts, opts);
  return finishRun(report, read, ruleSet, opts, maxWarnings, checkArgs(drafts, opts.against));
}
