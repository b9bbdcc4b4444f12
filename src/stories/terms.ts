// What a document is about, for story grouping: the names it uses (people,
// organisations, places, products), as known entities' canonical ids where the alias
// table knows them ("Baghdad" and "Iraqi" are both Iraq) and as the capitalised words
// and pairs of words otherwise. Articles about one event share distinctive names;
// articles about different events rarely do. Pure: text in, terms out.

import type { EntityMatcher } from '../engine/entities.js';
import type { Lexicon } from '../lexicon/types.js';
import { MONTHS, WEEKDAYS } from '../engine/when.js';
import { foldMarks } from '../engine/persons.js';

// Days and months are capitalised but name a time, not what a story is about: two reports
// of different events on a Monday are no more one story for it.
const CALENDAR = new Set([...MONTHS, ...WEEKDAYS, ...MONTHS.map((m) => m.slice(0, 3)), 'sept']);

// Determiners and possessives that open a sentence before a name ("The Northern Valley Power
// Authority"): a closed class of English, not a list of topics.
const OPENERS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'Our', 'My', 'Your', 'Some', 'Many', 'All', 'Both', 'Each', 'Every', 'No', 'Any', 'Several', 'Most', 'Former', 'New']);

/** Whether a term is a sentence opener read as a name ("The" capitalised inside a quoted title): it names no one. */
export const isOpener = (term: string): boolean => OPENERS.has(term.charAt(0).toUpperCase() + term.slice(1));

/** Most terms kept per document: enough to link its story, small enough for an inverted index. */
export const MAX_TERMS = 40;

