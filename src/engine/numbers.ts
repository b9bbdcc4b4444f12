// Finds the figures in a sentence the way news writes them and reads each as a
// shape ("about", "more than", a range ...) around a number. The shape becomes an
// interval only in the check, because tolerance belongs to the rule.

import { allMatches } from './regexp.js';

export type Shape = 'point' | 'about' | 'below' | 'atLeast' | 'above' | 'atMost' | 'range' | 'vague';

export interface NumberMention {
  /** Offsets relative to the string searched; include the hedge and unit. */
  start: number;
  end: number;
  /** Offsets of the numeral itself ("5,000" in "some 5,000 troops"). */
  coreStart: number;
  coreEnd: number;
  number: number;
  /** Upper end for ranges and vague figures; equals `number` otherwise. */
  upper: number;
  shape: Shape;
  /** "%", a currency code, or null for a plain count. */
  unit: string | null;
  written: string;
  /** What the figure is not: a year, a day of a month, a clock time, a vote or score. */
  kind: 'quantity' | 'year' | 'date' | 'time' | 'tally' | 'ordinal' | 'label';
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12,
};
const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';
const MONTH_BEFORE = new RegExp(`\\b(${MONTHS})\\.?\\s*$`, 'i');
const MONTH_AFTER = new RegExp(`^\\s*(${MONTHS})\\b`, 'i');

const NUMBER_WORD = `(?:${Object.keys(UNITS).join('|')})`;
/**
 * Admits every sentence findNumbers could find a figure in: a digit, or a number word
 * ("five", "a dozen", "two hundred"). The generic frame's trigger; kept a superset of CORE.
 */
