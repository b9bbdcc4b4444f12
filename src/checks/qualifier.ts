// A count of a kind of the thing ("71,000 civil service jobs") and a count of the thing
// ("104,000 jobs would be cut"): the first may be a part of the second, so a smaller qualified
// count is no rival to a larger bare one. The qualifier is the nouns written between the figure
// and the rule's head noun; adjectives ("more", "new", "full-time") and names (a place, an
// employer: the scope's business) are not kinds.

import type { Matcher } from '../engine/matcher.js';
import type { Lexicon } from '../lexicon/types.js';
import type { Assertion } from '../model.js';

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** The kind nouns between a claim's figure and its head noun; empty when none, or when the head is not found within four words. */
export function qualifierOf(a: Assertion, head: Matcher, lexicon: Lexicon): string[] {
  const after = a.sentenceText.slice(a.span.end - a.sentence.start, a.span.end - a.sentence.start + 80);
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let k = 0, m = WORD.exec(after); m !== null && k < 5; k++, m = WORD.exec(after)) {
    head.lastIndex = m.index;
    if (head.exec(after)) return words;
    const w = m[0];
    if (w === w.toLowerCase() && lexicon.has(w, 'noun') && !lexicon.has(w, 'adj')) words.push(w);
  }
  return [];
}

/** Whether `a` and `b` are a part and its whole: one names a kind, the other none, and the kind's count is the smaller. */
export function partAndWhole(head: Matcher, lexicon: Lexicon): (a: Assertion, b: Assertion) => boolean {
  return (a, b) => {
    if (a.value.kind !== 'quantity' || b.value.kind !== 'quantity') return false;
    const qa = qualifierOf(a, head, lexicon).length > 0;
    const qb = qualifierOf(b, head, lexicon).length > 0;
    if (qa === qb) return false;
    const [part, whole] = qa ? [a.value, b.value] : [b.value, a.value];
    return part.high < whole.low;
  };
}
