// The status check: the state of a thing (talks, a strike, a ceasefire) as a
// point on the rule's scale. The pack gives the phrases that assert each state;
// this code decides polarity ("has not yet entered into talks", "denied that"),
// modality ("plans to", "will") and the parties, the same way for every subject.

import type { Scope, Span, StatusValue, Value } from '../model.js';
import type { EntityMatcher } from '../engine/entities.js';
import type { LoadedRule, StatusRuleSpec } from '../rules/types.js';
import { parseWindow, phraseSource } from './phrases.js';
import type { CheckKind, CompiledCheck, Hit, SentenceContext } from './types.js';

const NEGATORS = /\b(?:not|never|no longer|yet to|denied|denies|deny|denying|ruled out|rules out|rule out|ruling out|rejected reports|dismissed reports|without|nor|neither|nothing|nobody|none)\b|n['’]t\b/gi;
const NO_BEFORE_NOUN = /\b(?:no|any)\s+(?:[\w-]+\s+){0,2}$/i;
const MODALS = /\b(?:will|would|could|may|might|shall|plans?\s+to|planning\s+to|planned|expected\s+to|expects\s+to|hopes?\s+to|hoping\s+to|aims?\s+to|intends?\s+to|set\s+to|scheduled\s+to|due\s+to|ready\s+to|prepared\s+to|wants?\s+to|seeks?\s+to|looking\s+forward\s+to|proposed|propose|agreed\s+to|to\s+(?:begin|start|hold|resume|open|launch))\b/gi;
const EXISTENTIAL = /\bthere\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|has\s+not\s+been|have\s+not\s+been|hasn['’]t\s+been|haven['’]t\s+been|is\s+no|are\s+no|were\s+no|was\s+no)\s+(?:(?:yet|still|now|not|any|no|some|real|serious|formal|direct|official|bilateral|technical|ongoing|[\w-]+)\s+){0,3}$/i;
const REPORTED_THEN_REFUTED = /\b(?:but|however)\b[^.]*\b(?:denied|false|untrue|not true|no truth|refuted|dismissed)\b/i;

interface StatePhrase {
  state: string;
  re: RegExp;
}

