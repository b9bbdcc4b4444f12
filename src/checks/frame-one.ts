// "A man was detained", "a passenger has been charged": a person, one at least, to whom the
// clause's passive verb was done. It is a count with no figure, and what makes "no one was
// detained" in another report a contradiction rather than silence (the count of none, read by
// the frame from "no one"/"nobody", meets only a count of the same predicate: frame.ts apart).

import { type FrameWords, type Token, isContent, nounOf, tokens } from './frame-words.js';

/** The trigger's part for these clauses: an article, up to two words, a passive auxiliary and a participle. */
export const ONE_PASSIVE_SOURCE = String.raw`\ban?\s+(?:[\w-]+\s+){1,3}(?:was|has\s+been|had\s+been)\s+[a-z]+(?:ed|en)\b`;

const ONE_PASSIVE = new RegExp(String.raw`\b(an?)\s+((?:[\w-]+\s+){0,2})([a-z][\w-]*)\s+(?:was|has\s+been|had\s+been)\s+([a-z]+(?:ed|en))\b`, 'gi');

export interface OneFrame {
  start: number;
  end: number;
  thing: string | null;
  kind: string;
  modifier: string | null;
  predicate: string;
}

/** Each "a/an <person> was <participle>" of `text` within [from, to). */
export function readOnes(w: FrameWords, text: string, from: number, to: number): OneFrame[] {
  const out: OneFrame[] = [];
  const person = w.classes[0];
  if (!person) return out;
  const slice = text.slice(from, to);
  ONE_PASSIVE.lastIndex = 0;
  for (let m = ONE_PASSIVE.exec(slice); m !== null; m = ONE_PASSIVE.exec(slice)) {
    const start = from + m.index;
    const words = tokens(text, start + (m[1]?.length ?? 1), start + m[0].length - (m[4]?.length ?? 0));
    const noun: Token[] = words.filter((t) => isContent(w, t) && !w.auxiliaries.has(t.lower));
    const head = noun[noun.length - 1];
    // A name ("a Mr Smith") or anything but a person ("a ship was found") is no count of people.
    if (!head || /^[A-Z]/.test(head.text) || !w.lexicon.isA(w.lexicon.lemma(head.lower, 'noun'), person)) continue;
    const verb = w.lexicon.lemma(m[4]?.toLowerCase() ?? '', 'verb');
    if (!w.lexicon.has(verb, 'verb')) continue;
    const after = tokens(text, start + m[0].length, Math.min(to, start + m[0].length + 24));
    const particle = after[0] && w.particles.has(after[0].lower) && !w.determiners.has(after[1]?.lower ?? '') ? ` ${after[0].lower}` : '';
    // Its head alone: "a local man", "a 45-year-old man" are one man to another report.
    out.push({ start, end: head.end, ...nounOf(w, [head]), predicate: `${verb}${particle}` });
  }
  return out;
}
