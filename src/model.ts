// The one model every layer shares. Offsets are UTF-16 code-unit indices into
// Document.text; line and column are derived (see engine/lines.ts), never stored
// in the engine's own structures.

/** A half-open range [start, end) of offsets into a document's analysed text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * One article as the engine sees it. `text` is what is analysed; when the file was
 * HTML or Markdown, `text` may differ from the bytes on disk and `sourceMap` maps
 * offsets in `text` back to offsets in `sourceText`, which line/column refer to.
 */
export interface SourceDocument {
  /** As the user named it: POSIX separators, relative where the user gave a relative path. */
  path: string;
  text: string;
  title: string | null;
  /** ISO date (YYYY-MM-DD) of publication, when known. */
  date: string | null;
  /** Outlet or agency, when the text or its metadata names one. */
  source: string | null;
  /** The file's text when it differs from `text` (HTML); line/column are computed on it. */
  sourceText?: string;
  /**
   * Piecewise map from `text` offsets to `sourceText` offsets: sorted pairs
   * [textOffset, sourceOffset]; an offset maps through the last pair at or before it.
   */
  sourceMap?: ReadonlyArray<readonly [number, number]>;
  /** Spans of `text` that are page furniture or markup and must yield no assertions. */
  masked?: ReadonlyArray<Span>;
  /** Comparison group (see --group-by); documents compare only within one group. */
  group?: string;
  /** Where `date` comes from when not the file itself: a sidecar (--meta) or the caller. */
  dateSource?: 'meta';
}

export type Hedge = 'exact' | 'approx' | 'min' | 'max' | 'range' | 'vague';

export interface QuantityValue {
  kind: 'quantity';
  /** The number as written, normalised (5,000-strong → 5000; 2.5 million → 2500000). */
  number: number;
  /** The interval the claim allows, after hedges and the rule's tolerance. */
  low: number;
  high: number;
  hedge: Hedge;
  unit: string | null;
  /**
   * The number and unit as written, when the figure was converted to its unit's base for comparing
   * ("180 nautical miles" is compared as 333,360 m): reports give the figure as the article did.
   */
  as?: { number: number; unit: string };
}

export interface StatusValue {
  kind: 'status';
  /** A state name on the rule's scale. */
  state: string;
}

export interface DateValue {
  kind: 'date';
  /** ISO dates, inclusive range at the precision written. */
  start: string;
  end: string;
  precision: 'day' | 'month' | 'year';
}

export interface NameValue {
  kind: 'name';
  /** The name as written, particles and possessive dropped ("Muqtada al-Sadr", "Makari"). */
  name: string;
  /** Lower-cased, without accents or particles: what spellings are compared on. */
  given: string | null;
  surname: string;
  /** The house spelling, when a pack's house list names this spelling as a variant of it. */
  preferred?: string;
}

export type Value = QuantityValue | StatusValue | DateValue | NameValue;

/** Where a figure sits in its sentence: a count, a change "by 500", an earlier figure "down from 3,000", a part "one hospital alone". */
/** `figure`: a figure no frame could read, compared only by the words around it (engine/align.ts). */
export type Role = 'count' | 'change' | 'earlier' | 'increment' | 'part' | 'rate' | 'figure';

export interface Assertion {
  rule: string;
  kind: Value['kind'];
  /** Stable grouping key: rule, role and scope, e.g. "troop-count|count|place=iraq|actor=us". */
  key: string;
  /** Human-readable key, e.g. "US troops · Iraq". */
  subject: string;
  role: Role;
  scope: Scope;
  value: Value;
  /** The words the value was read from, as written. */
  written: string;
  /** Index of the document in Report.documents. */
  document: number;
  span: Span;
  sentence: Span;
  /** Derived from `span` on the document's source text: 1-based line, 1-based UTF-16 column. */
  location: Location;
  /** The whole sentence, as written. */
  sentenceText: string;
  /** Who said it, when the sentence says ("said James Jeffrey", "according to the Pentagon"). */
  attribution: string | null;
  /** Time the claim speaks of (ISO date range), when known. */
  time: { start: string; end: string } | null;
  /** Names the claim's sentence uses, less the speaker's (engine/anchors.ts); absent when none. */
  anchors?: string[];
  /** Places its sentence names ("in London", "on Gran Via"): within one article, two places are two things counted; absent when none. */
  places?: string[];
  /** Minutes after midnight of the live-blog entry the claim sits under ("09:40 —"), when the document has such marks. */
  mark?: number;
  /**
   * The rule that took this figure when the claim is the generic frame's reading of it: it
   * meets other frames' claims (a rule's "410,000 customers" and an outlet's "600,000 clients"),
   * never another figure a rule took (the rules decide those, with their own knowledge).
   */
  shadow?: string;
  /**
   * The paragraph the sentence sits in, for formats that show a claim in context (html,
   * `explain`). Not set by the engine (which drops the text): the CLI attaches it by reading
   * the document again. `start` is the paragraph's offset in the document's text.
   */
  paragraph?: { text: string; start: number };
}

