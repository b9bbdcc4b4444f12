// What every check kind provides. A kind is code; the rules that use it are data
// (rules/*.yaml). The engine calls `extract` only on sentences the kind's
// trigger admits, so `trigger` must accept every sentence `extract` could use.

import type { Assertion, Role, Scope, Severity, Span, Value } from '../model.js';
import type { Lexicon } from '../lexicon/types.js';
import type { EntityMatcher, EntityMention } from '../engine/entities.js';
import type { Matcher, MatcherFactory } from '../engine/matcher.js';
import type { NumberMention } from '../engine/numbers.js';
import type { LoadedRule } from '../rules/types.js';

/** One sentence, analysed once and shared by every rule. */
export interface SentenceContext {
  text: string;
  /** Offset of the sentence in the document's text. */
  offset: number;
  /** Clause spans relative to the sentence ("…in Iraq, while about 900 … in Syria" is two). */
  clauses: Span[];
  entities: EntityMention[];
  numbers: NumberMention[];
  attribution: string | null;
  /** The place the article is mostly about, for figures whose sentence names none. */
  documentPlace: string | null;
  /** The article's publication date (ISO), against which "on Thursday" is read. */
  published: string | null;
  /** A question, or a conditional ("if talks resume"): not an assertion. */
  hypothetical: boolean;
  /**
   * The one person the text just before offset `at` (in the sentence) speaks of, by folded surname,
   * or null (engine/persons.ts): whom an epithet with no name ("the 48-year-old") points back to.
   */
  recentPerson?: ((at: number) => string | null) | undefined;
  /** The surname of the one full name in the document whose given name this is ("davi" → "rocha"), or null. */
  surnameOf?: ((given: string) => string | null) | undefined;
  /** Whether the document names two people of this folded surname ("Marcus Thelwell", "Liam Thelwell"): the surname alone is neither. */
  kin?: ((surname: string) => boolean) | undefined;
  /** Whether the document writes this word in lower case somewhere: a capital first word that it does is no name ("Turnout was 52%"). */
  writtenLower?: ((word: string) => boolean) | undefined;
  /** The speaker the sentence just before names ("Ruth Halcrow said engineers would …"), or null: whom a '"…," she said' that follows quotes. */
  speakerBefore?: (() => string | null) | undefined;
}

export interface Hit {
  /** Relative to the sentence. */
  span: Span;
  written: string;
  role: Role;
  scope: Scope;
  value: Value;
  /**
   * What holds when the article was written, whatever time its sentence names: "The 48-year-old
   * was appointed in June 2023" gives his age now, not in 2023.
   */
  current?: boolean;
}

