// Reviews in a run: read the reviews file (claimdiff-reviews.yaml in the working folder when
// there is one, --reviews FILE, none with --no-reviews), mark each conflict with its verdict,
// note the entries that match nothing, and with --write-reviews add every conflict that has
// no entry yet as `unreviewed` (ESLint's bulk suppressions: adopt a gate on an archive whose
// conflicts are known). Never destructive: existing entries and notes stay as they are.

import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { claimsOf, anchorClaim } from '../formatters/common.js';
import type { Conflict, Report } from '../model.js';
import { applyReviews, DEFAULT_REVIEWS_FILE, mergeReviews, readReviews, ReviewsError, type ReviewsFile, type ReviewUpdate } from '../reviews/index.js';
import { refuseInput } from './guard.js';
import { CliError, oneLine, warn, writeOutput } from './io.js';

export interface ReviewOptions {
  /** A file, or false for --no-reviews. */
  reviews?: string | false;
  writeReviews?: boolean;
  quiet?: boolean;
}

export function withReviewOptions(cmd: Command): Command {
  return cmd
    .option('--reviews <file>', `verdicts on conflicts (default: ${DEFAULT_REVIEWS_FILE} in the working folder, when there is one)`)
    .option('--no-reviews', 'read no reviews file')
    .option('--write-reviews', 'add every conflict without a verdict to the reviews file as unreviewed (existing entries are kept)');
}

/** The reviews file a command uses, or null (--no-reviews; no default file and none asked for). Throws CliError on a bad file. */
export function loadReviews(opts: ReviewOptions, cwd: string, creating: boolean): ReviewsFile | null {
  if (opts.reviews === false) {
    if (opts.writeReviews) throw new CliError('--write-reviews and --no-reviews cannot be used together');
    return null;
  }
  const file = opts.reviews ?? DEFAULT_REVIEWS_FILE;
  if (!creating && opts.reviews === undefined && !existsSync(file)) return null;
  if (!creating && !existsSync(file)) throw new CliError(`no reviews file ${oneLine(file)} (claimdiff review or --write-reviews creates one)`);
  try {
    return readReviews(file, cwd);
  } catch (e) {
    if (e instanceof ReviewsError) throw new CliError(oneLine(e.message), true);
    throw e;
  }
}

/** The update that records `verdict` on a conflict (who and when only for a real verdict). */
export function reviewUpdate(report: Report, c: Conflict, fields: Omit<ReviewUpdate, 'fingerprint' | 'subject' | 'rule' | 'where'>): ReviewUpdate {
  const anchor = anchorClaim(claimsOf(report, c));
  const where = anchor ? `${anchor.document.path}:${anchor.assertion.location.line}` : '';
  return { fingerprint: c.review?.fingerprint ?? '', subject: c.subject, rule: c.rule, where, ...fields };
}

/** Merges and writes the reviews file whole (never over an input of the run). */
export function saveReviews(reviews: ReviewsFile, updates: readonly ReviewUpdate[], read: readonly string[], keepVerdicts: boolean): void {
  refuseInput(reviews.file, process.cwd(), read, 'the reviews file');
  writeOutput(reviews.absPath, mergeReviews(reviews, updates, keepVerdicts));
}

/**
 * Applies the reviews file to a scan or check report; returns the files it read (so that
 * --output never replaces it). Unused entries are noted on stderr and listed by the formats.
 */
export function reviewRun(report: Report, opts: ReviewOptions, read: readonly string[]): string[] {
  const reviews = loadReviews(opts, process.cwd(), Boolean(opts.writeReviews));
  if (!reviews) return [];
  applyReviews(report, reviews.file, reviews.entries);
  const unused = report.reviews?.unused ?? [];
  if (!opts.quiet) {
    for (const u of unused) {
      warn(`${reviews.file}:${u.line}: review ${u.fingerprint.slice(0, 8)} (${u.verdict}${u.subject ? `, ${u.subject}` : ''}) matches no conflict of this run`);
    }
  }
  if (opts.writeReviews) {
    const missing = report.conflicts.filter((c) => !reviews.entries.some((e) => c.review?.fingerprint.startsWith(e.key)));
    saveReviews(reviews, missing.map((c) => reviewUpdate(report, c, { verdict: 'unreviewed' })), read, true);
    if (!opts.quiet) warn(`${reviews.file}: ${missing.length} conflict${missing.length === 1 ? '' : 's'} added as unreviewed, ${reviews.entries.length} entr${reviews.entries.length === 1 ? 'y' : 'ies'} kept`);
  }
  return [reviews.absPath];
}
