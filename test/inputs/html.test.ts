import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFromText, htmlToText } from '../../src/inputs/index.js';
import { fixture, lineOf, mapOffset } from './helpers.js';

const source = readFileSync(fixture('harbour.html'), 'utf8');
const doc = documentFromText('harbour.html', source);

describe('HTML articles', () => {
  it('extracts the body text as paragraphs separated by blank lines', () => {
    expect(doc.text).toContain('The town council of Eastmere voted on Monday to approve a new harbour wall');
    expect(doc.text).toContain('cost about £12 million');
    expect(doc.text).toContain('“We have waited long enough,” said a local fisher');
    expect(doc.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });

  it('leaves out navigation, comments, share widgets, scripts and styles', () => {
    for (const gone of ['World news', 'Share on', 'Leave a', 'Comment by Bob', '90 million', 'tracker', '999 troops', 'color: red', 'Back to top', 'Subscribe', 'reaction']) {
      expect(doc.text, gone).not.toContain(gone);
    }
  });

  it('reads date, source and title from the metadata', () => {
    expect(doc.date).toBe('2024-05-06');
    expect(doc.source).toBe('The Coastal Ledger');
    expect(doc.title).toBe('Harbour plan approved');
    expect(doc.sourceText).toBe(source);
  });

  it('maps text offsets back to the right place in the HTML', () => {
    const map = doc.sourceMap!;
    for (let i = 1; i < map.length; i++) expect(map[i]![0]).toBeGreaterThan(map[i - 1]![0]);
    for (const phrase of ['Residents at the meeting', 'budget', '40 per cent', 'town council', 'autumn of next year', 'said a local fisher']) {
      const t = doc.text.indexOf(phrase);
      const s = mapOffset(map, t);
      expect(source.slice(s, s + phrase.length), phrase).toBe(phrase);
      expect(lineOf(source, s)).toBe(lineOf(source, source.indexOf(phrase)));
    }
    // after an entity (&rsquo;) the mapping is still exact
    const after = doc.text.indexOf('s budget');
    expect(source.slice(mapOffset(map, after), mapOffset(map, after) + 8)).toBe('s budget');
  });

  it('reads JSON-LD dates and publishers, and <time datetime>', () => {
    const body = '<p>' + 'The library will open on weekends from next month, the city said on Tuesday. '.repeat(4) + '</p>';
    const ld = htmlToText(
      `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2019-11-02T10:00:00Z","publisher":{"@type":"Organization","name":"Riverside Post"}}]}</script></head><body><article>${body}</article></body></html>`,
    );
    expect(ld.date).toBe('2019-11-02');
    expect(ld.source).toBe('Riverside Post');
    const time = htmlToText(`<html><body><article><time datetime="2018-03-09">9 March</time>${body}</article></body></html>`);
    expect(time.date).toBe('2018-03-09');
  });

  it('falls back to a dateline in the text when there is no metadata', () => {
    const d = documentFromText('p.html', '<html><body><article><p>Published: 2021-06-30</p><p>' + 'The council confirmed that 40 new homes would be built on the old depot site. '.repeat(4) + '</p></article></body></html>');
    expect(d.date).toBe('2021-06-30');
  });

  it('survives a page Readability gives up on', () => {
    const d = documentFromText('tiny.html', '<p>Short note: 3 boats.</p>');
    expect(d.text).toContain('Short note: 3 boats.');
    const s = mapOffset(d.sourceMap!, d.text.indexOf('3 boats'));
    expect(d.sourceText!.slice(s, s + 7)).toBe('3 boats');
  });
});
