// Verdicts onto a report (pure): each conflict whose fingerprint an entry names gets its
// `review`; entries that name no conflict are reported back, like unused suppressions.
// `false-alarm` and `explained` are settled: they no longer count toward the exit code.

import { conflictFingerprint } from '../formatters/fingerprint.js';
import type { Conflict, Report, Review, UnusedReview } from '../model.js';
import type { ReviewEntry } from './file.js';

export function isSettled(c: Conflict): boolean {
  return c.review?.verdict === 'false-alarm' || c.review?.verdict === 'explained';
}

/** The entry for a fingerprint: an exact key, else the longest key that is a prefix of it. */
export function entryFor(entries: readonly ReviewEntry[], fp: string): ReviewEntry | undefined {
  let best: ReviewEntry | undefined;
  for (const e of entries) {
    if (e.key === fp) return e;
    if (fp.startsWith(e.key) && (!best || e.key.length > best.key.length)) best = e;
  }
  return best;
}

/** Sets `review` on every conflict (unreviewed when no entry names it) and `report.reviews`. */
export function applyReviews(report: Report, file: string, entries: readonly ReviewEntry[]): Report {
  const used = new Set<ReviewEntry>();
  for (const c of report.conflicts) {
    const fingerprint = conflictFingerprint(report, c);
    const e = entryFor(entries, fingerprint);
    const review: Review = { verdict: e?.verdict ?? 'unreviewed', fingerprint };
    if (e) {
      used.add(e);
      if (e.note !== undefined) review.note = e.note;
      if (e.by !== undefined) review.by = e.by;
      if (e.at !== undefined) review.at = e.at;
    }
    c.review = review;
  }
  const unused: UnusedReview[] = entries
    .filter((e) => !used.has(e))
    .map((e) => ({ fingerprint: e.key, verdict: e.verdict, line: e.line, ...(e.subject !== undefined ? { subject: e.subject } : {}) }));
  report.reviews = { file, unused };
  return report;
}

/** The report the exit code is computed on: settled conflicts left out. */
export function gateView(report: Report): Report {
  if (!report.conflicts.some(isSettled)) return report;
  return { ...report, conflicts: report.conflicts.filter((c) => !isSettled(c)) };
}
