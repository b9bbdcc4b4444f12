// Assertions on their own, for `claimdiff extract`: as JSON records (shared by
// jsonl and json) and as aligned text lines.

import type { Assertion, Report } from '../model.js';
import { claimDate, claimSource, documentOf, normalizedValue, plural } from './common.js';
import { jsonDocument, stringifyJson } from './json.js';
import { cleanText } from './sanitize.js';

export interface JsonAssertion {
  document: string;
  line: number;
  column: number;
  rule: string;
  kind: Assertion['kind'];
  key: string;
  subject: string;
  role: Assertion['role'];
  /** The words as written. */
  value: string;
  normalized: number | string;
  /** The whole sentence, as written. */
  text: string;
  source: string | null;
  date: string | null;
  /** The rule that took the figure, when this is the generic frame's reading of it (compared only with other frame claims). */
  shadow?: string;
}

export function jsonAssertion(report: Report, a: Assertion): JsonAssertion {
  const doc = documentOf(report, a.document);
  return {
    document: doc.path,
    line: a.location.line,
    column: a.location.column,
    rule: a.rule,
    kind: a.kind,
    key: a.key,
    subject: a.subject,
    role: a.role,
    value: a.written,
    normalized: normalizedValue(a.value),
    text: a.sentenceText,
    source: claimSource(a, doc),
    date: claimDate(a, doc),
    ...(a.shadow !== undefined ? { shadow: a.shadow } : {}),
  };
}

/** Assertions ordered by file, line, column, rule (stable for ties). */
export function sortedAssertions(report: Report): Assertion[] {
  const path = (a: Assertion) => documentOf(report, a.document).path;
  return [...report.assertions].sort((x, y) => {
    const px = path(x);
    const py = path(y);
    if (px !== py) return px < py ? -1 : 1;
    return (
      x.location.line - y.location.line ||
      x.location.column - y.location.column ||
      (x.rule < y.rule ? -1 : x.rule > y.rule ? 1 : 0)
    );
  });
}

export function formatAssertionsJson(report: Report): string {
  const out = {
    version: 1,
    documents: report.documents.map(jsonDocument),
    assertions: sortedAssertions(report).map((a) => jsonAssertion(report, a)),
  };
  return `${stringifyJson(out, 2)}\n`;
}

export function formatAssertionsText(report: Report): string {
  const rows = sortedAssertions(report).map((a) => {
    const doc = documentOf(report, a.document);
    const date = claimDate(a, doc);
    const source = claimSource(a, doc);
    return [
      `${cleanText(doc.path)}:${a.location.line}:${a.location.column}`,
      cleanText(a.rule),
      cleanText(a.subject),
      `${cleanText(a.written)} = ${cleanText(String(normalizedValue(a.value)))}`,
      date ? cleanText(date) : '',
      source ? cleanText(source) : '',
    ];
  });
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(0, ...rows.map((r) => Array.from(r[i] ?? '').length)));
  const lines = rows.map((r) => {
    let last = r.length - 1;
    while (last > 0 && r[last] === '') last--;
    return r
      .slice(0, last + 1)
      .map((cell, i) => (i < last ? cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - Array.from(cell).length)) : cell))
      .join('  ');
  });
  lines.push(`${plural(report.assertions.length, 'assertion')} in ${plural(report.documents.length, 'document')}`);
  return `${lines.join('\n')}\n`;
}
