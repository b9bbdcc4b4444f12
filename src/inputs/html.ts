// HTML → article text. linkedom parses, @mozilla/readability finds the article; the
// text is built from the article's text nodes (paragraphs separated by blank lines),
// and every run of text is located in the HTML so that offsets map back to it.

import type * as ReadabilityModule from '@mozilla/readability';
import type * as LinkedomModule from 'linkedom';
import { lazyModule } from '../lazy.js';
import { isFurnitureLine } from './furniture.js';
import { normaliseDate } from './dateline.js';

// linkedom and Readability take ~150 ms to load: only when an HTML file is read.
const linkedom = lazyModule<typeof LinkedomModule>('linkedom');
const readability = lazyModule<typeof ReadabilityModule>('@mozilla/readability');
const parseHTML = (html: string): ReturnType<typeof LinkedomModule.parseHTML> => linkedom().parseHTML(html);
const readabilityClass = (): typeof ReadabilityModule.Readability => readability().Readability;

export interface HtmlResult {
  text: string;
  sourceMap: Array<[number, number]>;
  title: string | null;
  date: string | null;
  source: string | null;
}

// Minimal DOM shapes we use (linkedom's types are loose; keep ours explicit).
interface DNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DNode>;
  parentNode: DNode | null;
}
interface DElement extends DNode {
  tagName: string;
  getAttribute(name: string): string | null;
  remove(): void;
  querySelectorAll(sel: string): ArrayLike<DElement>;
  querySelector(sel: string): DElement | null;
}
interface DDocument {
  title: string;
  body: DElement | null;
  documentElement: DElement;
  querySelectorAll(sel: string): ArrayLike<DElement>;
  querySelector(sel: string): DElement | null;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DETAILS', 'DIALOG', 'DD', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT',
  'TR', 'TD', 'TH', 'UL', 'CAPTION', 'SUMMARY',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'OBJECT', 'CANVAS']);

const REMOVE_SELECTOR =
  'script, style, noscript, template, iframe, svg, nav, form, button, select, textarea, [role="navigation"], [role="complementary"], [aria-hidden="true"], [hidden]';
const FURNITURE_CLASS =
  /(?:^|[\s_-])(?:share|sharing|sharedaddy|social|socials|comments?|commentlist|disqus|respond|related|newsletter|subscribe|subscription|cookie|cookies|consent|advert|advertisement|ads?|promo|sidebar|breadcrumbs?|reactions?|widget|popup|modal|paywall|signup|login|menu|navbar|masthead|site-footer|site-header)(?:$|[\s_-])/i;
const KEEP_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

function clean(doc: DDocument): void {
  for (const el of Array.from(doc.querySelectorAll(REMOVE_SELECTOR))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    if (KEEP_TAGS.has(el.tagName)) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (FURNITURE_CLASS.test(names)) el.remove();
  }
}

function meta(doc: DDocument, ...selectors: string[]): string | null {
  for (const sel of selectors) {
    const v = doc.querySelector(sel)?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

function jsonLd(doc: DDocument): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    out.push(o);
    if (o['@graph'] !== undefined) visit(o['@graph'], depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = s.textContent ?? '';
    if (raw.length > 1_000_000) continue;
    try {
      visit(JSON.parse(raw), 0);
    } catch {
      /* ignore malformed JSON-LD */
    }
  }
  return out;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v !== null && typeof v === 'object') {
    const n = (v as Record<string, unknown>)['name'];
    return typeof n === 'string' ? n.trim() || null : null;
  }
  return null;
}

function readMetadata(doc: DDocument): { title: string | null; date: string | null; source: string | null } {
  const ld = jsonLd(doc);
  let date: string | null = null;
  const metaDate = meta(
    doc,
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
  );
  if (metaDate) date = normaliseDate(metaDate);
  if (date === null) {
    for (const o of ld) {
      const d = o['datePublished'];
      if (typeof d === 'string' && (date = normaliseDate(d)) !== null) break;
    }
  }
  if (date === null) {
    const d = meta(doc, 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publish-date"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]', 'meta[name="dcterms.date"]');
    if (d) date = normaliseDate(d);
  }
  if (date === null) {
    const t = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
    const d = t?.getAttribute('datetime');
    if (d) date = normaliseDate(d);
  }
  let source = meta(doc, 'meta[property="og:site_name"]', 'meta[name="og:site_name"]', 'meta[name="application-name"]');
  if (source === null) {
    for (const o of ld) {
      const p = nameOf(o['publisher']);
      if (p) {
        source = p;
        break;
      }
    }
  }
  const title = meta(doc, 'meta[property="og:title"]', 'meta[name="og:title"]', 'meta[name="twitter:title"]');
  return { title, date, source };
}

// ---------------------------------------------------------------------------
// Locating text in the HTML source.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '\u2019', lsquo: '\u2018',
  rdquo: '\u201d', ldquo: '\u201c', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', copy: '\u00a9',
};
const entityCache = new Map<string, string | null>();

