// "A man was detained", "the driver has been charged", "police arrested a teenager", "has
// lodged a formal appeal": a person or a thing, one at least, to whom the clause's verb was
// done; "has not opened a formal investigation": none. It is a count with no figure, and what
// makes "no one was detained" or "no charges have been filed" in another report a
// contradiction rather than silence (the count of none meets only a count of the same
// predicate: frame.ts apart).

import { type FrameWords, type Token, isContent, nounOf, tokens } from './frame-words.js';

/**
 * The trigger's part for these clauses: an article and a participle, in either order, a passive
 * auxiliary or a noun between; or a negated verb and an article. Each branch starts at a word, as
 * the prefilter's union reads it ("didn't" from its "d").
 */
export const ONE_SOURCE = String.raw`\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}[\w-]+(?:,\s+(?:an?|the)\s+[^,.;]{1,40},)?\s+(?:was|has\s+been|had\s+been)\s+[a-z]+(?:ed|en)\b|\b[a-z]+ed\s+(?:an?|the)\s+[a-z\d]|\b(?:not|\w*n['’]t)\s+(?:yet\s+)?[a-z]+\s+(?:an?|any)\s+[a-z]`;

// The passive: "a 45-year-old man has been detained"; an apposition may part the noun from its verb
// ("a 51-year-old man, a maintenance contractor, was arrested").
const PASSIVE = new RegExp(String.raw`\b(an?|the)\s+((?:[\w-]+\s+){0,2})([a-z][\w-]*)(?:,\s+(?:an?|the)\s+[^,.;]{1,40},)?\s+(?:was|has\s+been|had\s+been)\s+([a-z]+(?:ed|en))\b`, 'gi');
// The active, its object one person ("police have charged the driver", "arrested a teenager") or
// one thing ("has lodged a formal appeal"); negated, none ("has not opened a formal investigation").
// Not "never": "has never made a film that is better" speaks of a lifetime, not of the event at hand.
// Asserted, only a past form in -ed is read, so the expression asks for one: "of the", "in a" never match.
const ACTIVE = new RegExp(String.raw`(?:((?:\bnot|n['’]t)\s+(?:yet\s+)?)([a-z]+)\s+(an?|any)|\b([a-z]+ed)\s+(an?|the))\s+(?=[a-z]|\d+-years?-old\b)`, 'g');

const RELATIVE_AFTER = /^\s+(?:that|which|who|whom|whose)\b/i;

export interface OneFrame {
  start: number;
  end: number;
  thing: string | null;
  kind: string;
  modifier: string | null;
  predicate: string;
  /** None of it: the verb was negated ("has not opened a formal investigation"). */
  none?: boolean;
  /** Who did it, when a name says so ("Kerel has lodged", "Jones, who …, has never failed"). */
  subject?: string;
}

