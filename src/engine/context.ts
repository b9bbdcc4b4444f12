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

export function buildContext(
  text: string, offset: number, entities: EntityMention[], documentPlace: string | null, lastSpeaker: () => string | null,
  published: string | null = null,
): SentenceContext {
  // Each part is worked out when a check first reads it: the speaker only for sentences that
  // yield a claim (most do not), the figures only for quantity rules, the hypothetical only for the others.
  let speaker: string | null | undefined;
  let numbers: NumberMention[] | undefined;
  let hypothetical: boolean | undefined;
  return {
    text,
    offset,
    clauses: splitClauses(text),
    entities,
    get numbers(): NumberMention[] {
      return (numbers ??= findNumbers(text));
    },
    get attribution(): string | null {
      if (speaker === undefined) speaker = findAttribution(text, null) ?? resolvePronoun(text, lastSpeaker);
      return speaker;
    },
    documentPlace,
    published,
    get hypothetical(): boolean {
      return (hypothetical ??= HYPOTHETICAL.test(text));
    },
  };
}

/** A quote that runs on ("…," he said) belongs to the article's previous named speaker. */
function resolvePronoun(text: string, lastSpeaker: () => string | null): string | null {
  return /\b(?:he|she|they)\s+(?:said|says|added|told|insisted|stressed|noted)\b|\b(?:said|says|added)\s+(?:he|she|they)\b/i.test(text) ? lastSpeaker() : null;
}
