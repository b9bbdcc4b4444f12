// A count of one site: "employs around 1,400 people at its Ashbridge factory", "some 400 evacuees
// are spending the night at the community centre", "240 of the eliminated positions are based in
// Harborview", "140 people who live in or near Coorinda". The company's or the town's whole count
// is another figure; the place phrase after the count says it is a part. A site is a noun WordNet
// puts among structures or facilities (factory, plant, centre, office, hall), not a time or an act.

import type { Lexicon } from '../lexicon/types.js';

// The words after the count's noun, up to a preposition of place and its noun phrase.
const AT_SITE = /^[^.;,]{0,40}?\b(at|in|inside)\s+(?:its|the|a|an|their|his|her|one|our)\s+((?:[A-Za-z][\w'’-]*\s*){1,4})/;
// Where the place's noun phrase ends: a preposition, a conjunction or a verb's auxiliary.
const PHRASE_END = new Set(['on', 'in', 'at', 'of', 'and', 'or', 'near', 'for', 'with', 'by', 'to', 'from', 'is', 'are', 'was', 'were', 'has', 'have', 'which', 'who', 'that']);
// "based in Harborview", "who live in or near Coorinda": a part by where its members are.
const BASED = /^[^.;]{0,40}?\b(?:based|located|stationed)\s+(?:in|at)\b|^\s+(?:who|that)\s+(?:live|lives|work|works|are\s+based)\b/i;
const SITE_CLASSES = ['structure', 'facility'];
// "At" a place names a site more surely than "in" one: a centre is a building only in its eighth
// sense, an area a structure from its fifth ("200 people in the area" are no site's count).
const SENSES: Record<string, number> = { at: 8, in: 4, inside: 8 };

/**
 * Whether the words after a count (from the end of its noun) put it at one site. `level`: the count
 * is a level (staff employed, people sheltering), which a site divides; an act's count "at its
 * Dunmore plant" ("will cut 1,200 jobs") or a toll "in the fire at the mill" is the whole event,
 * where it happened, and only "based in" makes it a part.
 */
export function atSite(after: string, lexicon: Lexicon, level = true): boolean {
  if (BASED.test(after)) return true;
  if (!level) return false;
  const m = AT_SITE.exec(after);
  const words: string[] = [];
  for (const w of (m?.[2] ?? '').split(/\s+/)) {
    if (!w || PHRASE_END.has(w.toLowerCase())) break;
    words.push(w);
  }
  // The phrase's head is its last word: "the community centre", "its Ashbridge factory".
  const noun = words[words.length - 1];
  if (!noun || !/^[a-z]/.test(noun)) return false;
  const lemma = lexicon.lemma(noun, 'noun');
  const senses = SENSES[(m?.[1] ?? 'in').toLowerCase()] ?? 4;
  return SITE_CLASSES.some((c) => lexicon.isA(lemma, c, senses));
}

// A subject site is a building or a plot of land ("the Ballyvarra site employs 410").
const SUBJECT_SITE_CLASSES = [...SITE_CLASSES, 'tract'];

// "The bakery employs some 460 people": a determiner, the subject's noun, a verb in the present or past, a hedge.
const SUBJECT_VERB = /\b(?:the|its|their|this|that)\s+(?:[A-Za-z][\w'’-]*\s+){0,2}?([a-z]+)\s+(?:still\s+|now\s+|currently\s+|once\s+)?(?:[a-z]+(?:s|ed)|had)\s+(?:(?:some|about|around|nearly|almost|roughly|approximately|more than|over|fewer than|just over|just under)\s+)?$/i;

/**
 * Whether the subject of the verb just before a count is one site ("The bakery employs some 460
 * people", "the plant had 1,400 workers"): a level of one building, a part of the company's count.
 */
export function siteSubject(before: string, lexicon: Lexicon): boolean {
  const noun = SUBJECT_VERB.exec(before)?.[1]?.toLowerCase();
  if (!noun) return false;
  const lemma = lexicon.lemma(noun, 'noun');
  return SUBJECT_SITE_CLASSES.some((c) => lexicon.isA(lemma, c, 2));
}
