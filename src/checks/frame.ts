// The generic quantity frame: any figure that counts or measures something is a claim,
// whether or not a rule names its subject ("1,800 crane operators walked out"). Its key is
// what it counts, the clause's predicate, the unit and the anchors the clause names; two
// claims compare only when all of these agree. It runs after the rule-backed checks and
// leaves them every figure they took (CompiledCheck.fallback).

import type { Assertion, QuantityValue, Scope } from '../model.js';
import type { MatcherFactory } from '../engine/matcher.js';
import type { EntityMatcher } from '../engine/entities.js';
import { FIGURE_TRIGGER, parseWordNumber, type NumberMention } from '../engine/numbers.js';
import { foldMarks } from '../engine/persons.js';
import { basicLexicon } from '../lexicon/basic.js';
import type { Lexicon } from '../lexicon/types.js';
import type { FrameRuleSpec, LoadedRule } from '../rules/types.js';
import { type Frame, readFrame, frameWords, unnamedAge, verbOfNoun } from './frame-read.js';
import type { FrameWords } from './frame-words.js';
import { ONE_SOURCE, readOnes } from './frame-one.js';
import { type Change, readChange } from './frame-change.js';
import { nounOf } from './frame-words.js';
import { HEDGE_OF, figureInterval, intervalsMeet } from './intervals.js';
import { parseWindow } from './phrases.js';
import { FORECAST_AFTER, FORECAST_BEFORE, RATE_PERIOD, RUNNING, WHOLE_BEFORE, figureRole } from './roles.js';
import type { CheckKind, CompiledCheck, Confidence, Hit, SentenceContext } from './types.js';
import { synonymVerbs } from './synonyms.js';
import { apposed } from '../engine/context.js';

// A figure, or one person or thing a verb was done to, or none of it ("a man was detained",
// "has not opened a formal investigation": checks/frame-one.ts).
const ONE_TRIGGER = new RegExp(`${FIGURE_TRIGGER.source}|${ONE_SOURCE}`, 'i');

// Modality last: a planned figure ("plans to vaccinate 64 million ducks") meets only planned ones.
const SCOPE = ['thing', 'kind', 'modifier', 'predicate', 'unit', 'place', 'actor', 'modality'];

