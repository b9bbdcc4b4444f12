// Who "the 48-year-old" is. News prose names a person in full once ("Eleanor Marsh"), then by
// surname ("Marsh took her oath"), then by an epithet ("The 39-year-old former headteacher"):
// a definite description with no name points back to the person the text has just spoken of.
// This module finds a document's persons (a full name whose surname the text also uses alone)
// and the one person the sentences just before a point speak of, if only one.

import type { Lexicon } from '../lexicon/types.js';
import type { Span } from '../model.js';

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+`;
// A full name: given name, an optional middle name, surname ("Eleanor Marsh", "Marco Bellandi").
const FULL = new RegExp(String.raw`(?<![\p{L}\p{M}])(${NAME_WORD})\s+(?:${NAME_WORD}\s+)?(${NAME_WORD})(?![\p{L}\p{M}])`, 'gu');
// What may stand before a surname written alone: a title, or any word not a capitalised name.
const TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\.?$/;
const SENTENCE_END = /[.!?]["”’)]*\s*$/;

const fold = (w: string): string => w.replace(/['’]s$/u, '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The surnames of a document's persons: the last word of a full name the text also writes alone
 * ("Marsh took her oath", "said Mr Marsh"). A street or a body ("Hatherley Road", "Norvale Lotteries")
 * is named in full each time. A given name that is a dictionary word opening a sentence ("The
 * Marsh", "Police Scotland") is no given name.
 */
export function personSurnames(text: string, lexicon: Lexicon): Set<string> {
  // Surname (folded) → where it stands in a full name, and how it is written.
  const full = new Map<string, { at: number[]; written: Set<string> }>();
  for (const m of text.matchAll(FULL)) {
    const given = m[1] ?? '';
    const surname = m[2] ?? '';
    const at = m.index ?? 0;
    const opener = at === 0 || SENTENCE_END.test(text.slice(Math.max(0, at - 3), at)) || /\n\s*$/.test(text.slice(Math.max(0, at - 2), at));
    if (opener && lexicon.has(given.toLowerCase(), 'noun')) continue;
    if (lexicon.has(given.toLowerCase(), 'verb') && !lexicon.proper(given.toLowerCase())) continue;
    const key = fold(surname);
    if (key.length < 3) continue;
    const entry = full.get(key) ?? { at: [], written: new Set<string>() };
    entry.at.push(at + (m[0].length - surname.length));
    entry.written.add(surname.replace(/['’]s$/u, ''));
    full.set(key, entry);
  }
  const out = new Set<string>();
  for (const [key, entry] of full) {
    const forms = [...entry.written].map(escape).join('|');
    const alone = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${forms})(?:['’]s)?(?![\p{L}\p{M}])`, 'gu');
    for (const m of text.matchAll(alone)) {
      const at = m.index ?? 0;
      if (entry.at.includes(at)) continue;
      const previous = /(\S+)\s+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? '';
      // "the Board", "the Club": a body named by its noun, not a person.
      if (/^the$/i.test(previous)) continue;
      if (previous === '' || !/^\p{Lu}/u.test(previous) || TITLE.test(previous) || SENTENCE_END.test(`${previous} `)) {
        out.add(key);
        break;
      }
    }
  }
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
