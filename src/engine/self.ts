// An article against itself. Two values of one key in one article are nearly always two
// things the key could not tell apart (two companies' sales, this year's rate and 2003's, a
// total and its part): on the BBC categories and the hand-made gold, about none of the pairs
// the key alone found was a real contradiction. So a pair inside one article is reported only
// on strong evidence; every other pair is two events (engine/own.ts keeps it as such, so the
// article still counts as holding several values when compared with others).
//
// Strong evidence is one of:
// - the headline against the body: the headline gives a figure or a date the body never gives,
//   and the body gives another ("Fire: 16 injured" over "14 workers were injured"). A body
//   that repeats the headline's figure makes its other figures parts or other events.
// - two body sentences that name the same things (at least one name or place, all the names of one
//   among the other's, the same places: a district's figure is no rival to the nation's), on
//   one known day, counting a thing the key names in full.
// - two entries of a live blog under the same time mark ("14:30 — … 15 dead", "14:30 — … 17").

import type { Assertion, DocumentInfo } from '../model.js';
import { isOpener } from '../stories/terms.js';
import { ownAnchors } from './anchors.js';

/** Whether claim `b` of one article's claims of a key is set against `a` on strong evidence; `own` are all its claims of the key. */
export type SelfEvidence = (a: Assertion, b: Assertion, own: readonly Assertion[]) => boolean;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Whether the claim sits in its document's headline: its sentence is (part of) the title, and
 * the title reads as a headline, not a first sentence of prose (which ends with a full stop).
 */
function inHeadline(c: Assertion, documents: readonly DocumentInfo[]): boolean {
  const title = documents[c.document]?.title;
  if (!title || /[.]\s*$/.test(title)) return false;
  const s = squash(c.sentenceText);
  return s.length > 0 && squash(title).includes(s);
}

/** Headline values are compressed wording: a state read from "dismisses quit claim" is no account of its own. */
const figure = (c: Assertion): boolean => c.value.kind === 'quantity' || c.value.kind === 'date';

/** Whether every name of the sparser list is among the other's: "Pellham Motors … its Dunmore plant" and "the Dunmore plant". */
const within = (a: readonly string[], b: readonly string[]): boolean => {
  const [few, many] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  return few.length > 0 && few.every((t) => many.has(t));
};

const names = (c: Assertion): string[] => [...ownAnchors(c), ...(c.places ?? [])].filter((t) => !isOpener(t));

const samePlaces = (a: Assertion, b: Assertion): boolean => [...(a.places ?? [])].sort().join('|') === [...(b.places ?? [])].sort().join('|');

/** One time, known: an undated article's "on Thursday" and "on Christmas Day" are no one time. */
const sameTime = (a: Assertion, b: Assertion): boolean => a.time !== null && b.time !== null && a.time.start === b.time.start && a.time.end === b.time.end;

/**
 * Whether the claim leaves a dimension of what it counts unsaid: the frame's "*" (no predicate,
 * no thing), a party list that names only some ("~a+b"). A place the rule does not know is no
 * such gap: the sentence's own places are among its names.
 */
const vague = (c: Assertion): boolean => Object.values(c.scope).some((v) => v === '*' || (v?.startsWith('~') ?? false));

export function selfEvidence(documents: readonly DocumentInfo[], compatible: (a: Assertion, b: Assertion) => boolean): SelfEvidence {
  return (a, b, own) => {
    const ha = inHeadline(a, documents);
    const hb = inHeadline(b, documents);
    if (ha !== hb) {
      const head = ha ? a : b;
      if (!figure(head) || !figure(ha ? b : a)) return false;
      return !own.some((c) => c !== head && !inHeadline(c, documents) && compatible(c, head));
    }
    if (ha) return false;
    // A live blog's two entries stamped with one time: the blog itself says they are one moment.
    if (a.mark !== undefined && a.mark === b.mark) return true;
    return within(names(a), names(b)) && samePlaces(a, b) && sameTime(a, b) && !vague(a) && !vague(b);
  };
}
