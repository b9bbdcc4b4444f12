// A Markdown report for a pull-request comment or a job summary (GitHub-flavoured).
//
// ## claimdiff report
// 3 documents, 10 assertions: 3 contradictions, 1 change
// ### ✖ dockworkers on strike · Port Avenel — contradiction
// <message>
// | Set | Claim | Value | Date | Source |   (one row per claim, by compatible set)
// ```text                                   (a fence longer than any backtick run inside)
// A  About 2,500 dockworkers walked off …     (plain: no side is coloured as the right one)
// B  Some 4,000 dockworkers are now …
// ```
//
// Article text is stripped of controls everywhere; outside the fenced block it is
// backslash-escaped (`|` included, so tables keep their columns); inside it, only
// the fence length matters. With no conflicts the output is one line.

import type { Conflict, Report } from '../model.js';
import {
  storyLabel,
  type Claim,
  type Formatter,
  claimsOf,
  compatibleSets,
  conflictsBySubject,
  documentOf,
  excerpt,
  excerptText,
  plural,
  reviewLabel,
  setLabel,
  sortByTime,
  summaryLine,
  timeline,
  undatedNote,
  undatedPaths,
  valueLabel,
  LETTERS_LEGEND,
} from './common.js';
import { shortId } from './fingerprint.js';
import { renderMessage } from './messages.js';
import { escapeMarkdown, fenceFor } from './sanitize.js';

interface Row {
  label: string;
  claim: Claim;
}

function icon(c: Conflict): string {
  if (c.relation === 'change') return '↻';
  return c.severity === 'error' ? '✖' : c.severity === 'warning' ? '⚠' : 'ℹ';
}

function table(rows: Row[], labelHeader: string): string[] {
  const lines = [`| ${labelHeader} | Claim | Value | Date | Source |`, '| --- | --- | --- | --- | --- |'];
  for (const r of rows) {
    const c = r.claim;
    const cells = [
      r.label,
      `${escapeMarkdown(c.document.path)}:${c.assertion.location.line}`,
      escapeMarkdown(valueLabel(c.assertion)),
      c.date ? escapeMarkdown(c.date) : '',
      c.source ? escapeMarkdown(c.source) : '',
    ];
    lines.push(`| ${cells.join(' | ')} |`.replace(/ {2}/g, ' '));
  }
  return lines;
}

/** The sentences, one per claim, by label: a plain block, so that no side is coloured as the right one. */
function sentenceBlock(rows: Row[]): string[] {
  const body = rows.map((r) => `${r.label}  ${excerptText(excerpt(r.claim.assertion, 300))}`.trimEnd());
  const fence = fenceFor(body.join('\n'));
  return [`${fence}text`, ...body, fence];
}

function rowsOf(report: Report, c: Conflict): { rows: Row[]; labelHeader: string } {
  const claims = claimsOf(report, c);
  if (c.relation === 'change') {
    const ordered = sortByTime(claims);
    return {
      labelHeader: '#',
      rows: ordered.map((claim, i) => ({
        label: String(i + 1),
        claim,
      })),
    };
  }
  return {
    labelHeader: 'Set',
    rows: compatibleSets(c, claims).flatMap((set, i) =>
      set.map((claim) => ({ label: setLabel(i), claim })),
    ),
  };
}

function section(report: Report, c: Conflict): string[] {
  const { rows, labelHeader } = rowsOf(report, c);
  const out = [`### ${icon(c)} ${escapeMarkdown(c.subject)} — ${c.relation}`, ''];
  let intro = `${escapeMarkdown(renderMessage(c.message, c.subject))} (rule ${escapeMarkdown(c.rule)}, ${c.severity}, id ${shortId(report, c)})`;
  const reviewed = reviewLabel(c);
  if (reviewed !== null) intro = `**Reviewed: ${escapeMarkdown(reviewed)}**\n\n${intro}`;
  if (c.relation === 'change') intro = `${escapeMarkdown(timeline(claimsOf(report, c)))}\n\n${intro}`;
  const story = storyLabel(report, c);
  if (story !== null) intro = `${intro}\n\nStory: ${escapeMarkdown(story)}`;
  const undated = undatedPaths(claimsOf(report, c));
  if (undated.length > 0) intro = `${intro}\n\n${escapeMarkdown(undatedNote(undated))}`;
  out.push(intro, '', ...table(rows, labelHeader), '', ...sentenceBlock(rows));
  return out;
}

export const formatMarkdown: Formatter = (report) => {
  const s = report.summary;
  // The heading is there either way (it is how a report saved among the articles is
  // recognised), and warnings follow even when there is no conflict: a document cut short must show.
  const parts: string[][] = report.conflicts.length === 0
    ? [['## claimdiff report', '', `No contradictions found (${plural(s.documents, 'document')}, ${plural(s.assertions, 'assertion')}).`]]
    : [['## claimdiff report', '', summaryLine(report), ...(report.conflicts.some((c) => c.relation === 'contradiction') ? ['', LETTERS_LEGEND] : [])]];
  for (const c of conflictsBySubject(report.conflicts)) parts.push(section(report, c));
  if (report.warnings.length > 0) {
    parts.push([
      `#### ${plural(report.warnings.length, 'warning')}`,
      '',
      ...report.warnings.map((w) => {
        const where = `${escapeMarkdown(documentOf(report, w.document).path)}:${w.line}:${w.column}`;
        return `- ${where} — ${escapeMarkdown(w.message)} (${escapeMarkdown(w.code)})`;
      }),
    ]);
  }
  return `${parts.map((p) => p.join('\n')).join('\n\n')}\n`;
};
