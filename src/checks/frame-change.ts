// A change by a share: "shares fell 11% in extended trading", "tuition will climb 5.4 per cent",
// "a 6.4% increase in the minimum rate", "closed 14% lower", "will reduce the volume of water by
// 25 percent". The figure is how far a thing moved, signed by the direction its words give
// (rules/generic.yaml `rises:` / `falls:`), so that "fell 11%" and "are up 3%" of one thing over
// one period disagree. A change over a long or open period ("so far this year", "since March",
// "over the past decade") is a running figure that moves every day, and is not read.

import type { NumberMention } from '../engine/numbers.js';
import { type FrameWords, type Token, isContent, isLower, isPlural, isWord, phraseBack, tokens } from './frame-words.js';

export interface Change {
  /** The noun phrase of what moved ("third-quarter revenue", "shares"). */
  thing: Token[];
  /** A proper name just before it ("Veridane shares"). */
  name: string | null;
  direction: 1 | -1;
  /**
   * When or how within the period it moved, as written: the verb of a close or an open ("closed
   * down 11.4%": close) or the phrase "in …" after it ("in premarket trading", "in the third
   * quarter"). A move at the close is not one in premarket trading.
   */
  qualifier: string | null;
  /** The end of the words read after the figure. */
  end: number;
}

const OPEN_PERIOD = /\b(?:so far|this year|year[- ]to[- ]date|since|over the (?:past|last)|in the (?:past|last)|over (?:the )?(?:\w+ )?(?:years|decades|months)|in (?:\w+ )?(?:years|decades))\b/i;
// Adverbs of direction: a verb before them is the move's own ("closed down 11.4%", "ended higher").
const ADVERBS = new Set(['up', 'down', 'higher', 'lower']);

function directionOf(w: FrameWords, t: Token | undefined): 1 | -1 | null {
  if (!isWord(t)) return null;
  const forms = [t.lower, w.lexicon.lemma(t.lower, 'verb'), w.lexicon.lemma(t.lower, 'noun')];
  if (forms.some((f) => w.rises.has(f))) return 1;
  if (forms.some((f) => w.falls.has(f))) return -1;
  return null;
}

/** The sentence's first word is capitalised as any first word is: read it in lower case. */
// A word any part of which the lexicon knows ("Shares", "Third-quarter"); a name it does not ("Veridane").
const known = (w: FrameWords, word: string): boolean =>
  w.stops.has(word) || word.split('-').some((p) => ['noun', 'verb', 'adj'].some((pos) => w.lexicon.has(w.lexicon.lemma(p, pos as 'noun'), pos as 'noun')));
// A bullet or a dash may open the line ("- Like-for-like sales down 4.2%"): its first word is the sentence's.
const lowerFirst = (w: FrameWords, list: Token[], text: string): Token[] => {
  const first = text.search(/\p{L}/u);
  return list.map((t) => (t.start === first && known(w, t.lower) && !w.lexicon.proper(t.lower) ? { ...t, text: t.lower } : t));
};

