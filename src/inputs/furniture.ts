import { FURNITURE } from './furniture-table.js';

const DEFAULT_MAX = 80;
/** Longest line read as exact phrases run together ("Remember meForgot password?"). */
const CONCATENATION_MAX = 160;

interface Pattern {
  re: RegExp;
  max: number;
  noFinalStop: boolean;
  needs: RegExp | null;
}

interface Compiled {
  exact: Map<string, number>;
  patterns: Pattern[];
  /** Longest raw line that an exact phrase, or a run of them, may be. */
  shortMax: number;
}

let compiled: Compiled | null = null;

function compile(): Compiled {
  const exact = new Map<string, number>();
  const patterns: Pattern[] = [];
  let shortMax = CONCATENATION_MAX;
  for (const e of FURNITURE) {
    const max = e.maxLength ?? DEFAULT_MAX;
    if (typeof e.match === 'string') {
      exact.set(e.match, max);
      shortMax = Math.max(shortMax, max);
    } else {
      const re = new RegExp(`^(?:${e.match.source})$`, e.match.flags.replace('g', ''));
      patterns.push({ re, max, noFinalStop: e.noFinalStop === true, needs: e.needs ?? null });
    }
  }
  return { exact, patterns, shortMax };
}

/** Whether a line too long for any exact phrase could still be matched by a pattern. */
function patternCouldMatch(c: Compiled, raw: string): boolean {
  return c.patterns.some((p) => raw.length <= p.max && (p.needs === null || p.needs.test(raw)));
}

/** Normalise a line for furniture matching. */
export function normaliseLine(line: string): string {
  return line
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    // leading bullets, arrows, pipes and other decoration
    .replace(/^[\s\-*•·|>»«→←↑›‹#=~_]+/u, '')
    // trailing punctuation and decoration
    .replace(/[\s.!?:;,…\-*•·|>»«→←↑↓›‹=~_]+$/u, '')
    .trim();
}

/** True when the whole line is page furniture (not prose). */
export function isFurnitureLine(line: string): boolean {
  const raw = line.trim();
  if (raw === '') return false;
  const c = (compiled ??= compile());
  if (raw.length > 2000) return false;
  // No letter or digit at all ("▼", "* * *", "."): nothing to assert.
  if (!/[\p{L}\p{N}]/u.test(raw)) return true;
  // Most long lines are prose, and normalising them was most of the cost of blanking.
  if (raw.length > c.shortMax && !patternCouldMatch(c, raw)) return false;
  const norm = normaliseLine(raw);
  if (norm === '') return false;
  const max = c.exact.get(norm);
  if (max !== undefined && raw.length <= max) return true;
  for (const p of c.patterns) {
    if (raw.length <= p.max && !(p.noFinalStop && /[.!?]$/.test(raw)) && p.re.test(norm)) return true;
  }
  // Widgets whose labels were run together: "Remember meForgot password?"
  return raw.length <= CONCATENATION_MAX && isConcatenation(raw.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' '), c.exact);
}

const SEPARATORS = /[\s.!?:;,|•·\-*»«›‹]/;

/** True when `s` is two or more exact furniture phrases, possibly run together. */
function isConcatenation(s: string, phrases: Map<string, number>): boolean {
  const reach = new Uint8Array(s.length + 1);
  const count = new Uint8Array(s.length + 1);
  let i0 = 0;
  while (i0 < s.length && SEPARATORS.test(s[i0]!)) i0++;
  reach[i0] = 1;
  for (let i = i0; i < s.length; i++) {
    if (!reach[i]) continue;
    for (const p of phrases.keys()) {
      if (p.length < 4 || !s.startsWith(p, i)) continue;
      let j = i + p.length;
      while (j < s.length && SEPARATORS.test(s[j]!)) j++;
      reach[j] = 1;
      count[j] = Math.max(count[j]!, count[i]! + 1);
    }
  }
  return reach[s.length] === 1 && count[s.length]! >= 2;
}

const NOT_NEWLINE = /[^\r\n]/g;

/**
 * `text` with every non-newline character of each [start, end) replaced by a space.
 * Ranges come in order and do not overlap; most documents have none, and then the
 * text is returned as it is.
 */
export function blankRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += text.slice(at, start) + text.slice(start, end).replace(NOT_NEWLINE, ' ');
    at = end;
  }
  return out + text.slice(at);
}

/** Blank whole furniture lines in `text`, keeping length and newlines. */
export function blankFurniture(text: string): string {
  const furniture: Array<[number, number]> = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    if (line.trim() !== '' && isFurnitureLine(line)) furniture.push([start, end]);
    start = end + 1;
  }
  return blankRanges(text, furniture);
}
