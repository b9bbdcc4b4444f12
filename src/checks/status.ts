// The status check: the state of a thing (talks, a strike, a ceasefire) as a
// point on the rule's scale. The pack gives the phrases that assert each state;
// this code decides polarity ("has not yet entered into talks", "denied that"),
// modality ("plans to", "will") and the parties, the same way for every subject.

import type { Scope, Span, StatusValue, Value } from '../model.js';
import type { EntityMatcher } from '../engine/entities.js';
import type { Matcher, MatcherFactory } from '../engine/matcher.js';
import { allMatches } from '../engine/regexp.js';
import type { LoadedRule, StatusRuleSpec } from '../rules/types.js';
import { anyOf, triggerWord, parseWindow, phraseSource, triggerWords } from './phrases.js';
import type { CheckKind, CompiledCheck, Hit, SentenceContext } from './types.js';

const NEGATORS = /\b(?:not|never|no longer|yet to|denied|denies|deny|denying|ruled out|rules out|rule out|ruling out|rejected reports|dismissed reports|without|nor|neither|nothing|nobody|none|(?:refused|refuses|refusing|refuse|declined|declines|declining|decline|failed|fails|failing|fail)\s+to)\b|n['’]t\b/gi;
// A verb that rejects or plans the thing the noun names: "ruled out talks", "plans a withdrawal".
// With no state phrase of its own, the noun is then a plan (negated by "ruled out": none).
const PLAN_BEFORE = /\b(?:ruled\s+out|rules\s+out|rule\s+out|ruling\s+out|rejected|rejects|rejecting|plans?|planned|planning|announced|announces|ordered|orders|proposed|proposes|no\s+plans?\s+(?:for|of))\s+(?:(?:a|an|the|any|its|their|further|new|fresh|direct|formal|full|partial|swift|imminent|early|phased)\s+){0,3}$/i;
// A call or demand is neither a fact nor a plan: "urged both sides to resume negotiations".
const EXHORTATION = /\b(?:urged?|urges|urging|called\s+on|calls\s+on|calling\s+on|called\s+for|calls\s+for|calling\s+for|appealed|appeals|appealing|pressed|presses|pressing|demanded|demands|demanding|asked|asks|asking|pushed\s+for|pushing\s+for)\b/i;
// Declining to comment says nothing either way: "IBM does not comment on rumors, even baseless ones".
const NO_COMMENT = /\b(?:(?:does|do|did|would|will|could)\s*(?:not|n't)|declined\s+to|declines\s+to|refused\s+to|refuses\s+to|won't|never)\s+(?:comment|be\s+drawn|confirm\s+or\s+deny)\b/i;
// Verbs of knowing: "has not confirmed the reports" withholds a claim, it does not deny one.
const NON_COMMITTAL = /^(?:confirm|verif|corroborat|acknowledg)/i;
// "Reports that talks had collapsed were false", "dismissed claims that …": the embedded claim is refuted, not asserted.
const REPORTED_THAT = /\b(?:reports?|claims?|rumou?rs?|suggestions?|speculation|allegations?)\s+(?:that|of)\b/i;
const REFUTATION = /\b(?:false|untrue|not\s+true|baseless|unfounded|wrong|incorrect|denied|denies|denying|dismissed|dismisses|dismissing|rejected|rejects|rejecting|refuted|refutes|refuting)\b/i;
const MODALS = /\b(?:will|would|could|may|might|shall|plans?\s+to|planning\s+to|planned\s+to|expected\s+to|expects\s+to|hopes?\s+to|hoping\s+to|aims?\s+to|intends?\s+to|set\s+to|scheduled\s+to|due\s+to|ready\s+to|prepared\s+to|wants?\s+to|seeks?\s+to|looking\s+forward\s+to|propose|agreed\s+to|to\s+(?:begin|start|hold|resume|open|launch))\b/gi;
const EXISTENTIAL = /\bthere\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|has\s+not\s+been|have\s+not\s+been|hasn['’]t\s+been|haven['’]t\s+been|is\s+no|are\s+no|were\s+no|was\s+no)\s+(?:(?:yet|still|now|not|any|no|some|real|serious|formal|direct|official|bilateral|technical|ongoing|[\w-]+)\s+){0,3}$/i;
// "halted since the strike", "after the talks": the noun dates another event; its status is not asserted.
const TEMPORAL_BEFORE = /\b(?:since|after|before|during|amid|following|despite|because of|due to|ahead of|until|in the wake of|in the run-up to)\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|last\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}$/i;
// "talks aimed at averting national strikes have ended": a strike to be averted has no state of its own here.
const AVERTED_BEFORE = /\b(?:avert|averts|averting|averted|prevent|prevents|preventing|avoid|avoids|avoiding|head\s+off|heading\s+off|stave\s+off|staving\s+off)\s+(?:(?:a|an|the|any|further|planned|threatened|[\w-]+)\s+){0,2}$/i;
const REPORTED_THEN_REFUTED = /\b(?:but|however)\b[^.]*\b(?:denied|false|untrue|not true|no truth|refuted|dismissed)\b/i;