/** The subject before a verb at `before[k]`: auxiliaries, modals and one verb of the move ("closed") skipped. */
function subjectBack(w: FrameWords, before: readonly Token[], k: number, adverb: boolean): { words: Token[]; name: string | null; verb: string | null } {
  let i = k;
  while (isLower(before[i]) && (w.auxiliaries.has(before[i]?.lower ?? '') || w.modals.has(before[i]?.lower ?? '') || w.degrees.has(before[i]?.lower ?? ''))) i++;
  // "shares closed down 11.4%", "the index ended 2% higher": the verb the adverb goes with.
  let verb: string | null = null;
  const t = before[i];
  // "fees go up", "shares closed down": the verb the adverb goes with; not a plural noun ("Shares up 3%").
  if (adverb && isLower(t) && w.lexicon.has(w.lexicon.lemma(t.lower, 'verb'), 'verb') && !(isPlural(w, t) && w.lexicon.has(w.lexicon.lemma(t.lower, 'noun'), 'noun'))) {
    // A close or an open ("closed", "ended", "opened") says when in the day; "go", "went" say nothing.
    if (/ed$/.test(t.lower)) verb = w.lexicon.lemma(t.lower, 'verb');
    i++;
  }
  while (isLower(before[i]) && (w.auxiliaries.has(before[i]?.lower ?? '') || w.modals.has(before[i]?.lower ?? ''))) i++;
  // "like-for-like sales, which strip out store openings, were down 2.4%": past a relative clause to its noun.
  if (before[i]?.text === ',') {
    const rel = before.findIndex((t, j) => j > i && j <= i + 24 && /^(?:which|who)$/.test(t.lower) && before[j + 1]?.text === ',');
    if (rel > 0) i = rel + 2;
  }
  const np = phraseBack(w, before, i);
  // "Tuition for domestic students will increase": the head the prepositional phrase follows.
  let p = np.next;
  while (isWord(before[p]) && w.determiners.has(before[p]?.lower ?? '')) p++;
  if (np.words.length > 0 && isLower(before[p]) && w.prepositions.has(before[p]?.lower ?? '') && before[p]?.lower !== 'of') {
    const outer = phraseBack(w, before, p + 1);
    if (outer.words.length > 0) return { words: outer.words, name: possessor(outer.name), verb };
  }
  return { words: np.words, name: possessor(np.name), verb };
}

