import { describe, expect, it } from 'vitest';
import {
  cleanText,
  collapseWhitespace,
  escapeHtml,
  escapeJsonControls,
  escapeMarkdown,
  fenceFor,
  longestRun,
  stripControls,
} from '../../src/formatters/sanitize.js';

describe('stripControls', () => {
  it.each([
    ['CSI colour', 'a\u001b[31mred\u001b[0m b', 'ared b'],
    ['CSI with params and intermediates', 'x\u001b[1;2 qy', 'xy'],
    ['C1 CSI', 'x\u009b2Jy', 'xy'],
    ['OSC 8 link ended by BEL', '\u001b]8;;http://x\u0007link\u001b]8;;\u0007', 'link'],
    ['OSC ended by ST', 'a\u001b]0;title\u001b\\b', 'ab'],
    ['C1 OSC ended by C1 ST', 'a\u009d0;title\u009cb', 'ab'],
    ['DCS', 'a\u001bPq#0\u001b\\b', 'ab'],
    ['unterminated OSC keeps its payload as text', 'a\u001b]8;;http://x', 'a8;;http://x'],
    ['two-byte escape', 'a\u001bcb', 'ab'],
    ['lone ESC at the end', 'ab\u001b', 'ab'],
    ['NUL, BEL, BS, VT, FF, DEL', 'a\u0000b\u0007c\u0008d\u000be\u000cf\u007fg', 'abcdefg'],
    ['C1 NEL and others', 'a\u0085b\u0090c\u009fd', 'abcd'],
    ['CR LF and lone CR become LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['keeps \\n and \\t', 'a\tb\nc', 'a\tb\nc'],
    ['bidi overrides', 'a\u202eb\u2066c\u2069', 'abc'],
    ['plain unicode untouched', 'Straße · 5,000 → “ok” 日本', 'Straße · 5,000 → “ok” 日本'],
  ])('%s', (_name, input, expected) => {
    expect(stripControls(input)).toBe(expected);
  });
});

describe('whitespace', () => {
  it('collapses runs and trims', () => {
    expect(collapseWhitespace('  a \n\t b  ')).toBe('a b');
    expect(cleanText('a\r\n\u001b[1mb\u001b[0m')).toBe('a b');
  });
});

describe('escapeMarkdown', () => {
  it('escapes punctuation Markdown gives meaning to', () => {
    expect(escapeMarkdown('a|b `c` <script> [x](y) *b* _i_ #h ~s~ @u $m$ a:b &amp;')).toBe(
      'a\\|b \\`c\\` \\<script\\> \\[x\\]\\(y\\) \\*b\\* \\_i\\_ \\#h \\~s\\~ \\@u \\$m\\$ a\\:b \\&amp;',
    );
  });
  it('escapes what would open a block at the start of a line', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('=== ')).toBe('\\===');
    expect(escapeMarkdown('5,000-strong')).toBe('5,000-strong');
  });
  it('puts everything on one line, without controls', () => {
    expect(escapeMarkdown('a\r\nb\u001b[31m')).toBe('a b');
  });
});

describe('fences', () => {
  it('is longer than any backtick run', () => {
    expect(longestRun('a ``` b `````` c', '`')).toBe(6);
    expect(fenceFor('plain')).toBe('```');
    expect(fenceFor('a ``` b')).toBe('````');
    expect(fenceFor('a ````` b')).toBe('``````');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters and strips controls', () => {
    expect(escapeHtml(`<a href="x">'&'</a>\u001b[31m`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('escapeJsonControls', () => {
  it('escapes DEL, C1 and line separators without changing the parsed value', () => {
    const value = { s: 'a\u007fb\u009bc\u2028d' };
    const out = escapeJsonControls(JSON.stringify(value));
    expect(out).toBe('{"s":"a\\u007fb\\u009bc\\u2028d"}');
    expect(JSON.parse(out)).toEqual(value);
  });
});
