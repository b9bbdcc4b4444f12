// The generic status frame: an event (subject, predicate) asserted, negated, denied or planned,
// whatever its topic ("was arrested" / "police denied that … had been arrested"). Its key is the
// subject's head and the predicate's lemma; its value a state on the rule's scale, so that the
// status kind's window says what is a change over time. It runs after the rule-backed checks
// and reads no words a rule already read: a status rule's phrase ("no plans to step down",
// resignation-status) wins over the generic reading of it (CompiledCheck.fallback).

import type { Assertion, Scope, StatusValue, Value } from '../model.js';
import type { MatcherFactory } from '../engine/matcher.js';
import type { EntityMatcher } from '../engine/entities.js';
import { basicLexicon } from '../lexicon/basic.js';
import type { Lexicon } from '../lexicon/types.js';
import type { ClaimRuleSpec, LoadedRule } from '../rules/types.js';
import { claimWords, readClaims } from './claim-read.js';
import { parseWindow } from './phrases.js';
import { escapeRegExp } from '../engine/regexp.js';
import type { CheckKind, CompiledCheck, Confidence, Hit, SentenceContext } from './types.js';

const SCOPE = ['subject', 'predicate'];

// A converse verb's claim is its partner's with the polarity turned: "reopened" asserts "closed" denied.
const FLIP: Record<string, string> = { asserted: 'negated', negated: 'asserted', planned: 'not-planned', 'not-planned': 'planned' };

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Two subjects that name one thing: the same head ("Castle Street store" / "store"), or heads
 * WordNet puts in one synset among their first senses ("beach" / "strand").
 */
function sameSubject(lexicon: Lexicon): (dim: string, a: string, b: string) => boolean {
  return (dim, a, b) => {
    if (dim !== 'subject') return false;
    const x = a.split(' ').pop() ?? a;
    const y = b.split(' ').pop() ?? b;
    return x === y || lexicon.synonymous(x, y, 'noun', 4);
  };
}

// The object of an active verb: a determiner or a number, up to two modifiers, its head noun.
const OBJECT = /^\s+(?:the|a|an|its|their|his|her|our|all|some|several|two|three|four|five|\d+)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\b(?!\s+(?:of|in|on|at)\b\s+(?:the\s+)?[a-z])/i;

/** The head of an active verb group's object ("has closed the site" → site), or null (a passive, no object). */
function objectAfter(text: string, start: number, end: number, lexicon: Lexicon): string | null {
  if (/\b(?:been|was|were|is|are|be|being|remain|remains|remained|stay|stays|stayed)\s+\S+$/i.test(text.slice(start, end))) return null;
  const m = OBJECT.exec(text.slice(end, end + 60));
  if (!m?.[1]) return null;
  const noun = lexicon.lemma(m[1].toLowerCase(), 'noun');
  return lexicon.has(noun, 'noun') ? noun : null;
}

/** A generic status is a warning: the reason names the subject, the predicate and whether one day is shared. */
function confidenceOf(claims: readonly Assertion[]): Confidence {
  const first = claims[0];
  const day = first?.time?.start ?? null;
  const sameDay = day !== null && claims.every((c) => c.time !== null && c.time.start === day);
  const states = [...new Set(claims.map((c) => (c.value.kind === 'status' ? c.value.state : '?')))].join(' / ');
  const why = [
    `generic status: same subject (${first?.scope['subject'] ?? '?'}) and predicate (${first?.scope['predicate'] ?? '?'}), ${states}`,
    sameDay ? `same day (${day ?? ''})` : 'not dated to one day',
  ].join('; ');
  return { level: 'weak', why };
}

