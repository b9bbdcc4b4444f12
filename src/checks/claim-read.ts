// Reads a claim (subject, predicate, polarity, modality) from a sentence without a tagger:
// a verb group (auxiliaries, negations, modal and refusal words, then a verb the lexicon
// knows), the noun phrase before it as subject, and the closed classes of the generic pack
// (rules/generic.yaml, rule generic-status) for what negates, denies or plans it.

import type { Lexicon } from '../lexicon/types.js';
import type { ClaimRuleSpec } from '../rules/types.js';

export interface ClaimWords {
  negations: ReadonlySet<string>;
  negativeDeterminers: ReadonlySet<string>;
  denials: ReadonlySet<string>;
  refusals: ReadonlySet<string>;
  plans: readonly string[][];
  intentions: ReadonlySet<string>;
  possibles: readonly string[][];
  auxiliaries: ReadonlySet<string>;
  copulas: ReadonlySet<string>;
  stops: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  boundaries: ReadonlySet<string>;
  conditionals: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  /** Every single word a verb group may hold before its verb. */
  group: ReadonlySet<string>;
  lexicon: Lexicon;
}

export type ClaimState = 'asserted' | 'negated' | 'planned' | 'not-planned';

export interface Claim {
  /** Lemma of the subject's head noun, or a name lower-cased. */
  subject: string;
  /** Verb lemma with particle ("step down"); an antonym adjective is read as its verb, negated ("open" → close). */
  predicate: string;
  state: ClaimState;
  /** The verb group, relative to the sentence. */
  start: number;
  end: number;
}

export function claimWords(spec: ClaimRuleSpec, lexicon: Lexicon): ClaimWords {
  const l = spec.lexicon;
  const set = (list: readonly string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));
  const phrases = (list: readonly string[]): string[][] => list.map((p) => p.toLowerCase().split(/\s+/));
  const plans = phrases(l.plans);
  const possibles = phrases(l.possibles);
  const group = set([...l.negations.flatMap((w) => w.split(/\s+/)), ...l.negative_determiners, ...l.refusals, ...plans.flat(), ...l.intentions,
    ...possibles.flat(), ...l.auxiliaries, ...l.copulas, 'to']);
  return {
    lexicon: memoised(lexicon),
    negations: set(l.negations),
    negativeDeterminers: set(l.negative_determiners),
    denials: set(l.denials),
    refusals: set(l.refusals),
    plans,
    intentions: set(l.intentions),
    possibles,
    auxiliaries: set(l.auxiliaries),
    copulas: set(l.copulas),
    stops: set(l.stops),
    pronouns: set(l.pronouns),
    boundaries: set(l.boundaries),
    conditionals: set(l.conditionals),
    particles: set(l.particles),
    prepositions: set(l.prepositions),
    group,
  };
}

/**
 * The lexicon behind a cache: the reader asks about nearly every verb of every sentence, and news
 * repeats its words (a binary search of the WordNet table per question was a third of the reading).
 */
function memoised(lexicon: Lexicon): Lexicon {
  const lemmas = new Map<string, string>();
  const known = new Map<string, boolean>();
  return {
    ...lexicon,
    lemma(word, pos) {
      const key = `${pos}:${word}`;
      let v = lemmas.get(key);
      if (v === undefined) lemmas.set(key, (v = lexicon.lemma(word, pos)));
      return v;
    },
    has(word, pos) {
      const key = `${pos}:${word}`;
      let v = known.get(key);
      if (v === undefined) known.set(key, (v = lexicon.has(word, pos)));
      return v;
    },
    synonymous: (a, b, pos) => lexicon.synonymous(a, b, pos),
    isA: (a, b) => lexicon.isA(a, b),
    antonyms: (word, pos) => lexicon.antonyms(word, pos),
  };
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a letter; with a capital. Worked out once: every word is tested many times. */
  word: boolean;
  name: boolean;
}