interface StatePhrase {
  state: string;
  re: Matcher;
}

interface Compiled {
  spec: StatusRuleSpec;
  noun: Matcher;
  /** A clause that ends with the noun (a relative clause may follow it). */
  endsWithNoun: Matcher;
  phrases: StatePhrase[];
  negated: Record<string, string>;
  planned: string | null;
  exists: string | null;
  incompatible: Set<string>;
  /** Characters between a noun and the phrase that gives its state. */
  maxGap: number;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

function compileSpec(spec: StatusRuleSpec, expr: MatcherFactory): Compiled {
  const nouns = anyOf(spec.lexicon.nouns.map((n) => phraseSource(n, true)));
  const phrases: StatePhrase[] = [];
  for (const [state, list] of Object.entries(spec.states)) {
    for (const p of list) phrases.push({ state, re: expr(String.raw`\b${phraseSource(p)}\b`, 'gi') });
  }
  const notAfter = anyOf((spec.lexicon.not_after ?? []).map((w) => phraseSource(w)));
  const noun = expr(String.raw`${notAfter ? String.raw`(?<!\b(?:${notAfter})[\s-]+)` : ''}\b(?:${nouns})\b`, 'gi');
  return {
    spec,
    noun,
    endsWithNoun: expr(String.raw`(?:${noun.source})\W*$`, 'i'),
    phrases,
    negated: spec.negated ?? {},
    planned: spec.planned ?? null,
    exists: spec.exists ?? null,
    incompatible: new Set((spec.incompatible ?? []).map(([a, b]) => pairKey(a, b))),
    maxGap: spec.max_gap ?? 80,
  };
}

/** Parity of negations in a stretch of text: "did not deny" is positive. */
function negations(text: string): number {
  return allMatches(NEGATORS, text).length;
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

/** Every state phrase in a clause, phrase by phrase: found once, then read for each noun in it. */
function statePhrases(c: Compiled, clauseText: string): Found[] {
  const out: Found[] = [];
  for (const p of c.phrases) {
    for (const m of allMatches(p.re, clauseText)) out.push({ state: p.state, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The state phrase nearest a noun, within its clause. */
function nearestPhrase(c: Compiled, phrases: readonly Found[], nounAt: number, nounEnd: number, taken: ReadonlySet<number>): Found | null {
  let best: Found | null = null;
  let bestDistance = 0;
  for (const p of phrases) {
    const distance = p.end <= nounAt ? nounAt - p.end : p.start >= nounEnd ? p.start - nounEnd : 0;
    if (distance > c.maxGap || taken.has(p.start)) continue;
    if (!best || distance < bestDistance || (distance === bestDistance && p.end - p.start > best.end - best.start)) {
      best = p;
      bestDistance = distance;
    }
  }
  return best;
}

const STOP_WORDS = new Set(
  ('on over about to for in at regarding aimed that which who after since before this last next and are is was were have has had will ' +
    'would could can may might began resumed continued continue broke collapsed ended reached remain remained amid despite as but or ' +
    'a few the later earlier soon today tonight tomorrow yesterday now again').split(' '),
);

/** Up to three words of a noun phrase, stopping at punctuation or a function word. */
function phraseAt(text: string): string {
  const words: string[] = [];
  for (const m of text.matchAll(/[\w.’'-]+|[^\s\w]/g)) {
    const w = m[0];
    const verbLike = words.length > 0 && /^[a-z]+ed$/.test(w);
    if (/^[^\w]/.test(w) || (words.length > 0 && STOP_WORDS.has(w.toLowerCase())) || verbLike || words.length >= 3) break;
    if (words.length === 0 && /^(?:the|its|their|his|her|a|an)$/i.test(w)) continue;
    words.push(w.replace(/[.’']+$/, ''));
  }
  return words.join(' ');
}

/** An unknown party by its head noun: "the Halvik Port Employers' Association" and "the employers" are one party. */
function headNoun(phrase: string): string {
  const words = phrase.toLowerCase().replace(/[’']s?\b/g, '').split(/\s+/).filter(Boolean);
  const generic = new Set(['association', 'federation', 'group', 'body', 'council', 'confederation', 'organisation', 'organization']);
  let head = words.at(-1) ?? phrase.toLowerCase();
  if (generic.has(head) && words.length > 1) head = words.at(-2) ?? head;
  return head.length > 4 && head.endsWith('s') && !head.endsWith('ss') ? head.slice(0, -1) : head;
}

/**
 * Parties: "talks with A", "talks between A and B", and the subject before the
 * noun when it is a known party ("the United States has not entered into talks").
 * Only phrases tied to the noun count, so "in an interview with Al-Hurra" names no party.
 */
function partiesOf(ctx: SentenceContext, clause: Span, entities: EntityMatcher, nounAt: number, nounEnd: number): string | null {
  const text = ctx.text.slice(clause.start, clause.end);
  const found = new Set<string>();
  const add = (phrase: string): void => {
    if (!phrase) return;
    const known = entities.find(phrase).find((e) => e.known);
    found.add(known ? known.id : headNoun(phrase));
  };
  const after = text.slice(nounEnd, nounEnd + 160);
  const between = /^\s+(?:[\w-]+\s+){0,3}?between\s+(?:the\s+)?(.+?)\s+and\s+(.+)$/i.exec(after);
  const within = /^\s+(?:[\w-]+\s+){0,3}?with\s+(.+)$/i.exec(after);
  const lead = /\bbetween\s+(?:the\s+)?(.+?)\s+and\s+(.+)$/i.exec(text.slice(Math.max(0, nounAt - 60), nounAt));
  if (between) {
    add(phraseAt(between[1] ?? ''));
    add(phraseAt(between[2] ?? ''));
  } else if (within) add(phraseAt(within[1] ?? ''));
  // The subject, after any "X said (that)": the speaker is not a party.
  const speech = [...text.slice(0, nounAt).matchAll(/\b(?:said|says|told\s+[\w\s]{0,30}?|added|announced|confirmed|insisted|revealed|denied|denies|stressed|claimed)\s+(?:on\s+\w+\s+)?(?:that\s+)?/gi)].pop();
  const subjectFrom = speech ? (speech.index ?? 0) + speech[0].length : 0;
  const subjectText = text.slice(subjectFrom, nounAt);
  const coordinated = /^\s*(?:the\s+)?((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+and\s+(?:the\s+)?((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:have\s+|has\s+|had\s+)?(?:[a-z]+ed|held|met|began|struck|broke|signed)\b/i.exec(subjectText);
  // "The airline remains in talks with the government", "the union walked out of negotiations with the airline":
  // with a verb of taking part, the subject is the other party.
  const taking = within && !coordinated ? TAKING_PART.exec(subjectText) : null;
  if (taking && !PRONOUN.test(taking[1] ?? '')) add(phraseAt(taking[1] ?? ''));
  if (coordinated) {
    add(phraseAt(coordinated[1] ?? ''));
    add(phraseAt(coordinated[2] ?? ''));
  } else if (lead && found.size === 0) {
    add(phraseAt(lead[1] ?? ''));
    add(phraseAt(lead[2] ?? ''));
  }
  for (const e of ctx.entities) {
    const rel = e.start - clause.start;
    if (rel < subjectFrom || rel >= nounAt || e.locative || !e.known) continue;
    if (/\b(?:of|for|about|on|against|to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, rel - 12), rel))) continue;
    found.add(e.id);
  }
  if (found.size === 0) return null;
  const list = [...found].sort().join('+');
  return found.size >= 2 ? list : `~${list}`;
}

const PRONOUN = /^(?:it|they|we|he|she|you|i|who|which|that|this|these|those|both|each|all)$/i;
const TAKING_PART = /^\s*(?:the\s+|its\s+|their\s+)?((?:[A-Za-z][\w'’-]*\s+){0,2}?[A-Za-z][\w'’-]*)\s+(?:(?:is|are|was|were|has|have|had|remains?|remained|still|also|now|been|again|once)\s+)*(?:in|into|entered\s+into|enters\s+into|held|holds|holding|hold|began|begun|begins|started|starts|opened|opens|resumed|resumes|walked\s+out\s+of|walks\s+out\s+of|broke\s+off|breaks\s+off|suspended|suspends|pulled\s+out\s+of|engaged\s+in|joined|joins)\s+(?:(?:a|the|new|fresh|further|direct|formal|informal|technical|bilateral|several|secret|rounds?\s+of|\w+\s+round\s+of)\s+)*$/i;

// Words before a noun that describe it rather than say what it is about.
const NOT_TOPICS = new Set(
  ('a an the any no new final permanent interim formal tentative provisional broad comprehensive possible landmark historic major draft ' +
    'preliminary last first second third previous its their his her our this that such further direct indirect fragile shaky lasting ' +
    'durable full partial temporary proposed agreed verbal written bilateral multilateral technical').split(' '),
);

/** What an agreement or deal is about: "ceasefire agreement", "pay deal", "agreement on a permanent settlement". */
function topicOf(text: string, nounAt: number, nounEnd: number): string | null {
  const before = /([a-z][\w-]*)\s+$/i.exec(text.slice(Math.max(0, nounAt - 30), nounAt));
  const word = before?.[1]?.toLowerCase();
  if (word && !NOT_TOPICS.has(word) && !/(?:ed|ing|ly)$/.test(word)) return word;
  // "agreement on a permanent settlement, which …": the last word of the short noun phrase.
  const after = /^\s+(?:on|over|for)\s+(?:an?\s+|the\s+)?((?:[\w-]+\s+){0,2}[\w-]+)/i.exec(text.slice(nounEnd, nounEnd + 60));
  const words = (after?.[1] ?? '').split(/\s+/);
  const stop = words.findIndex((w, i) => i > 0 && STOP_WORDS.has(w.toLowerCase()));
  return (stop > 0 ? words.slice(0, stop) : words).filter(Boolean).at(-1)?.toLowerCase() ?? null;
}

/** The place a status is about: "withdrawal from Iraq", else a place the clause names, else the article's. */
function placeOf(ctx: SentenceContext, clause: Span, nounEnd: number): string | null {
  const near = ctx.entities.find((e) => e.locative && e.start >= clause.start + nounEnd && e.start - (clause.start + nounEnd) < 50);
  const inClause = ctx.entities.find((e) => e.locative && e.start >= clause.start && e.end <= clause.end);
  return (near ?? inClause)?.id ?? ctx.documentPlace;
}

/** Cuts the speaker's part off a clause so that "said the US envoy for Syria" names no party. */
function withoutAttribution(text: string, clause: Span): Span {
  const part = text.slice(clause.start, clause.end);
  const m = /[,"”]\s*(?:said|says|told|added|according to)\b/i.exec(part);
  return m ? { start: clause.start, end: clause.start + m.index } : clause;
}

/**
 * "the truce, which has largely held": a relative clause that follows the noun says
 * what the noun's state is, so it is read with the clause that names the noun.
 */
function relativesJoined(ctx: SentenceContext, endsWithNoun: Matcher): Span[] {
  const out: Span[] = [];
  for (const clause of ctx.clauses) {
    const prev = out.at(-1);
    if (prev && /^,\s+(?:which|who)\s+$/i.test(ctx.text.slice(prev.end, clause.start)) && endsWithNoun.test(ctx.text.slice(prev.start, prev.end))) {
      out[out.length - 1] = { start: prev.start, end: clause.end };
    } else out.push(clause);
  }
  return out;
}

/** The part of a sentence that reports a claim the sentence itself refutes. */
function refutedSpan(text: string): Span | null {
  const m = REPORTED_THAT.exec(text);
  if (!m) return null;
  const start = m.index + m[0].length;
  const after = REFUTATION.exec(text.slice(start));
  if (after) return { start, end: start + after.index };
  return REFUTATION.test(text.slice(0, m.index)) ? { start, end: text.length } : null;
}

export const statusCheck: CheckKind = {
  kind: 'status',
  compile(rule: LoadedRule, entities: EntityMatcher, expr: MatcherFactory): CompiledCheck {
    const spec = rule.spec as StatusRuleSpec;
    const c = compileSpec(spec, expr);
    const withParties = spec.scope?.includes('parties') !== false;
    const first = spec.lexicon.nouns.map(triggerWord);
    return {
      rule,
      severity: rule.severity,
      scopeDims: spec.scope ?? ['parties'],
      windowMs: parseWindow(spec.window),
      trigger: expr(`(?:${anyOf(first.map((w) => phraseSource(w, true)))})`, 'i'),
      triggerWords: triggerWords(first),
      subject(scope: Scope): string {
        const parties = scope.parties?.replace(/^~/, '');
        const place = scope.place ? ` · ${entities.display(scope.place).replace(/^the\s+/i, '')}` : '';
        if (!parties) return `${spec.subject}${place}`;
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
        const refuted = c.spec.scale.includes('denied') ? null : refutedSpan(ctx.text);
        let lastParties: string | null = null;
        for (const raw of relativesJoined(ctx, c.endsWithNoun)) {
          const clause = withoutAttribution(ctx.text, raw);
          const text = ctx.text.slice(clause.start, clause.end);
          let phrases: Found[] | null = null;
          let scopeStart = 0;
          // A phrase belongs to one noun: in "no agreement has been reached on a settlement", "reached" is the agreement's.
          const taken = new Set<number>();
          for (const n of allMatches(c.noun, text)) {
            const at = n.index;
            const end = at + n[0].length;
            const prevEnd = scopeStart;
            const before = text.slice(prevEnd, at);
            const inRefuted = refuted !== null && clause.start + at >= refuted.start && clause.start + at < refuted.end;
            if (inRefuted || TEMPORAL_BEFORE.test(text.slice(Math.max(0, at - 40), at)) || AVERTED_BEFORE.test(text.slice(Math.max(0, at - 40), at))) {
              scopeStart = end;
              continue;
            }
            phrases ??= statePhrases(c, text);
            let found = nearestPhrase(c, phrases, at, end, taken);
            if (found && found.end <= prevEnd) found = null;
            const noBeforeNoun = /\bno\s+(?:[\w-]+\s+){0,2}$/i.test(before);
            if (!found && c.exists && (EXISTENTIAL.test(before) || noBeforeNoun)) found = { state: c.exists, start: at, end };
            // "ruled out talks", "plans a withdrawal": the verb makes the noun a plan (or a rejected one).
            if (!found && c.planned && PLAN_BEFORE.test(before)) found = { state: c.planned, start: at, end };
            // "will strike next week", "plan to begin talks": the modal itself asserts the planned state.
            if (!found && c.planned && hasModal(before.slice(-40))) found = { state: c.planned, start: at, end };
            scopeStart = end;
            if (!found) continue;
            if (found.start !== at) taken.add(found.start);
            // Negation is read from the previous mention of the subject on, so that
            // "denied talks ..., insisting there is no engagement" reads each part alone.
            const from = Math.max(prevEnd, Math.min(at, found.start) - 120);
            const lead = text.slice(from, Math.min(at, found.start));
            const between = text.slice(Math.min(end, found.end), Math.max(at, found.start));
            const noBeforePhrase = found.start !== at && /\bno\s+(?:[\w-]+\s+){0,1}$/i.test(text.slice(prevEnd, found.start));
            // A state phrase that spans the noun ("no deal") carries its own "no": it is not read twice.
            const phraseHasNo = found.start < at && found.end > at;
            const noBefore = (noBeforeNoun && !phraseHasNo) || noBeforePhrase ? 1 : 0;
            const negated = (negations(lead) + negations(between) + noBefore) % 2 === 1;
            if (EXHORTATION.test(lead.slice(-80)) || EXHORTATION.test(between) || NO_COMMENT.test(lead) || NO_COMMENT.test(between)) continue;
            const modal = hasModal(lead.slice(-60)) || hasModal(between);
            let state: string | null;
            if (modal) state = negated ? (c.negated[c.planned ?? ''] ?? null) : c.planned;
            else if (negated && NON_COMMITTAL.test(text.slice(found.start, found.end))) state = null;
            else state = negated ? (c.negated[found.state] ?? null) : found.state;
            if (!state || !spec.scale.includes(state)) continue;
            // De-duplication is by the whole mention (noun and phrase); the span is the words
            // that carry the state, so that the span slices exactly `written` (the model's contract).
            const key = `${clause.start + Math.min(at, found.start)}:${state}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const value: StatusValue = { kind: 'status', state };
            // "talks with the government …, talks that began in March": a later mention naming no
            // parties is the same talks as the earlier one in the sentence.
            const parties: string | null = withParties ? (partiesOf(ctx, clause, entities, at, end) ?? lastParties) : null;
            lastParties = parties;
            if (c.spec.require?.includes('parties') && parties === null) continue;
            // The words that carry the state: the phrase, or the noun with its "no".
            const phraseOnly = found.start === at ? { start: at - (noBeforeNoun ? /\bno\s+(?:[\w-]+\s+){0,2}$/i.exec(before)?.[0].length ?? 0 : 0), end } : found;
            hits.push({
              span: { start: clause.start + phraseOnly.start, end: clause.start + phraseOnly.end },
              written: text.slice(phraseOnly.start, phraseOnly.end),
              role: 'count',
              scope: {
                place: c.spec.scope?.includes('place') ? placeOf(ctx, clause, end) : null,
                actor: null,
                ...(c.spec.scope?.includes('topic') ? { topic: topicOf(text, at, end) } : {}),
                parties,
              },
              value,
            });
          }
        }
        return hits;
      },
    };
  },
};
