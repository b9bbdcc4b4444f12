// JSON Lines: one object per line, in this order:
//   {"type":"document", path, title, date, source, role?}            one per document, report order
//   {"type":"story", id, title, documents}                            one per story, when grouped into stories
//   {"type":"assertion", document, line, column, rule, kind, key, subject, role, value, normalized, text, source, date}
//                                                                     sorted by file, line, column, rule
//   {"type":"conflict", …the fields of a JSON conflict}               report order
//   {"type":"warning", document, line, column, code, message}         when there are any
//   {"type":"reviews", file, unused}                                  when the run read a reviews file
//   {"type":"summary", documents, assertions, contradictions, changes}

import type { Report } from '../model.js';
import { jsonAssertion, sortedAssertions } from './assertions.js';
import type { Formatter } from './common.js';
import { jsonConflict, jsonDocument, jsonStory, jsonWarning, stringifyJson } from './json.js';

function documentAndAssertionLines(report: Report): string[] {
  return [
    ...report.documents.map((d) => stringifyJson({ type: 'document', ...jsonDocument(d) })),
    ...sortedAssertions(report).map((a) => stringifyJson({ type: 'assertion', ...jsonAssertion(report, a) })),
  ];
}

export const formatJsonl: Formatter = (report) => {
  const s = report.summary;
  const lines = [
    ...report.documents.map((d) => stringifyJson({ type: 'document', ...jsonDocument(d) })),
    ...(report.stories ?? []).map((s) => stringifyJson({ type: 'story', ...jsonStory(report, s) })),
    ...sortedAssertions(report).map((a) => stringifyJson({ type: 'assertion', ...jsonAssertion(report, a) })),
    ...report.conflicts.map((c) => stringifyJson({ type: 'conflict', ...jsonConflict(report, c) })),
    ...report.warnings.map((w) => stringifyJson({ type: 'warning', ...jsonWarning(report, w) })),
    ...(report.reviews ? [stringifyJson({ type: 'reviews', file: report.reviews.file, unused: report.reviews.unused })] : []),
    stringifyJson({
      type: 'summary',
      documents: s.documents,
      assertions: s.assertions,
      contradictions: s.contradictions,
      changes: s.changes,
    }),
  ];
  return `${lines.join('\n')}\n`;
};

export function formatAssertionsJsonl(report: Report): string {
  const lines = documentAndAssertionLines(report);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
