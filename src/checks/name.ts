// The name check: people (and organisations, places) named in a sentence, keyed by the
// sound of their surname so that "Qasem" and "Qassem Soleimani", "Ian McCarry" and
// "Makari" share a bucket within a story. Which spellings in a bucket are variants of
// one name, and which are two people, is name-match.ts; this module finds the names.

import type { Assertion, NameValue, Scope, Value } from '../model.js';
import type { EntityMatcher } from '../engine/entities.js';
import type { Matcher, MatcherFactory } from '../engine/matcher.js';
import type { Lexicon } from '../lexicon/types.js';
import type { LoadedRule, NameRuleSpec } from '../rules/types.js';
import { escapeRegExp } from '../engine/regexp.js';
import { fold, isVariant, soundKey } from './name-match.js';
import type { CheckKind, CompiledCheck, Hit, NameGroup, SentenceContext } from './types.js';

/** A capitalised word with a lower-case letter after its capital ("McCarry", "Moqtada-Sadr"; not "ISIS", "TV"). */
const WORD = String.raw`(?:\p{Ll}{1,3}-)?\p{Lu}\p{Ll}[\p{L}’'-]*\p{L}`;

/** A sentence has a name only if it has a capitalised word past its first: cheaper than the run finder. */
const CAPITAL_INSIDE = /[^\s"“‘'(]\s+\p{Lu}\p{Ll}|^\s*["“‘(]?\p{Lu}\p{Ll}/u;

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

const isWord = (lexicon: Lexicon | undefined, w: string): boolean =>
  lexicon !== undefined && (lexicon.has(w, 'noun') || lexicon.has(w, 'verb') || lexicon.has(w, 'adj'));

interface Parts {
  given: string | null;
  surname: string;
  /** Offset of the name (after titles) within the run. */
  start: number;
}

/** A run of capitalised words → the name in it, or null when it is a title, a heading word or a dictionary word. */
function readRun(run: string, atStart: boolean, spec: NameRuleSpec, lexicon: Lexicon | undefined, skip: ReadonlySet<string>): Parts | null {
  const particles = new Set(spec.lexicon.particles.map(fold));
  const tokens: Array<{ word: string; at: number }> = [];
  for (const m of run.matchAll(/[^\s-]+/g)) {
    const word = fold(m[0]).replace(/s$/, (s) => (/’s$|'s$/.test(m[0]) ? '' : s));
    if (!particles.has(word)) tokens.push({ word, at: m.index });
  }
  // Titles, roles and sentence openers before the name: "General", "Regarding", "Despite".
  while (tokens.length > 0) {
    const first = tokens[0] as { word: string; at: number };
    const opener = atStart && first.at === 0 && isWord(lexicon, first.word);
    if (!skip.has(first.word) && !opener) break;
    tokens.shift();
  }
  const last = tokens[tokens.length - 1];
  if (!last || last.word.length < 3 || skip.has(last.word) || isWord(lexicon, last.word)) return null;
  // Four or more words is a body or an event ("Supreme Iraqi Military Committee"), not a person.
  if (tokens.length > 3) return null;
  const given = tokens.length > 1 ? (tokens[0] as { word: string }).word : null;
  return { given, surname: last.word, start: (tokens[0] as { at: number }).at };
}

/** Every claim whose spelling is one of a variant set, and surname-only mentions of those surnames. */
function gatherNames(claims: readonly Assertion[]): NameGroup[] {
  const values = claims.map((c) => c.value as NameValue);
  const spellings = [...new Set(values.map((v) => v.name))];
  const parent = new Map(spellings.map((s) => [s, s]));
  const root = (s: string): string => {
    let r = s;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const a = claims[i] as Assertion;
      const b = claims[j] as Assertion;
      if (!isVariant(a.value as NameValue, b.value as NameValue, a.document === b.document)) continue;
      pairs.push([i, j]);
      parent.set(root((a.value as NameValue).name), root((b.value as NameValue).name));
    }
  }
  const groups = new Map<string, Set<number>>();
  for (const [i, j] of pairs) {
    const r = root(values[i]?.name ?? '');
    const set = groups.get(r) ?? new Set<number>();
    set.add(i).add(j);
    groups.set(r, set);
  }
  return [...groups.values()].map((set) => {
    const names = new Set([...set].map((i) => values[i]?.name));
    const surnames = new Set([...set].map((i) => values[i]?.surname));
    // All mentions: the same spellings elsewhere, and the bare surname ("Soleimani's killing").
    values.forEach((v, i) => {
      if (names.has(v.name) || (v.given === null && surnames.has(v.surname))) set.add(i);
    });
    const members = [...set].sort((x, y) => x - y);
    const at = new Map(members.map((m, k) => [m, k]));
    const own = pairs.filter(([i, j]) => set.has(i) && set.has(j)).map(([i, j]) => [at.get(i) ?? 0, at.get(j) ?? 0] as [number, number]);
    return { members, pairs: own };
  });
}

export const nameCheck: CheckKind = {
  kind: 'name',
  compile(rule: LoadedRule, _entities: EntityMatcher, _expr: MatcherFactory, lexicon?: Lexicon): CompiledCheck {
    const spec = rule.spec as NameRuleSpec;
    const skip = new Set([...spec.lexicon.titles, ...spec.lexicon.stops].map(fold));
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
        return a.kind !== 'name' || b.kind !== 'name' || !isVariant(a, b, false);
      },
      gather: gatherNames,
      extract(ctx: SentenceContext): Hit[] {
        const hits: Hit[] = [];
        const known = ctx.entities.filter((e) => e.known);
        for (const m of ctx.text.matchAll(run)) {
          const atStart = /^[\s"“‘'(\[-]*$/.test(ctx.text.slice(0, m.index));
          const parts = readRun(m[0], atStart, spec, lexicon, skip);
          if (!parts) continue;
          const start = m.index + parts.start;
          const end = m.index + m[0].length;
          // A place or party the alias tables know ("Iraq", "Nato") is not a name to spell-check.
          if (known.some((e) => e.start < end && start < e.end)) continue;
          const written = ctx.text.slice(start, end).replace(/[’']s$/, '');
          const value: NameValue = { kind: 'name', name: written, given: parts.given, surname: parts.surname };
          hits.push({
            span: { start, end: start + written.length },
            written,
            role: 'count',
            scope: { place: null, actor: null, surname: soundKey(parts.surname), heard: written.split(/[\s-]+/).pop() ?? written },
            value,
          });
        }
        return hits;
      },
    };
  },
};
