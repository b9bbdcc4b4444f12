import { describe, expect, test } from 'vitest';
import { LineIndex, locate } from '../../src/engine/lines.js';
import { MAX_SENTENCE, splitSentences } from '../../src/engine/sentences.js';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  test.each([
    ['One. Two.', ['One.', 'Two.']],
    ['The U.S. envoy said so. Then he left.', ['The U.S. envoy said so.', 'Then he left.']],
    ['After the Jan. 3 strike, talks stalled. Nothing moved.', ['After the Jan. 3 strike, talks stalled.', 'Nothing moved.']],
    ['Gen. Smith and Mr. Jones met. They talked.', ['Gen. Smith and Mr. Jones met.', 'They talked.']],
    ['It rose 2.5 percent. Prices fell.', ['It rose 2.5 percent.', 'Prices fell.']],
    ['"We will stay," he said. "Nobody is leaving."', ['"We will stay," he said.', '"Nobody is leaving."']],
    ['Is it over? No.', ['Is it over?', 'No.']],
    ['Has anyone been arrested? No. Police say not yet.', ['Has anyone been arrested?', 'No.', 'Police say not yet.']],
    ['He lives at No. 10 Downing Street. It is old.', ['He lives at No. 10 Downing Street.', 'It is old.']],
    ['Headline Without Stop\nThe body starts here.', ['Headline Without Stop', 'The body starts here.']],
    ['A sentence wrapped\nacross two lines.', ['A sentence wrapped\nacross two lines.']],
    ['James A. Smith spoke. Then left.', ['James A. Smith spoke.', 'Then left.']],
    // A letter glued to a figure is a label, not an initial: its period ends the sentence.
    ['The hospital tested all patients of ward 4B. Since Friday the ward is closed.', ['The hospital tested all patients of ward 4B.', 'Since Friday the ward is closed.']],
    ['   \n\n  ', []],
    // A figure ends a sentence; a list's number opening its line does not.
    ['The engine was built in 2011. Eleven were hurt.', ['The engine was built in 2011.', 'Eleven were hurt.']],
    ['It cost $4,500. Nobody paid.', ['It cost $4,500.', 'Nobody paid.']],
    ['Steps:\n1. Turn it off.', ['Steps:', '1. Turn it off.']],
  ])('%j', (text, expected) => expect(split(text)).toEqual(expected));

  test('spans are exact offsets', () => {
    const text = 'First one.  Second one!\n\nThird?';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  });

  test('caps a run with no punctuation', () => {
    const text = 'word '.repeat(5000);
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(5);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
  });
});

describe('lines and columns', () => {
  test('1-based lines and UTF-16 columns', () => {
    const text = 'first\nsé😀cond line\nthird';
    const idx = new LineIndex(text);
    expect(idx.position(0)).toEqual({ line: 1, column: 1 });
    expect(idx.position(text.indexOf('cond'))).toEqual({ line: 2, column: 5 });
    expect(idx.position(text.indexOf('third'))).toEqual({ line: 3, column: 1 });
  });

  test('maps through a source map to the file the user gave', () => {
    const html = '<p>\n  <b>Hello</b> world.</p>';
    const doc = { path: 'a.html', text: 'Hello world.', title: null, date: null, source: null, sourceText: html, sourceMap: [[0, html.indexOf('Hello')], [5, html.indexOf(' world')]] as Array<[number, number]> };
    expect(locate(doc, new LineIndex(html), { start: 6, end: 11 })).toEqual({ line: 2, column: 16, endLine: 2, endColumn: 21 });
  });
});