interface Compiled {
  spec: StatusRuleSpec;
  noun: RegExp;
  phrases: StatePhrase[];
  negated: Record<string, string>;
  planned: string | null;
  exists: string | null;
  incompatible: Set<string>;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

function compileSpec(spec: StatusRuleSpec): Compiled {
  const nouns = spec.lexicon.nouns.map((n) => phraseSource(n, true)).join('|');
  const phrases: StatePhrase[] = [];
  for (const [state, list] of Object.entries(spec.states)) {
    for (const p of list) phrases.push({ state, re: new RegExp(String.raw`\b${phraseSource(p)}\b`, 'gi') });
  }
  return {
    spec,
    noun: new RegExp(String.raw`\b(?:${nouns})\b`, 'gi'),
    phrases,
    negated: spec.negated ?? {},
    planned: spec.planned ?? null,
    exists: spec.exists ?? null,
    incompatible: new Set((spec.incompatible ?? []).map(([a, b]) => pairKey(a, b))),
  };
}

/** Parity of negations in a stretch of text: "did not deny" is positive. */
function negations(text: string): number {
  NEGATORS.lastIndex = 0;
  return [...text.matchAll(NEGATORS)].length;
}

function hasModal(text: string): boolean {
  MODALS.lastIndex = 0;
  return MODALS.test(text);
}

interface Found {
  state: string;
  start: number;
  end: number;
}

/** The state phrase nearest a noun, within its clause. */
function nearestPhrase(c: Compiled, clauseText: string, nounAt: number, nounEnd: number): Found | null {
  let best: (Found & { distance: number }) | null = null;
  for (const p of c.phrases) {
    p.re.lastIndex = 0;
    for (const m of clauseText.matchAll(p.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const distance = end <= nounAt ? nounAt - end : start >= nounEnd ? start - nounEnd : 0;
      if (distance > 80) continue;
      if (!best || distance < best.distance || (distance === best.distance && end - start > best.end - best.start)) {
        best = { state: p.state, start, end, distance };
      }
    }
  }
  return best;
}

/** Parties: "between A and B", "with A", and the clause's subject when it is a known place or party. */
function partiesOf(ctx: SentenceContext, clause: Span, entities: EntityMatcher, nounAt: number): string | null {
  const text = ctx.text.slice(clause.start, clause.end);
  const found = new Set<string>();
  const add = (phrase: string): void => {
    const cleaned = phrase.replace(/^(?:the|its|their|his|her|a|an)\s+/i, '').replace(/[’']s$/, '').trim();
    if (!cleaned) return;
    const known = entities.find(cleaned)[0];
    found.add(known && known.end - known.start >= cleaned.length - 12 ? known.id : cleaned.toLowerCase());
  };
  const NP = String.raw`((?:the\s+|its\s+|their\s+)?(?:[\w.’'-]+\s+){0,2}?[\w.’'-]+?)(?=\s+(?:on|over|about|to|for|in|at|regarding|aimed|that|which|who|after|since|before|this|last|next|and|are|is|was|were|have|has|had|will|would|could|can|may|might|began|resumed|continued|continue|broke|collapsed|ended|reached|remain|remained)\b|[,.;:"”]|$)`;
  for (const m of text.matchAll(new RegExp(String.raw`\bbetween\s+${NP}\s+and\s+${NP}`, 'gi'))) {
    if (m[1]) add(m[1]);
    if (m[2]) add(m[2]);
  }
  for (const m of text.matchAll(new RegExp(String.raw`\bwith\s+${NP}`, 'gi'))) if (m[1]) add(m[1]);
  // A coordinated subject before the noun: "The union and the airline reached a deal".
  const coordinated = /^\s*(?:the\s+)?([\w'’-]+)\s+and\s+(?:the\s+)?([\w'’-]+)\s+(?:have\s+|has\s+|had\s+)?[a-z]+ed\b/i.exec(text.slice(0, nounAt));
  if (coordinated?.[1] && coordinated[2]) {
    add(coordinated[1]);
    add(coordinated[2]);
  }
  // The subject: a known party before the noun that is not a place written as a location.
  for (const e of ctx.entities) {
    if (e.start < clause.start || e.end > clause.end || e.locative || !e.known) continue;
    const rel = e.start - clause.start;
    if (rel < nounAt && !/\b(?:of|for|about|on)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, rel - 12), rel))) found.add(e.id);
  }
  if (found.size === 0) return null;
  const list = [...found].sort().join('+');
  return found.size >= 2 ? list : `~${list}`;
}

/** Cuts the speaker's part off a clause so that "said the US envoy for Syria" names no party. */
function withoutAttribution(text: string, clause: Span): Span {
  const part = text.slice(clause.start, clause.end);
  const m = /[,"”]\s*(?:said|says|told|added|according to)\b/i.exec(part);
  return m ? { start: clause.start, end: clause.start + m.index } : clause;
}

export const statusCheck: CheckKind = {
  kind: 'status',
  compile(rule: LoadedRule, entities: EntityMatcher): CompiledCheck {
    const spec = rule.spec as StatusRuleSpec;
    const c = compileSpec(spec);
    const firstWords = spec.lexicon.nouns.map((n) => phraseSource(n.split(/\s+/)[0] ?? n, true));
    return {
      rule,
      severity: rule.severity,
      scopeDims: spec.scope ?? ['parties'],
      windowMs: parseWindow(spec.window),
      trigger: new RegExp(`(?:${firstWords.join('|')})`, 'i'),
      subject(scope: Scope): string {
        const parties = scope.parties?.replace(/^~/, '');
        if (!parties) return spec.subject;
        const names = parties.split('+').map((p) => entities.display(p).replace(/^the\s+/i, ''));
        return `${spec.subject} · ${names.join(' – ')}`;
      },
      compatible(a: Value, b: Value): boolean {
        if (a.kind !== 'status' || b.kind !== 'status') return true;
        return a.state === b.state || !c.incompatible.has(pairKey(a.state, b.state));
      },
      extract(ctx: SentenceContext): Hit[] {
        if (ctx.hypothetical) return [];
        if (REPORTED_THEN_REFUTED.test(ctx.text) && !/\bdenied\b/i.test(spec.lexicon.nouns.join(' '))) {
          // "A report said talks had collapsed, but officials denied it": the article refutes the claim itself.
          return [];
        }
        const hits: Hit[] = [];
        const seen = new Set<string>();
        for (const raw of ctx.clauses) {
          const clause = withoutAttribution(ctx.text, raw);
          const text = ctx.text.slice(clause.start, clause.end);
          c.noun.lastIndex = 0;
          let scopeStart = 0;
          for (const n of text.matchAll(c.noun)) {
            const at = n.index ?? 0;
            const end = at + n[0].length;
            const prevEnd = scopeStart;
            const before = text.slice(prevEnd, at);
            let found = nearestPhrase(c, text, at, end);
            if (found && found.end <= prevEnd) found = null;
            const noBeforeNoun = /\bno\s+(?:[\w-]+\s+){0,2}$/i.test(before);
            if (!found && c.exists && (EXISTENTIAL.test(before) || noBeforeNoun)) found = { state: c.exists, start: at, end };
            // "will strike next week", "plan to begin talks": the modal itself asserts the planned state.
            if (!found && c.planned && hasModal(before.slice(-40))) found = { state: c.planned, start: at, end };
            scopeStart = end;
            if (!found) continue;
            // Negation is read from the previous mention of the subject on, so that
            // "denied talks ..., insisting there is no engagement" reads each part alone.
            const from = Math.max(prevEnd, Math.min(at, found.start) - 120);
            const lead = text.slice(from, Math.min(at, found.start));
            const between = text.slice(Math.min(end, found.end), Math.max(at, found.start));
            const noBeforePhrase = found.start !== at && /\bno\s+(?:[\w-]+\s+){0,1}$/i.test(text.slice(prevEnd, found.start));
            const noBefore = noBeforeNoun || noBeforePhrase ? 1 : 0;
            const negated = (negations(lead) + negations(between) + noBefore) % 2 === 1;
            const modal = hasModal(lead.slice(-60)) || hasModal(between);
            let state: string | null;
            if (modal) state = negated ? (c.negated[c.planned ?? ''] ?? null) : c.planned;
            else state = negated ? (c.negated[found.state] ?? null) : found.state;
            if (!state || !spec.scale.includes(state)) continue;
            const spanStart = clause.start + Math.min(at, found.start);
            const spanEnd = clause.start + Math.max(end, found.end);
            const key = `${spanStart}:${state}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const value: StatusValue = { kind: 'status', state };
            hits.push({
              span: { start: spanStart, end: spanEnd },
              written: ctx.text.slice(spanStart, spanEnd),
              role: 'count',
              scope: { place: null, actor: null, parties: partiesOf(ctx, clause, entities, at) },
              value,
            });
          }
        }
        return hits;
      },
    };
  },
};
