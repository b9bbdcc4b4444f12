// Who said it: one quotation put in two people's mouths. "'We will not rest until every one of
// these men is brought home,' Governor Marta Ilves told reporters" in one article, the same words
// from the mine's chief executive in another: one of them has the speaker wrong. A quotation is
// keyed by its opening words, so that an outlet that quotes less of it still meets one that
// quotes more; its value is the speaker's surname. Only a named person is a speaker here: "a
// spokeswoman said" may be anyone's voice, and "the company said" is not a person's words.

import type { Scope, StatusValue, Value } from '../model.js';
import type { LoadedRule, QuoteRuleSpec } from '../rules/types.js';
import type { CheckKind, CompiledCheck, Hit, SentenceContext } from './types.js';
import type { Lexicon } from '../lexicon/types.js';
import type { EntityMatcher } from '../engine/entities.js';
import type { MatcherFactory } from '../engine/matcher.js';
import { basicLexicon } from '../lexicon/basic.js';
import { foldMarks as fold } from '../engine/persons.js';

// Straight or curly double quotes around at least a few words; a quotation of several sentences runs
// past its first sentence's end unclosed ('X said: "We know this is not welcome news. …"').
// An opening mark follows a space, a colon or the sentence's start (a closing one follows a word).
const QUOTATION = /(?<=^|[\s:(\[—–-])["“]([^"“”]{12,600})(?:["”]|$)/g;
// A run of capitalised words ("Governor Marta Ilves", "Chief Financial Officer Marcus Lindqvist"), or a title and a surname.
// A word may be hyphenated with capitals on both sides ("Cho Myung-Chul").
const RUN = /\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]+)*(?:\s+\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]+)*)+|\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+)+/gu;

/**
 * The surname of the named person a speaker is, or null ("a company spokeswoman", "the ministry"):
 * the last word of the first run of capitalised words that ends in no common noun. A run that does
 * names a body ("the Kerrow Regional Emergency Service"), which may be the person's employer:
 * "Corrin Airways chief operating officer Helen Marsh", "Kelsham Airport's operations director, Tom Reddan".
 */
