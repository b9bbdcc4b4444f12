// The stable fingerprint of a conflict: SARIF's partialFingerprints["claimdiff/v1"] and the
// key of a verdict in a reviews file. SHA-256 of rule, relation, subject, the anchor claim's
// path and its sentence (whitespace collapsed): no line numbers and no offsets, so a verdict
// survives an edit that moves the sentence or rewords the rest of the article.

import { createHash } from 'node:crypto';
import type { Conflict, Report } from '../model.js';
import { type Claim, anchorClaim, claimsOf } from './common.js';
import { cleanText } from './sanitize.js';

export const FINGERPRINT_KEY = 'claimdiff/v1';

/** The fingerprint of `conflict` reported on `anchor` (32 hex digits). */
export function fingerprint(conflict: Conflict, anchor: Claim): string {
  const parts = [conflict.rule, conflict.relation, conflict.subject, anchor.document.path, cleanText(anchor.assertion.sentenceText)];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

/** The fingerprint of a conflict of `report` (its anchor: the first draft claim in a `check` run, else the first claim). */
export function conflictFingerprint(report: Report, conflict: Conflict): string {
  const anchor = anchorClaim(claimsOf(report, conflict));
  return anchor ? fingerprint(conflict, anchor) : createHash('sha256').update(conflict.id).digest('hex').slice(0, 32);
}

/** How many hex digits of a fingerprint the human formats show (enough to be unique in any report). */
export const SHORT_ID = 8;

/** The short id people see and type: the first SHORT_ID digits of the fingerprint. */
export function shortId(report: Report, conflict: Conflict): string {
  return (conflict.review?.fingerprint ?? conflictFingerprint(report, conflict)).slice(0, SHORT_ID);
}
