// Helpers shared by the formatters: resolving a conflict's claims against the
// report, the values and dates they show, compatible sets, anchors and ordering.
// All pure; nothing here prints or touches the file system.

import type { Assertion, Conflict, DocumentInfo, Report, Value } from '../model.js';
import { cleanText, collapseWhitespace, stripControls } from './sanitize.js';

export interface FormatOptions {
  /** Whether to emit ANSI colour (the CLI decides: terminal, NO_COLOR, FORCE_COLOR, --no-color). */
  color: boolean;
  /** claimdiff's version, for SARIF `tool.driver.version`. */
  toolVersion?: string;
  /** Where SARIF viewers send users to learn about the tool (`tool.driver.informationUri`). */
  informationUri?: string;
  /**
   * The inputs of the run as `claimdiff review ID VERDICT` needs them after it (the paths, and
   * `--against …` for a check run), for formats that show how to record a verdict (html).
   */
  reviewArgs?: readonly string[];
}

export type Formatter = (report: Report, opts: FormatOptions) => string;

/** One claim of a conflict, resolved against the report. Text fields are raw (untrusted). */
export interface Claim {
  /** Index into `conflict.claims`. */
  index: number;
  /** Index into `report.assertions`. */
  assertionIndex: number;
  assertion: Assertion;
  document: DocumentInfo;
  /** The claim's time start when known, else the document's date. */
  date: string | null;
  /** The attribution when there is one, else the document's source. */
  source: string | null;
  normalized: number | string;
}

export function documentOf(report: Report, index: number): DocumentInfo {
  const doc = report.documents[index];
  if (!doc) throw new Error(`claimdiff report: assertion refers to document ${index}, which does not exist`);
  return doc;
}

export function assertionOf(report: Report, index: number): Assertion {
  const a = report.assertions[index];
  if (!a) throw new Error(`claimdiff report: conflict refers to assertion ${index}, which does not exist`);
  return a;
}

export function normalizedValue(v: Value): number | string {
  switch (v.kind) {
    case 'quantity':
      // As the article wrote it: "180 nautical miles" is 180, though compared in metres.
      return v.as?.number ?? v.number;
    case 'status':
      return v.state;
    case 'date':
      return v.start === v.end ? v.start : `${v.start}/${v.end}`;
    case 'name':
      return v.name;
  }
}

export function claimDate(a: Assertion, doc: DocumentInfo): string | null {
  return a.time?.start ?? doc.date;
}

export function claimSource(a: Assertion, doc: DocumentInfo): string | null {
  return a.attribution ?? doc.source;
}

export function claimsOf(report: Report, conflict: Conflict): Claim[] {
  return conflict.claims.map((assertionIndex, index) => {
    const assertion = assertionOf(report, assertionIndex);
    const document = documentOf(report, assertion.document);
    return {
      index,
      assertionIndex,
      assertion,
      document,
      date: claimDate(assertion, document),
      source: claimSource(assertion, document),
      normalized: normalizedValue(assertion.value),
    };
  });
}

function cmp(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Orders by document path, line, column (a tie-breaker after value or time). */
export function compareLocation(a: Claim, b: Claim): number {
  return (
    cmp(a.document.path, b.document.path) ||
    a.assertion.location.line - b.assertion.location.line ||
    a.assertion.location.column - b.assertion.location.column ||
    a.index - b.index
  );
}

/** Sort key of a value: quantities by number then interval, dates by range, statuses by first appearance. */
function valueKey(c: Claim, statusRank: Map<string, number>): Array<number | string> {
  const v = c.assertion.value;
  switch (v.kind) {
    case 'quantity':
      return [v.number, v.low, v.high];
    case 'date':
      return [v.start, v.end];
    case 'name':
      return [v.name];
    case 'status':
      return [statusRank.get(v.state) ?? 0];
  }
}

function compareKeys(a: Array<number | string>, b: Array<number | string>): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = cmp(a[i] ?? 0, b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Claims sorted by value, then file, line, column. */
export function sortByValue(claims: Claim[]): Claim[] {
  const rank = new Map<string, number>();
  for (const c of claims) {
    const v = c.assertion.value;
    if (v.kind === 'status' && !rank.has(v.state)) rank.set(v.state, rank.size);
  }
  return [...claims].sort((a, b) => compareKeys(valueKey(a, rank), valueKey(b, rank)) || compareLocation(a, b));
}

/** Claims sorted by date (undated last), then value, then location: the order of a change. */
export function sortByTime(claims: Claim[]): Claim[] {
  const byValue = sortByValue(claims);
  const pos = new Map(byValue.map((c, i) => [c.index, i]));
  return [...claims].sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return cmp(a.date, b.date);
    }
    return (pos.get(a.index) ?? 0) - (pos.get(b.index) ?? 0);
  });
}

