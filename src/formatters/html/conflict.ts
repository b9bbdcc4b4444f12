// One conflict on the page: heading, verdict, the claims side by side (one column per
// compatible set, or in time order for a change) each in its paragraph with the value
// highlighted, the timeline of a change, the evidence chain, and the command that records
// a verdict. Every piece of report text goes through escapeHtml.

import type { Assertion, Conflict, Report } from '../../model.js';
import { type Claim, claimsOf, storyLabel, valueInSentence } from '../common.js';
import { DATING_HINT, type Evidence, type EvidenceClaim, evidenceOf } from '../evidence.js';
import { shortId } from '../fingerprint.js';
import { cleanText, escapeHtml as e } from '../sanitize.js';
import { shellWord } from '../shell.js';
import { timelineSvg } from './timeline.js';

/** Characters of paragraph kept on each side of the sentence. */
const CONTEXT = 300;

function clip(s: string, side: 'before' | 'after'): string {
  const chars = Array.from(s);
  if (chars.length <= CONTEXT) return s;
  return side === 'before' ? `…${chars.slice(chars.length - CONTEXT).join('')}` : `${chars.slice(0, CONTEXT).join('')}…`;
}

/** The sentence (with the value marked) inside its paragraph when the report carries it. */
export function inContext(a: Assertion): string {
  const sentence = a.sentenceText;
  const [vs, ve] = valueInSentence(a);
  const marked = vs >= 0
    ? `${e(sentence.slice(0, vs))}<mark>${e(sentence.slice(vs, ve))}</mark>${e(sentence.slice(ve))}`
    : e(sentence);
  const p = a.paragraph;
  const at = p ? a.sentence.start - p.start : -1;
  if (!p || at < 0 || p.text.slice(at, at + sentence.length) !== sentence) {
    return `<span class="sentence">${marked}</span>`;
  }
  const before = clip(p.text.slice(0, at), 'before');
  const after = clip(p.text.slice(at + sentence.length), 'after');
  return `${e(before)}<span class="sentence">${marked}</span>${e(after)}`;
}

function locationLink(c: Claim): string {
  const l = c.assertion.location;
  const where = `${c.document.path}:${l.line}:${l.column}`;
  const href = c.document.path.split('/').map(encodeURIComponent).join('/');
  return `<a href="${e(href)}"><code>${e(cleanText(where))}</code></a>`;
}

function claimBlock(ec: EvidenceClaim): string {
  const c = ec.claim;
  const d = c.document;
  const rows: Array<[string, string]> = [
    ['Article', d.title ? e(cleanText(d.title)) : '<span class="muted">untitled</span>'],
    ['Published', d.date ? e(d.date) : '<span class="muted">no date</span>'],
    ['Outlet', d.source ? e(cleanText(d.source)) : '<span class="muted">not named</span>'],
    ['Speaker', c.assertion.attribution ? e(cleanText(c.assertion.attribution)) : '<span class="muted">not named</span>'],
    ['When', e(ec.when)],
    ['Reading', e(cleanText(ec.reading))],
    ['Where', locationLink(c)],
  ];
  return (
    `<div class="claim"><div><span class="label">${e(ec.label)}</span> <span class="value">${e(cleanText(c.assertion.written))}</span></div>` +
    `<blockquote>${inContext(c.assertion)}</blockquote>` +
    `<dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl></div>`
  );
}

function claimsSection(ev: Evidence): string {
  if (ev.conflict.relation === 'change') {
    return `<div class="sets"><div class="set"><h4>Claims in time order</h4>${ev.claims.map(claimBlock).join('')}</div></div>`;
  }
  const sets = new Map<string, EvidenceClaim[]>();
  for (const c of ev.claims) sets.set(c.label, [...(sets.get(c.label) ?? []), c]);
  const cols = [...sets].map(
    ([label, list]) => `<div class="set"><h4>Set ${e(label)}: ${list.length === 1 ? '1 claim' : `${list.length} claims that agree`}</h4>${list.map(claimBlock).join('')}</div>`,
  );
  return `<div class="sets">${cols.join('')}</div>`;
}

