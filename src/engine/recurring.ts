// Occurrences of a recurring event. A weekly release ("claims fell to 385,000 in the week
// ended May 29, data showed Thursday") is reported every week under the same names, so one
// story can hold several weeks' reports. Two days that each fall in the week before their own
// article's publication, in articles published more than a week apart, are two occurrences,
// not two accounts of one day.

import type { CompiledCheck } from '../checks/types.js';
import type { Assertion, DocumentInfo } from '../model.js';

const DAY_MS = 86_400_000;
/** How far before its publication a day may be and still be that issue's own. */
const WEEK = 7;

/** The day a claim names, in days since 1970; null when its value is not a day. */
function dayOf(c: Assertion, readsDays: boolean): number | null {
  if (c.value.kind === 'date') return c.value.precision === 'day' ? Date.parse(c.value.start) / DAY_MS : null;
  return readsDays && c.value.kind === 'quantity' ? c.value.number : null;
}

/** Whether two claims of `check` name days of two occurrences (see above). */
export function recurringApart(check: CompiledCheck, documents: readonly DocumentInfo[]): (a: Assertion, b: Assertion) => boolean {
  const spec = check.rule.spec as { kind: string; reads?: string };
  const readsDays = spec.kind === 'clock' && spec.reads === 'day';
  if (!readsDays && spec.kind !== 'date') return () => false;
  const published = (c: Assertion): number | null => {
    const d = documents[c.document]?.date;
    return d ? Date.parse(d) / DAY_MS : null;
  };
  // Its own issue's day: at most a week before publication, or the day after (a late edition).
  const recent = (c: Assertion, pub: number): boolean => {
    const day = dayOf(c, readsDays);
    return day !== null && day >= pub - WEEK && day <= pub + 1;
  };
  return (a, b) => {
    const pa = published(a);
    const pb = published(b);
    if (pa === null || pb === null || Math.abs(pa - pb) <= WEEK) return false;
    return recent(a, pa) && recent(b, pb);
  };
}