export const claimCheck: CheckKind = {
  kind: 'claim',
  compile(rule: LoadedRule, _entities: EntityMatcher, expr: MatcherFactory, lexicon: Lexicon = basicLexicon): CompiledCheck {
    const spec = rule.spec as ClaimRuleSpec;
    const words = claimWords(spec, lexicon);
    const l = spec.lexicon;
    // A rule of some verbs reads only sentences with one of them: a verb's stem ("clos", "cancel")
    // starts every form of it, as trigger words start words (engine/triggers.ts).
    const converses = new Map(Object.entries(spec.converses ?? {}).map(([a, b]) => [a.toLowerCase(), b.toLowerCase()]));
    const kept = spec.predicates ? new Set([...spec.predicates, ...converses.keys()].map((p) => p.toLowerCase())) : null;
    // A verb of several words by its last ("go ahead": ahead; "go" starts too many words).
    const stems = [...(spec.predicates ?? []), ...converses.keys()].map((p) => (p.split(/\s+/).pop() ?? p).toLowerCase().replace(/e$/, ''));
    const triggers = kept
      ? [...new Set(stems)]
      : [...new Set([...l.auxiliaries, ...l.copulas, ...l.negations, ...l.negative_determiners, ...l.denials, ...l.refusals, ...l.plans]
        .map((p) => p.split(/\s+/)[0]?.toLowerCase() ?? '').filter((p) => /^[a-z]/.test(p)))];
    // Listed verbs in order: a later one that is a WordNet synonym or verb antonym of an earlier one reads as it.
    const listed = (spec.predicates ?? []).map((p) => p.toLowerCase());
    const canonicals = new Map<string, { verb: string; flip: boolean } | null>();
    const canonicalOf = (p: string): { verb: string; flip: boolean } | null => {
      if (!kept) return null;
      let c = canonicals.get(p);
      if (c !== undefined) return c;
      c = null;
      for (const q of listed) {
        if (q === p) break;
        if (lexicon.synonymous(p, q, 'verb', 4)) c = { verb: q, flip: false };
        else if (lexicon.antonyms(q, 'verb').includes(p)) c = { verb: q, flip: true };
        if (c) break;
      }
      canonicals.set(p, c);
      return c;
    };
    const incompatible = new Set(spec.incompatible.map(([a, b]) => pairKey(a, b)));
    return {
      rule,
      severity: rule.severity,
      scopeDims: SCOPE,
      windowMs: parseWindow(spec.window),
      // A claim needs a verb group: an auxiliary, a copula, a negation, a denial, a refusal or a plan word.
      // Found anywhere and in any case, as the one-pass trigger search finds words (engine/triggers.ts).
      trigger: expr(`(?:${triggers.map(escapeRegExp).join('|')})`, 'i'),
      triggerWords: triggers,
      fallback: true,
      comparesWithin: 'folder',
      confidence: confidenceOf,
      sameValue: sameSubject(lexicon),
      subject(scope: Scope): string {
        return `${scope['subject'] ?? '?'}: ${scope['predicate'] ?? '?'}`;
      },
      compatible(a: Value, b: Value): boolean {
        if (a.kind !== 'status' || b.kind !== 'status') return true;
        return a.state === b.state || !incompatible.has(pairKey(a.state, b.state));
      },
      extract(ctx: SentenceContext): Hit[] {
        if (ctx.hypothetical) return [];
        return readClaims(words, ctx.text, Boolean(kept)).filter((c) => !kept || kept.has(c.predicate)).map((c) => {
          // "Calder Fabrics has closed the site": what is shut is the object of an active verb, not its agent.
          if (kept) {
            const object = objectAfter(ctx.text, c.start, c.end, lexicon);
            if (object) c = { ...c, subject: object };
          }
          // "stays shut" / "has closed" / "remains open": one act under the first listed verb it is a synonym or antonym of.
          const canonical = canonicalOf(c.predicate);
          if (canonical) c = { ...c, predicate: canonical.verb, state: canonical.flip ? ((FLIP[c.state] ?? c.state) as typeof c.state) : c.state };
          const converse = converses.get(c.predicate);
          const state = converse ? (FLIP[c.state] ?? c.state) : c.state;
          if (converse) c = { ...c, predicate: converse };
          const value: StatusValue = { kind: 'status', state };
          return {
            span: { start: c.start, end: c.end },
            written: ctx.text.slice(c.start, c.end),
            role: 'count',
            scope: { place: null, actor: null, subject: c.subject, predicate: c.predicate },
            value,
          };
        });
      },
    };
  },
};
