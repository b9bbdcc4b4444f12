// Sentence spans with exact offsets. A small rule-based splitter: news prose is
// regular enough, and compromise's own splitter is both slower and blind to
// offsets once text is blanked (see inputs/). Long runs are capped because the
// tagger slows down sharply on very long "sentences" (DESIGN.md, Hazards).

import type { Span } from '../model.js';

export const MAX_SENTENCE = 2000;

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt cpt maj adm cmdr sen rep gov pres supt insp det st jr sr ' +
    'inc corp co ltd plc no nos vs etc al approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mon tue tues wed thu thur thurs fri sat sun mt ft rev hon gov univ'
  ).split(' '),
);

const TERMINAL = /[.!?]/;
/** Where a sentence may end: the splitter jumps from one to the next instead of testing every character. */
const MAY_END = /[.!?\n]/g;
const CLOSERS = /["'”’)\]»]/;

// Abbreviations that number what follows ("No. 10", "fig. 3"): before anything but a figure,
// the word is itself ("Has anyone been arrested? No. Police say …").
const NUMBERING = new Set(['no', 'nos', 'fig', 'vol']);

function isBoundaryAfterPeriod(text: string, dot: number, next: string): boolean {
  // Walk back over the word the period ends.
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1] ?? '')) s--;
  const word = text.slice(s, dot);
  if (word.length === 0) {
    if (!/\d/.test(text[dot - 1] ?? '')) return true;
    // "built in 2011. Eleven were hurt": a figure ends its sentence. Not a list's number opening its line ("1. The").
    let d = dot;
    while (d > 0 && /[\d,]/.test(text[d - 1] ?? '')) d--;
    let p = d - 1;
    while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
    return p >= 0 && text[p] !== '\n' && /[A-Z"“(]/.test(next);
  }
  if (word.includes('.')) return false; // U.S., a.m., e.g.
  // An initial: "James A. Smith"; not a letter glued to a figure ("ward 4B. Since", "Unit 2A.").
  if (word.length === 1 && /[A-Z]/.test(word)) return /\d/.test(text[s - 1] ?? '') && /[A-Z"“(]/.test(next);
  const lower = word.toLowerCase();
  if (NUMBERING.has(lower)) return !/\d/.test(next);
  return !ABBREVIATIONS.has(lower);
}

/** Splits text into trimmed sentence spans; blank (masked) stretches yield nothing. */
export function splitSentences(text: string, stats?: { capped: number }): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a] ?? '')) a++;
    while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
    if (b > a && capInto(text, a, b, spans) && stats) stats.capped++;
    start = end;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    MAY_END.lastIndex = i;
    const end = MAY_END.exec(text);
    if (!end) break;
    i = end.index;
    const ch = end[0];
    if (ch === '\n') {
      if (isLineBoundary(text, i)) push(i + 1);
      continue;
    }
    if (!TERMINAL.test(ch)) continue;
    let j = i + 1;
    while (j < n && (TERMINAL.test(text[j] ?? '') || CLOSERS.test(text[j] ?? ''))) j++;
    if (j < n && !/\s/.test(text[j] ?? '')) continue; // "2.5", "U.S.-led", "...”said"
    let k = j;
    while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
    const next = text[k] ?? '';
    if (k < n && next !== '\n' && /[a-z,;:]/.test(next)) continue; // "no. 5", "said Jeffrey. he" is rare
    if (ch === '.' && !isBoundaryAfterPeriod(text, i, next)) continue;
    push(j);
    i = j - 1;
  }
  push(n);
  return spans;
}

/** A newline ends a sentence unless the next line continues it in lower case (hard-wrapped text). */
function isLineBoundary(text: string, nl: number): boolean {
  let k = nl + 1;
  while (text[k] === ' ' || text[k] === '\t') k++;
  const next = text[k];
  if (next === undefined || next === '\n') return true;
  let p = nl - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t' || text[p] === '\r')) p--;
  if (p < 0 || text[p] === '\n') return true;
  return !/[a-z]/.test(next);
}

/** Splits an over-long run at the last clause break or space before the cap. */
function capInto(text: string, a: number, b: number, out: Span[]): boolean {
  const capped = b - a > MAX_SENTENCE;
  while (b - a > MAX_SENTENCE) {
    const window = text.slice(a, a + MAX_SENTENCE);
    let cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
    if (cut < MAX_SENTENCE / 2) cut = window.lastIndexOf(' ');
    if (cut < MAX_SENTENCE / 4) cut = MAX_SENTENCE;
    else cut += 1;
    out.push({ start: a, end: a + cut });
    a += cut;
    while (a < b && /\s/.test(text[a] ?? '')) a++;
  }
  if (b > a) out.push({ start: a, end: b });
  return capped;
}
