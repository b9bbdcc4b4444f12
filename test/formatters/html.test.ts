// The HTML page as a pure formatter: escaping of untrusted text, the CSP and its hashes,
// nothing external, the same bytes twice, paragraphs, timelines, verdicts.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/formatters/html.js';
import { CSP, CSS, SCRIPT } from '../../src/formatters/html/assets.js';
import { timelineSvg } from '../../src/formatters/html/timeline.js';
import { claimsOf } from '../../src/formatters/common.js';
import { evidenceOf, daysBetween, intervalText } from '../../src/formatters/evidence.js';
import { formatExplain } from '../../src/formatters/explain.js';
import { conflictFingerprint, fingerprint, shortId } from '../../src/formatters/fingerprint.js';
import { anchorClaim } from '../../src/formatters/common.js';
import { applyReviews } from '../../src/reviews/index.js';
import { CONTROL_BYTES } from './helpers.js';
import { emptyReport, sampleReport } from './sample-report.js';

const page = (r = sampleReport(), args: string[] = ['articles']) => formatHtml(r, { color: false, toolVersion: '0.0.0', reviewArgs: args });
const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('html: a self-contained page', () => {
  it('declares a CSP that allows only its own style and script, by hash', () => {
    const html = page();
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
    expect(CSP).toContain("default-src 'none'");
    expect(CSP).toContain(`style-src ${sha(CSS)}`);
    expect(CSP).toContain(`script-src ${sha(SCRIPT)}`);
    // exactly the hashed blocks are on the page, once each
    expect(html.split('<style>').length).toBe(2);
    expect(html).toContain(`<style>${CSS}</style>`);
    expect(html.split('<script').length).toBe(2);
    expect(html).toContain(`<script>${SCRIPT}</script>`);
  });

  it('refers to nothing outside itself: no URL but the SVG namespace, no style attribute, no event handler', () => {
    const html = page();
    const urls = html.match(/\b(?:https?:|\/\/)[^\s"'<>]*/g) ?? [];
    expect(urls.filter((u) => u !== 'http://www.w3.org/2000/svg')).toEqual([]);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/<(?:link|iframe|object|embed|img)\b/);
  });

  it('escapes every piece of article text (the hostile sentence, titles, paths)', () => {
    const r = sampleReport();
    const d = r.documents[0];
    if (d) d.title = '<img src=x onerror=alert(1)> "quoted" & \u001b[31mred';
    const html = page(r);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; red');
    expect(html).not.toMatch(CONTROL_BYTES);
    // the only <script> is the page's own
    expect(html.match(/<script>/g)?.length).toBe(1);
  });

  it('gives the same bytes for the same report', () => {
    expect(page()).toBe(page());
  });

  it('has a summary, filters for kind, severity, relation and verdict, and a search box', () => {
    const html = page();
    expect(html).toContain('id="summary"');
    expect(html).toMatch(/<select id="f-kind">.*quantity.*<\/select>/s);
    expect(html).toContain('<select id="f-severity">');
    expect(html).toContain('<select id="f-relation">');
    expect(html).toContain('<select id="f-verdict">');
    expect(html).toContain('<input id="f-q" type="search"');
    expect(html).toContain('Conflicts by kind and severity');
  });

  it('says when there is nothing to see', () => {
    const html = page(emptyReport());
    expect(html).toContain('No contradictions found.');
    expect(html).toContain('1 document without a date');
  });

  it('marks the value inside its sentence inside its paragraph', () => {
    const r = sampleReport();
    const a = r.assertions[0];
    if (!a) throw new Error('no assertion');
    a.paragraph = { text: `Before it. ${a.sentenceText} After it.`, start: a.sentence.start - 'Before it. '.length };
    const html = page(r);
    expect(html).toContain(`Before it. <span class="sentence">`);
    expect(html).toContain(`<mark>${a.written}</mark>`);
    expect(html).toContain('</span> After it.');
  });

  it('ignores a paragraph that does not hold the sentence where the offsets say', () => {
    const r = sampleReport();
    const a = r.assertions[0];
    if (!a) throw new Error('no assertion');
    a.paragraph = { text: 'Something else entirely.', start: a.sentence.start };
    expect(page(r)).not.toContain('Something else entirely');
  });

  it('draws a change as an SVG timeline with a title and a description', () => {
    const html = page();
    expect(html).toMatch(/<svg class="timeline"[^>]*role="img"/);
    expect(html).toMatch(/<title id="c-[0-9a-f]{8}-t">Timeline of idle cranes/);
    const r = sampleReport();
    const change = r.conflicts.find((c) => c.relation === 'change');
    if (!change) throw new Error('no change');
    const svg = timelineSvg(change, claimsOf(r, change), null, 'x');
    expect(svg).toContain('<circle class="point"');
  });

  it('shows the verdict and the exact command to record one', () => {
    const r = sampleReport();
    const c = r.conflicts[0];
    if (!c) throw new Error('no conflict');
    applyReviews(r, 'claimdiff-reviews.yaml', [{ key: conflictFingerprint(r, c), verdict: 'false-alarm', note: 'two <different> counts', by: 'ann', line: 5 }]);
    const html = page(r, ['articles', 'my drafts']);
    const id = shortId(r, c);
    expect(html).toContain('<strong>Verdict: false-alarm</strong> by ann');
    expect(html).toContain('two &lt;different&gt; counts');
    expect(html).toContain(`claimdiff review ${id} confirmed articles &#39;my drafts&#39;`);
    expect(html).toContain('class="conflict settled"');
  });
});

describe('the evidence chain', () => {
  it('spells out intervals, gaps and times', () => {
    const r = sampleReport();
    const c = r.conflicts.find((x) => x.kind === 'quantity' && x.relation === 'contradiction');
    if (!c) throw new Error('no quantity conflict');
    const ev = evidenceOf(r, c);
    expect(ev.pairs.length).toBeGreaterThan(0);
    expect(ev.pairs[0]?.values).toMatch(/do not meet/);
    expect(ev.claims.map((x) => x.label)).toContain('A');
    expect(intervalText({ kind: 'quantity', number: 5, low: 1000, high: Infinity, hedge: 'min', unit: null })).toBe('[1,000, ∞]');
    expect(daysBetween({ start: '2020-01-01', end: '2020-01-31' }, { start: '2020-02-10', end: '2020-02-10' })).toBe(10);
    expect(daysBetween({ start: '2020-01-01', end: '2020-01-31' }, { start: '2020-01-10', end: '2020-01-10' })).toBe(0);
    expect(daysBetween(null, { start: '2020-01-10', end: '2020-01-10' })).toBeNull();
  });

  it('explain prints the same chain as text, value marked, no control bytes', () => {
    const r = sampleReport();
    applyReviews(r, 'f.yaml', []);
    for (const c of r.conflicts) {
      const out = formatExplain(r, c, { color: false, reviewArgs: ['articles'] });
      expect(out).not.toMatch(CONTROL_BYTES);
      expect(out).toContain('Why they clash');
      expect(out).toContain(`claimdiff review ${shortId(r, c)} confirmed|false-alarm|explained articles`);
    }
    const q = r.conflicts[0];
    if (!q) throw new Error('no conflict');
    expect(formatExplain(r, q, { color: false })).toMatch(/⟦[^⟧]+⟧/);
  });
});

describe('fingerprints are shared by SARIF and reviews', () => {
  it('conflictFingerprint is the SARIF fingerprint of the anchor claim, and ignores line moves', () => {
    const r = sampleReport();
    const c = r.conflicts[0];
    if (!c) throw new Error('no conflict');
    const anchor = anchorClaim(claimsOf(r, c));
    if (!anchor) throw new Error('no anchor');
    expect(conflictFingerprint(r, c)).toBe(fingerprint(c, anchor));
    const moved = structuredClone(r);
    for (const a of moved.assertions) {
      a.location.line += 7;
      a.span = { start: a.span.start + 100, end: a.span.end + 100 };
      a.sentence = { start: a.sentence.start + 100, end: a.sentence.end + 100 };
    }
    expect(conflictFingerprint(moved, c)).toBe(conflictFingerprint(r, c));
  });
});
