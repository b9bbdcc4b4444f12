import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/inputs/index.js';
import { mapOffset } from './helpers.js';

const mdPiece = fc.constantFrom(
  '# ', '## ', '- ', '1. ', '> ', '**', '*', '_', '`', '```\n', '~~', '[', '](http://x.example/a)', '![', '<!-- c -->', '<b>', '</b>',
  '---\n', '|', ' | ', '\n', '\r\n', '\n\n', 'troops', '5,000', 'said', ' ', 'é', '😀', '&amp;', '\\*', 'Share on Facebook', 'https://y.example',
);

describe('properties', () => {
  it('Markdown and text documents keep the length and newlines of any input', () => {
    fc.assert(
      fc.property(fc.array(mdPiece, { maxLength: 60 }), fc.constantFrom('a.md', 'a.txt'), (pieces, name) => {
        const src = pieces.join('');
        const doc = documentFromText(name, src);
        expect(doc.text.length).toBe(src.length);
        for (let i = 0; i < src.length; i++) {
          const c = src[i]!;
          if (c === '\n' || c === '\r') expect(doc.text[i]).toBe(c);
          else expect(doc.text[i] === c || doc.text[i] === ' ').toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('HTML: every word of the text maps to the same word in the source', () => {
    const word = fc.constantFrom('harbour', 'wall', '12', 'million', 'café', 'AT&amp;T', '&ldquo;quote&rdquo;', 'town&rsquo;s', '<b>bold</b>', '<a href="/the/wall">link</a>');
    const para = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => `<p>${ws.join(' \n  ')}</p>`);
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 8 }), (paras) => {
        const src = `<html><body><article>\n${paras.join('\n')}\n</article></body></html>`;
        const doc = documentFromText('a.html', src);
        const re = /[A-Za-z0-9]+/g;
        let m: RegExpExecArray | null;
        while ((m = re.exec(doc.text)) !== null) {
          const s = mapOffset(doc.sourceMap!, m.index);
          expect(src.slice(s, s + m[0].length)).toBe(m[0]);
        }
      }),
      { numRuns: 150 },
    );
  });
});
