// The public JSON contract (version 1). Extend only by adding fields.
//
// { "version": 1,
//   "documents": [ { path, title, date, date_source, source, role? } ],
//                    date_source: "text" (the file), "meta" (a sidecar), "story" (dated from its story), null (no date)
//   "conflicts": [ { id, rule, kind, subject, relation, severity, message,
//                    claims: [ { document, line, column, text, value, normalized, date, source } ],
//                    pairs: [[i, j], …] } ],
//   "warnings"?: [ { document, line, column, code, message } ]   (only when non-empty)
//   "summary": { documents, assertions, contradictions, changes } }
//
// Text is kept as written (JSON escapes it); only the rendered message is cleaned.

import type { Conflict, DocumentInfo, Report, ReportWarning, Review, Story, UnusedReview } from '../model.js';
import { claimsOf, documentOf, type Formatter } from './common.js';
import { renderMessage } from './messages.js';
import { escapeJsonControls } from './sanitize.js';

export interface JsonDocument {
  path: string;
  title: string | null;
  date: string | null;
  /** Where the date comes from: the file's text or markup, a sidecar (--meta), the article's story; null without a date. */
  date_source: 'text' | 'meta' | 'story' | null;
  source: string | null;
  role?: 'draft' | 'corpus';
}

export interface JsonClaim {
  document: string;
  line: number;
  column: number;
  text: string;
  value: string;
  normalized: number | string;
  date: string | null;
  source: string | null;
}

export interface JsonConflict {
  id: string;
  rule: string;
  kind: Conflict['kind'];
  subject: string;
  relation: Conflict['relation'];
  severity: Conflict['severity'];
  message: string;
  claims: JsonClaim[];
  pairs: Array<[number, number]>;
  /** Only for conflicts of checks that grade their evidence (the generic frame). */
  confidence?: 'strong' | 'weak';
  why?: string;
  /** The id of the story the conflict belongs to (see JsonReport.stories). */
  story?: string;
  /** The verdict from the reviews file, when the run read one (see `claimdiff review`). */
  review?: Review;
}

export interface JsonStory {
  id: string;
  title: string | null;
  documents: string[];
}

export interface JsonWarning {
  document: string;
  line: number;
  column: number;
  code: string;
  message: string;
}

export interface JsonReport {
  version: 1;
  documents: JsonDocument[];
  conflicts: JsonConflict[];
  /** Present when documents were grouped into stories (the default). */
  stories?: JsonStory[];
  warnings?: JsonWarning[];
  /** The reviews file the run read, and its entries that match no conflict. */
  reviews?: { file: string; unused: UnusedReview[] };
  summary: Report['summary'];
}

export function jsonDocument(d: DocumentInfo): JsonDocument {
  const out: JsonDocument = { path: d.path, title: d.title, date: d.date, date_source: d.date === null ? null : (d.dateSource ?? 'text'), source: d.source };
  if (d.role !== undefined) out.role = d.role;
  return out;
}

export function jsonConflict(report: Report, c: Conflict): JsonConflict {
  return {
    id: c.id,
    rule: c.rule,
    kind: c.kind,
    subject: c.subject,
    relation: c.relation,
    severity: c.severity,
    message: renderMessage(c.message, c.subject),
    claims: claimsOf(report, c).map((cl) => ({
      document: cl.document.path,
      line: cl.assertion.location.line,
      column: cl.assertion.location.column,
      text: cl.assertion.sentenceText,
      value: cl.assertion.written,
      normalized: cl.normalized,
      date: cl.date,
      source: cl.source,
    })),
    pairs: c.pairs.map(([i, j]) => [i, j]),
    ...(c.story !== undefined ? { story: c.story } : {}),
    ...(c.confidence !== undefined ? { confidence: c.confidence } : {}),
    ...(c.why !== undefined ? { why: c.why } : {}),
    ...(c.review !== undefined ? { review: { ...c.review } } : {}),
  };
}

export function jsonStory(report: Report, s: Story): JsonStory {
  return { id: s.id, title: s.title, documents: s.documents.map((i) => documentOf(report, i).path) };
}

export function jsonWarning(report: Report, w: ReportWarning): JsonWarning {
  return {
    document: documentOf(report, w.document).path,
    line: w.line,
    column: w.column,
    code: w.code,
    message: w.message,
  };
}

export function toJsonReport(report: Report): JsonReport {
  const out: JsonReport = {
    version: 1,
    documents: report.documents.map(jsonDocument),
    conflicts: report.conflicts.map((c) => jsonConflict(report, c)),
    ...(report.stories ? { stories: report.stories.map((s) => jsonStory(report, s)) } : {}),
    ...(report.reviews ? { reviews: { file: report.reviews.file, unused: report.reviews.unused.map((u) => ({ ...u })) } } : {}),
    summary: {
      documents: report.summary.documents,
      assertions: report.summary.assertions,
      contradictions: report.summary.contradictions,
      changes: report.summary.changes,
    },
  };
  if (report.warnings.length > 0) {
    // keep `summary` last, as in the contract
    const { summary, ...head } = out;
    return { ...head, warnings: report.warnings.map((w) => jsonWarning(report, w)), summary };
  }
  return out;
}

/** Pretty JSON with DEL/C1 controls escaped too (same parsed value). */
export function stringifyJson(value: unknown, indent?: number): string {
  return escapeJsonControls(JSON.stringify(value, null, indent));
}

export const formatJson: Formatter = (report) => `${stringifyJson(toJsonReport(report), 2)}\n`;
