// Publication date and source read from an article's own header lines
// ("January 29, 2020", "Published: 2026-03-14", "COPENHAGEN (Reuters) -", "Source: AP").
// Only short, dateline-like lines count: a date inside a sentence of the body does not.

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const MONTH_RE =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?';

const DATE_PATTERNS: Array<{ re: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }> = [
  // 2026-03-14, 2026-03-14T09:00:00Z, 2026/03/14
  {
    re: /\b(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d/-])/g,
    parts: (m) => [m[1]!, m[3]!, m[4]!],
  },
  // January 29, 2020 · Jan. 24, 2020 · Jan 24 2020 · January 29th, 2020
  {
    re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    parts: (m) => [m[3]!, m[1]!, m[2]!],
  },
  // 22/05/2026 or 05/22/2026: slashes, read only when one part cannot be a month (11/03/2026 could be either)
  {
    re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g,
    parts: (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])];
      // Day first when the first part is no month, month first when the second is none; else no date (isoDate refuses month 0).
      return a > 12 && b <= 12 ? [m[3]!, m[2]!, m[1]!] : b > 12 && a <= 12 ? [m[3]!, m[1]!, m[2]!] : [m[3]!, '0', '0'];
    },
  },
  // 22.05.2026: day, month, year with dots, as most of Europe writes a date (never month first)
  {
    re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b(?!\.\d)/g,
    parts: (m) => [m[3]!, m[2]!, m[1]!],
  },
  // 06.06.25: the same with the year's last two digits, as a byline may stamp it (this century's)
  {
    re: /\b(\d{1,2})\.(\d{1,2})\.(\d{2})\b(?![.\d])/g,
    parts: (m) => [String(2000 + Number(m[3])), m[2]!, m[1]!],
  },
  // 14 March 2026 · 14th of March, 2026 · 14 Mar. 2026
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE},?\\s+(\\d{4})\\b`, 'gi'),
    parts: (m) => [m[3]!, m[2]!, m[1]!],
  },
];

/** Build a valid ISO date from year, month (number or name) and day, or null. */
export function isoDate(year: string | number, month: string | number, day: string | number): string | null {
  const y = typeof year === 'number' ? year : Number.parseInt(year, 10);
  let mo: number | undefined;
  if (typeof month === 'number') mo = month;
  else if (/^\d+$/.test(month)) mo = Number.parseInt(month, 10);
  else mo = MONTHS[month.toLowerCase().replace(/\.$/, '')];
  const d = typeof day === 'number' ? day : Number.parseInt(day, 10);
  if (mo === undefined || !Number.isInteger(y) || !Number.isInteger(d)) return null;
  if (y < 1800 || y > 2200 || mo < 1 || mo > 12 || d < 1) return null;
  const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > dim) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** True when `s` is a valid calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isoDate(m[1]!, m[2]!, m[3]!) === s;
}

interface DateHit {
  iso: string;
  index: number;
  length: number;
}

/** Every date written in `line` (day precision), in order of position. */
export function findDates(line: string): DateHit[] {
  const hits: DateHit[] = [];
  for (const p of DATE_PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(line)) !== null) {
      const [y, mo, d] = p.parts(m);
      const iso = isoDate(y, mo, d);
      if (iso === null) continue;
      if (hits.some((h) => m!.index < h.index + h.length && h.index < m!.index + m![0].length)) continue;
      hits.push({ iso, index: m.index, length: m[0].length });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

// Lower-case words a dateline may carry besides the date.
const DATELINE_WORDS = new Set([
  'published', 'posted', 'updated', 'last', 'modified', 'first', 'edited', 'written', 'filed', 'date',
  'dated', 'on', 'by', 'in', 'at', 'and', 'of', 'the', 'source', 'under', 'am', 'pm', 'a.m', 'p.m',
  'utc', 'gmt', 'et', 'est', 'edt', 'pst', 'pdt', 'cet', 'cest', 'bst', 'ist', 'min', 'mins', 'minute',
  // "Published: Saturday, 20 September 2025 (as of 6:00 p.m.)", a situation report's stamp.
  'as',
  'minutes', 'read', 'ago', 'views', 'view', 'comments', 'comment', 'staff', 'writer', 'reporter',
  'correspondent', 'editor', 'news', 'desk', 'time', 'local', 'hrs', 'h', 'from', 'admin', 'administrator',
  // A release's or a translation's header ("Press release, University of Orlund, 8 September 2026").
  'release', 'press', 'statement', 'for', 'immediate', 'translated', 'translation', 'live', 'coverage',
  // A live page's stamp: "Live updates, Thursday 19 November 2026 (all times CET)".
  'update', 'updates', 'all', 'times',
  // A notice's or a judgment's stamp: "Notice issued Wednesday 4 June 2025", "Date of issue: …", "Judgment delivered: …";
  // a translation's note: "translated from the Spanish by our foreign desk".
  'issued', 'issue', 'delivered', 'handed', 'down', 'our', 'foreign', 'original',
  // Particles of an outlet's name in other languages ("Il Corriere di Rovenza, Monday 16 March 2026").
  'di', 'del', 'della', 'de', 'la', 'le', 'el', 'du', 'des', 'da', 'do', 'dos', 'van', 'von', 'der', 'den', 'y', 'e',
]);

const LABEL_TAIL = '\\b[^a-z]*(?:(?:on|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b[^a-z]*)*$';
const PUBLISHED_LABEL = new RegExp(`\\b(?:published|posted|first published|date|dated|filed|written|created)${LABEL_TAIL}`);
const UPDATED_LABEL = new RegExp(`\\b(?:updated|modified|edited)${LABEL_TAIL}`);

// A zone is a word of its own: "21:15 local time" keeps "local".
const TIME_RE = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,4}\b|[+-]\d{2}:?\d{2}))?/gi;

/**
 * The date of a dateline-like line, with a priority (0: "Published", 1: plain, 2: "Updated"),
 * or null when the line is not a short dateline (a date inside a body sentence does not count).
 */
export function datelineDate(line: string): { iso: string; priority: number; prefix?: number } | null {
  const t = line.trim();
  // A dateline that opens the first paragraph: "HALVIK, Sept. 1, 2025 (Coastline News) - There are …".
  // Or a date alone before the dash: "22.05.2026 - translated from the daily Morgenposten".
  const lead = /^([A-Z0-9][^\n]{2,90}?)\s+[-—–]\s+(?=\S)/.exec(t);
  if (lead?.[1] && lead[0].length < t.length - 4) {
    const d = datelineDate(lead[1]);
    // Only the dateline (and its dash) is metadata; the rest of the line is the article.
    if (d) return { ...d, prefix: line.indexOf(lead[0]) + lead[0].length };
  }
  // "Published: Sunday, 15 September 2024. Translated from the Halberger Tagespost; the original
  // appeared in German." A labelled date is a sentence of its own in a header line of several.
  // "Published: 11 February 2026, 08:30 | By Sofie Aune, personal finance editor", "West Coast News |
  // Live updates, Thursday 19 November 2026": a bar or a middle dot parts a masthead, a byline and a
  // date, each read alone; a labelled segment first, then one that is a dateline by itself.
  // A spaced dash parts them as well: "MINISTRY OF HEALTH - PRESS OFFICE - Santa Brigida, 14 May 2025".
  const segments = t.split(/(?<=[.;])\s+(?=[A-Z(])|\s+[|·•—–-]\s+/);
  if (segments.length > 1) {
    const labelled = segments.filter((s) => /\b(?:published|posted|updated|dated|first published)\b/i.test(s));
    let best: { iso: string; priority: number } | null = null;
    for (const segment of [...labelled, ...segments.filter((s) => !labelled.includes(s))]) {
      const d = datelineDate(segment.replace(/[.;]$/, ''));
      // "Updated: … | Published: …": the publication date wins, as on one line without bars.
      if (d && (best === null || d.priority < best.priority)) best = { iso: d.iso, priority: d.priority };
    }
    if (best) return best;
  }
  if (t.length === 0 || t.length > 140) return null;
  // An embedded post ("— Name (@handle) July 10, 2014") dates the post, not the article.
  if (/(?:^|[\s(])@\w/.test(t)) return null;
  const hits = findDates(t);
  if (hits.length === 0) return null;
  // Split on "Source: X; Published: Y" style separators and look at the segment of each date.
  let rest = t;
  for (const h of [...hits].reverse()) rest = rest.slice(0, h.index) + ' ' + rest.slice(h.index + h.length);
  rest = rest.replace(TIME_RE, ' ');
  // "Source: Medicines Safety Authority (press notice); Published: …": the outlet's own name is any
  // words at all, not prose; only the rest of the line must look like a dateline.
  const source = SOURCE_LINE_RE.exec(rest);
  if (source) rest = rest.slice(source[0].length);
  const words = rest
    .split(/[\s|,;:·•/()[\]—–-]+/)
    .map((w) => w.replace(/^['"“”‘’]+|['"“”‘’.]+$/g, ''))
    .filter((w) => w !== '');
  if (words.length > 8) return null;
  for (const w of words) {
    if (/^[a-z]/.test(w) && !DATELINE_WORDS.has(w.toLowerCase())) return null;
    if (/^\d+$/.test(w) && w.length > 4) return null;
  }
  // A short sentence ending in a full stop after words is prose, not a dateline.
  if (/[A-Za-z]{3,}\.$/.test(t) && words.length > 2) return null;
  // Pick the date following a "Published"-like label, else the first.
  let chosen = hits[0]!;
  let priority = 1;
  for (const h of hits) {
    const before = t.slice(0, h.index).toLowerCase();
    const label = PUBLISHED_LABEL.exec(before);
    const upd = UPDATED_LABEL.exec(before);
    if (label) {
      chosen = h;
      priority = 0;
      break;
    }
    if (upd && h === chosen) priority = 2;
  }
  if (priority === 2) {
    // Prefer a later unlabelled date on the same line, if any.
    const other = hits.find((h) => h !== chosen && !UPDATED_LABEL.test(t.slice(0, h.index).toLowerCase()));
    if (other) {
      chosen = other;
      priority = 1;
    }
  }
  return { iso: chosen.iso, priority };
}

/** Non-blank lines of `text` with their start offsets. */
export function headLines(text: string, max: number): Array<{ line: string; start: number }> {
  const out: Array<{ line: string; start: number }> = [];
  let start = 0;
  while (start <= text.length && out.length < max) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim() !== '') out.push({ line, start });
    start = end + 1;
  }
  return out;
}

/** Publication date from the first `max` non-blank lines of `text`. */
export function dateFromText(text: string, max = 12): string | null {
  let best: { iso: string; priority: number } | null = null;
  for (const { line } of headLines(text, max)) {
    // A note may open the line: "Translated from the Italian. Il Corriere di Rovenza, Monday 16 March 2026."
    const tail = line.lastIndexOf('. ');
    const d = datelineDate(line) ?? (tail > 0 ? datelineDate(line.slice(tail + 2)) : null);
    if (d && (best === null || d.priority < best.priority)) best = d;
    if (best?.priority === 0) break;
  }
  return best?.iso ?? null;
}

export const SOURCE_LINE_RE = /^\s*(?:source|sources|via)\s*:\s*([^;|\n]*?)\s*(?:[;|]|$)/i;
const AGENCY_RE =
  /^\s*[A-Z][A-Za-z.'’ -]{1,40}?(?:,\s*[A-Za-z0-9.'’ -]{1,40}?){0,3}\s*\(([A-Z][A-Za-z.&'’ -]{0,30}?)\)\s*[-—–:]/;

/** Outlet or agency named by a "Source: X" line or an agency dateline such as "COPENHAGEN (Reuters) -". */
export function sourceFromText(text: string, max = 12): string | null {
  const lines = headLines(text, max);
  for (const { line } of lines) {
    const m = SOURCE_LINE_RE.exec(line);
    if (m && m[1] && m[1].length <= 80 && !/^(?:https?:|www\.)/i.test(m[1])) return m[1].replace(/[.\s]+$/, '');
  }
  for (const { line } of lines) {
    const m = AGENCY_RE.exec(line);
    if (m && m[1]) return m[1].trim();
    const bare = /^\s*\(([A-Z][A-Za-z.&'’ -]{0,30}?)\)\s*[-—–]/.exec(line);
    if (bare && bare[1]) return bare[1].trim();
  }
  return null;
}

/** ISO date (YYYY-MM-DD) from a machine date such as "2020-01-29T10:00:00Z" or a written one. */
export function normaliseDate(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) return isoDate(iso[1]!, iso[2]!, iso[3]!);
  const hits = findDates(v);
  return hits[0]?.iso ?? null;
}