export function speakerSurname(speaker: string | null, lexicon: Lexicon): string | null {
  if (!speaker) return null;
  let employer = false;
  for (const m of speaker.matchAll(RUN)) {
    // "Mr Peston's book claimed that Mr Brown told …", "Hoshida's chief safety officer": a possessive names
    // whose the speaker (or the words) are, never the speaker.
    if (/['’]s$/.test(m[0])) {
      employer = true;
      continue;
    }
    const run = m[0].split(/\s+/);
    const last = fold(run.pop() ?? '').replace(/['’]s$/, '');
    if (!lexicon.has(last, 'noun') || lexicon.proper(last)) return last;
    // A body (WordNet: an organisation, a social group, a facility) may be the employer the person follows.
    if (BODIES.some((b) => lexicon.isA(last, b))) {
      employer = true;
      continue;
    }
    // A surname that is also a word ("Marsh", "Pike", "Koto") is a person's after an employer, a title in the run
    // ("Professor Sir Gordon Pike"), or a given name: one WordNet knows as a name ("Helen") or a word it does not
    // know at all ("Marianne"); not a place's ("Scotland Yard") nor a street ("Downing Street").
    const given = fold(run[run.length - 1] ?? '');
    const titled = run.some((x) => /^(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms|Miss|Lord|Lady)\.?$/.test(x));
    const unknown = given !== '' && given !== 'the' && !(['noun', 'verb', 'adj'] as const).some((pos) => lexicon.has(given, pos));
    const name = given !== '' && lexicon.proper(given) && !lexicon.has(given, 'adj') && !lexicon.isA(given, 'location', 2) && !lexicon.isA(last, 'way', 2);
    return employer || titled || unknown || name ? last : null;
  }
  return null;
}

const BODIES = ['organization', 'social group', 'facility'];

/** A speaker written by the surname alone ('"…," Sveinsdóttir told reporters'): one capitalised word no dictionary knows as a common word. */
function loneSurname(phrase: string, lexicon: Lexicon): string | null {
  // A capital inside is a surname's too ("MacIsaac", "DiMaggio"); a run of capitals is an acronym.
  const m = /^\s*(\p{Lu}[\p{Ll}\p{M}'’-]+(?:\p{Lu}[\p{Ll}\p{M}'’-]+)?)\s*$/u.exec(phrase);
  if (m?.[1] !== undefined && m[1].length < 3) return null;
  if (!m?.[1]) return null;
  const word = fold(m[1]);
  return lexicon.has(word, 'noun') || lexicon.has(word, 'verb') || lexicon.has(word, 'adj') ? null : word;
}

// Verbs that hand a quotation to its speaker, in either order.
const SAID = 'said|says|added|adds|explained|insisted|recalled|warned';
// '…," said Corrin Airways chief operating officer Helen Marsh.': the speaker's whole phrase, to the clause's end.
// A title's full stop is no end of the phrase: "said Dr. Lorraine Whitcombe".
const SAID_AFTER = new RegExp(String.raw`^\s*,?\s*(?:${SAID}|told\s+\w+)\s+((?:[^.;:"“”]|(?<=\b(?:Dr|Mr|Mrs|Ms|Prof|Rev|Gen|Sen|Rep|Gov|Capt|Col|Lt|Sgt|St))\.){2,140})`);

// '…," Governor Marta Ilves told reporters': the speaker's phrase, then the verb.
// Its phrase may hold an apposition: '…," Hoshida's chief safety officer, Laura Brennan, said'.
const NAME_SAID_AFTER = new RegExp(String.raw`^\s*,?\s*([\p{L}][^.;:"“”]{2,100}?),?\s+(?:${SAID}|told)\b`, 'u');
// 'Deputy Prime Minister Mr Prescott told BBC News: "…': the speaker's phrase before the quotation.
// "Chief engineer Tomasz Lewandowski has spoken briefly to journalists at the gate: "…": a verb of speaking, then a colon.
const SAID_BEFORE = /(\p{Lu}[^.;:"“”]{0,90}?)\s+(?:said|says|told(?:\s+[^.;:"“”]{1,40})?|added|adds|insisted|wrote|(?:has\s+|have\s+)?(?:spoken|spoke)[^.;:"“”]{0,60}?:)\s*[:,]?\s*$/u;

/** The quotation's opening words, folded: what keys it. */
function opening(quoted: string, words: number): string | null {
  const list = fold(quoted).match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? [];
  return list.length >= words ? list.slice(0, words).join(' ').replace(/’/g, "'") : null;
}

export const quoteCheck: CheckKind = {
  kind: 'quote',
  compile(rule: LoadedRule, _entities: EntityMatcher, _expr: MatcherFactory, lexicon: Lexicon = basicLexicon): CompiledCheck {
    const spec = rule.spec as QuoteRuleSpec;
    const words = spec.key_words ?? 6;
    return {
      rule,
      severity: rule.severity,
      scopeDims: ['words'],
      // Who said something does not change with time.
      windowMs: null,
      // A word just after a quotation mark: the prefilter's union of triggers starts at word boundaries.
      trigger: /(?<=["“”])/,
      triggerWords: null,
      comparesWithin: 'folder',
      keyed: true,
      subject(scope: Scope): string {
        return `who said "${scope['words'] ?? '?'} …"`;
      },
      // A quotation given to one speaker throughout its story is no claim worth a line of the report
      // (most are: 1,462 attributed quotations on BBC, none given to two people).
      keeps: (values: readonly Value[]): boolean => new Set(values.map((v) => (v.kind === 'status' ? v.state : ''))).size > 1,
      compatible(a: Value, b: Value): boolean {
        return a.kind !== 'status' || b.kind !== 'status' || a.state === b.state;
      },
      extract(ctx: SentenceContext): Hit[] {
        const hits: Hit[] = [];
        for (const m of ctx.text.matchAll(QUOTATION)) {
          const key = opening(m[1] ?? '', words);
          if (!key) continue;
          const start = m.index ?? 0;
          // Only a speaker named right beside the quotation: the words after it ('…," said Corrin Airways
          // chief operating officer Helen Marsh'), a title and an employer included, or before it ('Mr
          // Prescott told BBC News: "…"'). A pronoun's person ('"…," he said') is a guess, and a guess
          // here puts words in the wrong mouth: on BBC politics every such pair was a misread speaker.
          const rest = ctx.text.slice(start + m[0].length);
          const tail = SAID_AFTER.exec(rest) ?? NAME_SAID_AFTER.exec(rest);
          const lead = SAID_BEFORE.exec(ctx.text.slice(0, start));
          // Before it, of the phrase's comma-parts the last that names a person: "On Tuesday, Mr Prescott told BBC
          // News:", "Claire Mostyn, Managing Director of Wessex Vale Trains, said:".
          const phrases = tail?.[1] !== undefined ? [tail[1], ...tail[1].split(',').slice(1)] : (lead?.[1]?.split(',').reverse() ?? []);
          let surname: string | null = null;
          for (const phrase of phrases) {
            // '"…," she said' right after a sentence in which a named person spoke ("Chief executive Ruth Halcrow
            // said engineers would …"): that person, as every reader takes it. Further back it is a guess.
            if (/^\s*(?:he|she)\b/i.test(phrase)) {
              surname = speakerSurname(ctx.speakerBefore?.() ?? null, lexicon);
              break;
            }
            if (/^\s*(?:they|it|we|i)\b/i.test(phrase)) break;
            // "Cho Myung-Chul, of the Korea Institute for …, said": an "of" part names the speaker's employer.
            if (/^\s*of\b/i.test(phrase)) continue;
            surname = speakerSurname(phrase, lexicon) ?? loneSurname(phrase, lexicon);
            if (surname) break;
          }
          if (!surname) continue;
          const value: StatusValue = { kind: 'status', state: surname };
          // The quotation's opening words, not all of it: the sentence holds the rest, and a run holds many quotations.
          const written = `"${(m[1] ?? '').split(/\s+/).slice(0, words).join(' ')} …"`;
          hits.push({ span: { start, end: start + m[0].length }, written, role: 'count', scope: { place: null, actor: null, words: key }, value });
        }
        return hits;
      },
    };
  },
};