export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Scope {
  place: string | null;
  actor: string | null;
  /** Extra dimensions a rule may add (parties of talks, the event a date belongs to). */
  [dimension: string]: string | null;
}

export type Relation = 'contradiction' | 'change';
export type Severity = 'error' | 'warning' | 'info';

export interface Conflict {
  /** Stable across runs for the same claims: a hash of rule, key and claim locations. */
  id: string;
  rule: string;
  kind: Value['kind'];
  subject: string;
  relation: Relation;
  severity: Severity;
  /** Message id and data; formatters render the wording. */
  message: { id: string; data: Record<string, string | number> };
  /** Indices into Report.assertions, in display order. */
  claims: number[];
  /** Indices into `claims` of claims that cannot both be true. */
  pairs: Array<[number, number]>;
  /** The story its claims belong to, when documents were grouped into stories. */
  story?: string;
  /** For checks that grade their evidence (the generic frame): how sure, and why. Absent for rule-backed conflicts. */
  confidence?: 'strong' | 'weak';
  why?: string;
  /** The verdict recorded for this conflict in a reviews file (see src/reviews), when a run read one. */
  review?: Review;
}

/** What a person decided about a conflict (`claimdiff review`). */
export type Verdict = 'unreviewed' | 'confirmed' | 'false-alarm' | 'explained';

export interface Review {
  verdict: Verdict;
  /** The stable fingerprint the verdict is keyed by (as in SARIF's partialFingerprints). */
  fingerprint: string;
  note?: string;
  by?: string;
  /** ISO timestamp of the verdict. */
  at?: string;
}

/** What a rule says about time and tolerance, for formats that explain a conflict (html, `explain`). */
export interface RuleInfo {
  id: string;
  kind: string;
  /** The pack and file:line:column the rule comes from. */
  pack: string;
  origin: string;
  description?: string;
  /** How far apart two dated claims must be to count as a change ("90d"; "never"). */
  window?: string;
  overTime?: 'change' | 'unrelated';
  eventSpan?: string;
  cumulative?: boolean;
  /** A status rule's scale, in order. */
  scale?: string[];
}

/** A reviews file entry that matched no conflict of the run (like an unused suppression). */
export interface UnusedReview {
  fingerprint: string;
  verdict: Verdict;
  subject?: string;
  /** 1-based line of the entry in the reviews file. */
  line: number;
}

/**
 * The message id of a conflict between claims of one document: the article itself gives
 * values that cannot all be true. A warning: it counts toward --max-warnings and does not
 * fail a run by itself.
 */
export const SELF_CONFLICT = 'self-conflict';

export interface DocumentInfo {
  path: string;
  title: string | null;
  date: string | null;
  source: string | null;
  /** In `check` runs: drafts are what is checked, corpus documents are the reference. */
  role?: 'draft' | 'corpus';
  /**
   * Where `date` comes from when not the file's own text: a sidecar (--meta), or its story
   * (stories/dating.ts: an undated article that reports the same day's events as dated ones).
   */
  dateSource?: 'meta' | 'story';
  /** Story features: the names the document uses (see stories/terms.ts); not printed. */
  terms?: string[];
}

/** Documents about one event, found by the names they share (see stories/group.ts). */
export interface Story {
  id: string;
  /** The headline of its most central document. */
  title: string | null;
  /** Indices into Report.documents. */
  documents: number[];
}

/** A note about the input that is not a conflict: an unused suppression, a capped sentence. */
export interface ReportWarning {
  document: number;
  line: number;
  column: number;
  code: string;
  message: string;
}

export interface Report {
  version: 1;
  documents: DocumentInfo[];
  assertions: Assertion[];
  conflicts: Conflict[];
  warnings: ReportWarning[];
  /** The stories documents were grouped into (--group-by story); absent otherwise. */
  stories?: Story[];
  summary: { documents: number; assertions: number; contradictions: number; changes: number };
  /** The rules of the report's conflicts, attached by the CLI for formats that explain (html, `explain`). */
  rules?: RuleInfo[];
  /** The reviews file the run read and its entries that matched no conflict. */
  reviews?: { file: string; unused: UnusedReview[] };
}