function whySection(ev: Evidence): string {
  const items: Array<[string, string]> = [
    ['Key', `<code>${e(cleanText(ev.key))}</code>`],
    ['Found by', e(cleanText(ev.origin))],
    ['Severity', e(cleanText(ev.confidence))],
  ];
  if (ev.rule?.window !== undefined) items.push(['Window', e(`${ev.rule.window}${ev.rule.overTime ? `; beyond it: ${ev.rule.overTime}` : ''}`)]);
  const pairs = ev.pairs.map((p) => `<li>${e(cleanText(p.a))} vs ${e(cleanText(p.b))}: ${e(cleanText(p.values))}; ${e(cleanText(p.time))}</li>`);
  if (ev.morePairs > 0) pairs.push(`<li>… and ${ev.morePairs} more pair${ev.morePairs === 1 ? '' : 's'}</li>`);
  items.push(['Why they clash', `<ul>${pairs.join('')}</ul>`]);
  if (ev.undatedDocuments.length > 0) {
    items.push([
      'Undated',
      `${ev.undatedDocuments.map((p) => `<code>${e(cleanText(p))}</code>`).join(', ')} ha${ev.undatedDocuments.length === 1 ? 's' : 've'} no date, so ${ev.undatedDocuments.length === 1 ? 'its claims are' : 'their claims are'} compared as if at the same time: ${e(DATING_HINT)}.`,
    ]);
  }
  return `<details class="why" open><summary>Evidence</summary><dl>${items.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl></details>`;
}

function reviewSection(c: Conflict, id: string, reviewArgs: readonly string[]): string {
  const r = c.review;
  const verdict = r && r.verdict !== 'unreviewed'
    ? `<p><strong>Verdict: ${e(r.verdict)}</strong>${r.by ? ` by ${e(cleanText(r.by))}` : ''}${r.at ? ` on ${e(r.at)}` : ''}${r.note ? ` — ${e(cleanText(r.note))}` : ''}</p>`
    : '<p>Not reviewed yet.</p>';
  const args = reviewArgs.map(shellWord).join(' ');
  const cmd = (v: string, note = '') => `claimdiff review ${id} ${v}${note}${args ? ` ${args}` : ''}`;
  const commands = [cmd('confirmed'), cmd('false-alarm', " --note 'why'"), cmd('explained', " --note 'what explains it'")];
  return `<div class="review">${verdict}<details class="record"><summary>Record a verdict</summary><pre><code>${commands.map(e).join('\n')}</code></pre></details></div>`;
}

export function conflictArticle(report: Report, c: Conflict, reviewArgs: readonly string[]): string {
  const ev = evidenceOf(report, c);
  const id = shortId(report, c);
  const anchorId = `c-${id}`;
  const verdict = c.review?.verdict ?? 'unreviewed';
  const settled = verdict === 'false-alarm' || verdict === 'explained';
  const icon = c.relation === 'change' ? '↻' : c.severity === 'error' ? '✖' : c.severity === 'warning' ? '⚠' : 'ℹ';
  const badges = [
    `<span class="badge ${c.relation === 'change' ? 'change' : c.severity}">${icon} ${e(c.relation)}</span>`,
    `<span class="badge ${c.severity}">${e(c.severity)}</span>`,
    ...(c.review ? [`<span class="badge verdict ${e(verdict)}">${e(verdict)}</span>`] : []),
  ];
  const story = storyLabel(report, c);
  const svg = c.relation === 'change' ? timelineSvg(c, claimsOf(report, c), ev.rule, anchorId) : null;
  const data = [
    ['kind', c.kind],
    ['severity', c.severity],
    ['relation', c.relation],
    ['story', c.story ?? ''],
    ['verdict', verdict],
  ].map(([k, v]) => ` data-${k}="${e(v ?? '')}"`).join('');
  return (
    `<article class="conflict${settled ? ' settled' : ''}" id="${anchorId}" tabindex="-1" aria-labelledby="${anchorId}-h"${data}>` +
    `<h3 id="${anchorId}-h">${badges.join(' ')} ${e(cleanText(c.subject))} <span class="muted">(${e(cleanText(c.rule))}, <code>${id}</code>)</span></h3>` +
    `<p>${e(ev.message)}</p>` +
    (story ? `<p class="muted">Story: ${e(cleanText(story))}</p>` : '') +
    (svg ?? '') +
    claimsSection(ev) +
    whySection(ev) +
    reviewSection(c, id, reviewArgs) +
    '</article>'
  );
}
