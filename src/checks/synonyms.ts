// Verbs that name one act though written apart ("sank" / "went down", "sacked" / "dismissed",
// "shut" / "closed"): two keys of a unified kind agree on a verb dimension when the lexicon
// (WordNet) puts the two verbs in one synset among the first few (most frequent) senses of
// each. All senses were too many: "make" and "fix" share their 30th-odd, and a seizure made on
// Tuesday met a hearing fixed for 20 November. The rest of the key (thing, object, day) still
// has to agree, which is what keeps "hold talks" from "hold suspects".

import type { Lexicon } from '../lexicon/types.js';

/** How many of each verb's most frequent senses may carry the synonymy (sink / go down is the 4th of sink's). */
const SENSES = 4;

/** A check's sameValue: synonymous verbs on dimension `dim`, memoised per pair. */
export function synonymVerbs(lexicon: Lexicon, dim: string): (d: string, a: string, b: string) => boolean {
  const memo = new Map<string, boolean>();
  return (d, a, b) => {
    // "be" is every predicate a level or a copula reads: it names no act to share.
    if (d !== dim || a === 'be' || b === 'be') return false;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let same = memo.get(key);
    if (same === undefined) memo.set(key, (same = lexicon.synonymous(a, b, 'verb', SENSES)));
    return same;
  };
}
