// `claimdiff explain ID`: the evidence chain of one conflict as text, the same chain the
// HTML page shows: the key and what found it, each claim in its paragraph with the value
// marked ⟦so⟧ (bold with colour), its article, date, outlet, speaker and place, how each
// pair fails to meet in value and in time, and the verdict with how to record one.

import { Chalk } from 'chalk';
import type { Assertion, Conflict, Report } from '../model.js';
import { type FormatOptions, valueInSentence } from './common.js';
import { DATING_HINT, evidenceOf } from './evidence.js';
import { shortId } from './fingerprint.js';
import { shellWord } from './shell.js';
import { cleanText } from './sanitize.js';

/** Characters of paragraph kept on each side of the sentence. */
const CONTEXT = 240;

function inParagraph(a: Assertion, mark: (s: string) => string): string {
  const [vs, ve] = valueInSentence(a);
  if (vs < 0) return cleanText(a.sentenceText);
  const p = a.paragraph;
  const at = p ? a.sentence.start - p.start : -1;
  const inside = p !== undefined && at >= 0 && p.text.slice(at, at + a.sentenceText.length) === a.sentenceText;
  const head = (inside ? p.text.slice(0, at) : '') + a.sentenceText.slice(0, vs);
  const tail = a.sentenceText.slice(ve) + (inside ? p.text.slice(at + a.sentenceText.length) : '');
  // Collapse whitespace without trimming the side that touches the value.
  const before = cleanText(`x${head}x`).slice(1, -1);
  const after = cleanText(`x${tail}x`).slice(1, -1);
  const b = before.length > CONTEXT ? `…${before.slice(before.length - CONTEXT)}` : before;
  const f = after.length > CONTEXT ? `${after.slice(0, CONTEXT)}…` : after;
  return `${b}${mark(cleanText(a.sentenceText.slice(vs, ve)))}${f}`.trim();
}

export function formatExplain(report: Report, c: Conflict, opts: FormatOptions): string {
  const chalk = new Chalk({ level: opts.color ? 1 : 0 });
  const ev = evidenceOf(report, c);
  const id = shortId(report, c);
  const icon = c.relation === 'change' ? '↻' : c.severity === 'error' ? '✖' : c.severity === 'warning' ? '⚠' : 'ℹ';
  const out: string[] = [];
  out.push(`${chalk.bold(`${icon} ${c.relation}`)}  ${chalk.bold(cleanText(c.subject))}  ${chalk.dim(`(${cleanText(c.rule)}, ${id})`)}`);
  out.push(cleanText(ev.message));
  out.push(`conflict id ${c.id}, fingerprint ${c.review?.fingerprint ?? '(see SARIF)'}`);
  out.push('');
  const rows: Array<[string, string]> = [
    ['Key', ev.key],
    ['Found by', ev.origin],
    ['Severity', ev.confidence],
  ];
  if (ev.rule?.window !== undefined) rows.push(['Window', `${ev.rule.window}${ev.rule.overTime ? `; beyond it: ${ev.rule.overTime}` : ''}`]);
  const w = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) out.push(`${k.padEnd(w)}  ${cleanText(v)}`);
  out.push('', chalk.bold('Claims'));
  for (const ec of ev.claims) {
    const a = ec.claim.assertion;
    const d = ec.claim.document;
    const l = a.location;
    out.push(`  ${ec.label}  ${chalk.bold(cleanText(ec.reading))}`);
    out.push(`     ${cleanText(`${d.path}:${l.line}:${l.column}`)}  “${cleanText(d.title ?? 'untitled')}”`);
    const facts = [
      `published ${d.date ?? 'no date'}`,
      `outlet ${d.source ? cleanText(d.source) : 'not named'}`,
      `speaker ${a.attribution ? cleanText(a.attribution) : 'not named'}`,
    ];
    out.push(`     ${facts.join(' · ')}`);
    out.push(`     when: ${cleanText(ec.when)}`);
    out.push(`     ${inParagraph(a, (s) => (opts.color ? chalk.bold.underline(s) : `⟦${s}⟧`))}`);
  }
  out.push('', chalk.bold('Why they clash'));
  for (const p of ev.pairs) out.push(`  ${cleanText(p.a)} vs ${cleanText(p.b)}: ${cleanText(p.values)}; ${cleanText(p.time)}`);
  if (ev.morePairs > 0) out.push(`  … and ${ev.morePairs} more pair${ev.morePairs === 1 ? '' : 's'}`);
  if (ev.undatedDocuments.length > 0) {
    out.push('', chalk.bold('Undated'));
    for (const p of ev.undatedDocuments) out.push(`  ${cleanText(p)} has no date: its claims are compared as if at the same time as the others`);
    out.push(`  To tell a change from a contradiction, ${DATING_HINT}.`);
  }
  out.push('', chalk.bold('Verdict'));
  const r = c.review;
  if (r && r.verdict !== 'unreviewed') {
    out.push(`  ${r.verdict}${r.by ? ` by ${cleanText(r.by)}` : ''}${r.at ? ` on ${cleanText(r.at)}` : ''}${r.note ? `: ${cleanText(r.note)}` : ''}`);
  } else {
    out.push('  not reviewed yet');
  }
  const args = (opts.reviewArgs ?? []).map((s) => shellWord(cleanText(s))).join(' ');
  out.push(`  record one: claimdiff review ${id} confirmed|false-alarm|explained${args ? ` ${args}` : ''} [--note TEXT]`);
  return `${out.map((l) => l.replace(/[ \t]+$/, '')).join('\n')}\n`;
}
