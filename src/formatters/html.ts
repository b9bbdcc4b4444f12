// One self-contained HTML page: a summary, filters and a search box, then each story's
// conflicts with their claims side by side in context, a timeline for a change, the
// evidence chain and the verdict. Nothing is loaded from anywhere (a Content-Security-Policy
// allows only the page's own style and script, by hash); it works opened from disk. Every
// piece of report text is escaped. Pure: report in, page out, same bytes for the same report.

import type { Conflict, Report } from '../model.js';
import { type Formatter, conflictsBySubject, documentOf, plural, summaryLine } from './common.js';
import { DATING_HINT } from './evidence.js';
import { CSP, CSS, SCRIPT } from './html/assets.js';
import { conflictArticle } from './html/conflict.js';
import { cleanText, escapeHtml as e } from './sanitize.js';

const SEVERITIES = ['error', 'warning', 'info'] as const;
const VERDICTS = ['unreviewed', 'confirmed', 'false-alarm', 'explained'] as const;

function options(values: readonly string[], labels: (v: string) => string = (v) => v): string {
  return values.map((v) => `<option value="${e(v)}">${e(cleanText(labels(v)))}</option>`).join('');
}

function select(key: string, label: string, values: readonly string[], labels?: (v: string) => string): string {
  if (values.length === 0) return '';
  return `<label for="f-${key}">${label}<select id="f-${key}"><option value="">all</option>${options(values, labels)}</select></label>`;
}

function storyTitle(report: Report, id: string): string {
  const s = report.stories?.find((x) => x.id === id);
  return s ? `${s.title ?? 'untitled'} (${plural(s.documents.length, 'document')})` : `story ${id}`;
}

function summary(report: Report): string {
  const kinds = [...new Set(report.conflicts.map((c) => c.kind))].sort();
  const count = (f: (c: Conflict) => boolean) => report.conflicts.filter(f).length;
  const byKind = kinds.map(
    (k) => `<tr><th scope="row">${e(k)}</th>${SEVERITIES.map((s) => `<td>${count((c) => c.kind === k && c.severity === s)}</td>`).join('')}<td>${count((c) => c.kind === k && c.relation === 'change')}</td></tr>`,
  );
  const table = kinds.length > 0
    ? `<table><caption class="muted">Conflicts by kind and severity</caption><thead><tr><th scope="col">kind</th>${SEVERITIES.map((s) => `<th scope="col">${s}</th>`).join('')}<th scope="col">of which changes</th></tr></thead><tbody>${byKind.join('')}</tbody></table>`
    : '<p>No contradictions found.</p>';
  const undated = report.documents.filter((d) => d.date === null);
  const undatedBlock = undated.length > 0
    ? `<details><summary>${plural(undated.length, 'document')} without a date</summary><p>Their claims are compared as if at the same time as every other, so a figure that moved can read as a contradiction: ${e(DATING_HINT)}.</p><ul>${undated.slice(0, 200).map((d) => `<li><code>${e(cleanText(d.path))}</code></li>`).join('')}${undated.length > 200 ? `<li>… and ${undated.length - 200} more</li>` : ''}</ul></details>`
    : '<p>Every document has a date.</p>';
  const reviewed = report.conflicts.filter((c) => c.review && c.review.verdict !== 'unreviewed');
  const reviews = report.reviews
    ? `<p>Reviews read from <code>${e(cleanText(report.reviews.file))}</code>: ${VERDICTS.map((v) => `${count((c) => (c.review?.verdict ?? 'unreviewed') === v)} ${v}`).join(', ')}.</p>` +
      (report.reviews.unused.length > 0
        ? `<p>${plural(report.reviews.unused.length, 'entry', 'entries')} of the reviews file match no conflict of this run:</p><ul>${report.reviews.unused.map((u) => `<li>line ${u.line}: <code>${e(u.fingerprint.slice(0, 8))}</code> ${e(u.verdict)}${u.subject ? ` (${e(cleanText(u.subject))})` : ''}</li>`).join('')}</ul>`
        : '')
    : reviewed.length === 0 ? '<p>No reviews file was read: every conflict is unreviewed.</p>' : '';
  const stories = report.stories?.length ?? 0;
  return (
    `<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>` +
    `<p>${e(summaryLine(report))}${stories > 0 ? `; ${plural(stories, 'story', 'stories')}` : ''}.</p>` +
    table + undatedBlock + reviews + '</section>'
  );
}