/**
 * Splits a conflict's claims into compatible sets: no two claims in one set form an
 * incompatible pair, and each set has a claim incompatible with some claim of every
 * earlier set. Claims are taken in value order and go into the first set they fit,
 * so sets come out in value order (A = lowest). With no pairs everything is one set.
 */
export function compatibleSets(conflict: Conflict, claims: Claim[]): Claim[][] {
  // Each claim goes to the first set holding none of its rivals: found through its own
  // pairs, so that a conflict of tens of thousands of claims is not quadratic.
  const rivals = new Map<number, number[]>();
  const add = (a: number, b: number): void => {
    const list = rivals.get(a);
    if (list) list.push(b);
    else rivals.set(a, [b]);
  };
  for (const [i, j] of conflict.pairs) {
    add(i, j);
    add(j, i);
  }
  const sets: Claim[][] = [];
  const setOf = new Map<number, number>();
  for (const c of sortByValue(claims)) {
    const barred = new Set((rivals.get(c.index) ?? []).map((r) => setOf.get(r)));
    let home = 0;
    while (barred.has(home)) home++;
    if (home === sets.length) sets.push([]);
    sets[home]?.push(c);
    setOf.set(c.index, home);
  }
  return sets;
}

/** A, B, … Z, AA, AB, … */
export function setLabel(i: number): string {
  let n = i;
  let s = '';
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

/** The claim a conflict is reported on: in a `check` run the first claim in a draft, else the first claim. */
export function anchorClaim(claims: Claim[]): Claim | undefined {
  return claims.find((c) => c.document.role === 'draft') ?? claims[0];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parseIso(s: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "2020-01-29" → "29 Jan 2020"; a whole month → "Jan 2020"; a whole year → "2020"; else "start–end". */
export function formatDateRange(start: string, end: string = start): string {
  const a = parseIso(start);
  const b = parseIso(end);
  if (!a || !b) return cleanText(start === end ? start : `${start}–${end}`);
  const month = (x: { m: number }) => MONTHS[x.m - 1] ?? String(x.m);
  if (start === end) return `${a.d} ${month(a)} ${a.y}`;
  if (a.y === b.y && a.m === 1 && a.d === 1 && b.m === 12 && b.d === 31) return String(a.y);
  if (a.y === b.y && a.m === b.m && a.d === 1 && b.d === lastDay(b.y, b.m)) return `${month(a)} ${a.y}`;
  return `${formatDateRange(start)}–${formatDateRange(end)}`;
}

/** When a claim speaks of, for a timeline: its own time at the precision written, else the document's date. */
export function claimWhen(c: Claim): string | null {
  const t = c.assertion.time;
  if (t) return formatDateRange(t.start, t.end);
  return c.document.date ? formatDateRange(c.document.date) : null;
}

/** "5,000-strong (Jan 2020) → 3,000 (Oct 2021) → about 2,500 (2024)", consecutive repeats merged. Clean text. */
export function timeline(claims: Claim[]): string {
  const steps: string[] = [];
  for (const c of sortByTime(claims)) {
    const when = claimWhen(c);
    const step = `${cleanText(valueLabel(c.assertion))}${when ? ` (${when})` : ''}`;
    if (steps[steps.length - 1] !== step) steps.push(step);
  }
  return steps.join(' → ');
}

export interface Excerpt {
  before: string;
  value: string;
  after: string;
}

function codePoints(s: string): string[] {
  return Array.from(s);
}

/** Where the value sits in the claim's sentence: [start, end) offsets into sentenceText, -1 when not found. */
export function valueInSentence(a: Assertion): [number, number] {
  const raw = a.sentenceText;
  const vs = a.span.start - a.sentence.start;
  const ve = a.span.end - a.sentence.start;
  if (vs >= 0 && ve <= raw.length && vs < ve && raw.slice(vs, ve) === a.written) return [vs, ve];
  const at = a.written ? raw.indexOf(a.written) : -1;
  return [at, at + a.written.length];
}

/**
 * The claim's sentence cleaned (controls stripped, whitespace collapsed) and split
 * around the value, shortened to about `max` characters with "…" on the cut sides
 * while keeping the value visible.
 */
export function excerpt(a: Assertion, max = 160): Excerpt {
  const raw = a.sentenceText;
  const [vs, ve] = valueInSentence(a);
  const squash = (s: string) => stripControls(s).replace(/\s+/g, ' ');
  let before: string;
  let value: string;
  let after: string;
  if (vs >= 0) {
    before = squash(raw.slice(0, vs)).replace(/^ /, '');
    value = squash(raw.slice(vs, ve)).trim();
    after = squash(raw.slice(ve)).replace(/ $/, '');
  } else {
    before = '';
    value = '';
    after = collapseWhitespace(stripControls(raw));
  }
  let b = codePoints(before);
  let v = codePoints(value);
  let f = codePoints(after);
  const total = b.length + v.length + f.length;
  if (total <= max) return { before, value, after };
  if (v.length >= max) {
    v = v.slice(0, max);
    v.push('…');
    return { before: b.length > 0 ? '…' : '', value: v.join(''), after: '' };
  }
  const room = max - v.length;
  let left = Math.min(b.length, Math.floor(room / 2));
  let right = Math.min(f.length, room - left);
  left = Math.min(b.length, room - right);
  if (left < b.length) {
    let kept = b.slice(b.length - left);
    // start at a word boundary when one is near
    const sp = kept.indexOf(' ');
    if (sp >= 0 && sp < 20 && b[b.length - left - 1] !== ' ') kept = kept.slice(sp + 1);
    b = ['…', ...kept];
  }
  if (right < f.length) {
    let kept = f.slice(0, right);
    const sp = kept.lastIndexOf(' ');
    if (sp >= 0 && kept.length - sp < 20 && f[right] !== ' ') kept = kept.slice(0, sp);
    f = [...kept, '…'];
  }
  return { before: b.join(''), value: v.join(''), after: f.join('') };
}

export function excerptText(e: Excerpt): string {
  return `${e.before}${e.value}${e.after}`;
}

/** Conflicts in reading order: by subject, contradictions before changes, then rule and id. */
export function conflictsBySubject(conflicts: readonly Conflict[]): Conflict[] {
  const rel = (c: Conflict) => (c.relation === 'contradiction' ? 0 : 1);
  return [...conflicts].sort(
    (a, b) => cmp(a.subject, b.subject) || rel(a) - rel(b) || cmp(a.rule, b.rule) || cmp(a.id, b.id),
  );
}

/** The SARIF / annotation level of a conflict: changes are notes; contradictions follow severity. */
export function levelOf(c: Conflict): 'error' | 'warning' | 'note' {
  if (c.relation === 'change') return 'note';
  return c.severity === 'error' ? 'error' : c.severity === 'warning' ? 'warning' : 'note';
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "5 documents, 42 assertions: 1 contradiction, 0 changes" (then "; reviewed: 1 false-alarm" when verdicts were read) */
export function summaryLine(report: Report): string {
  const s = report.summary;
  const line = `${plural(s.documents, 'document')}, ${plural(s.assertions, 'assertion')}: ${plural(s.contradictions, 'contradiction')}, ${plural(s.changes, 'change')}`;
  const verdicts = new Map<string, number>();
  for (const c of report.conflicts) {
    const v = c.review?.verdict;
    if (v !== undefined && v !== 'unreviewed') verdicts.set(v, (verdicts.get(v) ?? 0) + 1);
  }
  if (verdicts.size === 0) return line;
  const parts = ['confirmed', 'false-alarm', 'explained'].filter((v) => verdicts.has(v)).map((v) => `${verdicts.get(v)} ${v}`);
  return `${line}; reviewed: ${parts.join(', ')}`;
}

/** A claim's value for people: the words as written, led by the state for a status ("none: held no negotiations"). */
export function valueLabel(a: Assertion): string {
  if (a.value.kind === 'status' && a.value.state !== a.written.toLowerCase()) return `${a.value.state}: ${a.written}`;
  return a.written;
}

/**
 * "Flood in Arvale (story 3f2a…)" for a conflict when the documents fell into more than
 * one story, so a reader of an archive's report sees which event it is about; null when
 * there is one story (or none), where it would say nothing.
 */
export function storyLabel(report: Report, c: Conflict): string | null {
  if (!report.stories || report.stories.length < 2 || c.story === undefined) return null;
  const story = report.stories.find((s) => s.id === c.story);
  if (!story) return null;
  return `${story.title ?? 'untitled'} (story ${story.id}, ${story.documents.length} document${story.documents.length === 1 ? '' : 's'})`;
}

/** A reviewed conflict's marker for the human formats ("false-alarm by alice: two counts"); null when unreviewed. */
export function reviewLabel(c: Conflict): string | null {
  const r = c.review;
  if (!r || r.verdict === 'unreviewed') return null;
  return `${r.verdict}${r.by ? ` by ${r.by}` : ''}${r.note ? `: ${r.note}` : ''}`;
}

/** Paths of the documents whose claims in `claims` have no date at all (neither their own time nor the article's), sorted. */
export function undatedPaths(claims: readonly Claim[]): string[] {
  return [...new Set(claims.filter((c) => c.date === null).map((c) => c.document.path))].sort();
}

/** How to date a document: why a change can show as a contradiction. */
export const DATING_HINT = 'date an article with --meta FILE or a date: line in its front matter';

/** The line under a conflict with undated claims: which documents, and how to date them. */
export function undatedNote(paths: readonly string[]): string {
  return `undated: ${paths.map(cleanText).join(', ')} (taken as at the same time; date ${paths.length === 1 ? 'it' : 'them'} with --meta FILE or a date: line in front matter)`;
}

/** What the letters of a contradiction mean, said once in the report. */
export const LETTERS_LEGEND = 'A, B, …: claims with the same letter agree; claims with different letters cannot all be true.';
