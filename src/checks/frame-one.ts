// "A man was detained", "the driver has been charged", "police arrested a teenager": a person,
// one at least, to whom the clause's verb was done. It is a count with no figure, and what
// makes "no one was detained" or "no charges have been filed" in another report a
// contradiction rather than silence (the count of none meets only a count of the same
// predicate: frame.ts apart).

import { type FrameWords, type Token, isContent, nounOf, tokens } from './frame-words.js';

/** The trigger's part for these clauses: an article and a participle, in either order, a passive auxiliary or a noun between. */
export const ONE_PASSIVE_SOURCE = String.raw`\b(?:an?|the)\s+(?:[\w-]+\s+){1,3}(?:was|has\s+been|had\s+been)\s+[a-z]+(?:ed|en)\b|\b[a-z]+ed\s+(?:an?|the)\s+[a-z]`;

// The passive: "a 45-year-old man has been detained".
const PASSIVE = new RegExp(String.raw`\b(an?|the)\s+((?:[\w-]+\s+){0,2})([a-z][\w-]*)\s+(?:was|has\s+been|had\s+been)\s+([a-z]+(?:ed|en))\b`, 'gi');
// The active, its object one person: "police have charged the driver", "arrested a teenager".
const ACTIVE = new RegExp(String.raw`\b([a-z]+ed)\s+(an?|the)\s+((?:[a-z][\w-]*\s+){0,2}?)([a-z][\w-]*)\b(?!\s*(?:'s|’s|of)\b)`, 'g');

export interface OneFrame {
  start: number;
  end: number;
  thing: string | null;
  kind: string;
  modifier: string | null;
  predicate: string;
}

/** A singular noun that is a person, its lemma and tokens; null otherwise. */
function person(w: FrameWords, text: string, from: number, to: number): Token | null {
  const words = tokens(text, from, to).filter((t) => isContent(w, t) && !w.auxiliaries.has(t.lower));
  const head = words[words.length - 1];
  const kind = w.classes[0];
  // A name ("the Smith family"), a plural ("the workers", counted by the frame when a figure says how many), or no person.
  if (!head || !kind || /^[A-Z]/.test(head.text) || w.lexicon.lemma(head.lower, 'noun') !== head.lower) return null;
  // Its most frequent senses: "company" is a person only in its fourth, which news rarely means (guests).
  return w.lexicon.isA(head.lower, kind, 3) ? head : null;
}

function particleAfter(w: FrameWords, text: string, at: number, to: number): string {
  const after = tokens(text, at, Math.min(to, at + 24));
  return after[0] && w.particles.has(after[0].lower) && !w.determiners.has(after[1]?.lower ?? '') ? ` ${after[0].lower}` : '';
}

/** Each "a/an/the <person> was <participle>" and "<verb>ed a/an/the <person>" of `text` within [from, to). */
export function readOnes(w: FrameWords, text: string, from: number, to: number): OneFrame[] {
  const out: OneFrame[] = [];
  const slice = text.slice(from, to);
  PASSIVE.lastIndex = 0;
  for (let m = PASSIVE.exec(slice); m !== null; m = PASSIVE.exec(slice)) {
    const start = from + m.index;
    const head = person(w, text, start + (m[1]?.length ?? 1), start + m[0].length - (m[4]?.length ?? 0));
    const verb = w.lexicon.lemma(m[4]?.toLowerCase() ?? '', 'verb');
    if (!head || !w.lexicon.has(verb, 'verb')) continue;
    // Its head alone: "a local man", "a 45-year-old man" are one man to another report.
    out.push({ start, end: head.end, ...nounOf(w, [head]), predicate: `${verb}${particleAfter(w, text, start + m[0].length, to)}` });
  }
  ACTIVE.lastIndex = 0;
  for (let m = ACTIVE.exec(slice); m !== null; m = ACTIVE.exec(slice)) {
    const start = from + m.index;
    const participle = m[1]?.toLowerCase() ?? '';
    const verb = w.lexicon.lemma(participle, 'verb');
    // "the injured man" has its participle after the article; here it must be the clause's verb.
    if (verb === participle || !w.lexicon.has(verb, 'verb') || w.stops.has(participle)) continue;
    const head = person(w, text, start + (m[1]?.length ?? 0) + 1 + (m[2]?.length ?? 1), start + m[0].length);
    if (!head) continue;
    out.push({ start: start + (m[1]?.length ?? 0) + 1, end: head.end, ...nounOf(w, [head]), predicate: verb });
  }
  return out;
}
