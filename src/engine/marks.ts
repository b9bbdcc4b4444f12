// Time marks inside a document: the entries of a live blog or an updated article
// ("09:40 — The toll rose to 12", "Update, 6 p.m.: …", "Updated at 18:05"). A mark dates
// the text under it, down to the next mark, so that a toll given at 09:40 and a higher one
// at 18:05 in the same blog read as a change within the day, not the blog contradicting
// itself. Pure: text in, marks out.

import { WEEKDAYS, monthIndex } from './when.js';

export interface TimeMark {
  /** Offset in the text where the mark's line starts. */
  start: number;
  /** Offset where the mark's own words end ("Update, 9:15 p.m.:"): the time there dates the entry, it is no claim. */
  end: number;
  /** Minutes after midnight of the time the mark gives, plus 1440 a day after the blog's first named day. */
  minutes: number;
}

// A line that opens with a clock time and a separator ("09:40 —", "14.05 GMT:", "6:15pm |"),
// or with "Update"/"Updated" and a time ("Update, 6 p.m.:", "Updated at 18:05 -"). A blog that
// runs over days may give the day first ("Mon 8 Jul, 12:30 -", "Sunday, 22:58 --").
const MARK_LINE =
  /^[ \t]*(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+(?:(\d{1,2})[ \t]+([a-z]{3})[a-z]*\.?,?[ \t]+)?)?(?:Updated?\b[,:]?[ \t]*(?:at[ \t]+)?)?(\d{1,2})(?:[:.](\d{2}))?[ \t]*(a\.?m\.?|p\.?m\.?)?(?:[ \t]*(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|local time))?[ \t]*(?:[—–|:]|-+[ \t])/gim;

const DAY_MINUTES = 1440;

/**
 * The document's time marks, in text order. A plain number at a line start ("12 - ") is not a mark: it needs minutes or a.m./p.m.
 * A mark that names its day counts the days from the blog's first named day (minutes past 1440), and
 * an entry that names none is on the last day named above it.
 */
export function timeMarks(text: string): TimeMark[] {
  const out: TimeMark[] = [];
  let first: number | null = null;
  let days = 0;
  MARK_LINE.lastIndex = 0;
  for (let m = MARK_LINE.exec(text); m !== null; m = MARK_LINE.exec(text)) {
    const [hours, minutes, half] = [Number(m[4]), m[5] === undefined ? null : Number(m[5]), m[6]?.toLowerCase().replace(/\./g, '')];
    // "Update, 6 p.m." needs its a.m./p.m.; a bare "12 -" opening a list item is no time.
    if (minutes === null && half === undefined) continue;
    if (hours > 23 || (minutes !== null && minutes > 59) || (half !== undefined && (hours < 1 || hours > 12))) continue;
    const month = m[3] === undefined ? -1 : monthIndex(m[3]);
    if (m[3] !== undefined && month < 0) continue;
    if (m[1] !== undefined) {
      const weekday = m[1].toLowerCase();
      // A date says its day outright; a weekday alone is the nearest such day to the first (a blog may run newest first).
      const day = m[2] !== undefined ? month * 31 + Number(m[2]) : WEEKDAYS.findIndex((d) => d.startsWith(weekday));
      first ??= day;
      days = m[2] !== undefined ? day - first : ((day - first + 10) % 7) - 3;
    }
    const h = half === 'pm' && hours < 12 ? hours + 12 : half === 'am' && hours === 12 ? 0 : hours;
    out.push({ start: m.index, end: m.index + m[0].length, minutes: days * DAY_MINUTES + h * 60 + (minutes ?? 0) });
  }
  return out;
}

/** The minutes of the mark an offset falls under (the last mark at or before it), or undefined. */
export function markAt(marks: readonly TimeMark[], offset: number): number | undefined {
  let found: number | undefined;
  for (const mark of marks) {
    if (mark.start > offset) break;
    found = mark.minutes;
  }
  return found;
}

/**
 * A live blog's marks on one clock from its first entry: one that runs past midnight ("22:40",
 * "23:30", "03:50") starts after the longest gap between its times, and the hours after that
 * wrap are the next day's (03:50 is 27:50).
 */
export function overnight(marks: readonly number[]): number[] {
  // Marks that name their days are on one clock already.
  if (marks.some((m) => m >= DAY_MINUTES)) return [...marks];
  const sorted = [...new Set(marks)].sort((a, b) => a - b);
  if (sorted.length < 2) return [...marks];
  let start = sorted[0] as number;
  let widest = (sorted[0] as number) + 1440 - (sorted[sorted.length - 1] as number);
  for (let k = 1; k < sorted.length; k++) {
    const gap = (sorted[k] as number) - (sorted[k - 1] as number);
    if (gap > widest) {
      widest = gap;
      start = sorted[k] as number;
    }
  }
  return marks.map((m) => (m < start ? m + 1440 : m));
}