function filters(report: Report): string {
  const cs = report.conflicts;
  const uniq = (f: (c: Conflict) => string | undefined) => [...new Set(cs.map(f).filter((x): x is string => x !== undefined))].sort();
  const stories = uniq((c) => c.story);
  return (
    `<section id="filters" aria-labelledby="filters-h"><h2 id="filters-h">Filter</h2><form role="search" action="#">` +
    select('kind', 'Kind', uniq((c) => c.kind)) +
    select('severity', 'Severity', uniq((c) => c.severity)) +
    select('relation', 'Relation', uniq((c) => c.relation)) +
    (stories.length > 1 ? select('story', 'Story', stories, (id) => storyTitle(report, id)) : '') +
    select('verdict', 'Verdict', uniq((c) => c.review?.verdict ?? 'unreviewed')) +
    `<label for="f-q">Search<input id="f-q" type="search" placeholder="words in a claim, a path, a speaker"></label>` +
    `<button type="button" id="f-reset">Clear</button></form>` +
    `<p id="f-count" role="status" aria-live="polite"></p>` +
    `<p class="muted">Keys: <kbd>/</kbd> search, <kbd>j</kbd> / <kbd>k</kbd> next and previous conflict.</p></section>`
  );
}

function conflictsSection(report: Report, reviewArgs: readonly string[]): string {
  const groups = new Map<string, Conflict[]>();
  for (const c of conflictsBySubject(report.conflicts)) {
    const k = c.story ?? '';
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  // Stories by title (then id), so that a reader finds one by its headline.
  const key = (k: string) => `${k === '' ? '' : storyTitle(report, k)}\u0000${k}`;
  const order = [...groups.keys()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const many = order.length > 1;
  const sections = order.map((k) => {
    const list = groups.get(k) ?? [];
    const heading = many || k !== '' ? `<h2>${e(cleanText(k === '' ? 'Conflicts' : storyTitle(report, k)))}</h2>` : '<h2>Conflicts</h2>';
    return `<section class="story" data-story="${e(k)}">${heading}${list.map((c) => conflictArticle(report, c, reviewArgs)).join('')}</section>`;
  });
  return `<div id="conflicts">${sections.join('')}<p><button type="button" id="f-more" hidden>Show more</button></p></div>`;
}

function warnings(report: Report): string {
  if (report.warnings.length === 0) return '';
  const items = report.warnings.map((w) => `<li><code>${e(cleanText(`${documentOf(report, w.document).path}:${w.line}:${w.column}`))}</code> ${e(cleanText(w.message))} <span class="muted">(${e(cleanText(w.code))})</span></li>`);
  return `<section id="warnings" aria-labelledby="warnings-h"><h2 id="warnings-h">${plural(report.warnings.length, 'warning')}</h2><ul>${items.join('')}</ul></section>`;
}

export const formatHtml: Formatter = (report, opts) => {
  const n = report.conflicts.length;
  const title = `claimdiff: ${plural(n, 'conflict')} in ${plural(report.documents.length, 'document')}`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // How a page saved among the articles is recognised and skipped (src/inputs/own-output.ts).
    `<meta name="generator" content="claimdiff${opts.toolVersion ? ` ${e(opts.toolVersion)}` : ''}">`,
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#conflicts">Skip to the conflicts</a>',
    `<header><h1>claimdiff report</h1><p class="muted">${e(title)}</p></header>`,
    '<main>',
    summary(report),
    filters(report),
    conflictsSection(report, opts.reviewArgs ?? []),
    warnings(report),
    '</main>',
    `<footer>Made by claimdiff${opts.toolVersion ? ` ${e(opts.toolVersion)}` : ''}. A conflict is a lead for a person to check, not a verdict.</footer>`,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
};
