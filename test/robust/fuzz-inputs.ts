// Generators for the CLI fuzz test: folders of files as a user might hand the tool,
// from raw bytes to article-like prose, under names that pick each reader (plain,
// Markdown, HTML), plus the command line that reads them.
import fc from 'fast-check';

export interface FuzzFile {
  name: string;
  bytes: Uint8Array;
}

export interface FuzzCase {
  files: FuzzFile[];
  /** Arguments after `claimdiff`, relative to the folder that holds the files. */
  args: string[];
}

const enc = new TextEncoder();
const utf8 = (s: string): Uint8Array => enc.encode(s);
const concat = (parts: Uint8Array[]): Uint8Array => Buffer.concat(parts);

// Byte sequences that decoders trip on: BOMs (UTF-8, UTF-16 LE/BE, UTF-32 LE), an
// overlong NUL, a surrogate as UTF-8 (CESU/WTF-8), a code point past U+10FFFF,
// lone continuation and lead bytes, a truncated sequence, C1 controls as Latin-1.
const nasty = fc.constantFrom(
  [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0x00, 0x00], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80], [0x80], [0xbf], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0x85], [0x9b], [0xe9], [0x00], [0x0d], [0x1b],
).map((b) => Uint8Array.from(b));

const randomBytes = fc.oneof(
  fc.uint8Array({ maxLength: 1500 }),
  fc.array(fc.oneof(nasty, fc.uint8Array({ maxLength: 40 })), { maxLength: 60 }).map(concat),
);

// Single code points that matter to a text tool: C0/C1 controls, bidi controls and
// marks, zero-width characters, combining marks, emoji with joiners and modifiers,
// lone surrogates (written out by TextEncoder as U+FFFD), non-Latin digits.
const special = fc.constantFrom(
  '\u0000', '\u0007', '\u0008', '\u000b', '\u000c', '\r', '\u001b[2J', '\u007f', '\u0085', '\u009b', '\u2028', '\u2029',
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c',
  '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u0301', '\u0308\u0327\u0300', '\u20dd', '👩‍👩‍👧', '👍🏽', '🏳️‍🌈', '\ud800', '\udfff',
  '١٢٣', '五千', '৫,০০০', '𝟓,𝟎𝟎𝟎', '\ufffd', '\uffff', '\u{10ffff}',
);

const randomUnicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 600 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.array(fc.oneof(special, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 120 }).map((ps) => ps.join('')),
);

// Words that send text down the extraction paths: figures in many shapes, hedges,
// casualty and troop subjects, negation and denial, dates, attribution, quotes.
const figure = fc.constantFrom(
  '5,000', 'about 2,500', 'some 3,000', 'nearly 400', 'more than 1,000', 'at least 12', 'up to 70', 'between 300 and 400',
  'tens of thousands', '2.5 million', 'five thousand', '5,000-strong', 'a dozen', '1e308', '99999999999999999999', '0', '-40', '12%',
);
const subject = fc.constantFrom('troops', 'US troops', 'soldiers', 'people', 'civilians', 'protesters', 'workers', 'migrants', 'jobs');
const predicate = fc.constantFrom(
  'were killed', 'killed', 'were injured', 'died', 'were deployed', 'remain in Iraq', 'were displaced', 'were arrested', 'were not killed',
  'were never deployed', 'may have died', 'will be withdrawn', 'were reportedly killed',
);
const tail = fc.constantFrom(
  '', ' in Iraq', ' in Syria', ' on Monday', ' on 3 June 2019', ' last year', ' in June 2018', ' since 2019', ' by Friday', ' in the capital',
);
const attribution = fc.constantFrom('', ', officials said', ', the ministry said', ', according to the UN', ', a spokesman denied', ', said Jeffrey Smith');
const statusLine = fc.constantFrom(
  'Talks between the US and Iraq are ongoing.', 'There are no talks between the US and Iraq.', 'The ceasefire collapsed on Sunday.',
  'The ceasefire held.', 'The border is closed.', 'The border was reopened.', 'Officials denied that any strike took place.',
);
const sentence = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(figure, subject, predicate, tail, attribution).map(([f, s, p, t, a]) => `${f} ${s} ${p}${t}${a}.`) },
  { weight: 1, arbitrary: fc.tuple(figure, subject, predicate).map(([f, s, p]) => `"${f} ${s} ${p}," he said. \u201cNo,\u201d she said.`) },
  { weight: 1, arbitrary: statusLine },
  { weight: 1, arbitrary: fc.constantFrom('Updated 14:05 GMT', 'Published: 2019-06-03', 'By Jane Doe, Reuters', 'Share this article', 'Advertisement') },
);
const junk = fc.oneof(special, fc.constantFrom(' ', '\n', '\n\n', '\t', '(', ')', ',', '.', '?', '...', '\u2014', '**', '|', '#', '<', '&amp;'));

const soup = fc
  .array(fc.oneof({ weight: 5, arbitrary: sentence }, { weight: 1, arbitrary: junk }), { minLength: 1, maxLength: 40 })
  .chain((parts) => fc.constantFrom(' ', '\n', '\n\n', '').map((sep) => parts.join(sep)));

