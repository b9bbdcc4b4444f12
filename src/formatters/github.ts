// GitHub Actions workflow commands: one annotation per conflict, on its anchor claim
// (in a `check` run the first claim in a draft, else the first claim), then one per
// report warning.
//
//   ::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=TITLE::MESSAGE
//
// Level: a change is a notice; a contradiction is error / warning / notice by severity.
// Data escapes % CR LF; property values also escape : and ,. Article text is
// stripped of controls and its whitespace collapsed first, so each command is one line.

import type { Conflict, Report } from '../model.js';
import { type Claim, type Formatter, anchorClaim, claimsOf, documentOf, levelOf, reviewLabel } from './common.js';
import { renderMessage } from './messages.js';
import { cleanText } from './sanitize.js';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

type Command = 'error' | 'warning' | 'notice';

function command(cmd: Command, props: Array<[string, string | number]>, message: string): string {
  const p = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${cmd} ${p}::${escapeData(message)}`;
}

function describe(c: Claim): string {
  const parts = [`${cleanText(c.document.path)}:${c.assertion.location.line}`];
  if (c.source) parts.push(cleanText(c.source));
  if (c.date) parts.push(cleanText(c.date));
  return `${cleanText(c.assertion.written)} (${parts.join(', ')})`;
}

function conflictCommand(report: Report, c: Conflict): string | null {
  const claims = claimsOf(report, c);
  const anchor = anchorClaim(claims);
  if (!anchor) return null;
  const level = levelOf(c);
  const cmd: Command = level === 'note' ? 'notice' : level;
  const loc = anchor.assertion.location;
  const props: Array<[string, string | number]> = [
    ['file', cleanText(anchor.document.path)],
    ['line', loc.line],
    ['col', loc.column],
  ];
  if (loc.endLine >= loc.line) {
    props.push(['endLine', loc.endLine]);
    if (loc.endLine > loc.line || loc.endColumn >= loc.column) props.push(['endColumn', loc.endColumn]);
  }
  props.push(['title', `claimdiff ${c.relation}: ${cleanText(c.subject)} (${cleanText(c.rule)})`]);
  const others = claims.filter((x) => x !== anchor).map(describe);
  const message =
    `${renderMessage(c.message, c.subject)} Here: ${cleanText(anchor.assertion.written)}.` +
    (others.length > 0 ? ` ${c.relation === 'change' ? 'Elsewhere' : 'Other claims'}: ${others.join('; ')}.` : '');
  // A house-list variant carries its fix as a suggestion a reviewer can act on.
  const v = anchor.assertion.value;
  const suggestion = v.kind === 'name' && v.preferred !== undefined ? ` Suggestion: replace "${cleanText(anchor.assertion.written)}" with "${cleanText(v.preferred)}".` : '';
  const reviewed = reviewLabel(c);
  return command(cmd, props, message + suggestion + (reviewed !== null ? ` Reviewed: ${cleanText(reviewed)}.` : ''));
}

export const formatGithub: Formatter = (report) => {
  const lines: string[] = [];
  const withAnchor = report.conflicts.map((c) => {
    const anchor = anchorClaim(claimsOf(report, c));
    return { c, path: anchor?.document.path ?? '', line: anchor?.assertion.location.line ?? 0, col: anchor?.assertion.location.column ?? 0 };
  });
  withAnchor.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.col - b.col || (a.c.rule < b.c.rule ? -1 : a.c.rule > b.c.rule ? 1 : 0)));
  for (const { c } of withAnchor) {
    const line = conflictCommand(report, c);
    if (line !== null) lines.push(line);
  }
  for (const w of report.warnings) {
    lines.push(
      command(
        'warning',
        [
          ['file', cleanText(documentOf(report, w.document).path)],
          ['line', w.line],
          ['col', w.column],
          ['title', `claimdiff: ${cleanText(w.code)}`],
        ],
        cleanText(w.message),
      ),
    );
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