function decodeEntity(name: string): string | null {
  if (name.startsWith('#')) {
    const cp = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    if (!Number.isFinite(cp) || cp < 0 || cp > 0x10ffff) return '\ufffd';
    if (cp === 0) return '\ufffd';
    return String.fromCodePoint(cp);
  }
  const known = NAMED[name];
  if (known !== undefined) return known;
  if (entityCache.has(name)) return entityCache.get(name) ?? null;
  let decoded: string | null = null;
  try {
    const { document } = parseHTML(`<html><body><p>&${name};</p></body></html>`);
    const t = document.querySelector('p')?.textContent ?? null;
    decoded = t !== null && t !== `&${name};` ? t : null;
  } catch {
    decoded = null;
  }
  entityCache.set(name, decoded);
  return decoded;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template', 'iframe', 'noembed', 'noframes']);

/** The HTML's character data (tags, comments and raw-text elements removed), entity-decoded, whitespace collapsed, with the source offset of every character. */
export function textStream(html: string): { stream: string; pos: Int32Array } {
  const chars: string[] = [];
  const pos: number[] = [];
  let lastSpace = true;
  const push = (s: string, p: number): void => {
    for (const ch of s) {
      if (/\s/.test(ch)) {
        if (lastSpace) continue;
        chars.push(' ');
        pos.push(p);
        lastSpace = true;
      } else {
        for (let k = 0; k < ch.length; k++) {
          chars.push(ch[k]!);
          pos.push(p);
        }
        lastSpace = false;
      }
    }
  };
  const n = html.length;
  let lower: string | null = null;
  let i = 0;
  while (i < n) {
    const c = html[i]!;
    if (c === '<') {
      if (html.startsWith('<!--', i)) {
        const e = html.indexOf('-->', i + 4);
        i = e === -1 ? n : e + 3;
        continue;
      }
      if (html.startsWith('<![CDATA[', i)) {
        const e = html.indexOf(']]>', i);
        i = e === -1 ? n : e + 3;
        continue;
      }
      if (html[i + 1] === '!' || html[i + 1] === '?') {
        const e = html.indexOf('>', i);
        i = e === -1 ? n : e + 1;
        continue;
      }
      const m = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)/.exec(html.slice(i, i + 64));
      if (m) {
        // find the end of the tag, respecting quoted attribute values
        let j = i + m[0].length;
        let quote = '';
        while (j < n) {
          const d = html[j]!;
          if (quote) {
            if (d === quote) quote = '';
          } else if (d === '"' || d === "'") quote = d;
          else if (d === '>') break;
          j++;
        }
        i = j + 1;
        const name = m[2]!.toLowerCase();
        if (m[1] === '' && RAW_TEXT.has(name)) {
          lower ??= html.toLowerCase();
          const close = lower.indexOf(`</${name}`, i);
          i = close === -1 ? n : close;
        } else if (BLOCK.has(name.toUpperCase()) && !lastSpace) {
          push(' ', i - 1);
        }
        continue;
      }
      push(c, i);
      i++;
      continue;
    }
    if (c === '&') {
      const m = /^&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/.exec(html.slice(i, i + 42));
      if (m) {
        const d = decodeEntity(m[1]!);
        if (d !== null) {
          push(d, i);
          i += m[0].length;
          continue;
        }
      }
    }
    push(c, i);
    i++;
  }
  return { stream: chars.join(''), pos: Int32Array.from(pos) };
}

// ---------------------------------------------------------------------------

interface Para {
  runs: string[];
}

