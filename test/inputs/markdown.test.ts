import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentFromText, findDirectives, markdownToText } from '../../src/inputs/index.js';
import { fixture } from './helpers.js';

const source = readFileSync(fixture('bridge.md'), 'utf8');
const doc = documentFromText('bridge.md', source);

function newlines(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) if (s[i] === '\n' || s[i] === '\r') out.push(i);
  return out;
}

describe('Markdown blanking', () => {
  it('keeps the length and every newline of the source', () => {
    expect(doc.text.length).toBe(source.length);
    expect(newlines(doc.text)).toEqual(newlines(source));
  });

  it('keeps prose at the same offsets', () => {
    for (const s of [
      'The county said repairs to the ',
      'Engineers found more corrosion than expected, a county spokesperson said.',
      'The contractor put the cost at 2.9 million in a statement.',
      'Cost estimate: 2.4 million',
    ]) {
      const at = source.indexOf(s);
      expect(at).toBeGreaterThan(-1);
      expect(doc.text.slice(at, at + s.length)).toBe(s);
    }
    // emphasis markers blanked, words kept in place
    const bold = source.indexOf('**Old Mill bridge**');
    expect(doc.text.slice(bold, bold + 19)).toBe('  Old Mill bridge  ');
  });

  it('blanks front matter, markers, URLs, code, comments, images, tables pipes and furniture', () => {
    for (const gone of ['title:', 'Valley Courier', 'https://example.org', '5,000 workers', 'echo', 'claimdiff-disable', 'A photo of the bridge', '|', '---', '#', '`12`', '> Engineers', '- Cost', 'Share this article', 'Leave a comment', '[first announced]', '"Announcement"']) {
      expect(doc.text, gone).not.toContain(gone);
    }
    // link label kept where it was
    const label = source.indexOf('first announced');
    expect(doc.text.slice(label, label + 15)).toBe('first announced');
    // table cell text kept
    expect(doc.text).toMatch(/ Deck +4 /);
    // heading text kept, marker blanked
    const h = source.indexOf('# Bridge repairs');
    expect(doc.text.slice(h, h + 2)).toBe('  ');
    expect(doc.text.slice(h + 2, h + 16)).toBe('Bridge repairs');
  });

  it('reads title, date and source from front matter', () => {
    expect(doc.title).toBe('Bridge repairs delayed again');
    expect(doc.date).toBe('2023-09-18');
    expect(doc.source).toBe('Valley Courier');
  });

  it('takes the title from the first heading without front matter', () => {
    const d = documentFromText('x.md', 'Intro line\n\n## The *real* heading\n\nBody.\n');
    expect(d.title).toBe('The real heading');
  });

  it('keeps CRLF line endings and blanks blockquote markers on continuation lines', () => {
    const src = '# Title\r\n\r\n> first line of quote\r\n> second line\r\n';
    const r = markdownToText(src);
    expect(r.text.length).toBe(src.length);
    expect(newlines(r.text)).toEqual(newlines(src));
    expect(r.text).toBe('  Title\r\n\r\n  first line of quote\r\n  second line\r\n');
  });

  it('blanks bare URLs and autolinks but keeps ordinary link labels', () => {
    const src = 'See <https://a.example/x> and www.b.example and [the report](https://c.example).\n';
    const r = markdownToText(src);
    expect(r.text).not.toMatch(/example/);
    expect(r.text).toContain('the report');
    expect(r.text.length).toBe(src.length);
  });
});

describe('findDirectives', () => {
  it('finds disable-next-line, disable and enable comments with their lines and rules', () => {
    const src = [
      'Intro.',
      '<!-- claimdiff-disable-next-line troop-count talks-status -->',
      'A claim.',
      '<!-- claimdiff-disable casualty-count -->',
      'More.',
      '<!--claimdiff-enable-->',
      '<!-- claimdiff-disable -->',
      '<!-- claimdiff-disable-next-line a-rule, b-rule -- because the quote is wrong -->',
      '<!-- an ordinary comment mentioning claimdiff-disable -->',
    ].join('\n');
    expect(findDirectives(src)).toEqual([
      { line: 2, kind: 'disable-next-line', rules: ['troop-count', 'talks-status'] },
      { line: 4, kind: 'disable', rules: ['casualty-count'] },
      { line: 6, kind: 'enable', rules: [] },
      { line: 7, kind: 'disable', rules: [] },
      { line: 8, kind: 'disable-next-line', rules: ['a-rule', 'b-rule'] },
    ]);
  });

  it('finds the directive in the Markdown fixture', () => {
    const d = findDirectives(source);
    expect(d).toHaveLength(1);
    expect(d[0]!.kind).toBe('disable-next-line');
    expect(d[0]!.rules).toEqual(['cost-figure']);
    expect(source.split('\n')[d[0]!.line - 1]).toContain('claimdiff-disable-next-line');
  });
});
