// Who "the 48-year-old" is. News prose names a person in full once ("Eleanor Marsh"), then by
// surname ("Marsh took her oath"), then by an epithet ("The 39-year-old former headteacher"):
// a definite description with no name points back to the person the text has just spoken of.
// This module finds a document's persons (a full name whose surname the text also uses alone)
// and the person the sentences just before a point speak of.

import type { Lexicon } from '../lexicon/types.js';
import type { Span } from '../model.js';

// A capitalised word, possessive and all ("Marsh's"): what a name is made of.
const CAPITALISED = /(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}'’-]+(?![\p{L}\p{M}])/gu;
// What may stand before a surname written alone: a title, or any word not a capitalised name.
const TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?$/;
const SENTENCE_END = /[.!?]["”’)]*\s*$/;

/** Lower case without accents ("Tomáš" → "tomas"): how a name is compared across outlets. */
export const foldMarks = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const fold = (w: string): string => foldMarks(w.replace(/['’]s$/u, ''));

/**
 * The surnames of a document's persons: the last word of a full name the text also writes alone
 * ("Marsh took her oath", "said Mr Marsh"). A street or a body ("Hatherley Road", "Norvale Lotteries")
 * is named in full each time. A given name that is a dictionary word opening a sentence ("The
 * Marsh", "Police Scotland") is no given name. One pass over the capitalised words: a document
 * with an epithet asks once, and the pass is linear in its length.
 */
export function personSurnames(text: string, lexicon: Lexicon): Set<string> {
  const words: Array<{ word: string; at: number; end: number }> = [];
  for (const m of text.matchAll(CAPITALISED)) words.push({ word: m[0], at: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  const joined = (a: { end: number }, b: { at: number }): boolean => /^[ \t]+$/.test(text.slice(a.end, b.at));
  const full = new Set<string>();
  const inFull = new Set<number>();
  // A dictionary word that is not only a name ("police", "directorate", "road").
  const word = (x: string): boolean => ['noun', 'verb', 'adj'].some((pos) => lexicon.has(x, pos as 'noun')) && !lexicon.proper(x);
  // Each run of capitalised words ends in the name it holds: "Chief Financial Officer Marcus
  // Lindqvist", "Governor Marta Ilves". Its last word is the surname.
  for (let i = 0; i < words.length; i++) {
    let j = i;
    while (j + 1 < words.length && joined(words[j] as { end: number }, words[j + 1] as { at: number })) j++;
    const run = words.slice(i, j + 1);
    i = j;
    if (run.length < 2) continue;
    const surname = run[run.length - 1] as { word: string; at: number };
    const given = run[run.length - 2] as { word: string; at: number };
    const g = given.word.toLowerCase();
    // Titles and bodies before a name are dictionary words ("Police Directorate Kessbach"); a
    // person's run has a name among them ("Chief Financial Officer Marcus Lindqvist").
    if (run.length > 2 && run.slice(0, -1).every((x) => word(x.word.toLowerCase()))) continue;
    // Two words: a given name that opens a sentence and is a noun ("Police Scotland"), or any verb, is none.
    const opener = given.at === 0 || SENTENCE_END.test(text.slice(Math.max(0, given.at - 3), given.at)) || /\n\s*$/.test(text.slice(Math.max(0, given.at - 2), given.at));
    if (run.length === 2 && ((opener && lexicon.has(g, 'noun')) || (lexicon.has(g, 'verb') && !lexicon.proper(g)))) continue;
    const key = fold(surname.word);
    if (key.length < 3) continue;
    full.add(key);
    inFull.add(surname.at);
  }
  const out = new Set<string>();
  if (full.size === 0) return out;
  // "Jorre Van Daelen crashed on the descent. He was 23.": a sentence that opens with "he" or "she"
  // speaks of a person, the last full name before it.
  const surnames = [...inFull].sort((a, b) => a - b);
  for (const m of text.matchAll(PRONOUN_OPENS)) {
    const at = surnames.filter((x) => x < (m.index ?? 0) && x >= (m.index ?? 0) - PRONOUN_REACH).pop();
    const key = at === undefined ? '' : fold(CAPITALISED_AT.exec(text.slice(at))?.[0] ?? '');
    if (full.has(key)) out.add(key);
  }
  for (const w of words) {
    const key = fold(w.word);
    if (!full.has(key) || out.has(key) || inFull.has(w.at)) continue;
    const previous = /(\S+)\s+$/u.exec(text.slice(Math.max(0, w.at - 20), w.at))?.[1] ?? '';
    // "the Board", "the Club": a body named by its noun, not a person.
    if (/^the$/i.test(previous)) continue;
    if (previous === '' || !/^\p{Lu}/u.test(previous) || TITLE.test(previous) || SENTENCE_END.test(`${previous} `)) out.add(key);
  }
  return out;
}


/** The persons of `persons` a stretch of text mentions, by surname, in the order it first names them. */
function mentioned(text: string, persons: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]+/gu)) {
    const key = fold(m[0]);
    if (persons.has(key)) out.add(key);
  }
  return out;
}

/**
 * The person the text just before `at` speaks of: the part of its own sentence before it, else the
 * nearest of the `reach` sentences before that names anyone; of two there, the first named, as
 * a sentence's subject comes before its object ("Ruivo beat Kerel. The 31-year-old grandmaster …":
 * the centre of attention a pronoun or an epithet continues). None within reach is nobody.
 */
export function recentPerson(text: string, sentences: readonly Span[], index: number, at: number, persons: ReadonlySet<string>, reach = 3): string | null {
  if (persons.size === 0) return null;
  const own = sentences[index];
  const spans: Span[] = own ? [{ start: own.start, end: at }] : [];
  for (let j = index - 1; j >= 0 && j >= index - reach; j--) spans.push(sentences[j] as Span);
  for (const s of spans) {
    const found = mentioned(text.slice(s.start, s.end), persons);
    if (found.size > 0) return [...found][0] ?? null;
  }
  return null;
}

/** A sentence that opens with a personal pronoun, and how far back the name it stands for is looked for. */
const PRONOUN_OPENS = /(?:^|[.!?]["”’]?\s+)(?:He|She)\s/gm;
const PRONOUN_REACH = 240;
const CAPITALISED_AT = /^\p{Lu}[\p{Ll}\p{M}'’-]+/u;

/** Two capitalised words in a row, a given name and a surname ("Dana Whitcombe", "Liam Thelwell"). */
const FULL_NAME = /(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+)(?![\p{L}\p{M}])/gu;

/**
 * Given names of the document's full names, each with its surname when only one full name has it:
 * "Davi, who was 17" in an article that named "Davi Rocha" is Rocha's age, as another outlet keys it.
 */
export function surnamesByGiven(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const clash = new Set<string>();
  // A word that ends a full name somewhere is a surname ("Whitcombe, 47" and "Dana Whitcombe"), never a given name.
  const surnames = new Set<string>();
  for (const m of text.matchAll(FULL_NAME)) {
    const given = fold(m[1] ?? '');
    const surname = fold(m[2] ?? '');
    if (given.length < 2 || surname.length < 3) continue;
    surnames.add(surname);
    const seen = out.get(given);
    if (seen !== undefined && seen !== surname) clash.add(given);
    out.set(given, surname);
  }
  for (const g of [...clash, ...surnames]) out.delete(g);
  return out;
}

/**
 * Surnames the document gives two people ("Marcus Thelwell, 34" and "his brother Liam Thelwell, 31"):
 * an age keyed by the surname alone would join theirs. Given names are words the lexicon knows only as
 * names (or not at all), so that "As Thelwell left" gives no second Thelwell.
 */
export function sharedSurnames(text: string, lexicon?: Lexicon): Set<string> {
  const givens = new Map<string, Set<string>>();
  // A word the text also writes in lower case ("For Okafor", "After Thelwell") opens a sentence; it names no one.
  const lower = new Set(text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}'’-]*/gu) ?? []);
  for (const m of text.matchAll(FULL_NAME)) {
    const given = fold(m[1] ?? '');
    const surname = fold(m[2] ?? '');
    if (given.length < 2 || surname.length < 3 || TITLE.test(m[1] ?? '') || lower.has((m[1] ?? '').toLowerCase())) continue;
    if (lexicon && !lexicon.proper(given) && (lexicon.has(given, 'noun') || lexicon.has(given, 'verb') || lexicon.has(given, 'adj'))) continue;
    const set = givens.get(surname) ?? new Set<string>();
    set.add(given);
    givens.set(surname, set);
  }
  return new Set([...givens].filter(([, g]) => g.size > 1).map(([s]) => s));
}
