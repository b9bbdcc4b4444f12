// Undated articles dated from their story. An article without a date ("Monday's quake
// killed 40") cannot say whether its figures are today's or last week's. When its story holds
// dated reports that tell the same events with the same weekdays, it is most likely the same
// day's report: it takes their date, and says so (DocumentInfo.dateSource = 'story').
//
// The evidence is read from the claims, the one thing every path keeps (scan, check, shards):
// an undated article's claims name weekdays, and every dated member of its story that has a
// claim of the same rule and names each of those weekdays in its claims gives the same date.
// Two candidates of different dates (Monday's report and next Monday's) date nothing.

import type { Assertion, DocumentInfo } from '../model.js';

const WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/gu;

interface Evidence {
  days: Set<string>;
  rules: Set<string>;
}

function evidence(assertions: readonly Assertion[]): Map<number, Evidence> {
  const out = new Map<number, Evidence>();
  for (const a of assertions) {
    // A name is no event of a day, and which names a run keeps depends on its path (packed names come
    // back only where their story compares them): dating must not.
    if (a.kind === 'name') continue;
    let e = out.get(a.document);
    if (!e) out.set(a.document, (e = { days: new Set(), rules: new Set() }));
    e.rules.add(a.rule);
    for (const d of a.sentenceText.match(WEEKDAY) ?? []) e.days.add(d);
  }
  return out;
}

const covers = (big: ReadonlySet<string>, small: ReadonlySet<string>): boolean => [...small].every((x) => big.has(x));
const meets = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((x) => b.has(x));

/**
 * Dates the undated documents of each story that the evidence places on one day: sets their
 * `date` and `dateSource`, and the time of their claims that had none. `groups` holds each
 * document's story id. Returns the documents dated.
 */
export function dateFromStories(documents: DocumentInfo[], assertions: Assertion[], groups: ReadonlyArray<string | undefined>): number[] {
  if (!documents.some((d) => d.date === null) || !documents.some((d) => d.date !== null)) return [];
  const ev = evidence(assertions);
  const byStory = new Map<string, number[]>();
  documents.forEach((_, i) => {
    const g = groups[i];
    if (g === undefined) return;
    const list = byStory.get(g);
    if (list) list.push(i);
    else byStory.set(g, [i]);
  });
  const dated: number[] = [];
  for (const members of byStory.values()) {
    for (const u of members) {
      const mine = ev.get(u);
      // A draft in `check` is being written now, whatever day the corpus reported.
      if (documents[u]?.date !== null || documents[u]?.role === 'draft' || !mine || mine.days.size === 0) continue;
      const dates = new Set<string>();
      for (const d of members) {
        const theirs = ev.get(d);
        const date = documents[d]?.date;
        if (d !== u && date && theirs && meets(theirs.rules, mine.rules) && covers(theirs.days, mine.days)) dates.add(date);
      }
      if (dates.size !== 1) continue;
      const date = [...dates][0] as string;
      documents[u] = { ...(documents[u] as DocumentInfo), date, dateSource: 'story' };
      dated.push(u);
    }
  }
  if (dated.length > 0) {
    const set = new Set(dated);
    for (const a of assertions) {
      const date = documents[a.document]?.date;
      if (a.time === null && set.has(a.document) && date) a.time = { start: date, end: date };
    }
  }
  return dated;
}