const possessor = (name: string | null): string | null => name?.replace(/['’]s?$/u, '') ?? null;

/** The noun phrase forward from `after[k]` (determiners skipped), up to three content words. */
function phraseForward(w: FrameWords, after: readonly Token[], k: number): Token[] {
  let i = k;
  // "the total volume", "its overall share": a determiner or a measure word says only that it is counted.
  while (isWord(after[i]) && (w.determiners.has(after[i]?.lower ?? '') || w.measures.has(after[i]?.lower ?? '') || /['’]s?$/.test(after[i]?.lower ?? ''))) i++;
  const words: Token[] = [];
  // "the national minimum hourly rate": an adverb-like adjective inside the phrase is still a modifier.
  while (words.length < 4 && (isContent(w, after[i]) || (isLower(after[i]) && !w.stops.has(after[i]?.lower ?? '') && isContent(w, after[i + 1])))) words.push(after[i++] as Token);
  return words;
}

// A level's noun, its figure, then a change in apposition: "Revenue of €1.84 billion, an increase of 3.2%".
// "Group revenue of €1,840 million, up 3.2%" too: one modifier before the noun, or "up"/"down" alone.
const APPOSED_CHANGE = /(?:^|[.;:]\s+|^\W*)(?:[A-Za-z][a-z-]+\s+)?([A-Za-z][a-z-]+)\s+(?:of|was|were|reached|totalled|totaled|came\s+to|stood\s+at)\s+[^;]{1,40}?,\s+(?:(?:an?|the)\s+([a-z]+)\s+of|(up|down))\s+$/;

/** The lower-case words of an "in"/"during" phrase right after `from` ("in extended trading" → "extended trading"). */
function circumstance(w: FrameWords, text: string, from: number): string | null {
  const m = /^\s+(?:in|during)\s+((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)/.exec(text.slice(from, from + 60));
  if (!m?.[1]) return null;
  const words = m[1].split(/\s+/).filter((x) => !w.determiners.has(x));
  const kept: string[] = [];
  for (const x of words) {
    if (w.stops.has(x)) break;
    kept.push(x);
  }
  // "in the three months to September", "in the third quarter": the period reported, which outlets name
  // in many ways ("the 13 weeks to Sept. 27"); the claim's time says it, not its key.
  if (kept.some((x) => w.lexicon.isA(w.lexicon.lemma(x, 'noun'), 'time period', 2))) return null;
  return kept.length > 0 ? kept.join(' ') : null;
}

/** A change by a share of a named thing, or null. */
export function readChange(w: FrameWords, text: string, m: NumberMention, clause: { start: number; end: number }): Change | null {
  if (m.unit !== '%' || m.shape === 'range') return null;
  if (OPEN_PERIOD.test(text.slice(clause.start, clause.end))) return null;
  const after = tokens(text, m.end, Math.min(clause.end, m.end + 60));
  // A clause that opens after a relative one (", which strip out openings, were down 2.4%") has its subject before it.
  const relative = /,\s*(?:which|who)\s+$/.test(text.slice(0, clause.start)) && text.slice(clause.start, m.start).includes(',') ? 0 : clause.start;
  const before = lowerFirst(w, tokens(text, Math.max(relative, m.start - 160), m.start).reverse(), text);
  // "closed 14% lower", "a 6.4% increase in the minimum rate", "a 25 per cent cut".
  const late = directionOf(w, after[0]);
  if (late) {
    const noun = !ADVERBS.has(after[0]?.lower ?? '');
    if (noun && /^(?:in|of)$/.test(after[1]?.lower ?? '')) {
      const thing = phraseForward(w, after, 2);
      const end = thing[thing.length - 1]?.end ?? m.end;
      return thing.length > 0 ? { thing, name: null, direction: late, qualifier: circumstance(w, text, end), end } : null;
    }
    if (noun) return null;
    const subject = subjectBack(w, before, 0, true);
    const end = after[0]?.end ?? m.end;
    const qualifier = subject.verb ?? circumstance(w, text, end);
    return subject.words.length > 0 ? { thing: subject.words, name: subject.name, direction: late, qualifier, end } : null;
  }
  // "Revenue of €1.84 billion, an increase of 3.2% on the same quarter": a change in apposition is the level's before it.
  const apposed = APPOSED_CHANGE.exec(text.slice(Math.max(0, m.start - 120), m.start));
  if (apposed?.[1] && (apposed[2] ?? apposed[3])) {
    // The level's noun in lower case: it often opens the sentence ("Revenue of …").
    const word = apposed[1].toLowerCase();
    const noun: Token = { text: word, lower: word, start: m.start, end: m.start };
    const moved = (apposed[2] ?? apposed[3]) as string;
    const change: Token = { text: moved, lower: moved, start: m.start, end: m.start };
    const direction = directionOf(w, change);
    if (direction && isContent(w, noun) && w.lexicon.has(w.lexicon.lemma(word, 'noun'), 'noun')) return { thing: [noun], name: null, direction, qualifier: null, end: m.end };
  }
  // "rose 18%", "are up 3%", "fell by 3%", "an increase of 5.9% in the rate".
  const by = before[0]?.lower === 'by' ? 1 : 0;
  const early = directionOf(w, before[by]);
  if (early) {
    const subject = subjectBack(w, before, by + 1, ADVERBS.has(before[by]?.lower ?? ''));
    if (subject.words.length === 0) return null;
    return { thing: subject.words, name: subject.name, direction: early, qualifier: subject.verb ?? circumstance(w, text, m.end), end: m.end };
  }
  if (before[0]?.lower === 'of' && directionOf(w, before[1]) && /^(?:in|of)$/.test(after[0]?.lower ?? '')) {
    const thing = phraseForward(w, after, 1);
    const direction = directionOf(w, before[1]) as 1 | -1;
    const end = thing[thing.length - 1]?.end ?? m.end;
    return thing.length > 0 ? { thing, name: null, direction, qualifier: circumstance(w, text, end), end } : null;
  }
  // "will reduce the total volume of water distributed by 25 percent": the verb, its object, then "by".
  if (by === 1) {
    for (let v = 2; v < Math.min(before.length, 10); v++) {
      const d = directionOf(w, before[v]);
      if (!d || !isLower(before[v]) || !w.lexicon.has(w.lexicon.lemma(before[v]?.lower ?? '', 'verb'), 'verb')) continue;
      const object = phraseForward(w, [...before.slice(1, v)].reverse(), 0);
      return object.length > 0 ? { thing: object, name: null, direction: d, qualifier: circumstance(w, text, m.end), end: m.end } : null;
    }
  }
  return null;
}