// Wraps prose in the syntax of the reader the file name picks, sometimes broken.
function asMarkdown(title: string, body: string, frontMatter: boolean): string {
  const fm = frontMatter ? `---\ntitle: ${title}\ndate: 2019-06-03\nsource: Example News\n---\n` : '';
  return `${fm}# ${title}\n\n${body.replace(/\. /g, '.\n\n- **').replace(/killed/g, '*killed*')}\n\n| a | b |\n|---|---|\n| 5,000 | troops |\n`;
}
function asHtml(title: string, body: string, broken: boolean): string {
  const paras = body.split(/\n+/).map((p) => `<p>${p}</p>`).join('\n');
  const page = `<!doctype html><html><head><title>${title}</title><meta property="article:published_time" content="2019-06-03T10:00:00Z">`
    + `<script>var n = "9,999 troops killed";</script></head><body><nav>Home | World</nav><article><h1>${title}</h1>${paras}</article>`
    + `<!-- 7,777 troops --><footer>Share</footer></body></html>`;
  return broken ? page.slice(0, Math.floor(page.length / 2)) + '<div><p><b' : page;
}

function utf16(text: string, be: boolean, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  if (be) body.swap16();
  return bom ? concat([Uint8Array.from(be ? [0xfe, 0xff] : [0xff, 0xfe]), body]) : body;
}

type Ext = '.txt' | '.md' | '.markdown' | '.html' | '.htm' | '.TXT' | '';
const ext = fc.constantFrom<Ext>('.txt', '.md', '.markdown', '.html', '.htm', '.TXT', '');

// How the article text becomes bytes: UTF-8 (with or without a BOM), UTF-16 either
// way, or UTF-8 with junk bytes spliced in.
const encoding = fc.oneof(
  { weight: 4, arbitrary: fc.constant((t: string): Uint8Array => utf8(t)) },
  { weight: 1, arbitrary: fc.constant((t: string): Uint8Array => concat([Uint8Array.from([0xef, 0xbb, 0xbf]), utf8(t)])) },
  { weight: 1, arbitrary: fc.tuple(fc.boolean(), fc.boolean()).map(([be, bom]) => (t: string): Uint8Array => utf16(t, be, bom)) },
  { weight: 1, arbitrary: fc.tuple(nasty, fc.nat()).map(([b, at]) => (t: string): Uint8Array => {
    const bytes = utf8(t);
    const i = bytes.length ? at % bytes.length : 0;
    return concat([bytes.subarray(0, i), b, bytes.subarray(i)]);
  }) },
);

const article = fc
  .tuple(ext, soup, fc.constantFrom('Troops killed', '5,000 US troops in Iraq', 'Talks', ''), fc.boolean(), encoding)
  .map(([e, body, title, flag, encode]) => {
    const text = e === '.md' || e === '.markdown' ? asMarkdown(title, body, flag) : e === '.html' || e === '.htm' ? asHtml(title, body, flag) : body;
    return { ext: e, bytes: encode(text) };
  });

const content = fc.oneof(
  { weight: 6, arbitrary: article },
  { weight: 2, arbitrary: fc.tuple(ext, randomUnicode).map(([e, t]) => ({ ext: e, bytes: utf8(t) })) },
  { weight: 2, arbitrary: fc.tuple(ext, randomBytes).map(([e, b]) => ({ ext: e, bytes: b })) },
);

// Name stems with spaces, accents, CJK, a right-to-left override and a newline; each
// name starts with its index so that names never collide or read as an option.
const stem = fc.constantFrom('', 'a', 'report', 'a b', 'ü', '日本', 'x\u202ey', 'new\nline', '%s', '$(x)', '..x');

const files = fc
  .array(fc.tuple(content, stem, fc.boolean()), { minLength: 1, maxLength: 5 })
  .map((xs) => xs.map(([c, s, nested], i): FuzzFile => ({ name: `${nested ? 'sub/' : ''}f${i}${s}${c.ext}`, bytes: c.bytes })));

const extractFormats = ['jsonl', 'json', 'text'] as const;
const scanFormats = ['text', 'json', 'jsonl', 'markdown', 'sarif', 'github'] as const;

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    files,
    fc.constantFrom('scan', 'extract'),
    fc.nat(),
    fc.boolean(),
    fc.constantFrom<string[]>([], ['--group-by', 'folder'], ['--quiet'], ['--fail-on', 'change']),
  )
  .map(([fs, command, f, byName, extra]) => {
    const formats = command === 'scan' ? scanFormats : extractFormats;
    const format = formats[f % formats.length] as string;
    // Sometimes the folder, so the walk decides what to read; sometimes each file by name.
    const paths = byName ? fs.map((x) => x.name) : ['.'];
    const opts = command === 'extract' && extra[0] === '--fail-on' ? [] : extra; // extract has no --fail-on
    return { files: fs, args: [command, '-f', format, '--no-config', ...opts, ...paths] };
  });
