// `claimdiff review ID VERDICT PATHS…` records a verdict on one conflict in the reviews file;
// `claimdiff explain ID PATHS…` prints one conflict's evidence chain. Both read the same
// inputs as the run that showed the conflict (with --against for a check run), since a
// conflict exists only among its articles; ID is a prefix of its fingerprint (what the text,
// Markdown and HTML reports show) or of its id (JSON, SARIF).

import { execFileSync } from 'node:child_process';
import type { Command } from 'commander';
import { formatExplain } from '../formatters/explain.js';
import type { Conflict, Report, Verdict } from '../model.js';
import { applyReviews, VERDICTS } from '../reviews/index.js';
import { checkArgs, checkReport, type CheckOptions } from './check.js';
import { explainable } from './evidence.js';
import { CliError, EXIT, oneLine, useColor } from './io.js';
import { loadReviews, reviewUpdate, saveReviews, type ReviewOptions } from './reviews.js';
import { collect, emit, scanReport, withInputOptions, type CommonOptions } from './scan.js';

interface ReviewCommandOptions extends CommonOptions, ReviewOptions {
  against?: string[];
  note?: string;
  by?: string;
}

/** The conflict ID names: a unique prefix (4+ hex digits) of its fingerprint or its id. */
export function findConflict(report: Report, id: string): Conflict {
  const want = id.toLowerCase();
  if (!/^[0-9a-f]{4,64}$/.test(want)) throw new CliError(`"${oneLine(id)}" is not a conflict id (4 or more hex digits, as the reports show)`);
  const hits = report.conflicts.filter((c) => c.id.startsWith(want) || (c.review?.fingerprint ?? '').startsWith(want));
  if (hits.length === 1 && hits[0]) return hits[0];
  if (hits.length === 0) {
    const known = report.conflicts.map((c) => (c.review?.fingerprint ?? c.id).slice(0, 8)).sort();
    throw new CliError(`no conflict ${want} among these articles${known.length > 0 ? ` (they have: ${known.slice(0, 10).join(', ')}${known.length > 10 ? ', …' : ''})` : ' (they have none)'}`);
  }
  throw new CliError(`${want} matches ${hits.length} conflicts (${hits.map((c) => (c.review?.fingerprint ?? c.id).slice(0, 8)).join(', ')}): give more digits`);
}

/** Who records a verdict: --by, else git's user.name, else $USER. */
function reviewer(by: string | undefined): string {
  if (by !== undefined && by.trim() !== '') return by.trim();
  try {
    const name = execFileSync('git', ['config', 'user.name'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000 }).trim();
    if (name) return name;
  } catch {
    // no git, or no user.name
  }
  return process.env['USER'] ?? process.env['USERNAME'] ?? 'unknown';
}

/** Now, or SOURCE_DATE_EPOCH when set (reproducible files in tests and builds). */
function now(): string {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  const t = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

async function reportFor(paths: string[], opts: ReviewCommandOptions): Promise<{ report: Report; read: string[]; args: string[]; ruleSet: Awaited<ReturnType<typeof scanReport>>['ruleSet'] }> {
  if (paths.includes('-')) throw new CliError('review and explain need files or folders, not standard input');
  if (opts.against && opts.against.length > 0) {
    const r = await checkReport(paths, { ...opts, against: opts.against } as CheckOptions);
    return { ...r, args: checkArgs(paths, opts.against) };
  }
  if (!['story', 'folder', 'none'].includes(opts.groupBy)) throw new CliError(`unknown --group-by "${opts.groupBy}" (expected story, folder or none)`);
  const r = await scanReport(paths, opts);
  return { ...r, args: [...paths, ...(opts.groupBy !== 'story' ? ['--group-by', opts.groupBy] : [])] };
}

async function runReview(id: string, verdict: string, paths: string[], opts: ReviewCommandOptions): Promise<number> {
  if (!(VERDICTS as readonly string[]).includes(verdict)) throw new CliError(`unknown verdict "${oneLine(verdict)}" (expected ${VERDICTS.join(', ')})`);
  if (verdict === 'explained' && (opts.note === undefined || opts.note.trim() === '')) throw new CliError('an explained verdict needs --note saying what explains it');
  const { report, read } = await reportFor(paths, opts);
  const reviews = loadReviews(opts, process.cwd(), true);
  if (!reviews) throw new CliError('no reviews file');
  applyReviews(report, reviews.file, reviews.entries);
  const c = findConflict(report, id);
  const update = reviewUpdate(report, c, {
    verdict: verdict as Verdict,
    by: reviewer(opts.by),
    at: now(),
    ...(opts.note !== undefined ? { note: opts.note } : {}),
  });
  saveReviews(reviews, [update], read, false);
  process.stdout.write(`${verdict} recorded for ${update.fingerprint.slice(0, 8)} (${oneLine(c.subject)}) in ${oneLine(reviews.file)}\n`);
  return EXIT.clean;
}

async function runExplain(id: string, paths: string[], opts: ReviewCommandOptions): Promise<number> {
  const { report, read, args, ruleSet } = await reportFor(paths, opts);
  const reviews = loadReviews(opts, process.cwd(), false);
  // Without a reviews file each conflict still needs its fingerprint, to be found by it.
  applyReviews(report, reviews?.file ?? '', reviews?.entries ?? []);
  if (!reviews) delete report.reviews;
  const c = findConflict(report, id);
  await explainable(report, ruleSet, process.cwd());
  const color = useColor(opts.color, Boolean(opts.output), process.env, Boolean(process.stdout.isTTY));
  emit(formatExplain(report, c, { color, reviewArgs: args }), opts, [...read, ...(reviews ? [reviews.absPath] : [])]);
  return EXIT.clean;
}

export function addReviewCommands(program: Command, setExit: (code: number) => void): void {
  withInputOptions(
    program
      .command('review')
      .description('record a verdict on one conflict: confirmed, false-alarm or explained (with --note), or unreviewed')
      .argument('<id>', 'the conflict, as the reports show it (a prefix of its fingerprint or id)')
      .argument('<verdict>', VERDICTS.join(', '))
      .argument('<paths...>', 'the articles the conflict was found in (as given to scan, or the drafts of a check)')
      .option('--against <path>', 'the corpus, when the conflict came from `check` (repeatable)', collect)
      .option('--note <text>', 'why: required for explained, kept for the others')
      .option('--by <name>', 'who decides (default: git config user.name, else $USER)')
      .option('--reviews <file>', 'the reviews file (default: claimdiff-reviews.yaml in the working folder)'),
  ).action(async (id: string, verdict: string, paths: string[], opts: ReviewCommandOptions) => setExit(await runReview(id, verdict, paths, opts)));

  withInputOptions(
    program
      .command('explain')
      .description("print one conflict's evidence chain: its claims in context, how they fail to meet, the rule and the verdict")
      .argument('<id>', 'the conflict, as the reports show it (a prefix of its fingerprint or id)')
      .argument('<paths...>', 'the articles the conflict was found in (as given to scan, or the drafts of a check)')
      .option('--against <path>', 'the corpus, when the conflict came from `check` (repeatable)', collect)
      .option('--reviews <file>', 'the reviews file (default: claimdiff-reviews.yaml in the working folder, when there is one)')
      .option('--no-reviews', 'read no reviews file'),
  ).action(async (id: string, paths: string[], opts: ReviewCommandOptions) => setExit(await runExplain(id, paths, opts)));
}
