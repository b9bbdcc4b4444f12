// Article text is untrusted. Everything from a report that a person will read
// (sentences, values as written, titles, sources, paths, warning messages) goes
// through `stripControls` before it is printed, whatever the format and whether
// colour is on or off; Markdown and HTML output escape it on top of that.

// Escape sequences are removed whole, so that their payload does not leak as text:
//  - CSI: ESC [ or C1 0x9B, parameter bytes 0x30-0x3F, intermediates 0x20-0x2F, a final 0x40-0x7E;
//  - OSC, DCS, SOS, PM, APC: ESC ] P X ^ _ (or C1 0x9D 0x90 0x98 0x9E 0x9F) up to BEL or ST
//    (ESC \ or 0x9C). An unterminated one loses only its introducer; its payload stays as plain text;
//  - other escapes: ESC, intermediates 0x20-0x2F, one final byte 0x30-0x7E.
// Then every remaining C0 control except \t and \n, DEL and every C1 control is dropped.
// CR LF and a lone CR become LF so that words on either side stay apart.
// Explicit bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069)
// are dropped too: they reorder what a terminal or a browser shows.
/* eslint-disable no-control-regex */
const CSI = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?/g;
const STRING_SEQ = /(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)/g;
const OTHER_ESC = /\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function stripControls(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(STRING_SEQ, '')
    .replace(CSI, '')
    .replace(OTHER_ESC, '')
    .replace(CONTROLS, '');
}

/** Runs of whitespace (including newlines and tabs) become one space; ends are trimmed. */
export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A sentence or a value, safe to print on one line: controls stripped, whitespace collapsed. */
export function cleanText(s: string): string {
  return collapseWhitespace(stripControls(s));
}

// ASCII punctuation that Markdown (CommonMark + GitHub extensions: tables, strikethrough,
// math, mentions, autolinks) can give meaning to. CommonMark lets any ASCII punctuation be
// backslash-escaped, so over-escaping only makes the source noisier, never the rendering wrong.
const MD_SPECIAL = /[\\`*_{}[\]()#!|<>~&@$:]/g;

/**
 * Escapes text for inline Markdown (a paragraph, a list item or a table cell): strips
 * controls, collapses whitespace (a cell cannot span lines) and backslash-escapes
 * Markdown punctuation, `|` included, so a table keeps its columns.
 */
export function escapeMarkdown(s: string): string {
  // At the start of a line "- ", "+ ", "1. " would open a list and "=" or "-" a setext
  // heading: the escaped text may begin a line, so its first character is escaped too.
  return cleanText(s)
    .replace(MD_SPECIAL, (c) => `\\${c}`)
    .replace(/^(\d+)\./, '$1\\.')
    .replace(/^[-+=]/, (c) => `\\${c}`);
}

/** Length of the longest run of `ch` in `s`. */
export function longestRun(s: string, ch: string): number {
  let best = 0;
  let run = 0;
  for (const c of s) {
    run = c === ch ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/** A backtick fence longer than any backtick run in `content` (at least three). */
export function fenceFor(content: string): string {
  return '`'.repeat(Math.max(3, longestRun(content, '`') + 1));
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values (controls stripped). */
export function escapeHtml(s: string): string {
  return stripControls(s).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * JSON.stringify escapes C0 controls but writes DEL and C1 controls (U+007F-U+009F) and
 * the line separators U+2028/U+2029 raw; some terminals act on C1 bytes. Escaping them
 * keeps the parsed value identical and the bytes inert. Bidirectional overrides and isolates
 * are escaped too, so that a JSON report shown in a terminal or an editor reads in order.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
