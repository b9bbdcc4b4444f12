// Builds the shared analysis of one sentence: clauses, entities, figures and
// speaker. Built only for sentences that some rule's trigger admits.

import type { SentenceContext } from '../checks/types.js';
import type { Span } from '../model.js';
import { findAttribution } from './attribution.js';
import type { EntityMention } from './entities.js';
import { allMatches } from './regexp.js';
import { findNumbers, type NumberMention } from './numbers.js';

// Where one statement ends and another begins inside a sentence; a figure's
// place and actor are looked for in its own clause first.
const CLAUSE_BREAK = /;|,?\s+while\s+|,\s+whereas\s+|,\s+but\s+|,\s+although\s+|,\s+compared (?:with|to)\s+|,\s+which\s+|,\s+who\s+|,\s+and\s+(?=(?:about|some|around|nearly|roughly|more|another|an?\s|the\s|\d))|\s+—\s+|\s+–\s+|,\s+(?=(?:about|some|around|nearly|roughly)\s+\d)/gi;

/**
 * Whether the words at [start, end) of `lead` (a clause up to its claim) sit in an apposition that
 * closes before the claim and says something of its own: in "The vessel, built in 1998 at a yard in
 * Gdansk, had 221 passengers aboard" the year and the place are the building's. A bare time set off
 * by commas ("The last one, in 1968, killed 300") still dates the claim.
 */
export function apposed(lead: string, start: number, end: number): boolean {
  const open = lead.slice(0, start).lastIndexOf(',');
  if (open < 0 || !/\w/.test(lead.slice(0, open)) || !/,/.test(lead.slice(end))) return false;
  return /[a-z]{3,}/i.test(lead.slice(open + 1, start).replace(/\b(?:in|on|at|during|back|early|late|since|by|from|until|around|about)\b/gi, ''));
}

/**
 * The clause before `clause` when the words between them join it as a relative clause
 * (`joiners`, e.g. /\b(?:which|who)\b/: "rival Hartwell Foods, which reported …"), else null.
 */
export function antecedentClause(ctx: SentenceContext, clause: Span, joiners: RegExp): Span | null {
  const i = ctx.clauses.indexOf(clause);
  const previous = i > 0 ? ctx.clauses[i - 1] : undefined;
  return previous && joiners.test(ctx.text.slice(previous.end, clause.start)) ? previous : null;
}

export function splitClauses(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of allMatches(CLAUSE_BREAK, text)) {
    const at = m.index;
    if (at > start) spans.push({ start, end: at });
    start = at + m[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

const HYPOTHETICAL = /\?\s*["”’)]*\s*$|^\s*["“]?\s*(?:if|unless|should|whether)\b|,\s*if\b|\bif\s+(?:the\s+)?[\w-]+\s+(?:resume|were|are|is|fail|collapse|go)/i;

/**
 * Each part is worked out when a check first reads it: the speaker only for sentences that
 * yield a claim (most do not), the figures only for quantity rules, the hypothetical only
 * for the others. A class, because an object literal with getters was slow to build.
 */
class Sentence implements SentenceContext {
  private parts: Span[] | undefined;
  private figures: NumberMention[] | undefined;
  private speaker: string | null | undefined;
  private conditional: boolean | undefined;

  constructor(
    readonly text: string,
    readonly offset: number,
    readonly entities: EntityMention[],
    readonly documentPlace: string | null,
    private readonly lastSpeaker: () => string | null,
    readonly published: string | null,
    readonly recentPerson?: (at: number) => string | null,
    readonly surnameOf?: (given: string) => string | null,
    readonly writtenLower?: (word: string) => boolean,
    readonly kin?: (surname: string) => boolean,
    readonly speakerBefore?: () => string | null,
  ) {}

  /** Lazy too: a sentence only a name check reads (most of them) needs no clauses. */
  get clauses(): Span[] {
    return (this.parts ??= splitClauses(this.text));
  }

  get numbers(): NumberMention[] {
    return (this.figures ??= findNumbers(this.text));
  }

  get attribution(): string | null {
    if (this.speaker === undefined) this.speaker = findAttribution(this.text, null) ?? resolvePronoun(this.text, this.lastSpeaker);
    return this.speaker;
  }

  get hypothetical(): boolean {
    return (this.conditional ??= HYPOTHETICAL.test(this.text));
  }
}

export function buildContext(
  text: string, offset: number, entities: EntityMention[], documentPlace: string | null, lastSpeaker: () => string | null,
  published: string | null = null, recentPerson?: (at: number) => string | null, surnameOf?: (given: string) => string | null,
  writtenLower?: (word: string) => boolean, kin?: (surname: string) => boolean, speakerBefore?: () => string | null,
): SentenceContext {
  return new Sentence(text, offset, entities, documentPlace, lastSpeaker, published, recentPerson, surnameOf, writtenLower, kin, speakerBefore);
}

/** A quote that runs on ("…," he said) belongs to the article's previous named speaker. */
function resolvePronoun(text: string, lastSpeaker: () => string | null): string | null {
  return /\b(?:he|she|they)\s+(?:said|says|added|told|insisted|stressed|noted)\b|\b(?:said|says|added)\s+(?:he|she|they)\b/i.test(text) ? lastSpeaker() : null;
}