function collectParagraphs(root: DNode): Para[] {
  const paras: Para[] = [];
  let cur: Para = { runs: [] };
  let pendingSpace = false;
  const flush = (): void => {
    if (cur.runs.length > 0) paras.push(cur);
    cur = { runs: [] };
    pendingSpace = false;
  };
  const walk = (node: DNode): void => {
    if (node.nodeType === 3) {
      const collapsed = (node.textContent ?? '').replace(/\s+/g, ' ');
      if (collapsed.trim() === '') {
        if (collapsed !== '' && cur.runs.length > 0) pendingSpace = true;
        return;
      }
      const lead = collapsed.startsWith(' ');
      const trail = collapsed.endsWith(' ');
      const body = collapsed.trim();
      if ((pendingSpace || lead) && cur.runs.length > 0) cur.runs.push(' ');
      cur.runs.push(body);
      pendingSpace = trail;
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) flush();
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return paras;
}

/** linkedom needs a whole document: wrap a fragment (the source offsets come from `html` itself). */
function parseDocument(html: string): DDocument {
  const whole = /<html[\s>]|<body[\s>]/i.test(html.slice(0, 4096)) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return (parseHTML(whole) as unknown as { document: DDocument }).document;
}

export function htmlToText(html: string): HtmlResult {
  const document = parseDocument(html);
  const metadata = readMetadata(document);
  const titleTag = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const h1s = document.querySelectorAll('h1') as unknown as ArrayLike<{ textContent: string | null }>;
  const headings = Array.from(h1s, (h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()).filter((h) => h !== '');
  clean(document);

  let root: DNode | null = null;
  let readTitle: string | null = null;
  try {
    const Readability = readabilityClass();
    const reader = new Readability(document as never, { serializer: (n: unknown) => n, charThreshold: 200 });
    const art = reader.parse() as { title?: string | null; content?: unknown } | null;
    if (art) {
      readTitle = art.title?.trim() || null;
      root = (art.content as DNode | null | undefined) ?? null;
    }
  } catch {
    root = null;
  }
  let paras = root === null ? [] : collectParagraphs(root);
  if (paras.length === 0) {
    // Readability found no article (a short page, a fragment): use the cleaned page.
    const again = parseDocument(html);
    clean(again);
    paras = collectParagraphs(again.body ?? again.documentElement);
  }
  paras = paras.filter((p) => !isFurnitureLine(p.runs.join('')));
  const { stream, pos } = textStream(html);
  // Readability moves the headline out of the content, but a headline makes claims too
  // ("Flood leaves 38 dead"), and the same article saved as plain text starts with it.
  // Put it back as the first paragraph when the page shows it as an <h1> before the body.
  const headline = readTitle !== null ? headings.find((h) => h === readTitle || h === titleTag) : headings.length === 1 ? headings[0] : undefined;
  const firstRun = paras[0]?.runs.find((r) => r.trim().length >= 8);
  if (headline !== undefined && !paras.some((p) => p.runs.join('').trim() === headline)) {
    const at = stream.indexOf(headline);
    const bodyAt = firstRun === undefined ? -1 : stream.indexOf(firstRun);
    if (at !== -1 && (bodyAt === -1 || at < bodyAt)) paras = [{ runs: [headline] } as (typeof paras)[number], ...paras];
  }

  let text = '';
  const sourceMap: Array<[number, number]> = [];
  let cursor = 0;
  let lastSrc = 0;
  const addPair = (t: number, s: number): void => {
    const last = sourceMap[sourceMap.length - 1];
    if (last && last[0] === t) {
      last[1] = s;
      return;
    }
    if (last && s - last[1] === t - last[0]) return; // already implied by the previous pair
    sourceMap.push([t, s]);
  };

  for (const p of paras) {
    if (text !== '') text += '\n\n';
    for (const run of p.runs) {
      const tStart = text.length;
      text += run;
      if (run === ' ') continue;
      let at = -1;
      if (run.length >= 8) at = stream.indexOf(run, cursor);
      else {
        const window = stream.slice(cursor, cursor + 2000 + run.length);
        const k = window.indexOf(run);
        at = k === -1 ? -1 : cursor + k;
      }
      if (at === -1) {
        // Not located (Readability rewrote it, or an odd entity): map to the last located offset.
        addPair(tStart, lastSrc);
        continue;
      }
      addPair(tStart, pos[at]!);
      for (let j = 1; j < run.length; j++) {
        const here = pos[at + j]!;
        if (here !== pos[at + j - 1]! + 1) addPair(tStart + j, here);
      }
      lastSrc = pos[at + run.length - 1]! + 1;
      cursor = at + run.length;
    }
  }
  // drop trailing pairs beyond the text
  while (sourceMap.length > 1 && sourceMap[sourceMap.length - 1]![0] >= text.length) sourceMap.pop();
  if (sourceMap.length === 0) sourceMap.push([0, 0]);

  return {
    text,
    sourceMap,
    title: metadata.title ?? readTitle ?? titleTag,
    date: metadata.date,
    source: metadata.source,
  };
}
