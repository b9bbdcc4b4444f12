// The commander program: commands, options, and how each sets the exit code.

import { Command, CommanderError, Option } from 'commander';
import { formatterNames } from '../formatters/index.js';
import { addCheckCommand } from './check.js';
import { addCompareCommand } from './compare.js';
import { runExtractShard } from './extract.js';
import { CliError, EXIT } from './io.js';
import { addReviewCommands } from './review.js';
import { withReviewOptions } from './reviews.js';
import { rulesList, rulesShow, rulesTest } from './rules.js';
import { collect, runScan, VERSION, withInputOptions, type CommonOptions } from './scan.js';

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('claimdiff')
    .description('Find where news articles contradict each other: figures, statuses and dates.')
    .version(VERSION)
    .exitOverride()
    // Set before the commands are added: subcommands copy it when they are created.
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: (s, write) => write(usageLine(s)) });

  withReviewOptions(withInputOptions(
    program
      .command('scan')
      .description('compare every article under the given paths and report contradictions')
      .argument('<paths...>', 'files or folders (.txt, .md, .html); - reads one article from standard input')
      .addOption(new Option('-f, --format <name>', `report format: ${formatterNames.join(', ')}`).default('text'))
      .option('--fail-on <relation>', 'exit 1 on: contradiction, change (either relation) or never', 'contradiction')
      .option('--max-warnings <n>', 'exit 1 when there are more than n warnings (warning-severity conflicts and report warnings)'),
  )).action(async (paths: string[], opts: CommonOptions) => setExit(await runScan(paths, opts, 'scan')));

  addCheckCommand(program, setExit);
  addReviewCommands(program, setExit);

  withInputOptions(
    program
      .command('extract')
      .description('print the assertions found in the given paths, without comparing them')
      .argument('<paths...>', 'files or folders; - reads one article from standard input')
      .option('-f, --format <name>', 'jsonl (a shard for compare: one line per document, schemas/shard.schema.json), json or text', 'jsonl'),
  ).action(async (paths: string[], opts: CommonOptions) =>
    setExit(opts.format === 'jsonl' ? await runExtractShard(paths, { ...opts, failOn: 'never' }) : await runScan(paths, { ...opts, failOn: 'never' }, 'extract')));

  addCompareCommand(program, setExit);

  const rules = program.command('rules').description('list, show and test rule packs');
  const ruleOpts = (cmd: Command): Command =>
    cmd
      .option('--rules <path>', 'add a rule pack file or folder (repeatable)', collect)
      .option('--config <file>', 'config file')
      .option('--no-config', 'ignore any .claimdiff.yaml');
  ruleOpts(rules.command('list').description('list the active rules')).action((opts) => setExit(rulesList(opts)));
  ruleOpts(rules.command('show').description('show one rule').argument('<id>')).action((id: string, opts) => setExit(rulesShow(id, opts)));
  ruleOpts(rules.command('test').description("run the packs' own examples").argument('[packs...]')).action((packs: string[], opts) =>
    setExit(rulesTest(packs, opts)),
  );
  return program;
}

/**
 * Commander's usage errors ("error: unknown option '--x'", maybe followed by a
 * suggestion) as one line in the tool's own voice, as every other error is.
 */
export function usageLine(message: string): string {
  const text = message.replace(/^error:\s*/i, '').replace(/\s*\n\s*/g, ' ').trim();
  return `claimdiff: ${text} (see claimdiff --help)\n`;
}

/** Runs the CLI and returns its exit code; never throws. */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.clean;
  const program = buildProgram((c) => {
    code = c;
  });
  // No command at all is a usage error, but the user asked for nothing in particular: show what there is.
  if (argv.length <= 2) {
    process.stdout.write(program.helpInformation());
    return EXIT.error;
  }
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version are not errors; help shown because a command was missing is (exit code 1
      // in commander), as is every other usage problem: exit code 2.
      return (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') && e.exitCode === 0
        ? EXIT.clean : EXIT.error;
    }
    if (e instanceof CliError) {
      process.stderr.write(`${e.message.split('\n').map((l) => (e.positioned ? l : `claimdiff: ${l}`)).join('\n')}\n`);
      return EXIT.error;
    }
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`claimdiff: ${err.code ? `${err.code}: ` : ''}${err.message ?? String(e)}\n`);
    return EXIT.error;
  }
}