// Words, figures and punctuation; a contraction's "n't" is split off after ("hasn't" → has, n't).
const TOKEN = /[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*|\d[\d,.]*|[^\sA-Za-z\d]/g;

function token(text: string, start: number): Token {
  const c = text.charCodeAt(0);
  const upper = c >= 65 && c <= 90;
  return { text, lower: text.toLowerCase().replace(/’/g, "'"), start, end: start + text.length, word: upper || (c >= 97 && c <= 122), name: upper };
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const w = m[0];
    const n = w.length;
    // "hasn't", "didn’t": the verb and its negation are two words.
    if (n > 3 && (w.endsWith("n't") || w.endsWith('n’t'))) {
      out.push(token(w.slice(0, n - 3), m.index), token(w.slice(n - 3), m.index + n - 3));
    } else out.push(token(w, m.index));
  }
  return out;
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.word;
const isName = (t: Token): boolean => t.name;
// An adverb inside a verb group ("has reportedly been", "was quickly closed").
const isAdverb = (t: Token): boolean => t.lower.length > 4 && t.lower.endsWith('ly');
// 'has already "been secretly indicted"': a quotation mark inside a verb group is skipped.
const quote = (x: Token | undefined): boolean => x !== undefined && (x.text === '"' || x.text === '“' || x.text === '”');

/** Whether `words` (the verb group, lower-cased) holds one of the phrases. */
function holds(words: readonly string[], phrases: readonly string[][]): boolean {
  return phrases.some((p) => words.some((_, i) => p.every((w, k) => words[i + k] === w)));
}

/** The head of the subject noun phrase that ends at token `s` ("The captain of the ferry" → captain), and where the phrase starts. */
function subjectAt(w: ClaimWords, ts: readonly Token[], s: number): { head: Token; start: number } | null {
  let head = ts[s];
  if (!isWord(head) || w.stops.has(head.lower) || w.group.has(head.lower)) return null;
  // "The contractor involved", "the people affected": a participle after its noun modifies it; the noun is the head.
  const before = ts[s - 1];
  if (/ed$/.test(head.lower) && !w.lexicon.has(head.lower, 'noun') && isWord(before) && !isName(before) && !w.stops.has(before.lower) && w.lexicon.has(w.lexicon.lemma(before.lower, 'noun'), 'noun')) {
    head = before;
    s -= 1;
  }
  let i = s;
  while (i - 1 >= 0 && isWord(ts[i - 1]) && !w.stops.has(ts[i - 1]?.lower ?? '') && !w.group.has(ts[i - 1]?.lower ?? '') && s - i < 4) i--;
  // "The 9.2-kilometre tunnel": a measure written as an adjective is part of the phrase.
  if (ts[i - 1]?.text === '-' && /^\d/.test(ts[i - 2]?.text ?? '')) i -= 2;
  // "the captain of the KM Sari Lestari": the head is the noun before "of".
  let j = i - 1;
  while (j >= 0 && isWord(ts[j]) && /^(?:the|a|an)$/.test(ts[j]?.lower ?? '')) j--;
  if (ts[j]?.lower === 'of' && isWord(ts[j - 1]) && !w.stops.has(ts[j - 1]?.lower ?? '')) {
    head = ts[j - 1] as Token;
    i = j - 1;
    while (i - 1 >= 0 && isWord(ts[i - 1]) && !w.stops.has(ts[i - 1]?.lower ?? '') && !w.group.has(ts[i - 1]?.lower ?? '') && j - i < 4) i--;
  }
  return { head, start: i };
}

/**
 * The head of a definite object starting at token `k` ("the race", "its launch licence", "Boreal's launch
 * licence"): the last content word before a stop or a punctuation mark, within four words; null for none.
 */
function objectAfter(w: ClaimWords, ts: readonly Token[], k: number): Token | null {
  const first = ts[k];
  if (!isWord(first) || !(/^(?:the|its|their|his|her)$/.test(first.lower) || /['’]s$/.test(first.text))) return null;
  let head: Token | null = null;
  for (let i = k + 1; i < ts.length && i <= k + 4; i++) {
    const x = ts[i];
    if (!isWord(x) || w.stops.has(x.lower) || w.group.has(x.lower)) break;
    head = /['’]s$/.test(x.text) ? null : x;
  }
  return head && !isName(head) && w.lexicon.has(w.lexicon.lemma(head.lower, 'noun'), 'noun') ? head : null;
}

/** The verb group's own negatives: its negations ("not", "no longer", "yet to") and a refusal ("refused to"). */
function groupNegatives(w: ClaimWords, words: readonly string[]): number {
  const negations = [...w.negations].filter((n) => holds(words, [n.split(/\s+/)])).length;
  return negations + (words.some((x) => w.refusals.has(x)) ? 1 : 0);
}

// Verbs that only carry an act named by their subject's noun ("arrests were made").
const LIGHT_ACTS = new Set(['make', 'carry out', 'conduct']);

const SAYING = /^(?:said|says|told|announced|confirmed|insisted|added|stated)$/;

/**
 * The subject of the verb of saying just before a pronoun ("The company said it", "the trust said on
 * Thursday that it"): the one the pronoun stands for, when it is a phrase the frame can name.
 */
function speakerOf(w: ClaimWords, ts: readonly Token[], pronoun: number): { head: Token; start: number } | null {
  for (let k = pronoun - 1; k >= 0 && pronoun - k <= 10; k--) {
    const word = ts[k]?.lower ?? '';
    if (!SAYING.test(word)) continue;
    const subject = subjectAt(w, ts, k - 1);
    return subject && !w.pronouns.has(subject.head.lower) ? subject : null;
  }
  return null;
}

/** Where the subject of the verb group at `g` ends: the token before it, or before a parenthesis set off by commas. */
function subjectEnd(ts: readonly Token[], g: number): number {
  const s = g - 1;
  if (ts[s]?.text !== ',') return s;
  // "Keflavik Airport, the country's main gateway, remained open": skip the apposition.
  for (let k = s - 1; k >= 0 && s - k <= 30; k--) if (ts[k]?.text === ',') return k - 1;
  return -1;
}

/**
 * Every claim the sentence makes, one per verb group with a nameable subject. `objects`: a bare past
 * with an object is read too ("Organisers suspended the race"), for a rule whose status is the
 * object's (kept verbs of opening and closing: the race is what was suspended).
 */
export function readClaims(w: ClaimWords, text: string, objects = false): Claim[] {
  const ts = tokens(text);
  const out: Claim[] = [];
  for (let v = 1; v < ts.length; v++) {
    const t = ts[v] as Token;
    if (!isWord(t) || isName(t) || w.group.has(t.lower) || w.stops.has(t.lower) || isAdverb(t)) continue;
    // Cheap tests first (most words are no verb of a group): a bare verb must end in -ed ("conceded").
    const prev = ts[v - 1] as Token;
    if (!t.lower.endsWith('ed') && !quote(prev) && !w.group.has(prev.lower) && !isAdverb(prev)) continue;
    const lex = w.lexicon;
    // "refused to concede", "was forced to resign": the verb after "to" carries the act ("linked to the outbreak" is no infinitive).
    // Not a noun that ends the phrase: "reopened to traffic", "returned to work." name a destination, not an act.
    const next = ts[v + 2];
    if (ts[v + 1]?.lower === 'to' && isWord(next) && !w.stops.has(next.lower) && lex.lemma(next.lower, 'verb') === next.lower && lex.has(next.lower, 'verb')) {
      const after = ts[v + 3];
      const destination = lex.has(next.lower, 'noun') && (after === undefined || !isWord(after) || w.prepositions.has(after.lower));
      if (!destination) continue;
    }
    let g = v;
    while (g - 1 >= 0 && (quote(ts[g - 1]) || (isWord(ts[g - 1]) && (w.group.has(ts[g - 1]?.lower ?? '') || isAdverb(ts[g - 1] as Token)) && !w.pronouns.has(ts[g - 1]?.lower ?? '')))) g--;
    while (g < v && quote(ts[g])) g++;
    // "no deaths have been linked": a negative determiner belongs to the subject, not the group.
    while (g < v && w.negativeDeterminers.has(ts[g]?.lower ?? '') && !w.intentions.has(ts[g + 1]?.lower ?? '')) g++;
    const words = ts.slice(g, v).filter((x) => !quote(x)).map((x) => x.lower);
    // "said on the day of the ruling that it would not appeal": a reported "would" is the plan announced.
    const reportedWould = words.includes('would') && ts.slice(0, g).some((x) => SAYING.test(x.lower));
    const finite = words.some((x) => w.auxiliaries.has(x) || w.copulas.has(x) || w.refusals.has(x)) || holds(words, w.plans) || reportedWould;
    // "urged Muslims not to vote", "a party not trusted with": a group with no finite word is no claim of its own.
    if (words.length > 0 ? !finite : !/ed$/.test(t.lower)) continue;
    const copula = words.length > 0 && w.copulas.has(words[words.length - 1] ?? '');
    const verb = lex.lemma(t.lower, 'verb');
    const isVerb = lex.has(verb, 'verb');
    // "remains open": a state adjective after a copula (a participle such as "closed" reads as its verb).
    const adjective = copula && verb === t.lower && lex.has(t.lower, 'adj') && !(isVerb && /ed$/.test(t.lower));
    if (!adjective && !isVerb) continue;
    // A bare verb is a claim only when inflected for the past ("conceded", "fled"); "to"/"of" alone are no group.
    if (words.length === 0 && (verb === t.lower || /ing$/.test(t.lower) || /s$/.test(t.lower))) continue;
    if (words.length > 0 && words.every((x) => x === 'to' || x === 'of')) continue;
    if (!adjective && copula && verb === t.lower && !holds(words, w.plans) && !words.some((x) => w.negations.has(x) || x === 'did' || x === 'does' || x === 'do')) continue;
    if (/ing$/.test(t.lower) && !words.some((x) => w.auxiliaries.has(x))) continue;
    if (holds(reportedWould ? words.filter((x) => x !== 'would') : words, w.possibles)) continue;
    // "The CAA has suspended Boreal's launch licence": for a rule whose status is the object's, an active verb's
    // definite object is what the status is said of, as "the licence has not been suspended" says it of its subject.
    const passive = /^(?:be|been|being|is|are|was|were)$/.test(words[words.length - 1] ?? '');
    const object = objects && words.length > 0 && !passive ? objectAfter(w, ts, v + 1 + (w.particles.has(ts[v + 1]?.lower ?? '') ? 1 : 0)) : null;
    if (object) {
      const negated = groupNegatives(w, words) % 2 === 1;
      const planned = reportedWould || holds(words, w.plans);
      const state: ClaimState = planned ? (negated ? 'not-planned' : 'planned') : negated ? 'negated' : 'asserted';
      out.push({ subject: lex.lemma(object.lower, 'noun'), predicate: verb, state, start: (ts[g] ?? t).start, end: t.end });
      continue;
    }
    const end = subjectEnd(ts, g);
    let subject = end >= 0 ? subjectAt(w, ts, end) : null;
    // "The company said it will repay the grant": a pronoun after a verb of saying is that verb's subject.
    if (end >= 0 && /^(?:it|they)$/.test(ts[end]?.lower ?? '')) subject = speakerOf(w, ts, end);
    if (!subject) continue;
    const head = subject.head;
    // The subject starts a clause: "passengers whose journeys are not disrupted" and "those who have power don't use" have none.
    let p = subject.start - 1;
    while (p >= 0 && /^(?:the|a|an)$/.test(ts[p]?.lower ?? '')) p--;
    const opener = ts[p];
    if (opener && isWord(opener) && !w.stops.has(opener.lower) && !w.negativeDeterminers.has(opener.lower) && !w.boundaries.has(opener.lower)) continue;
    if (opener && (/^(?:whose|who|which)$/.test(opener.lower) || w.prepositions.has(opener.lower))) continue;
    if (w.pronouns.has(head.lower) || !isWord(head)) continue;
    const name = isName(head) && subject.start > 0;
    // A bare plural ("customers", "people") names a kind, not the one thing an event happened to: only
    // a definite subject ("the school", a name, a possessor) or a negated one ("no charges") is compared.
    const article = ts[subject.start - 1]?.lower ?? '';
    const definite = name || article === 'the' || w.negativeDeterminers.has(article) || ts.slice(subject.start, ts.indexOf(head)).some((x) => isName(x) || /['’]s$/.test(x.text));
    // "Shots were fired", "arrests were made": a bare plural that underwent a past act is an event of the story,
    // which "no shots were fired" denies. Not negated: "customers were not affected" says nothing of which ones.
    const passiveEvent = !definite && /s$/.test(head.lower) && words.includes('were') && !words.some((x) => w.negations.has(x)) &&
      verb !== t.lower && !/ing$/.test(t.lower) && article !== 'a' && article !== 'an';
    // "Organisers suspended the race": with a definite object, what the status is said of is the object.
    const objectFollows = objects && words.length === 0 && /^(?:the|its|their|his|her|all)$/.test(ts[v + 1]?.lower ?? '');
    if (!definite && !passiveEvent && !objectFollows) continue;
    const noun = lex.lemma(head.lower, 'noun');
    if (!name && !objectFollows && !lex.has(noun, 'noun')) continue;
    const particle = ts[v + 1] && w.particles.has(ts[v + 1]?.lower ?? '') ? ` ${ts[v + 1]?.lower ?? ''}` : '';
    // "the channel is open again": a state restored tells of a change, not of how things stood all along.
    if (ts[v + 1 + (particle ? 1 : 0)]?.lower === 'again') continue;
    // Words before the subject: a negative determiner, a denial ("denied reports that"), a conditional.
    const lead = ts.slice(Math.max(0, subject.start - 8), subject.start).map((x) => x.lower);
    const before = ts.slice(0, subject.start).map((x) => x.lower);
    if (before.some((x) => w.conditionals.has(x))) continue;
    const negDet = w.negativeDeterminers.has(lead[lead.length - 1] ?? '') || w.negativeDeterminers.has(lead[lead.length - 2] ?? '');
    const boundary = lead.map((x) => w.boundaries.has(x)).lastIndexOf(true);
    const denied = boundary >= 0 && lead.slice(0, boundary).some((x) => w.denials.has(x));
    // "has so far issued no instructions": a negative object negates the act.
    const objectNo = w.negativeDeterminers.has(ts[v + 1 + (particle ? 1 : 0)]?.lower ?? '');
    let negatives = groupNegatives(w, words) + (objectNo ? 1 : 0) + (negDet ? 1 : 0) + (denied ? 1 : 0);
    // "has no plans to step down": an intention denied.
    const noIntention = words.some((x, i) => w.negativeDeterminers.has(x) && w.intentions.has(words[i + 1] ?? ''));
    const planned = noIntention || reportedWould || holds(words, w.plans);
    if (noIntention) negatives++;
    const negated = negatives % 2 === 1;
    let predicate = adjective ? t.lower : `${verb}${particle}`;
    let flip = false;
    // "remains open" against "has closed": an adjective is read as the verb of its antonym, negated.
    if (adjective) {
      const antonym = lex.antonyms(t.lower, 'adj').map((a) => lex.lemma(a, 'verb')).filter((a) => lex.has(a, 'verb')).sort()[0];
      if (antonym) {
        predicate = antonym;
        flip = true;
      }
    }
    const positive = negated === flip;
    // Fewer claims, the same conflicts: a plain asserted claim meets a contrary one only when it is an
    // event (not "were operating"), and a bare past ("conceded") only when a name makes it somebody's.
    const transitive = objects && words.length === 0 && /^(?:the|a|an|its|their|his|her|all)$/.test(ts[v + 1 + (particle ? 1 : 0)]?.lower ?? '');
    if (!negated && !planned && !adjective && (/ing$/.test(t.lower) || (words.length === 0 && !name && !transitive))) continue;
    const state: ClaimState = planned ? (positive ? 'planned' : 'not-planned') : positive ? 'asserted' : 'negated';
    // "Sir Alan's inquiry" is not "an inquiry": names and possessors written in the phrase are part of the subject;
    // a person is known by the surname alone ("Michael G. Grimm" and "Grimm").
    const owner = name ? [] : ts.slice(subject.start, ts.indexOf(head)).filter((x) => isName(x) && x.start > 0 || /['’]s$/.test(x.text)).map((x) => x.lower.replace(/['’]s$/, ''));
    // "No arrests were made", "raids were carried out": an act named by its noun with a light verb is that act,
    // done to anyone the story names ("the driver was arrested").
    const act = !name && LIGHT_ACTS.has(predicate) && lex.has(noun, 'verb') && lex.lemma(noun, 'verb') === noun;
    if (act) {
      out.push({ subject: '*', predicate: noun, state, start: (ts[g] ?? t).start, end: t.end });
      continue;
    }
    out.push({ subject: [...owner, name ? head.lower : noun].join(' '), predicate, state, start: (ts[g] ?? t).start, end: t.end + (particle ? (ts[v + 1]?.end ?? t.end) - t.end : 0) });
  }
  return out;
}
