// The name check: people (and organisations, places) named in a sentence, keyed by the
// sound of their surname so that "Qasem" and "Qassem Soleimani", "Ian McCarry" and
// "Makari" share a bucket within a story. Which spellings in a bucket are variants of
// one name, and which are two people, is name-match.ts; this module finds the names.

import type { NameValue, Scope, Value } from '../model.js';
import type { EntityMatcher } from '../engine/entities.js';
import type { Matcher, MatcherFactory } from '../engine/matcher.js';
import type { Lexicon } from '../lexicon/types.js';
import type { LoadedRule, NameRuleSpec } from '../rules/types.js';
import { escapeRegExp } from '../engine/regexp.js';
import { gatherHouse, gatherNames, keepsNames } from './name-gather.js';
import { fold, kinship, soundKey } from './name-match.js';
import type { CheckKind, CompiledCheck, Hit, SentenceContext } from './types.js';

/**
 * A capitalised word with a lower-case letter after its capital ("McCarry", "Moqtada-Sadr",
 * "O'Neill"; not "ISIS", "TV"). An apostrophe ends it otherwise: "Yukos's", "We've".
 */
const WORD = String.raw`(?:\p{Ll}{1,3}-)?(?:\p{Lu}['’])?\p{Lu}\p{Ll}[\p{L}-]*\p{L}`;

/** A sentence has a name only if it has a capitalised word past its first: cheaper than the run finder. */
// A quote closed after punctuation ('…happy," Ruivo told reporters') is no opening one: the name after it is inside.
// Also a capital that opens a quotation ('told our reporter: "Everyone up there'), which extract reads as a sentence's start.
// A bracket opens a sentence as a parenthesis does ("[Translator's note: …]").
const CAPITAL_INSIDE = /(?:[^\s"“‘'([]|[,.!?;:]["”’'])\s+\p{Lu}\p{Ll}|^\s*["“‘([]?\p{Lu}\p{Ll}|\s["“‘]\p{Lu}\p{Ll}/u;

/** The trigger is case-sensitive, so it runs on its own rather than inside the engine's case-blind union. */
const capitalTrigger: Matcher = {
  source: CAPITAL_INSIDE.source,
  global: false,
  sticky: false,
  unicode: true,
  lastIndex: 0,
  exec: (text) => CAPITAL_INSIDE.exec(text),
  test: (text) => CAPITAL_INSIDE.test(text),
};

/** Whether a word is in the dictionary (WordNet), memoised per lexicon: the same names come back in every article. */
function dictionary(lexicon: Lexicon | undefined): (w: string) => boolean {
  const memo = new Map<string, boolean>();
  return (w) => {
    let v = memo.get(w);
    if (v === undefined) memo.set(w, (v = lexicon !== undefined && (lexicon.has(w, 'noun') || lexicon.has(w, 'verb') || lexicon.has(w, 'adj'))));
    return v;
  };
}

interface Words {
  particles: ReadonlySet<string>;
  /** Titles, roles and openers, folded. */
  skip: ReadonlySet<string>;
  isWord: (w: string) => boolean;
}

interface Parts {
  given: string | null;
  surname: string;
  /** Offset of the name (after titles) within the run. */
  start: number;
}

/** A run of capitalised words → the name in it, or null when it is a title, a heading word or a dictionary word. */
function readRun(run: string, atStart: boolean, { particles, skip, isWord }: Words): Parts | null {
  const tokens: Array<{ word: string; at: number }> = [];
  for (const m of run.matchAll(/[^\s-]+/g)) {
    const word = fold(m[0]);
    // "Monica-based": a lower-case part that is no particle is not part of the name.
    if (!particles.has(word) && /^\p{Lu}/u.test(m[0])) tokens.push({ word, at: m.index });
  }
  // Titles, roles and sentence openers before the name: "General", "Regarding", "Despite".
  while (tokens.length > 0) {
    const first = tokens[0] as { word: string; at: number };
    const opener = atStart && first.at === 0 && isWord(first.word);
    if (!skip.has(first.word) && !opener) break;
    tokens.shift();
  }
  const last = tokens[tokens.length - 1];
  if (!last || last.word.length < 3 || skip.has(last.word) || isWord(last.word)) return null;
  // Four or more words is a body or an event ("Supreme Iraqi Military Committee"), not a person.
  if (tokens.length > 3) return null;
  const given = tokens.length > 1 ? (tokens[0] as { word: string }).word : null;
  return { given, surname: last.word, start: (tokens[0] as { at: number }).at };
}

export const nameCheck: CheckKind = {
  kind: 'name',
  compile(rule: LoadedRule, _entities: EntityMatcher, _expr: MatcherFactory, lexicon?: Lexicon): CompiledCheck {
    const spec = rule.spec as NameRuleSpec;
    const words: Words = {
      particles: new Set(spec.lexicon.particles.map(fold)),
      skip: new Set([...spec.lexicon.titles, ...spec.lexicon.stops].map(fold)),
      isWord: dictionary(lexicon),
    };
    // House list: folded variant → preferred spelling.
    const house = new Map(Object.entries(spec.house ?? {}).flatMap(([preferred, variants]) => variants.map((v) => [fold(v), preferred] as [string, string])));
    const particles = spec.lexicon.particles.map(escapeRegExp).join('|');
    // A run: capitalised words, with lower-case particles between them ("Muqtada al-Sadr", "Osama bin Laden").
    const run = new RegExp(String.raw`(?<![\p{L}\d])${WORD}(?:\s+(?:(?:${particles})\s+)?${WORD})*`, 'gu');
    return {
      rule,
      severity: rule.severity,
      scopeDims: ['surname'],
      windowMs: null,
      trigger: capitalTrigger,
      triggerWords: null,
      subject(scope: Scope): string {
        return scope.heard ?? spec.subject;
      },
      compatible(a: Value, b: Value): boolean {
        return a.kind !== 'name' || b.kind !== 'name' || kinship(a, b) !== 'close';
      },
      namesOnly: true,
      gather: house.size > 0 ? gatherHouse : gatherNames,
      keeps: keepsNames,
      extract(ctx: SentenceContext): Hit[] {
        const hits: Hit[] = [];
        const known = ctx.entities.filter((e) => e.known);
        for (const m of ctx.text.matchAll(run)) {
          // A quotation opens a sentence of its own: 'told our reporter: "Everyone up there is cold' (as the trigger reads it).
          const before = ctx.text.slice(0, m.index);
          const atStart = /^[\s"“‘'(\[-]*$/.test(before) || /\s["“‘]$/.test(before);
          const parts = readRun(m[0], atStart, words);
          if (!parts) continue;
          const start = m.index + parts.start;
          const end = m.index + m[0].length;
          // A place or party the alias tables know ("Iraq", "Nato") is not a name to spell-check.
          if (known.some((e) => e.start < end && start < e.end)) continue;
          const written = ctx.text.slice(start, end).replace(/[’']s$/, '');
          const preferred = house.get(fold(written));
          const value: NameValue = { kind: 'name', name: written, given: parts.given, surname: parts.surname, ...(preferred !== undefined ? { preferred } : {}) };
          hits.push({
            span: { start, end: start + written.length },
            written,
            role: 'count',
            scope: { place: null, actor: null, surname: soundKey(parts.surname), heard: preferred ?? written.split(/[\s-]+/).pop() ?? written },
            value,
          });
        }
        return hits;
      },
    };
  },
};
