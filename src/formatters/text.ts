// The default format: a diff a person reads.
//
// ✖ contradiction  US troops · Iraq  (troop-count, 416f5001)     rule, and the id `explain` and `review` take
//   A  about 2,500   fixtures/iraq/003.txt:9:14  2020-01-30  AP
//        Some 2,500 US troops remain …
//   B  5,000-strong  fixtures/iraq/001.txt:7:1   2020-01-29  Reuters
//        The 5,000-strong US contingent …
//
// Claims are grouped into compatible sets (letters): values within a set agree,
// values in different sets cannot all be true. A change shows a timeline instead.
// Every piece of article text is stripped of control characters; with
// `color: false` the output holds no escape code at all; no line ends in a space.

import { Chalk, type ChalkInstance } from 'chalk';
import { SELF_CONFLICT, type Conflict, type Report } from '../model.js';
import {
  storyLabel,
  type Claim,
  type FormatOptions,
  type Formatter,
  claimsOf,
  compatibleSets,
  conflictsBySubject,
  documentOf,
  excerpt,
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
import { cleanText } from './sanitize.js';

interface Row {
  marker: string;
  markerStyle: (s: string) => string;
  claim: Claim;
}

function styles(chalk: ChalkInstance) {
  const setColors = [chalk.red, chalk.green, chalk.cyan, chalk.magenta, chalk.blue, chalk.yellow];
  return {
    setColor: (i: number) => setColors[i % setColors.length] ?? chalk.reset,
    contradiction: chalk.red.bold,
    warningSeverity: chalk.yellow.bold,
    change: chalk.yellow.bold,
    subject: chalk.bold,
    dim: chalk.dim,
    value: chalk.bold,
  };
}

type Styles = ReturnType<typeof styles>;

/** Pads plain cells to their column widths, drops empty trailing cells, then styles each. */
function columns(cells: Array<{ text: string; width: number; style: (s: string) => string }>): string {
  let last = cells.length - 1;
  while (last >= 0 && cells[last]?.text === '') last--;
  const out: string[] = [];
  for (let i = 0; i <= last; i++) {
    const cell = cells[i];
    if (!cell) continue;
    const text = i < last ? cell.text + ' '.repeat(Math.max(0, cell.width - width(cell.text))) : cell.text;
    out.push(text === '' ? '' : cell.style(text));
  }
  return out.join('  ');
}

function width(s: string): number {
  return Array.from(s).length;
}

function location(c: Claim): string {
  const l = c.assertion.location;
  return `${cleanText(c.document.path)}:${l.line}:${l.column}`;
}

function claimLines(rows: Row[], st: Styles): string[] {
  const cells = rows.map((r) => ({
    r,
    value: cleanText(valueLabel(r.claim.assertion)),
    loc: location(r.claim),
    date: r.claim.date ? cleanText(r.claim.date) : '',
    source: r.claim.source ? cleanText(r.claim.source) : '',
  }));
  const w = {
    marker: Math.max(0, ...cells.map((c) => width(c.r.marker))),
    value: Math.max(0, ...cells.map((c) => width(c.value))),
    loc: Math.max(0, ...cells.map((c) => width(c.loc))),
    date: Math.max(0, ...cells.map((c) => width(c.date))),
  };
  const lines: string[] = [];
  for (const c of cells) {
    lines.push(
      '  ' +
        columns([
          { text: c.r.marker, width: w.marker, style: c.r.markerStyle },
          { text: c.value, width: w.value, style: st.value },
          { text: c.loc, width: w.loc, style: st.dim },
          { text: c.date, width: w.date, style: (s) => s },
          { text: c.source, width: 0, style: (s) => s },
        ]),
    );
    const e = excerpt(c.r.claim.assertion);
    const sentence = `${e.before}${e.value ? st.value(e.value) : ''}${e.after}`;
    if (e.before || e.value || e.after) lines.push(`${' '.repeat(4 + w.marker)}${sentence}`);
  }
  return lines;
}

function header(report: Report, c: Conflict, st: Styles): string {
  const rule = st.dim(`(${cleanText(c.rule)}, ${shortId(report, c)})`);
  const subject = st.subject(cleanText(c.subject));
  if (c.relation === 'change') return `${st.change('↻ change')}  ${subject}  ${rule}`;
  const style = c.severity === 'error' ? st.contradiction : st.warningSeverity;
  const icon = c.severity === 'error' ? '✖' : c.severity === 'warning' ? '⚠' : 'ℹ';
  return `${style(`${icon} contradiction`)}  ${subject}  ${rule}`;
}

function conflictBlock(report: Report, c: Conflict, st: Styles): string[] {
  const claims = claimsOf(report, c);
  const lines = [header(report, c, st)];
  const reviewed = reviewLabel(c);
  if (reviewed !== null) lines.push(st.dim(`  reviewed: ${cleanText(reviewed)}`));
  const story = storyLabel(report, c);
  if (story !== null) lines.push(st.dim(`  story: ${cleanText(story)}`));
  // Within one article the header alone would read as two articles disagreeing: say so.
  if (c.message.id === SELF_CONFLICT) lines.push(`  ${st.dim(renderMessage(c.message, c.subject))}`);
  const undated = undatedPaths(claims);
  if (undated.length > 0) lines.push(st.dim(`  ${undatedNote(undated)}`));
  if (c.relation === 'change') {
    lines.push(`  ${timeline(claims)}`);
    lines.push(...claimLines(sortByTime(claims).map((claim) => ({ marker: '•', markerStyle: st.dim, claim })), st));
  } else {
    const sets = compatibleSets(c, claims);
    const rows = sets.flatMap((set, i) =>
      set.map((claim) => ({ marker: setLabel(i), markerStyle: st.setColor(i), claim })),
    );
    lines.push(...claimLines(rows, st));
  }
  return lines;
}

export function formatText(report: Report, opts: FormatOptions): string {
  const chalk = new Chalk({ level: opts.color ? 1 : 0 });
  const st = styles(chalk);
  const blocks: string[][] = [];
  const conflicts = conflictsBySubject(report.conflicts);
  if (conflicts.length === 0) blocks.push([chalk.green('No contradictions found.')]);
  for (const c of conflicts) blocks.push(conflictBlock(report, c, st));
  if (report.warnings.length > 0) {
    const ws = [...report.warnings].map((w) => {
      const loc = `${cleanText(documentOf(report, w.document).path)}:${w.line}:${w.column}`;
      return `${chalk.yellow('⚠')} ${st.dim(loc)}  ${cleanText(w.message)}  ${st.dim(`(${cleanText(w.code)})`)}`;
    });
    blocks.push([chalk.bold(`Warnings`), ...ws.map((w) => `  ${w}`)]);
  }
  const lettered = conflicts.some((c) => c.relation === 'contradiction');
  blocks.push(lettered ? [st.dim(LETTERS_LEGEND), summaryLine(report)] : [summaryLine(report)]);
  return `${blocks.map((b) => b.map((l) => l.replace(/[ \t]+$/, '')).join('\n')).join('\n\n')}\n`;
}

export const textFormatter: Formatter = formatText;