export interface CompiledCheck {
  rule: LoadedRule;
  /** A cheap test on lower-cased sentence text: false means `extract` would find nothing. */
  trigger: Matcher;
  /** The plain words the trigger is made of, or null when it has a regular expression (see triggerWords). */
  triggerWords: readonly string[] | null;
  /**
   * Words that admit the check only in a sentence that also has one of `context` ("45 people"
   * counts as killed only beside "killed"): the common generic nouns stop admitting every
   * sentence to every rule. The trigger expression still includes `words`.
   */
  pairedTrigger?: { words: readonly string[]; context: readonly string[] } | null;
  extract(ctx: SentenceContext): Hit[];
  /** Whether two values of this rule can both be true of the same thing at the same time. */
  compatible(a: Value, b: Value): boolean;
  /** Human-readable subject for a scope, e.g. "US troops · Iraq". */
  subject(scope: Scope): string;
  /** Dimensions of the key, in order. */
  scopeDims: string[];
  severity: Severity;
  /** Milliseconds apart beyond which two dated claims are a change; null: never a change. */
  windowMs: number | null;
  /**
   * Its hits are names, not figures: the generic frame may still read a figure they touch ("Nearly
   * 7,300 people"). Read on every sentence, after the figure checks, without the prefilter (its own
   * search for capitalised runs is as cheap as a trigger), and with no speaker, time or anchors.
   */
  namesOnly?: boolean;
  /**
   * Its key alone names one event: the names in its sentences never set two claims apart. A quotation's
   * words are one utterance, whatever employer or place its two speakers' sentences name.
   */
  keyed?: boolean;
  /** Runs after the other checks and yields nothing on a figure one of them took (the generic frame). */
  fallback?: boolean;
  /** A fallback that also reads the figures rules took, as shadows (Assertion.shadow): they meet only its own readings. */
  shadows?: boolean;
  /**
   * Compare only claims of documents in one folder, whatever --group-by says: a generic frame's key
   * is too weak to compare unrelated stories (engine/story.ts; issue 14 replaces folders with stories).
   */
  comparesWithin?: 'folder';
  /**
   * Its "*" means "not said" (no object named, no day given), so its keys are unified
   * (engine/buckets.ts unify): "detected on March 3" meets "detected the intrusion on Feb. 26"
   * when the story has one thing detected. Implied by comparesWithin.
   */
  unifies?: boolean;
  /**
   * Whether two values of one dimension of a unified key name the same thing though written
   * differently: a verb and its WordNet synonym ("sank" / "went down", "sacked" / "dismissed").
   * Absent: only equal values (or one unsaid) agree.
   */
  sameValue?(dim: string, a: string, b: string): boolean;
  /**
   * Conflicts of one bucket decided by the kind: each group's members (indices into `claims`,
   * every mention it lists) and its incompatible pairs (indices into `members`). For names,
   * whose conflicts are spellings, not values at one time (checks/name.ts).
   */
  gather?(claims: readonly Assertion[]): NameGroup[];
  /**
   * Whether a bucket (one comparison group, one key) of this check's claims is kept at all, given
   * its distinct values; absent: always. A name spelled one way in its story is no claim worth a
   * line of the report, and most of a run's names are (engine/lone.ts).
   */
  keeps?(values: readonly Value[]): boolean;
  /**
   * Whether two claims of one key are about different things though the key is the same (the
   * generic frame: a share price and a buyback, four orders of magnitude apart); absent: never.
   */
  apart?(a: Assertion, b: Assertion): boolean;
  /**
   * Whether two claims dated apart (within FIXED_SPAN) still speak of one fixed fact rather than a
   * level that moved: a price, a payment, a length the story states once (the generic frame's sums
   * and measures); absent: the window decides.
   */
  fixed?(a: Assertion, b: Assertion): boolean;
  /**
   * Whether two counts dated apart (within weeks) are of an act that only accrues: what was done
   * stays done ("a man was arrested" on Saturday, "no arrests have been made" on Tuesday), so a
   * later, lower count is a contradiction and a later, higher one a change; absent: the window decides.
   */
  accrues?(a: Assertion, b: Assertion): boolean;
  /** How sure a conflict of these claims is, and why; absent: the rule's severity says it all. */
  confidence?(claims: readonly Assertion[]): Confidence;
  /**
   * The words that say what a figure of role `figure` is about (content words around it, as
   * lemmas): figures no frame could read are compared by them (engine/align.ts). Absent: the
   * kind yields no such figures.
   */
  context?(claim: Assertion): string[];
  /** A monthly statistic published after its month: a figure dated only by its article is the previous month's. */
  reportsPrevious?: boolean;
}

export interface NameGroup {
  members: number[];
  pairs: Array<[number, number]>;
  /** A message id other than `<kind>-conflict` (a house-list variant: `name-house`). */
  message?: string;
}

/** Strong: reported as an error even when the rule says warning; weak: at the rule's severity. */
export interface Confidence {
  level: 'strong' | 'weak';
  why: string;
}

export interface CheckKind {
  kind: string;
  /**
   * `expr` compiles every expression built from the rule's phrases (see checks/index.ts matcherFor);
   * `lexicon`: word knowledge for kinds that read words generically (the frame); the others ignore it.
   */
  compile(rule: LoadedRule, entities: EntityMatcher, expr: MatcherFactory, lexicon?: Lexicon): CompiledCheck;
}
