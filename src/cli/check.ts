// `claimdiff check DRAFT... --against CORPUS...`: a CI gate for drafts. Reports only
// conflicts that involve a draft claim, honours suppression directives in drafts, and
// sets the exit code like a linter.
//
// Exit codes:
//   0  nothing at or above --fail-on, and no more warnings than --max-warnings
//   1  a conflict at or above --fail-on (contradiction by default; `change`: either
//      relation), or more warnings than --max-warnings
//   2  usage, config or input error
//
// Warnings for --max-warnings: warning-severity conflicts plus report warnings (unused
// suppression directives, a document cut short). A warning alone never fails the run, as in ESLint.

import type { Command } from 'commander';
import { checkPaths } from '../check-paths.js';
import { compileRules } from '../engine/scan.js';
import { formatterNames, getFormatter } from '../formatters/index.js';
import { CliError, EXIT, useColor, writeOutput } from './io.js';
import { ruleSetFor } from './rules-setup.js';
import { exitCodeFor, parseMaxWarnings, printNotes, readingOptions, VERSION, warningsExit, withInputOptions, type CommonOptions } from './scan.js';

export interface CheckOptions extends CommonOptions {
  against: string[];
  stdinFilename?: string;
}

/** Registers `check` on the program. */
export function addCheckCommand(program: Command, setExit: (code: number) => void): Command {
  return withInputOptions(
    program
      .command('check')
      .description('check drafts against a corpus: report only conflicts that involve a draft')
      .argument('<drafts...>', 'draft files or folders (.md, .txt, .html); - reads one draft from standard input')
      .requiredOption('--against <paths...>', 'the corpus: files or folders the drafts must agree with (one or more)')
      .option('-f, --format <name>', `report format: ${formatterNames.join(', ')}`, 'text')
      .option('--fail-on <relation>', 'exit 1 on: contradiction, change (either relation) or never', 'contradiction')
      .option('--max-warnings <n>', 'exit 1 when there are more than n warnings (warning-severity conflicts and unused directives)')
      .option('--stdin-filename <name>', 'the name a draft read from - is reported under (its extension picks the format; default Markdown)'),
  ).action(async (drafts: string[], opts: CheckOptions) => setExit(await runCheck(drafts, opts)));
}

function readStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

function validate(drafts: string[], opts: CheckOptions): number | null {
  if (!formatterNames.includes(opts.format as never)) throw new CliError(`unknown format "${opts.format}" (expected ${formatterNames.join(', ')})`);
  if (!['contradiction', 'change', 'never'].includes(opts.failOn)) {
    throw new CliError(`unknown --fail-on "${opts.failOn}" (expected contradiction, change or never)`);
  }
  if (opts.groupBy !== 'none') throw new CliError('--group-by is not supported by check: every draft is compared with the whole corpus');
  if (drafts.filter((d) => d === '-').length > 1) throw new CliError('- (standard input) can be given only once');
  if (opts.stdinFilename !== undefined && !drafts.includes('-')) throw new CliError('--stdin-filename needs - among the drafts');
  if (opts.against.includes('-')) throw new CliError('--against cannot read standard input; give files or folders');
  return parseMaxWarnings(opts.maxWarnings);
}

export async function runCheck(drafts: string[], opts: CheckOptions): Promise<number> {
  const maxWarnings = validate(drafts, opts);
  const cwd = process.cwd();
  const rules = compileRules(ruleSetFor(opts, cwd));
  const stdin = drafts.includes('-') ? { name: opts.stdinFilename, bytes: await readStdin() } : undefined;
  const { report, notes, errors } = await checkPaths(drafts, opts.against, rules, {
    cwd,
    ...readingOptions(opts),
    ...(stdin ? { stdin: stdin.name === undefined ? { name: '<stdin>.md', bytes: stdin.bytes } : { name: stdin.name, bytes: stdin.bytes } } : {}),
  });
  printNotes(notes, errors, opts.quiet);
  if (errors.length === 0 && !report.documents.some((d) => d.role === 'draft')) {
    throw new CliError('no draft to check (the draft paths hold no readable article)');
  }
  const formatter = getFormatter(opts.format);
  if (!formatter) throw new CliError(`unknown format "${opts.format}"`);
  const color = useColor(opts.color, Boolean(opts.output), process.env, Boolean(process.stdout.isTTY));
  const text = formatter(report, { color: color && opts.format === 'text', toolVersion: VERSION });
  if (opts.output) writeOutput(opts.output, text);
  else process.stdout.write(text);

  const code = exitCodeFor(report, opts.failOn, errors.length);
  return code !== EXIT.clean ? code : warningsExit(report, maxWarnings, opts.quiet);
}