// A capitalised word: "Soleimani", "McCarry", "al-Sadr", "Kwekwe's" (the possessive is dropped).
const CAPITALISED = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*)(?:['’]s)?/gu;
// What may stand before the first word of a sentence or heading.
const SENTENCE_START = /(?:^\s*|[.!?:;"“”‘’()\[\]—–#*>-]\s*|\n\s*)$/u;

/** A name at an offset of the text: a known entity's id ("@iraq") or a lower-cased word or pair ("soleimani", "qasem soleimani"). */
export interface NameMention {
  term: string;
  start: number;
  /** A word directly followed by another name word: the first of a pair ("Mr" Glazer, "Malcolm" Glazer). */
  leads?: boolean;
  /** Written as a place ("in Madrid", "on Gran Via"), or a place the alias table knows. */
  locative?: boolean;
  /** The initials of a longer name ("ecsu"): an anchor, not a story term (a run's initials are often noise: "mgyr"). */
  initials?: boolean;
}

// What puts a name in the place of a location.
// Not "at" or "from": "300 jobs will be lost at Credit Suisse", "a letter from Halden" name organisations.
const LOCATIVE = /\b(?:in|on|near|inside|outside|across|around|throughout|into)\s+(?:the\s+)?$/iu;

// Extraction and story grouping both read a document's names: the last text's are kept.
let lastText: string | null = null;
let lastEntities: EntityMatcher | null = null;
let lastMentions: NameMention[] = [];

/**
 * The names a text uses, in text order. A capitalised word counts when it also appears
 * capitalised inside a sentence somewhere in the document: "The" and "But" open
 * sentences, names stand anywhere.
 */
export function nameMentions(text: string, entities: EntityMatcher): NameMention[] {
  if (text === lastText && entities === lastEntities) return lastMentions;
  const out: NameMention[] = [];
  const covered: Array<[number, number]> = [];
  for (const m of entities.find(text)) {
    if (!m.known) continue;
    // A known place is a place however it is written ("to Europe", "US troops"): the scope's business.
    out.push(m.locative || !m.party ? { term: `@${m.id}`, start: m.start, locative: true } : { term: `@${m.id}`, start: m.start });
    covered.push([m.start, m.end]);
  }
  let c = 0;
  const isCovered = (start: number): boolean => {
    while (c < covered.length && (covered[c]?.[1] ?? 0) <= start) c++;
    const span = covered[c];
    return span !== undefined && span[0] <= start;
  };
  const words: Array<{ word: string; start: number; end: number; initial: boolean }> = [];
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m !== null; m = CAPITALISED.exec(text)) {
    // The possessive is not part of the name ("Saturday's", "Halvik's").
    const word = (m[1] ?? '').replace(/['’]s$/u, '');
    if (word.length < 2 || isCovered(m.index)) continue;
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    words.push({ word, start: m.index, end: m.index + word.length, initial: SENTENCE_START.test(before) });
  }
  // Headlines are often in title case ("No Talks With Iraq Yet, Says Official"): a word
  // capitalised only in such a line is not evidence of a name.
  const headingsEnd = titleCaseEnd(text);
  // An acronym ("ECSU", "NATO") is a name wherever it stands, even opening a sentence or in brackets.
  const inner = new Set(words.filter((w) => (!w.initial || /^\p{Lu}{3,}$/u.test(w.word)) && w.start >= headingsEnd).map((w) => w.word));
  // A name that only ever opens sentences ("Albion Airways reached a deal", "Albion said"): the
  // first word of a name whose next word is a name, when the article never writes it in lower case.
  let lower: Set<string> | undefined;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i] as (typeof words)[number];
    const next = words[i + 1] as (typeof words)[number];
    if (!w.initial || inner.has(w.word) || OPENERS.has(w.word) || !inner.has(next.word) || !/^\s$/.test(text.slice(w.end, next.start))) continue;
    lower ??= new Set(text.match(/\b[a-z][a-z'’-]*/g) ?? []);
    if (!lower.has(w.word.toLowerCase())) inner.add(w.word);
  }
  let placeRun = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // "October-December" is a period, as "October" is.
    if (!w || !inner.has(w.word) || (w.word === w.word.toUpperCase() && w.word.length < 3) || w.word.toLowerCase().split('-').every((p) => CALENDAR.has(p))) continue;
    // A name of two words ("Qasem Soleimani", "Kwekwe Mine") is more distinctive than either word.
    const next = words[i + 1];
    const pair = next !== undefined && inner.has(next.word) && /^\s$/.test(text.slice(w.end, next.start));
    // The words of a place's name are all the place ("on Gran Via": "Via" too).
    const place = placeRun === i || LOCATIVE.test(text.slice(Math.max(0, w.start - 16), w.start));
    if (place && pair) placeRun = i + 1;
    // Folded: "Vrána" and "Vrana" are one name as two outlets spell it.
    out.push({ term: foldMarks(w.word), start: w.start, ...(pair ? { leads: true } : {}), ...(place ? { locative: true } : {}) });
    if (pair) out.push({ term: foldMarks(`${w.word} ${next.word}`), start: w.start, ...(place ? { locative: true } : {}) });
  }
  addInitials(text, words, inner, out);
  out.sort((a, b) => a.start - b.start);
  lastText = text;
  lastEntities = entities;
  lastMentions = out;
  return out;
}

/** Terms by count, most frequent first (ties by term), at most MAX_TERMS. */
const mostFrequent = (counts: ReadonlyMap<string, number>): string[] =>
  [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, MAX_TERMS)
    .map(([t]) => t);

/**
 * The document's story terms: its names, most frequent first (at most MAX_TERMS), then, with
 * a lexicon, its content words (at most MAX_TERMS more, see contentTerms).
 */
export function storyTerms(text: string, entities: EntityMatcher, lexicon?: Lexicon): string[] {
  const counts = new Map<string, number>();
  for (const { term, initials } of nameMentions(text, entities)) if (!initials) counts.set(term, (counts.get(term) ?? 0) + 1);
  const names = mostFrequent(counts);
  return lexicon ? [...names, ...contentTerms(text, lexicon)] : names;
}

// Each word's lemma, or null for a word the lexicon does not know: up to four look-ups (each a
// morphological analysis) for every word of every document, where a corpus uses the same words
// again and again.
const known = new Map<string, string | null>();
let cachedFor: Lexicon | null = null;
const MAX_KNOWN = 200_000;

/** How far into a document its lead runs: the headline and the first paragraph or two say what the story is. */
const LEAD_CHARS = 1000;
/** A word used this often anywhere in the document is what it is about, lead or not. */
const REPEATED = 3;
/** What marks a content word among the terms (a name is never written so). */
export const CONTENT_MARK = '~';

/** Whether a document's story terms hold no name (none at all, or content words only): it cannot be placed in a story. */
export const namesNothing = (terms: readonly string[]): boolean => terms.every((t) => t.startsWith(CONTENT_MARK));

/**
 * The words that say what a document is about besides its names ("infrastructure", "ceiling",
 * "unemployment"): the lemmas of lower-case words the lexicon knows as nouns, verbs or
 * adjectives, used in the lead or repeated. Two reports of one Senate vote share them where
 * their names ("Senate", "Biden") are shared by half the archive. Words every document uses
 * ("say", "have") weigh nothing in grouping, where a term's weight falls with its document
 * frequency; the lexicon keeps out the function words a small folder would otherwise share.
 */
export function contentTerms(text: string, lexicon: Lexicon): string[] {
  const counts = new Map<string, number>();
  const lead = new Set<string>();
  if (lexicon !== cachedFor) {
    known.clear();
    cachedFor = lexicon;
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}'’-])[a-z][a-z-]{3,}(?![\p{L}\p{N}])/gu)) {
    const word = m[0];
    let lemma = known.get(word);
    if (lemma === undefined) {
      const pos = lexicon.has(word, 'noun') ? 'noun' : lexicon.has(word, 'verb') ? 'verb' : lexicon.has(word, 'adj') ? 'adj' : null;
      lemma = pos === null ? null : CONTENT_MARK + lexicon.lemma(word, pos);
      // A news archive's vocabulary is bounded, but not every input is news: the memo starts over past a size.
      if (known.size >= MAX_KNOWN) known.clear();
      known.set(word, lemma);
    }
    if (lemma === null) continue;
    counts.set(lemma, (counts.get(lemma) ?? 0) + 1);
    if (m.index < LEAD_CHARS) lead.add(lemma);
  }
  for (const [t, c] of counts) if (c < REPEATED && !lead.has(t)) counts.delete(t);
  return mostFrequent(counts);
}

/**
 * A name of three words or more also goes by its initials ("Elizabeth City State University" is
 * "ECSU", "World Health Organization" "WHO"): the run's initials are a term, so that an article
 * that writes the name in full and one that writes the acronym share it.
 */
function addInitials(text: string, words: ReadonlyArray<{ word: string; start: number; end: number }>, inner: ReadonlySet<string>, out: NameMention[]): void {
  let i = 0;
  while (i < words.length) {
    let j = i;
    while (j + 1 < words.length && inner.has((words[j] as { word: string }).word) && /^\s$/.test(text.slice((words[j] as { end: number }).end, (words[j + 1] as { start: number }).start))) j++;
    const run = words.slice(i, j + 1).filter((w) => inner.has(w.word));
    if (run.length >= 3) {
      const start = (run[0] as { start: number }).start;
      // Written as a place ("on Wessex Vale Trains services"), its initials are too.
      const place = out.some((m) => m.start === start && m.locative === true);
      out.push({ term: run.map((w) => w.word[0]).join('').toLowerCase(), start, initials: true, ...(place ? { locative: true } : {}) });
    }
    i = j + 1;
  }
}

/**
 * Where the headlines at the top end: the first lines of four words or more, most of
 * them capitalised (a title in title case, often repeated as a standfirst). Only the top
 * is looked at: that is where headlines are, and reading every line cost a fifth of the scan.
 */
function titleCaseEnd(text: string): number {
  let start = 0;
  let end = 0;
  for (let line = 0; line < HEADLINE_LINES && start < text.length; line++) {
    let stop = text.indexOf('\n', start);
    if (stop === -1) stop = text.length;
    const words = text.slice(start, stop).match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
    if (words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6) end = stop;
    else if (words.length > 0) break;
    start = stop + 1;
  }
  return end;
}

/** How many lines from the top may be a headline in title case. */
const HEADLINE_LINES = 4;