// Between a subject and its verb: auxiliaries, negations, adverbs.
const VERB_GROUP = /^(?:has|have|had|was|were|did|does|do|not|never|\w*n['’]t|yet|also|already|since|reportedly|\w+ly)$/i;

/**
 * The name that is the subject of the verb at `at`: the word before the verb group when it is
 * written capitalised mid-sentence, or, after an appositive ("Jones, who …, has"), the word the
 * sentence opens with when it is a name (a word the lexicon knows only capitalised, or not at all).
 */
function subjectName(w: FrameWords, text: string, at: number): string | undefined {
  const before = tokens(text, 0, at);
  let k = before.length - 1;
  while (k >= 0 && VERB_GROUP.test(before[k]?.text ?? '')) k--;
  const t = before[k];
  // Opening the sentence, a capitalised word is a name when the lexicon knows it only so (or not at all),
  // or when it stands alone before the verb as no common noun does ("White failed a drugs test";
  // "Police arrested", "Officials said" are plurals, "The regulator" has its article).
  const named = (x: Token | undefined, first: boolean, alone: boolean): boolean =>
    x !== undefined && /^[A-Z][a-z]/.test(x.text) && !w.stops.has(x.lower) &&
    (!first || w.lexicon.proper(x.lower) || !(w.lexicon.has(x.lower, 'noun') || w.lexicon.has(x.lower, 'verb') || w.lexicon.has(x.lower, 'adj')) ||
      (alone && !w.plurals.has(x.lower) && !w.general.has(x.lower) && w.lexicon.lemma(x.lower, 'noun') === x.lower));
  if (t && /^[A-Za-z]/.test(t.text)) return named(t, k === 0, k === 0) ? t.lower : undefined;
  if (t?.text === ',' && named(before[0], true, false)) return before[0]?.lower;
  return undefined;
}

interface NounRun {
  head: Token;
  words: Token[];
}

/**
 * The noun phrase that starts at `from`: up to three content words (adjectives of the closed
 * lists, "new", "other", skipped before them), ended by a stop word, a name or punctuation;
 * its head is its last noun. Null when it ends on a name, a plural or no noun.
 */
function nounRun(w: FrameWords, text: string, from: number, to: number): NounRun | null {
  const all = tokens(text, from, Math.min(to, from + 60));
  let i = 0;
  while (i < all.length && i < 2 && w.stops.has(all[i]?.lower ?? '') && /^[a-z]/.test(all[i]?.text ?? '')) i++;
  // "arrested a 34-year-old man": the age is the person's, the noun after it the one arrested.
  if (/^\d+$/.test(all[i]?.text ?? '') && all[i + 1]?.text === '-' && /^years?-old$/.test(all[i + 2]?.lower ?? '')) i += 3;
  const words: Token[] = [];
  for (; i < all.length && words.length < 3; i++) {
    const t = all[i] as Token;
    if (!isContent(w, t) || w.auxiliaries.has(t.lower) || /^[A-Z]/.test(t.text)) break;
    words.push(t);
  }
  while (words.length > 0 && !w.lexicon.has(words[words.length - 1]?.lower ?? '', 'noun')) words.pop();
  const head = words[words.length - 1];
  // A plural ("the workers", counted by the frame when a figure says how many) is no one thing.
  if (!head || w.lexicon.lemma(head.lower, 'noun') !== head.lower) return null;
  return { head, words };
}

/** A singular noun that is a person by its most frequent senses ("company" is one only in its fourth, which news rarely means). */
function person(w: FrameWords, text: string, from: number, to: number): NounRun | null {
  const run = nounRun(w, text, from, to);
  const kind = w.classes[0];
  return run && kind && w.lexicon.isA(run.head.lower, kind, 3) ? run : null;
}

/** A singular noun of a thing ("a formal appeal"), not a measure, a change or a noun of time. */
function object(w: FrameWords, text: string, from: number, to: number): NounRun | null {
  const run = nounRun(w, text, from, to);
  if (!run) return null;
  const h = run.head.lower;
  // "handled a record 4.1 million passengers": a noun before a figure modifies the figure; it is no one thing.
  if (/^\s+[£$€]?\d/.test(text.slice(run.head.end, run.head.end + 4))) return null;
  return w.measures.has(h) || w.changes.has(h) || w.durations.has(h) || w.units.has(h) || w.general.has(h) ? null : run;
}

function particleAfter(w: FrameWords, text: string, at: number, to: number): string {
  const after = tokens(text, at, Math.min(to, at + 24));
  return after[0] && w.particles.has(after[0].lower) && !w.determiners.has(after[1]?.lower ?? '') ? ` ${after[0].lower}` : '';
}

/** Each "a/an/the <person> was <participle>", "<verb>ed a/an/the <person or thing>" and "not <verb> a/an <thing>" of `text` within [from, to). */
export function readOnes(w: FrameWords, text: string, from: number, to: number): OneFrame[] {
  const out: OneFrame[] = [];
  const slice = text.slice(from, to);
  PASSIVE.lastIndex = 0;
  for (let m = PASSIVE.exec(slice); m !== null; m = PASSIVE.exec(slice)) {
    const start = from + m.index;
    const noun = tokens(text, start + (m[1]?.length ?? 1), start + m[0].length - (m[4]?.length ?? 0)).filter((t) => isContent(w, t) && !w.auxiliaries.has(t.lower) && !/^[A-Z]/.test(t.text));
    const last = noun[noun.length - 1];
    const head = last && person(w, text, last.start, last.end)?.head;
    const verb = w.lexicon.lemma(m[4]?.toLowerCase() ?? '', 'verb');
    if (!head || !w.lexicon.has(verb, 'verb')) continue;
    // Its head alone: "a local man", "a 45-year-old man" are one man to another report.
    out.push({ start, end: head.end, ...nounOf(w, [head]), predicate: `${verb}${particleAfter(w, text, start + m[0].length, to)}` });
  }
  ACTIVE.lastIndex = 0;
  for (let m = ACTIVE.exec(slice); m !== null; m = ACTIVE.exec(slice)) {
    const start = from + m.index;
    const none = m[1] !== undefined;
    const written = (m[2] ?? m[4])?.toLowerCase() ?? '';
    const verb = w.lexicon.lemma(written, 'verb');
    const article = (m[3] ?? m[5])?.toLowerCase() ?? '';
    // Asserted, a past form ("the injured man" has its participle after the article; here it must be
    // the clause's verb); negated, any form ("did not open a", "has not opened a"), but not "not a".
    if (w.stops.has(written) || !w.lexicon.has(verb, 'verb') || w.auxiliaries.has(written)) continue;
    if (!none && verb === written) continue;
    const nounFrom = start + m[0].length;
    const who = person(w, text, nounFrom, to);
    const thing = who ?? (article !== 'the' ? object(w, text, nounFrom, to) : null);
    // "a film that is better controlled": a kind of the thing, not the thing.
    if (!thing || RELATIVE_AFTER.test(text.slice(thing.head.end, thing.head.end + 8))) continue;
    const at = start + (m[1]?.length ?? 0) + written.length + 1;
    const subject = subjectName(w, text, start + (m[1]?.length ?? 0));
    out.push({
      start: none ? start : at, end: thing.head.end, ...nounOf(w, who ? [thing.head] : thing.words), predicate: verb,
      ...(none ? { none } : {}), ...(subject ? { subject } : {}),
    });
  }
  return out;
}