// The words of a forecast that make it a possibility only, not an expectation.
const POSSIBLE = /\b(?:could|may|might|should|would|cannot|can['’]t)\b/i;
// A possibility in the past is the figure as reported, not a forecast: "1.4 million customers may have been accessed".
const PAST_POSSIBLE = /^[^.;]{0,30}?\b(?:may|might|could)\s+have\s+(?:been|\w+(?:ed|en))\b/i;

// A clause that denies its figure is no count of it: "no deaths", "did not exceed 300".
// Not a compound: "the motion of no-confidence received 97 votes" negates nothing.
const NEGATED_BEFORE = /\b(?:not|no|never|n['’]t|none|denied|deny|denies)\b(?!-\w)[^,;]{0,30}$/i;
// "none of our 18 lifts will operate": the figure is the whole set the denial is of, not denied itself.
const WHOLE_OF_NONE = /\b(?:none|neither)\s+of\s+(?:the|its|their|our|his|her|[\p{L}-]+['’]s)\s+$/iu;

/** How far apart two figures of one generic key may be and still be one quantity misreported (1,400 and 13,870 accounts are). */
const MAX_RATIO = 50;

const LIST_AFTER = /^\s*(?:,|and\b|or\b)\s*[$£€]?\d/;
const LIST_BEFORE = /[$£€]?\d[\d,.]*(?:m|bn|k|%)?\s*(?:,|and|or)\s*$/;
const RESTRICTED_AFTER = /^\s+(?:who|whom|whose)\b/i;
const REMAINDER_BEFORE = /\b(?:other|remaining)\s+$/i;

// A count joined to another count of other things: "72 passengers and six crew", "six crew and
// 72 passengers" are each a part of the people aboard, not a rival to "78 people on board".
const COORDINATED_AFTER = /^\s*(?:,\s*)?(?:and|plus|as well as)\s+(?:about\s+|some\s+|nearly\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens)\s+[a-z]/i;
const COORDINATED_BEFORE = /(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*,?\s+(?:and|plus|as well as)\s+(?:about\s+|some\s+|nearly\s+)?$/i;

function coordinated(text: string, m: NumberMention, headEnd: number): boolean {
  return COORDINATED_AFTER.test(text.slice(headEnd, headEnd + 40)) || COORDINATED_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start));
}

/**
 * A count of things is a whole number, so its open bounds are the next whole number: "won more
 * than nine titles" is at least ten and rules out "nine"; "nearly 2,500 students" is at most 2,499
 * and rules out "over 2,500". Measures and sums ("more than 3.5 km") keep their closed bounds.
 */
function discreteBounds(m: NumberMention, unit: string, [low, high]: [number, number]): [number, number] {
  if (unit !== '-' || !Number.isInteger(m.number)) return [low, high];
  if (m.shape === 'above') return [m.number + 1, high];
  if (m.shape === 'below' && m.number >= 2) return [low, m.number - 1];
  return [low, high];
}

/**
 * Strong evidence, reported as an error rather than a warning: every claim names the same
 * anchors (an organisation or a place, not only inferred), its predicate is a verb (not a level
 * read through "to"/"at"), and all speak of the same day.
 */
function confidenceOf(claims: readonly Assertion[]): Confidence {
  const [first] = claims;
  const scope = first?.scope;
  const day = first?.time?.start ?? null;
  const anchors = scope ? [scope['place'], scope['actor']].filter((x) => x !== null && x !== undefined && x !== '-') : [];
  const sameAnchors = anchors.length > 0 && claims.every((c) => c.scope['place'] === scope?.['place'] && c.scope['actor'] === scope?.['actor']);
  const sameDay = day !== null && claims.every((c) => c.time !== null && c.time.start === day && c.time.end === first?.time?.end);
  const verb = scope?.['predicate'] !== 'be';
  // One count told with two verbs (engine/loose.ts) is only as sure as the story's word that they name one act.
  const verbs = [...new Set(claims.map((c) => c.scope['predicate'] ?? '?'))];
  const nouns = [...new Set(claims.map((c) => c.scope['thing'] ?? 'people'))];
  const strong = sameAnchors && sameDay && verb && verbs.length === 1 && nouns.length === 1;
  const why = [
    verbs.length > 1
      ? `generic frame: same thing counted (${nouns.join(', ')}) with different verbs (${verbs.join(', ')}), each article counting it once`
      : nouns.length > 1
        ? `generic frame: one act (${scope?.['predicate'] ?? '?'}) counted with different nouns of one class (${nouns.join(', ')}), each article counting it once`
        : `generic frame: same thing counted (${scope?.['thing'] ?? 'people'}) and predicate (${scope?.['predicate'] ?? '?'})`,
    sameAnchors ? `same anchors (${anchors.join(', ')})` : 'no shared anchor named',
    sameDay ? `same day (${day ?? ''})` : 'not dated to one day',
  ].join('; ');
  return { level: strong ? 'strong' : 'weak', why };
}

/** Whether a figure is a fact or an intention, by the plan words of the pack before it or right after its noun. */
function modalityOf(w: FrameWords, before: string, after: string): 'fact' | 'planned' {
  if (w.planned.before.test(before) || w.planned.after.test(after)) return 'planned';
  // "will close its line and cut 470 jobs": the modal's second verb in its base form ("and said 40" is a past of its own).
  const verb = w.planned.joined.exec(before)?.[1]?.toLowerCase();
  return verb !== undefined && w.lexicon.lemma(verb, 'verb') === verb && w.lexicon.has(verb, 'verb') ? 'planned' : 'fact';
}

// A "would" after a verb of saying in the same sentence: the future of what was announced ("said every
// customer would receive", "confirmed that 410 roles would go"), read as a plan.
const SAID_BEFORE = /\b(?:said|says|announced|announces|confirmed|confirms|promised|pledged|stated|added|told\s+[\w'’-]+)\b[^.;:!?]{0,120}$/i;
const REPORTED_WOULD = /\bwould\s+(?:\w+\s+){0,3}$/i;
const WOULD_AFTER = /^[^.;]{0,30}?\bwould\b/i;
// A condition anywhere in the sentence makes a "would" conditional whoever reports it.
const CONDITION = /\b(?:if|unless|should\s+the|were\s+it|in\s+the\s+event)\b/i;

/**
 * "supported by £2.4 million in grants", "funded by $3m": "by" after a participle of no rise or fall names the
 * means, not a change amount ("was cut by 200", "reduced by 5%" are changes).
 */
function byMeans(w: FrameWords, lead: string): boolean {
  // Irregular participles too: "brought by", "driven by", "taken by".
  const verb = /\b([a-z]+(?:ed|en|wn|ght|ung))\s+by\s+$/i.exec(lead)?.[1]?.toLowerCase();
  if (!verb) return false;
  const lemma = w.lexicon.lemma(verb, 'verb');
  return lemma !== verb && w.lexicon.has(lemma, 'verb') && ![verb, lemma].some((f) => w.rises.has(f) || w.falls.has(f));
}

/**
 * The place and the known actor a clause names (entity ids), whichever it names first. Not one in an
 * apposition before the figure at `at`: "The vessel, built in 1998 at a yard in Gdansk, had 221
 * passengers aboard" says where the vessel was built.
 */
function anchorsIn(ctx: SentenceContext, clause: { start: number; end: number }, at = clause.end): { place: string | null; actor: string | null } {
  // "BRENNVIK, Norway, April 10 (Northline News) - The 7.8-kilometre tunnel …": a dateline says where the report was filed.
  const from = Math.max(clause.start, DATELINE_HEAD.exec(ctx.text)?.[0].length ?? 0);
  const lead = ctx.text.slice(clause.start, at);
  const inClause = ctx.entities.filter((e) => e.start >= from && e.end <= clause.end && !(e.end <= at && apposed(lead, e.start - clause.start, e.end - clause.start)));
  // A country named as a party to the act ("French officials found four farms infected") is where it happened
  // when the clause names no place: its place, not an actor that one outlet names and another leaves unsaid.
  const place = inClause.find((e) => e.locative)?.id ?? null;
  // A demonym that modifies a noun ("Japanese carmaker Hoshida is recalling …") says whose the noun is, not who acted:
  // another outlet that writes "Hoshida is recalling" without it tells of the same act.
  const actor = inClause.find((e) => e.known && !e.locative && (e.party || (place !== null && !e.adjectival)))?.id ?? null;
  return { place: place ?? inClause.find((e) => e.known && !e.party)?.id ?? null, actor };
}

// A vote told by its split: "on a 6-1 vote", "by a 7-2 majority", "by five votes to two", "a three-to-two majority".
const VOTE_WORDS = /\b(?:vot(?:e|es|ed|ing)|majority|verdict|ballot|jurors?|judges|decided|decision|backed|approved|rejected|passed)\b/i;
// A match's score is a tally too: "beat Valdaro 2-1" is no vote.
const SCORE_WORDS = /\b(?:beat|beaten|won|win|lost|lose|draw|drew|defeat(?:ed)?|victory|goals?|score[ds]?|match|game|set|final)\b/i;
const WORD_TALLY = /^(?:\s+votes?\s+to\s+|-to-)([a-z]+|\d+)\b/i;

/**
 * How a vote split: its majority's count, keyed as one "vote split" of the story (a story tells of one
 * decision's vote as a rule: two bodies' votes in one story would meet, a warning). The minority's count
 * is in the written text; the majority's is compared, exactly.
 */
function voteSplit(ctx: SentenceContext, m: NumberMention): Hit | null {
  const word = m.kind === 'quantity' && m.shape !== 'vague' ? WORD_TALLY.exec(ctx.text.slice(m.end, m.end + 24)) : null;
  if (m.kind !== 'tally' && !word) return null;
  if (word && Number.isNaN(Number(word[1])) && Number.isNaN(parseWordNumber(word[1] ?? ''))) return null;
  const sentence = ctx.text;
  if (!VOTE_WORDS.test(sentence) || SCORE_WORDS.test(sentence)) return null;
  const end = word ? m.end + word[0].length : m.end;
  return {
    span: { start: m.start, end },
    written: ctx.text.slice(m.start, end),
    role: 'count',
    scope: { thing: 'vote', kind: '-', modifier: 'split', predicate: '*', unit: '-', place: '*', actor: '-', modality: 'fact' },
    value: { kind: 'quantity', number: m.number, low: m.number, high: m.number, hedge: 'exact', unit: null },
  };
}

const DATELINE_HEAD = /^\p{Lu}[\p{Lu} .'’-]{2,40},[^\n]{0,80}?\s[-—–]\s/u;

/**
 * "No arrests were made", "no charges have been filed": none of an act, named by a noun that is
 * the verb's own form and a support verb, is none of the people it was done to, the rival of
 * "three students were arrested" and "police have charged the driver".
 */
function noneOfAct(w: FrameWords, frame: Frame): Frame {
  const thing = frame.thing;
  const verb = frame.predicate.split(' ')[0] ?? '';
  if (!thing || frame.unit !== '-' || !(frame.predicate === '*' || w.support.has(verb))) return frame;
  // "no evacuations were ordered": a noun of an act by its suffix names its verb too.
  const act = verbOfNoun(w, thing);
  if (!act) return frame;
  return { ...frame, thing: null, kind: w.classes[0] ?? '-', modifier: null, predicate: act };
}

/** Whether a frame's predicate names an act done (a verb, or where people were taken), not a state or nothing said. */
function isAct(w: FrameWords, predicate: string): boolean {
  if (predicate === '*' || predicate === 'have' || /^be\b/.test(predicate)) return false;
  if (predicate.startsWith('to ')) return true;
  const verb = predicate.split(' ')[0] ?? '';
  return !w.levels.has(verb) && !w.light.has(verb) && !w.states.has(verb);
}

/**
 * A change by a share, signed ("fell 11%" is -11): keyed by what moved and the predicate "change",
 * so that only moves meet moves, and two of one thing over one period that cannot both hold conflict.
 */
function changeHit(
  w: FrameWords, ctx: SentenceContext, m: NumberMention, clause: { start: number; end: number }, change: Change, tolerance: number, hedgeTolerance: number,
): Hit {
  const noun = nounOf(w, change.thing);
  const { place, actor } = anchorsIn(ctx, clause);
  const [low, high] = figureInterval(m, tolerance, hedgeTolerance);
  // No -0: a bound of a fall "up to 15%" is 0, and a shard's JSON writes -0 as 0.
  const neg = (x: number): number => (x === 0 ? 0 : -x);
  const signed = change.direction === 1 ? [low, high] : [neg(high), neg(low)];
  return {
    span: { start: m.start, end: m.end },
    written: m.written,
    role: 'count',
    scope: {
      thing: noun.thing,
      kind: noun.kind,
      // When within its period it moved joins what moved: "in premarket trading" is not "closed down".
      modifier: [noun.modifier, change.qualifier].filter(Boolean).join(' ') || null,
      predicate: 'change',
      unit: '%',
      place: place ?? '*',
      actor: actor ?? change.name ?? '-',
      modality: modalityOf(w, ctx.text.slice(clause.start, m.start), ctx.text.slice(change.end, change.end + 20)),
    },
    value: { kind: 'quantity', number: change.direction * m.number, low: signed[0] as number, high: signed[1] as number, hedge: HEDGE_OF[m.shape], unit: '%' },
  };
}

/** An age written as a definite epithet ("the 31-year-old"), its owner read from the sentences before. */
const epithet = (a: Assertion): boolean => new RegExp(String.raw`\bthe\s+${a.written.replace(/[^\w]/g, '')}[- ]years?[- ]old\b`, 'i').test(a.sentenceText);

// "The 39-year-old former headteacher", "It was the 66-year-old walking out": a definite epithet
// points back to someone the text has named; "a 28-year-old man" is someone new.
const definite = (ctx: SentenceContext, m: NumberMention): boolean =>
  /\bthe\s+$/i.test(ctx.text.slice(Math.max(0, m.start - 5), m.start)) && /^-?\s*years?[- ]old\b/i.test(ctx.text.slice(m.end, m.end + 12));

// "He was 23.", "She is 41 years old": a pronoun's age, the whole clause, said of the person just named.
const PRONOUN_AGE_BEFORE = /(?:^|[.;:]\s+|,\s+)(?:he|she)\s+(?:was|is|had\s+been|has\s+been)\s+$/i;
const PRONOUN_AGE_AFTER = /^(?:\s+years?\s+old)?\s*(?:[.;]|$)/i;

/**
 * "The 48-year-old was appointed", "He was 23.": an age with no name beside it, owned by the person the sentences
 * just before name (engine/persons.ts), read as a named age is; null when nobody is named there.
 */
function epithetAge(w: FrameWords, ctx: SentenceContext, m: NumberMention): Frame | null {
  const pronoun = m.shape === 'point' && Number.isInteger(m.number) && m.number > 0 && m.number <= 120 && m.unit === null
    && PRONOUN_AGE_BEFORE.test(ctx.text.slice(0, m.start)) && PRONOUN_AGE_AFTER.test(ctx.text.slice(m.end));
  if (!pronoun && (!definite(ctx, m) || !unnamedAge(w, ctx.text, m))) return null;
  const person = ctx.recentPerson?.(m.start);
  return person ? { thing: 'age', kind: '-', modifier: null, predicate: 'be', unit: 'year', name: person, owner: person, end: m.end } : null;
}

/** Whether actor `short` is the surname that ends the full name `full` ("tibbo", "gordon tibbo"), or the given name that opens it ("maya", "maya trelawney"). */
const partOfName = (short: string, full: string): boolean =>
  !short.includes(' ') && (full.endsWith(` ${short}`) || full.startsWith(`${short} `)) && /^[a-z][a-z' -]*$/.test(full);

/** Two actors that name one person: written with and without accents ("vrána", "vrana"), or one a part of the other's full name. */
const sameActor = (a: string, b: string): boolean => {
  const [x, y] = [foldMarks(a), foldMarks(b)];
  return x === y || partOfName(x, y) || partOfName(y, x);
};

/** How far each side of a figure its context words are read (engine/align.ts). */
const CONTEXT_REACH = 80;

/**
 * The age of a person no name identifies: a claim of role `figure`, compared only with the one
 * such age of another article whose words are most alike (engine/align.ts): "a 78-year-old farm
 * labourer who collapsed in a melon field" and "a 68-year-old farm worker collapsed in a melon
 * field". Its kind is the exclusive class its noun is in (a woman, a man), so that two people's
 * ages never meet.
 */
function ageFigure(w: FrameWords, ctx: SentenceContext, m: NumberMention): Hit | null {
  const age = unnamedAge(w, ctx.text, m);
  if (!age) return null;
  const kind = (age.noun && w.exclusive.find((c) => w.lexicon.isA(age.noun as string, c, 2))) ?? '-';
  return {
    span: { start: m.start, end: m.end },
    written: m.written,
    role: 'figure',
    scope: { thing: 'age', kind, modifier: age.noun, predicate: 'be', unit: 'year', place: '*', actor: '-', modality: 'fact' },
    value: { kind: 'quantity', number: m.number, low: m.number, high: m.number, hedge: 'exact', unit: 'year' },
  };
}

/** Content words around a claim's figure, as lemmas: the words an unnamed person's age is aligned by. */
function contextOf(w: FrameWords, claim: Assertion): string[] {
  // The sentence is stored with its spaces collapsed: find the figure as written near its offset.
  const text = claim.sentenceText;
  const at = Math.max(0, text.indexOf(claim.written, Math.max(0, claim.span.start - claim.sentence.start - 20)));
  const around = `${text.slice(Math.max(0, at - CONTEXT_REACH), at)} ${text.slice(at + claim.written.length, at + claim.written.length + CONTEXT_REACH)}`;
  const out: string[] = [];
  for (const word of around.toLowerCase().match(/[a-z][a-z'’-]+/g) ?? []) {
    if (word.length < 3 || w.stops.has(word) || /^(?:year|years|old|year-old|aged)$/.test(word)) continue;
    const verb = w.lexicon.lemma(word, 'verb');
    out.push(verb !== word && w.lexicon.has(verb, 'verb') ? verb : w.lexicon.lemma(word, 'noun'));
  }
  return out;
}

/** Senses of each noun that may carry a synonymy of things: "store" / "shop" in their first; "agency" / "office" share only a second. */
const THING_SENSES = 1;

export const frameCheck: CheckKind = {
  kind: 'frame',
  // Its pack lists plain words only (escaped, never a user's expression), so it needs no matcher choice.
  compile(rule: LoadedRule, entities: EntityMatcher, _expr: MatcherFactory, lexicon: Lexicon = basicLexicon): CompiledCheck {
    const spec = rule.spec as FrameRuleSpec;
    const words = frameWords(spec, lexicon);
    const tolerance = spec.tolerance ?? 0.05;
    const hedgeTolerance = spec.hedge_tolerance ?? 0.1;
    const bases = new Map(Object.entries(spec.unit_bases ?? {}));
    const samePredicate = synonymVerbs(lexicon, 'predicate');
    return {
      rule,
      severity: rule.severity,
      scopeDims: SCOPE,
      windowMs: parseWindow(spec.window),
      trigger: ONE_TRIGGER,
      triggerWords: null,
      fallback: true,
      shadows: true,
      comparesWithin: 'folder',
      confidence: confidenceOf,
      // Synonymous verbs are one act ("hurt" / "injure"); synonymous nouns in their most frequent sense one thing ("store" / "shop").
      // Verbs of obtaining ("received 97 votes", "won the seat with 14,268 votes") are one act too (the pack's `obtains`).
      // A person named in full where the article has two of the surname ("gordon tibbo") is the one another
      // article names by surname alone ("tibbo"); a surname that fits two full names stays apart (unify's tie).
      sameValue: (d, a, b) =>
        d === 'thing'
          ? a !== 'money' && b !== 'money' && a !== 'age' && b !== 'age' && lexicon.synonymous(a, b, 'noun', THING_SENSES)
          : d === 'actor'
            ? sameActor(a, b)
            : samePredicate(d, a, b) || (d === 'predicate' && words.obtains.has(a) && words.obtains.has(b)),
      subject(scope: Scope): string {
        const unit = scope['unit'] && scope['unit'] !== '-' ? ` (${scope['unit']})` : '';
        const actor = scope.actor && scope.actor !== '-' ? `${entities.display(scope.actor).replace(/^the\s+/i, '')} ` : '';
        const place = scope.place && scope.place !== '-' ? ` · ${entities.display(scope.place).replace(/^the\s+/i, '')}` : '';
        const thing = [scope['modifier'], scope['thing'] ?? (scope['kind'] && scope['kind'] !== '-' ? scope['kind'] : 'people')].filter(Boolean).join(' ');
        return `${actor}${thing}${unit}: ${scope['predicate'] ?? '?'}${place}`;
      },
      // Two figures of one generic key that far apart are two quantities the key could not tell apart
      // (a price per share and a buyback; customers cut off and customers still in the dark), not one misreported.
      apart(a: Assertion, b: Assertion): boolean {
        const x = a.value.kind === 'quantity' ? Math.abs(a.value.number) : 0;
        const y = b.value.kind === 'quantity' ? Math.abs(b.value.number) : 0;
        // "No containers had to be unloaded" says none of them was unloaded, nothing of the 6,200 carried:
        // a count of none meets only a count with its own predicate, never one a light verb read.
        if ((x === 0) !== (y === 0)) return a.scope['predicate'] !== b.scope['predicate'];
        // A move by a share is of a period and by a measure: undated, its period is unknown (an archive's
        // pages "fell 0.7%" in two Decembers), and two bodies' measures of it ("Nationwide said" /
        // "Halifax said") are two indices, not one figure misreported.
        if (a.scope['predicate'] === 'change' && a.scope['unit'] === '%') {
          if (a.time === null || b.time === null) return true;
          if (a.attribution !== null && b.attribution !== null && a.attribution.toLowerCase() !== b.attribution.toLowerCase()) return true;
        }
        // An age moves by one a year: one apart in two undated articles, one of them only an epithet
        // ("the 31-year-old", whose owner is read from the sentences before), may be before and after a birthday.
        if (a.scope['thing'] === 'age' && Math.abs(x - y) === 1 && a.time === null && b.time === null && (epithet(a) || epithet(b))) return true;
        return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) > MAX_RATIO;
      },
      // A sum or a measure of a named thing (a share price set, a payment in a deal, a ship's length) is
      // told once and retold: days apart it is still one fact. A count of people or a share may move.
      fixed: (a, b) => [a, b].every((c) => c.value.kind === 'quantity' && c.value.unit !== null && c.value.unit !== '%' && c.scope['thing'] !== 'money'),
      // A count of people or things an act was done to ("arrested", "taken to hospital", "cancelled"):
      // not a state ("be", "remain"), a possession ("have") or a verb that says nothing ("*").
      accrues: (a, b) => [a, b].every((c) => c.value.kind === 'quantity' && c.value.unit === null && isAct(words, c.scope['predicate'] ?? '*')),
      compatible: intervalsMeet,
      context: (claim: Assertion): string[] => contextOf(words, claim),
      extract(ctx: SentenceContext): Hit[] {
        if (ctx.hypothetical) return [];
        const hits: Hit[] = [];
        for (const m of ctx.numbers) {
          const split = voteSplit(ctx, m);
          if (split) {
            hits.push(split);
            continue;
          }
          if (m.kind !== 'quantity' || m.shape === 'vague') continue;
          const clause = ctx.clauses.find((c) => m.coreStart >= c.start && m.coreStart < c.end) ?? { start: 0, end: ctx.text.length };
          const before = ctx.text.slice(clause.start, m.start);
          // "killing 62 of the 78 people on board": 78 is the whole the 62 were taken from.
          if (WHOLE_BEFORE.test(before.slice(-30)) || (NEGATED_BEFORE.test(before.slice(-60)) && !WHOLE_OF_NONE.test(before.slice(-30)))) continue;
          // "bids of £3m, £4m and £5m": one of a list of figures is one of several things, none the rival of another's.
          if (LIST_AFTER.test(ctx.text.slice(m.end, m.end + 16)) || LIST_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 20), m.start))) continue;
          const change = readChange(words, ctx.text, m, clause);
          if (change) {
            hits.push(changeHit(words, ctx, m, clause, change, tolerance, hedgeTolerance));
            continue;
          }
          const read = readFrame(words, ctx.text, m, clause, ctx.writtenLower) ?? epithetAge(words, ctx, m);
          if (!read) {
            const unnamed = ageFigure(words, ctx, m);
            if (unnamed) hits.push(unnamed);
            continue;
          }
          // "Davi, who was 17": a given name alone is the person whose full name the article gave.
          const full = read.owner !== undefined && !read.epithet ? ctx.surnameOf?.(read.owner) : null;
          // Two people of one surname in the article ("Marcus Thelwell, 34", "Liam Thelwell, 31"): the given
          // name tells whose age it is; the surname alone tells no one's.
          const kin = read.owner !== undefined && !read.epithet && ctx.kin?.(foldMarks(read.owner)) === true;
          if (kin && read.given === undefined) continue;
          const named = read.epithet && definite(ctx, m) ? ctx.recentPerson?.(m.start) : kin ? `${read.given} ${read.owner}` : full;
          const frame = m.number === 0 ? noneOfAct(words, read) : named ? { ...read, owner: named, name: named } : read;
          const rest = ctx.text.slice(frame.end, clause.end);
          const age = frame.owner !== undefined;
          // "said every customer would receive a €10 credit": a reported "would" is the plan announced, not a conditional.
          // The "would" is looked for first: the verb of saying, a scan of the sentence before the figure, only then.
          const lead = ctx.text.slice(0, m.start);
          const reported = !age && !frame.attributive && (REPORTED_WOULD.test(lead) || WOULD_AFTER.test(rest)) && SAID_BEFORE.test(lead) && !CONDITION.test(ctx.text);
          const unsaid = (t: string): string => (reported ? t.replace(/\bwould\b/gi, '') : t);
          // "cut its profit forecast and reported net debt of £183m": a second verb in the past starts what the figure is of.
          const own = before.replace(/^[\s\S]*\b(?:and|but)\s+(?=[a-z]+ed\b)/, '');
          // A forecast ("repairs are expected to cost about $4.5 million", "output will reach only 14,000 tonnes")
          // is no reported figure, but two forecasts of one thing are rivals: planned, as an announced plan
          // is, it meets only other figures of the future. A possibility ("the toll could rise to 1,000") is neither.
          const ahead = !age && !frame.attributive ? (FORECAST_BEFORE.exec(unsaid(own))?.[0] ?? (PAST_POSSIBLE.test(rest) ? undefined : FORECAST_AFTER.exec(unsaid(rest))?.[0])) : undefined;
          if (ahead !== undefined && POSSIBLE.test(ahead)) continue;
          // "140 people who live near the site": a restrictive relative clause counts a part of them.
          // A part read by its whole ("nine of the city's 14 departments were affected") is the count of what was done.
          // A person's age is theirs whatever list they stand in ("Among them is Lourdes Navarro, 81").
          // A unit the frame read in words is part of the figure: "120 miles per hour" is a speed, not a rate per hour.
          const unitRead = words.multiUnitCodes.has(frame.unit) ? { ...m, end: Math.max(m.end, frame.end) } : m;
          // "The other 11 patients carry the bacterium", "the remaining 40": the rest of a set, a part of it.
          const remainder = REMAINDER_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 16), m.start));
          const told = frame.part || age ? 'count' : remainder || RESTRICTED_AFTER.test(ctx.text.slice(frame.end, frame.end + 12)) ? 'part' : figureRole(ctx.text, unitRead, { start: unitRead.end, end: unitRead.end }, () => true);
          const role = told === 'change' && byMeans(words, ctx.text.slice(Math.max(0, m.start - 30), m.start)) ? 'count' : told;
          // One of several counts is no count of people in general: "87 people" among other counts leaves
          // the class. A named thing keeps it ("168 passengers and six crew" meets "182 passengers"): a
          // count of "174 people on board" then fits both the passengers and the crew, and a tie stays apart.
          const kind = coordinated(ctx.text, m, frame.end) && frame.thing === null ? '-' : frame.kind;
          const { place, actor } = anchorsIn(ctx, clause, m.start);
          // "40 people have been treated so far today": a running count, the least the day's total can be.
          // Not "no-one has been arrested so far": none yet is exactly none.
          const [low, high] = RUNNING.test(rest) && m.number > 0 ? [m.number, Number.POSITIVE_INFINITY] : discreteBounds(m, frame.unit, figureInterval(m, tolerance, hedgeTolerance));
          // A length in km meets one in metres: compared (and normalized) in the base unit.
          const [base, factor] = bases.get(frame.unit) ?? [frame.unit, 1];
          // "carries about 38,000 vehicles a day": a rate said per a period is a count per that period, compared
          // with other counts per the same period ("14 million a year" is another figure).
          const period = role === 'rate' ? RATE_PERIOD.exec(ctx.text.slice(m.end, m.end + 40))?.[1]?.toLowerCase() : undefined;
          const unit = period ? `${base === '-' ? '' : `${base} `}per ${period}` : base;
          const value: QuantityValue = {
            kind: 'quantity', number: m.number * factor, low: low * factor, high: high * factor, hedge: HEDGE_OF[m.shape], unit: unit === '-' ? null : unit,
            ...(base !== frame.unit ? { as: { number: m.number, unit: frame.unit } } : {}),
          };
          hits.push({
            span: { start: m.start, end: m.end },
            written: m.written,
            role: period ? 'count' : role,
            scope: {
              thing: frame.thing,
              kind,
              modifier: frame.modifier,
              // A speed (a base unit per time, "km/h") is the thing's own whatever verb moved it: "was going about 55
              // mph" meets "travelling at 38 mph".
              predicate: unit.includes('/') ? '*' : frame.predicate,
              unit,
              // A place neither the clause nor the article names is not said ("*"): the claim meets
              // the one group of its key that names one (buckets.ts unify), as a one-sentence
              // article meets a longer one about the same thing. The article's own place stays a
              // value: it keeps one district's count from the nation's.
              place: age ? '*' : (place ?? '*'),
              actor: frame.owner ?? actor ?? frame.name ?? '-',
              modality: age || frame.attributive ? 'fact' : ahead !== undefined || reported ? 'planned' : modalityOf(words, before, ctx.text.slice(frame.end, frame.end + 20)),
            },
            value,
            ...(age ? { current: true } : {}),
          });
        }
        for (const clause of ctx.clauses) {
          const ones = readOnes(words, ctx.text, clause.start, clause.end);
          const { place, actor } = ones.length > 0 ? anchorsIn(ctx, clause) : { place: null, actor: null };
          for (const one of ones) {
            // A count read from a figure says more ("two men were detained"); an age inside ("a 45-year-old man") does not.
            if (hits.some((h) => h.span.start < one.end && one.start < h.span.end && h.scope['unit'] === '-')) continue;
            if (!one.none && NEGATED_BEFORE.test(ctx.text.slice(Math.max(clause.start, one.start - 60), one.start))) continue;
            hits.push({
              span: { start: one.start, end: one.end },
              written: ctx.text.slice(one.start, one.end),
              role: 'count',
              scope: {
                thing: one.thing,
                kind: one.kind,
                modifier: one.modifier,
                predicate: one.predicate,
                unit: '-',
                place: place ?? '*',
                // Its subject's name, else unsaid ("she would not request a recount" meets Whitcombe's request).
                actor: actor ?? one.subject ?? '*',
                modality: modalityOf(words, ctx.text.slice(clause.start, one.start), ''),
              },
              value: one.none
                ? { kind: 'quantity', number: 0, low: 0, high: 0, hedge: 'exact', unit: null }
                : { kind: 'quantity', number: 1, low: 1, high: Number.POSITIVE_INFINITY, hedge: 'min', unit: null },
            });
          }
        }
        return hits;
      },
    };
  },
};