export const FIGURE_TRIGGER = new RegExp(String.raw`\d|\b(?:${Object.keys(UNITS).join('|')}|hundred|thousand|million|billion|trillion|dozen|no|nobody|half|thirds?|quarters?|fifths?|tenths?)\b`, 'i');
const MORE_WORDS = `(?:(?:[\\s-]+|\\s+and\\s+)(?:${NUMBER_WORD}|hundred|thousand|million|billion|dozen))`;
// "a" and "an" are numbers only with more words ("a hundred", "a dozen"). Matched alone, as
// they once were, each article in the text cost a match that was then thrown away.
// "half a million" is 500,000, not the million after its article.
const WORD_NUMBER = `(?:half\\s+(?:a|an)${MORE_WORDS}+|(?:a|an)${MORE_WORDS}+|${NUMBER_WORD}${MORE_WORDS}*)`;
// Thousands grouped by commas, or by a space or a narrow no-break space as much of Europe writes
// them ("190 350 votes"); a group of four digits never starts one ("in 2019 350 people").
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d+(?:\.\d+)?`;
// South Asian English counts in lakhs (100,000) and crores (10 million): "Rs 210 crore".
const SCALE = String.raw`(?:\s*(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)\b|(?:k|m|mn|mln|bn|b|tn)\b)`;
// A code in letters starts a word: the search is case-blind, and "covers 500,000" ends in no rupees.
const CURRENCY = String.raw`(?:US\$|A\$|C\$|HK\$|\$|£|€|¥|₹|\b(?:USD|EUR|GBP)\s?|\bRs\.?\s?)`;
const PERCENT = String.raw`(?:\s?%|\s+per\s?cent\b|\s+percent\b|\s+percentage points?\b)`;

const CORE_SOURCE = String.raw`(${CURRENCY})?(?:(${DIGITS})(${SCALE})?|\b(${WORD_NUMBER})\b)(${PERCENT})?(-strong\b)?`;
const CORE = new RegExp(CORE_SOURCE, 'giu');
// The unicode flag makes this search over twice as slow, and it changes a match only in a
// text with 'ſ' or the Kelvin sign, the two letters that fold to ASCII ('s', 'k') in
// unicode mode alone: every other text is searched without it, with the same result.
const CORE_WITHOUT_U = new RegExp(CORE_SOURCE, 'gi');
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

const VAGUE = new RegExp(
  String.raw`\b(?:(tens|hundreds) of (thousands|millions)|(several|a few|many) (hundred|thousand|million)s?|(dozens|scores|hundreds|thousands|millions|billions)(?= of\b))\b`,
  'gi',
);

/**
 * A count of none: "no crew members were injured", "No treatment-related deaths", "no-one has been
 * arrested" say 0 of what follows, and the checks read it as they read "two crew members" (a head
 * noun or verb must still follow for any of them to take it). Not "no more", "no new cases", "no
 * other", "no longer": those deny a change or another thing, not the count; nor "No. 10".
 */
const ZERO = /\b(?:no[- ]one|nobody|no|zero)\b(?=\s+[a-z])(?!\s+(?:more|less|fewer|longer|later|earlier|sooner|other|others|further|new|fresh|additional|extra|single|such|one)\b)/gi;

// A share said as a fraction of a group: "a quarter of residents", "two-thirds of voters", "half of the
// staff", "one in four adults", "seven in 10 growers". A percentage, read as about the fraction.
const FRACTIONS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };
const FRACTION = new RegExp(
  String.raw`\b(?:(a|an|one|two|three|four|seven|nine)[\s-]+)?(half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)(?=\s+of\s)|\b(one|two|three|four|five|six|seven|eight|nine|\d)\s+in\s+(two|three|four|five|ten|\d{1,3})\b(?=\s+[a-z])`,
  'gi',
);

/** A fraction's share in per cent, or NaN when it is none ("three halves"). */
function fractionShare(m: RegExpExecArray): number {
  const numberOf = (x: string): number => (/^\d/.test(x) ? Number(x) : parseWordNumber(x.toLowerCase()));
  const [part, whole] = m[2] !== undefined
    ? [m[1] === undefined || /^an?$/i.test(m[1]) ? 1 : numberOf(m[1]), FRACTIONS[m[2].toLowerCase()] ?? Number.NaN]
    : [numberOf(m[3] ?? ''), numberOf(m[4] ?? '')];
  const share = (100 * part) / whole;
  return share > 0 && share < 100 ? share : Number.NaN;
}

const HEDGES: Array<[RegExp, Shape]> = [
  [/\b(?:at least|a minimum of|no fewer than|no less than)\s+$/i, 'atLeast'],
  [/\b(?:up to|as many as|as much as|as high as|at most|no more than|fewer than|less than|under|just under|below|a maximum of)\s+$/i, 'atMost'],
  // After the bounds: "no more than" and "no fewer than" are bounds, not "more than". "The toll
  // surpassed 125": the verbs of passing a mark say more than it ("passed" is left out: "passed 92-6" is a vote).
  [/\b(?:more than|over|upwards of|in excess of|well over|just over|above|exceeding|surpassed|surpassing|exceeded|topped|topping)\s+$/i, 'above'],
  [/\b(?:nearly|almost|close to|just shy of|approaching)\s+$/i, 'below'],
  [/\b(?:about|around|approximately|approx\.|roughly|some|an estimated|estimated|circa|c\.|about some|perhaps|an approximate)\s+$/i, 'about'],
];

/** Parses "five thousand", "twenty-five", "a dozen", "one hundred and ten". Returns NaN when not a number. */
export function parseWordNumber(words: string): number {
  const parts = words.toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
  let total = 0;
  let current = 0;
  let seen = false;
  // "half a million": the half is of the whole figure after it.
  if (parts[0] === 'half') return parseWordNumber(parts.slice(1).join(' ')) / 2;
  for (const w of parts) {
    if (w === 'a' || w === 'an') {
      current = 1;
      continue;
    }
    if (w === 'dozen') {
      current = (current || 1) * 12;
      seen = true;
    } else if (w in UNITS) {
      current += UNITS[w] ?? 0;
      seen = true;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (w in SCALES) {
      total += (current || 1) * (SCALES[w] ?? 1);
      current = 0;
      seen = true;
    } else return Number.NaN;
  }
  return seen ? total + current : Number.NaN;
}

function parseDigits(digits: string, scale: string | undefined): number {
  const n = Number(digits.replace(/[,\s\u00a0\u202f]/g, ''));
  const s = scale?.trim().toLowerCase();
  return s ? n * (SCALES[s] ?? 1) : n;
}

function currencyCode(symbol: string | undefined): string | null {
  if (!symbol) return null;
  const s = symbol.trim().replace(/\.$/, '');
  const codes: Record<string, string> = { $: 'USD', US$: 'USD', USD: 'USD', '£': 'GBP', GBP: 'GBP', '€': 'EUR', EUR: 'EUR', '¥': 'JPY', '₹': 'INR', Rs: 'INR', A$: 'AUD', C$: 'CAD', HK$: 'HKD' };
  return codes[s] ?? s;
}

/** Finds every figure in `text`, with its shape and what kind of figure it is. */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of allMatches(VAGUE, text)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const [low, high] = vagueRange(m[0].toLowerCase());
    out.push({ start, end, coreStart: start, coreEnd: end, number: low, upper: high, shape: 'vague', unit: null, written: m[0], kind: 'quantity' });
    taken.push([start, end]);
  }
  for (const m of allMatches(ZERO, text)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    taken.push([start, end]);
    out.push({ start, end, coreStart: start, coreEnd: end, number: 0, upper: 0, shape: 'point', unit: null, written: m[0], kind: 'quantity' });
  }
  for (const m of allMatches(FRACTION, text)) {
    const number = fractionShare(m);
    if (Number.isNaN(number)) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // Rounded as a fraction is: "a quarter" is about 25%, as "about 25%" is.
    const mention: NumberMention = { start, end, coreStart: start, coreEnd: end, number, upper: number, shape: 'about', unit: '%', written: m[0], kind: 'quantity' };
    applyHedge(text, mention);
    taken.push([start, end]);
    out.push(mention);
  }
  for (const m of allMatches(FOLDS_TO_ASCII.test(text) ? CORE : CORE_WITHOUT_U, text)) {
    let start = m.index ?? 0;
    let end = start + m[0].length;
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    const [, cur, digits, scale, words, pct, strong] = m;
    let number: number;
    if (digits !== undefined) number = parseDigits(digits, scale);
    else {
      if (!words) continue;
      number = parseWordNumber(words);
      if (Number.isNaN(number)) continue;
      // "a six-year-old": the article is no part of the figure; "a hundred", "a dozen" are one.
      if (/^(a|an)\b/i.test(words) && !/(hundred|thousand|million|billion|dozen)/i.test(words)) {
        const article = /^(?:a|an)\s+/i.exec(words)?.[0];
        const bare = article ? parseWordNumber(words.slice(article.length)) : Number.NaN;
        if (!article || Number.isNaN(bare) || cur !== undefined) continue;
        number = bare;
        start += article.length;
      }
    }
    // A trailing space swallowed by an optional group must not widen the match.
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    const coreStart = start + (cur?.length ?? 0);
    const coreEnd = end - (strong?.length ?? 0) - (pct?.length ?? 0);
    const unit = pct ? '%' : currencyCode(cur);
    const mention: NumberMention = {
      start, end, coreStart, coreEnd, number, upper: number, shape: 'point', unit,
      written: text.slice(start, end), kind: classify(text, start, end, digits, scale, unit, Boolean(strong)),
    };
    applyHedge(text, mention);
    out.push(mention);
  }
  out.sort((a, b) => a.start - b.start);
  return joinRanges(text, out);
}

function vagueRange(phrase: string): [number, number] {
  if (phrase.startsWith('tens of thousands')) return [10_000, 99_999];
  if (phrase.startsWith('hundreds of thousands')) return [100_000, 999_999];
  if (phrase.startsWith('tens of millions')) return [10e6, 99e6];
  if (phrase.startsWith('hundreds of millions')) return [100e6, 999e6];
  const scale = /hundred/.test(phrase) ? 100 : /thousand/.test(phrase) ? 1e3 : /million/.test(phrase) ? 1e6 : /billion/.test(phrase) ? 1e9 : 1;
  if (/^(dozens)/.test(phrase)) return [24, 199];
  if (/^(scores)/.test(phrase)) return [40, 199];
  if (/^(a few)/.test(phrase)) return [2 * scale, 5 * scale];
  return [2 * scale, 10 * scale - 1];
}

const GLUED_UNIT = /^(?:km|kg|mm|cm|m|ft|mph|kph|km\/h|ha|MW|GW|kW|C|F)\b/;

function classify(
  text: string, start: number, end: number, digits: string | undefined, scale: string | undefined,
  unit: string | null, strong: boolean,
): NumberMention['kind'] {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  if (digits !== undefined) {
    if (/^(st|nd|rd|th)\b/i.test(after)) return 'ordinal';
    // G20, F-35, COVID-19; not a measure with its unit glued on ("6.2km", "60C", "590ft", "86MW").
    if (/[A-Za-z]-?$/.test(before) || (/^[A-Za-z]/.test(after) && !scale && !GLUED_UNIT.test(after))) return 'label';
    if (/\d[:.]$/.test(before)) return 'time';
    if (/^[:.]\d/.test(after) || /^\s*(a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|BST|EST)/i.test(after)) return 'time';
    if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) {
      if (!/^,?\s*\d{4}/.test(after) || Number(digits) <= 31) return 'date';
    }
    const tallyNext = /^\s*(?:to|-|–)\s*\d/.test(after);
    if (!tallyNext && /\b(no\.|number|article|resolution|page|chapter|section|flight|route|highway|room|line|version|vol\.|issue|paragraph|clause)\s*$/i.test(before) && !unit) return 'label';
    if (!unit && !scale && !strong && /^\d{4}$/.test(digits) && Number(digits) >= 1000 && Number(digits) <= 2100) return 'year';
  }
  return 'quantity';
}

function applyHedge(text: string, m: NumberMention): void {
  const before = text.slice(Math.max(0, m.start - 32), m.start);
  for (const [re, shape] of HEDGES) {
    const h = re.exec(before);
    if (!h) continue;
    m.shape = shape;
    m.start -= h[0].length;
    m.written = text.slice(m.start, m.end);
    return;
  }
}

/** "between 2,000 and 3,000", "2,000 to 3,000", "2,000-3,000"; "170 to 0" is a tally. */
function joinRanges(text: string, ms: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (!a) continue;
    // "2 to 3 million", "$2 to $3bn", "2 to 3%"; never "rose 3% to $2.1bn".
    const unitsAgree = b !== undefined && (a.unit === b.unit || a.unit === null);
    if (b && unitsAgree && a.kind === 'quantity' && b.kind === 'quantity' && a.shape === 'point' && b.shape === 'point') {
      const gap = text.slice(a.end, b.start);
      const lead = text.slice(Math.max(0, a.start - 10), a.start);
      const isBetween = /\bbetween\s+$/i.test(lead) && /^\s+and\s+$/i.test(gap);
      const isTo = /^\s*(?:to|-|–|—)\s*$/i.test(gap);
      if (isBetween || isTo) {
        let low = a.number;
        const high = b.number;
        // "2 to 3 million": the scale written once applies to both ends.
        if (low < high / 100 && /\d$/.test(a.written) && !/[a-z]/i.test(a.written)) {
          const factor = high / Number(b.written.replace(/[^\d.]/g, '')) || 1;
          if (factor > 1) low *= factor;
        }
        // "from 3,000 to 2,500" is a change, not a range: the check reads each figure's role.
        if (/\bfrom\s+$/i.test(lead) && isTo) {
          out.push(a);
          continue;
        }
        if (high < low) {
          out.push({ ...a, end: b.end, written: text.slice(a.start, b.end), kind: 'tally', upper: high });
          i++;
          continue;
        }
        const start = isBetween ? a.start - (/\bbetween\s+$/i.exec(lead)?.[0].length ?? 0) : a.start;
        out.push({ ...a, start, end: b.end, coreEnd: b.coreEnd, number: low, upper: high, shape: 'range', unit: a.unit ?? b.unit, written: text.slice(start, b.end) });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
