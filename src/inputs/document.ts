// Decoded text → SourceDocument, per format. Pure: no file system.

import type { SourceDocument } from '../model.js';
import { SOURCE_LINE_RE, dateFromText, datelineDate, headLines, normaliseDate, sourceFromText } from './dateline.js';
import { blankFurniture, blankRanges } from './furniture.js';
import { htmlToText } from './html.js';
import { markdownToText } from './markdown.js';
import { formatFromPath, type Format } from './paths.js';
import type { MetaEntry } from './types.js';

const HEAD_LINES = 12;
const MAX_TITLE = 200;

/** Guess the format of `text` named `path`: by extension, else HTML when it looks like HTML, else plain text. */
export function detectFormat(path: string, text: string): Format {
  const byExt = formatFromPath(path);
  if (byExt) return byExt;
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  return 'txt';
}

/** Blank header lines that only carry metadata (a dateline, "Source: X"): not prose. */
function blankMetadataLines(text: string): string {
  const metadata: Array<[number, number]> = [];
  for (const { line, start } of headLines(text, HEAD_LINES)) {
    const dateline = datelineDate(line);
    if (dateline !== null || SOURCE_LINE_RE.test(line)) metadata.push([start, start + (dateline?.prefix ?? line.length)]);
  }
  return blankRanges(text, metadata);
}

function firstLineTitle(text: string): string | null {
  const first = headLines(text, 1)[0];
  if (!first) return null;
  const t = first.line.trim();
  return t.length > 0 && t.length < MAX_TITLE ? t : null;
}

/** "Harbour plan approved | The Ledger" → "Harbour plan approved" when the outlet is "The Ledger". */
function stripSiteName(title: string, site: string): string {
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ']) {
    if (title.endsWith(sep + site)) return title.slice(0, -(sep.length + site.length)).trim() || title;
    if (title.startsWith(site + sep)) return title.slice(site.length + sep.length).trim() || title;
  }
  return title;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return null;
}

/** Build the document for `text` (already decoded). `format` defaults to one guessed from `path`. */
export function documentFromText(path: string, text: string, format?: Format): SourceDocument {
  const fmt = format ?? detectFormat(path, text);
  if (fmt === 'html') {
    const r = htmlToText(text);
    const body = blankMetadataLines(r.text);
    return {
      path,
      text: body,
      title: r.title !== null && r.source !== null ? stripSiteName(r.title, r.source) : r.title,
      date: r.date ?? dateFromText(r.text, HEAD_LINES),
      source: r.source ?? sourceFromText(r.text, HEAD_LINES),
      sourceText: text,
      sourceMap: r.sourceMap,
    };
  }
  if (fmt === 'md') {
    const md = markdownToText(text);
    const fm = md.frontMatter ?? {};
    const body = blankMetadataLines(blankFurniture(md.text));
    const fmDate = str(fm['date']) ?? str(fm['published']) ?? str(fm['pubDate']);
    return {
      path,
      text: body,
      title: str(fm['title']) ?? md.heading ?? firstLineTitle(body),
      date: (fmDate !== null ? normaliseDate(fmDate) : null) ?? dateFromText(md.text, HEAD_LINES),
      source: str(fm['source']) ?? str(fm['publisher']) ?? str(fm['outlet']) ?? sourceFromText(md.text, HEAD_LINES),
    };
  }
  const furnitureless = blankFurniture(text);
  const body = blankMetadataLines(furnitureless);
  return {
    path,
    text: body,
    title: firstLineTitle(body),
    // A translator's note is furniture to the body, but it may carry the only date: "Translated from
    // the Italian. Il Corriere di Rovenza, Monday 16 March 2026."
    date: dateFromText(furnitureless, HEAD_LINES) ?? dateFromText(text, HEAD_LINES),
    source: sourceFromText(furnitureless, HEAD_LINES),
  };
}

/** Apply sidecar metadata: its values override what the text says. */
export function applyMeta(doc: SourceDocument, entry: MetaEntry | undefined): SourceDocument {
  if (!entry) return doc;
  return {
    ...doc,
    ...(entry.date !== undefined ? { date: entry.date, dateSource: 'meta' as const } : {}),
    ...(entry.source !== undefined ? { source: entry.source } : {}),
    ...(entry.title !== undefined ? { title: entry.title } : {}),
  };
}
