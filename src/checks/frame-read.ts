// Reads what a figure counts and the predicate of its clause from the words around it,
// without a tagger: the closed classes of function words in the generic pack (what ends a
// noun phrase, what links a figure to the noun before it) and the lexicon's lemmas do the
// work a part-of-speech tagger would, at regex speed (a tagger on every sentence with a
// figure was 15× slower and less accurate; see docs/design-notes.md).

import { parseWordNumber, type NumberMention } from '../engine/numbers.js';
import { type FrameWords, type Token, isContent, isLower, isName, isPlural, isWord, nounOf, phraseBack, tokens } from './frame-words.js';

export { frameWords, type FrameWords } from './frame-words.js';

/** What a figure counts and what the clause says of it. */
export interface Frame {
  /** Lemma of the counted noun ("operator" in "crane operators"), or "money"; null for a general noun ("people"), which fits any. */
  thing: string | null;
  /**
   * The broad class the thing is a kind of ("resident" and "people" are persons, "car" a vehicle),
   * or "-": a claim about people in general compares with the one kind of person the story
   * counts with the same predicate ("7,300 people left" / "3,700 residents left").
   */
  kind: string;
  /** Its compound modifiers ("crane"), or null when none is written (then it fits any). */
  modifier: string | null;
  /** Lemma of the clause's verb or predicate adjective with particle ("walk out"); "be" for a level ("the toll stood at 45"). */
  predicate: string;
  /** "%", a currency code, a measure unit, or "-" for a plain count. */
  unit: string;
  /** A proper name written in the noun phrase ("Veltara shares"), lower-cased. */
  name: string | null;
  /** Whose figure it is when the text says so outright: the person an age belongs to ("Mara Lindqvist, 52"). */
  owner?: string;
  /** The owner's given name when the text writes it ("Marcus Thelwell, 34"): it tells apart two of one surname. */
  given?: string;
  /** The owner is only a role ("the 58-year-old driver"): the person the text just named may say who. */
  epithet?: boolean;
  /** A part read by its whole ("nine of the city's 14 departments"): a count of what its predicate says. */
  part?: boolean;
  /** The end of the words read after the figure (for the role and forecast tests). */
  end: number;
  /** A measure written as the noun's adjective ("the 86-megawatt scheme"): the thing's own, whatever its clause plans. */
  attributive?: boolean;
}

/** The predicate of a clause whose subject the figure counts: "3,700 residents left", "were evacuated", "walked out". */
function predicateAfter(w: FrameWords, after: readonly Token[], bare = false): string | null {
  let k = 0;
  let copula = false;
  // "1.4 million customers may have been accessed": a possibility in the past is the count as reported.
  // Not "may have their privatisations delayed": a possession is still ahead.
  const pastPossible = (i: number): boolean =>
    w.modals.has(after[i]?.lower ?? '') && after[i + 1]?.lower === 'have' && /^(?:been|\w+(?:ed|en))$/.test(after[i + 2]?.lower ?? '');
  // "have now been evacuated", "were still without power": an adverb of degree says nothing of the predicate.
  const adverb = (t: Token | undefined): boolean => isWord(t) && (/ly$/.test(t.lower) || w.degrees.has(t.lower));
  while (isWord(after[k]) && (w.auxiliaries.has(after[k]?.lower ?? '') || adverb(after[k]) || pastPossible(k))) {
    copula = true;
    k++;
  }
  let verb = after[k];
  // "800 residents had to leave": the infinitive is the predicate.
  if (copula && verb?.lower === 'to') {
    let v = k + 1;
    while (w.auxiliaries.has(after[v]?.lower ?? '')) v++;
    if (isContent(w, after[v])) verb = after[(k = v)];
  }
  if (!isLower(verb) || w.modals.has(verb.lower) || w.negations.has(verb.lower)) return null;
  // "2,300 residents living near the plant were evacuated": a participle that modifies the
  // noun is not the clause's verb; the verb after it is (when one comes within a few words).
  if (!copula && /ing$/.test(verb.lower)) {
    const aux = after.findIndex((t, i) => i > k && i <= k + 8 && w.auxiliaries.has(t.lower));
    if (aux > 0 && after.slice(k + 1, aux).every((t) => isWord(t) && !/[.;]/.test(t.text))) return predicateAfter(w, after.slice(aux), bare);
  }
  // "130 passengers on board", "40 people in hospital": where they are is what is said of them,
  // unless a verb follows the place ("45 people in the crowd were hurt"). Only for a figure
  // with nothing but function words before it ("There were 130"): after "lost their first
  // three matches in", the place is no predicate.
  if (!copula && w.prepositions.has(verb.lower) && bare) {
    const aux = after.findIndex((t, i) => i > k && i <= k + 12 && w.auxiliaries.has(t.lower));
    // "40 people in hospital" are those taken to hospital.
    if (aux < 0) return (verb.lower === 'in' ? destination(w, after, k) : null) ?? 'be';
    return predicateAfter(w, after.slice(aux), bare);
  }
  // "90,000 passengers had their journeys disrupted": have with a possession says only that they are counted.
  if (copula && w.determiners.has(verb.lower)) return 'have';
  if (w.stops.has(verb.lower)) return copula ? `be ${verb.lower}` : null;
  const particle = after[k + 1];
  const lemma = w.lexicon.lemma(verb.lower, 'verb');
  // "were taken to hospital", "were rushed to hospital": where they were taken is the act.
  const place = after[k + 1]?.lower === 'to' ? destination(w, after, k + 1) : null;
  if (place) return place;
  // "two firefighters suffered minor injuries": what they underwent is the object's own verb.
  if (w.undergoes.has(lemma)) {
    // "were treated for minor injuries": the act is the noun after "for".
    const o0 = after[k + 1]?.lower === 'for' ? k + 2 : k + 1;
    let o = o0;
    while (isContent(w, after[o + 1]) && o < o0 + 2) o++;
    // Not an act a noun places ("required hospital treatment" is not "treated by paramedics"): only
    // adjectives before the act's noun ("minor injuries", "serious burns").
    const placed = after.slice(o0, o).some((t) => w.lexicon.has(t.lower, 'noun') && !w.lexicon.has(t.lower, 'adj'));
    const noun = after[o];
    const act = placed || !isLower(noun) ? null : verbOfNoun(w, noun.lower);
    if (act) return act;
  }
  // "14 passengers have reported symptoms": a light verb with its object names an act ("report symptom"),
  // no longer one that says only that the count is (as "reported a profit of" does).
  const object = after[k + 1];
  if (w.light.has(lemma) && isLower(object) && !w.stops.has(object.lower) && !w.particles.has(object.lower) && isPlural(w, object)) {
    return `${lemma} ${w.lexicon.lemma(object.lower, 'noun')}`;
  }
  // "had been detained over the blast", "were injured in Sunday's fire": after a passive, a particle
  // before a determiner, a name or a figure is a preposition.
  const next = after[k + 2]?.text ?? '';
  // "were injured in total", "in all": an adverbial, no particle. "died in the aquarium's tank": "in" (or "over")
  // before a determiner, a name or a figure is a preposition after any verb, as no phrasal verb ends in it there.
  const placeWord = w.determiners.has(next.toLowerCase()) || /^(?:\p{Lu}|[$£€]?\d)/u.test(next);
  const preposition = ((copula || /^(?:in|over)$/.test(particle?.lower ?? '')) && placeWord) || /^(?:total|all)$/i.test(next);
  return particle && w.particles.has(particle.lower) && !preposition ? `${lemma} ${particle.lower}` : lemma;
}

/**
 * The verb whose object the figure is: "was carrying 312 passengers", "approved a $1.48 billion
 * budget". Undefined when no verb comes before (the figure is the subject: "3,700 residents left");
 * null when the figure hangs on a preposition ("lived in three countries") or a modal or negation; after
 * "on" or "in", the act a count of places or people reached ("was found on four farms", "tested in 2,900 adults").
 */
function predicateBefore(w: FrameWords, before: readonly Token[], count = false, prepositional = true, adjective = true): string | null | undefined {
  let k = 0;
  // "has received only 80,000 doses", "employs just 40 staff": a degree adverb before the figure is no verb.
  while (isLower(before[k]) && w.degrees.has(before[k]?.lower ?? '')) k++;
  // "affected all 412,000 customers": a predeterminer is the determiner's.
  while (isWord(before[k]) && (w.determiners.has(before[k]?.lower ?? '') || before[k]?.lower === 'all' || /['’]s?$/.test(before[k]?.lower ?? ''))) k++;
  // "weighed a combined 620 kg", "carried a record 4.1 million": "a" never determines a bare figure, so
  // a word between it and the figure is the figure's adjective, and the verb is the one before. Not a sum's:
  // "a one-off €1,500 payment" is the payment's amount, whatever verb gives it (as "a payment of €1,200" is).
  if (adjective && k === 0 && isLower(before[0]) && /^an?$/.test(before[1]?.lower ?? '') && isContent(w, before[0]) && Number.isNaN(parseWordNumber(before[0].lower))) k = 2;
  const t = before[k];
  if (!isLower(t)) return undefined;
  // "A total of 11,400 runners started", "reported a total of 226": a measure noun says only that
  // the figure counts; the verb, if any, is the one before it.
  if (t.lower === 'of' && w.measures.has(before[k + 1]?.lower ?? '')) return predicateBefore(w, before.slice(k + 2));
  // "the closure of 140 branches", "the evacuation of 2,000 residents": an act named by its noun is its verb.
  if (t.lower === 'of') {
    const act = nominalVerb(w, before[k + 1]);
    if (act) return act;
    // "the recall of 80,000 units", "the arrest of 12 people": a noun that is its verb's own form, before a count
    // of things (a sum's noun is a thing: "a fine of £3m"; its caller asks only for counts).
    const noun = before[k + 1];
    if (count && isContent(w, noun) && w.lexicon.lemma(noun.lower, 'verb') === noun.lower && w.lexicon.has(noun.lower, 'verb') && w.lexicon.has(noun.lower, 'noun')) return noun.lower;
    // "a party of seven climbers", "a group of nine": a collective noun (a group, by WordNet's most frequent
    // senses) says only how many there are.
    const whole = before[k + 1];
    if (isLower(whole) && !w.measures.has(whole.lower) && w.lexicon.isA(w.lexicon.lemma(whole.lower, 'noun'), 'group', 2)) return 'be';
  }
  // "The notice applies to around 92,000 residents": a verb that takes its count through "to" (not a
  // change's level: "rose to", nor an infinitive's marker after a modal or a noun).
  // Not a plural noun in -s ("cut supplies to about 120 properties").
  const linked = before[k + 1]?.lower ?? '';
  if (t.lower === 'to' && isLower(before[k + 1]) && /s$|ed$/.test(linked)) {
    const noun = w.lexicon.lemma(linked, 'noun');
    const plural = /s$/.test(linked) && noun !== linked && w.lexicon.has(noun, 'noun');
    const verb = w.lexicon.lemma(linked, 'verb');
    if (!plural && verb !== linked && w.lexicon.has(verb, 'verb') && !w.changes.has(verb) && !w.levels.has(verb) && !w.light.has(verb)) return verb;
  }
  // "was found on four farms", "confirmed the virus on five farms", "tested in nearly 2,900 adults": a count
  // of the places or the people an act reached, after "on" or "in", is the act's (its verb, an object between).
  if (count && (t.lower === 'on' || t.lower === 'in')) {
    const reached = verbBeforeObject(w, before.slice(k + 1));
    if (reached !== null) return reached;
  }
  if (w.prepositions.has(t.lower)) return prepositional ? verbWithPreposition(w, before, k) : null;
  if (w.modals.has(t.lower) || w.negations.has(t.lower)) return null;
  // "The university has about 19,000 students", "it had 14 stores": how many the subject has, a size as "there are"
  // says ("be"), which no act ("forcing 7,300 people to leave") is a rival of.
  if (count && HAVE.test(t.lower) && (isContent(w, before[k + 1]) || isName(before[k + 1]) || /^(?:it|they|which|that)$/.test(before[k + 1]?.lower ?? ''))) return 'be';
  // "On board were 168 passengers", "Aboard were 90": a place put first, where they were.
  if (count && /^(?:were|was)$/.test(t.lower) && (before[k + 1]?.lower === 'aboard' || (before[k + 1]?.lower === 'board' && before[k + 2]?.lower === 'on'))) return '*';
  if (w.stops.has(t.lower)) return undefined;
  // "a one-off €1,500 payment": an adjective before the figure modifies the noun; it is no verb.
  if (!w.particles.has(t.lower) && !w.lexicon.has(t.lower, 'verb')) return undefined;
  return w.particles.has(t.lower) && isContent(w, before[k + 1]) ? `${w.lexicon.lemma(before[k + 1]?.lower ?? '', 'verb')} ${t.lower}` : w.lexicon.lemma(t.lower, 'verb');
}

const HAVE = /^(?:has|have|had)$/;

// "The 85-metre vessel, built in 1998 at a yard in Gdansk, had 221": a common noun after a determiner opens the
// clause, an apposition follows, then "has", "have" or "had" and the figure. Not a name ("Northfield, known for its
// chips, has about 9,000 employees"), whose count the frame could not key by it.
const HAVE_AFTER_APPOSITION = /^\s*(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*\s*,[^;:]*,\s*(?:has|have|had)\s+(?:(?:only|just|about|around|some|nearly|almost|more\s+than|over)\s+)?$/i;

/**
 * "entered the curve at 38 mph": a noun (no inflected verb: "peaked at", "stopped at") right before "at" is an object,
 * not what measures; unless a light verb puts it there ("put the spill at 2,400 barrels": what was estimated).
 */
function objectAt(w: FrameWords, before: readonly Token[]): boolean {
  if (before[0]?.lower !== 'at' || !isContent(w, before[1]) || w.lexicon.lemma(before[1].lower, 'verb') !== before[1].lower) return false;
  let i = 2;
  while (isWord(before[i]) && w.determiners.has(before[i]?.lower ?? '')) i++;
  const verb = before[i];
  return !(verb && isLower(verb) && w.light.has(w.lexicon.lemma(verb.lower, 'verb')));
}

/**
 * "a majority of 2,104 votes", "with a majority of 1,204": the lemma of a noun WordNet puts among magnitudes,
 * after a determiner and before "of" (not a measure word the pack lists: "a total of"), or null.
 */
function magnitudeBefore(w: FrameWords, before: readonly Token[]): string | null {
  const holder = before[1];
  if (before[0]?.lower !== 'of' || !isContent(w, holder) || w.measures.has(holder.lower) || !w.determiners.has(before[2]?.lower ?? '')) return null;
  const lemma = w.lexicon.lemma(holder.lower, 'noun');
  return w.lexicon.isA(lemma, 'magnitude', 2) ? lemma : null;
}

// Prepositions that say where, when or against what a figure stands, not what an act did with it:
// "fell by 3%", "within 48 hours", "more than 40", "per cent", "like 30 others".
const NOT_ARGUMENT = new Set(['of', 'by', 'than', 'per', 'like', 'within', 'after', 'before', 'since', 'during', 'over', 'under', 'between', 'among', 'via']);

/**
 * The verb a figure is the prepositional object of, with its preposition: "trades from 143 stores"
 * → "trade from", "asking for a $2.4 million ransom" → "ask for", "played in 4,150 locations" →
 * "play in". The verb right before the preposition, in a form only a verb has there: a past or a
 * participle, or an -s form after a singular noun (its subject). Null for anything else, as a
 * preposition always gave: "lived in three countries" still names no count of its own.
 */
function verbWithPreposition(w: FrameWords, before: readonly Token[], k: number): string | null {
  const p = before[k] as Token;
  // "won the seat with 14,268 votes": the verb before its object takes the count "with" it.
  if (p.lower === 'with') {
    const verb = verbBeforeObject(w, before.slice(k + 1));
    if (verb !== null) return verb;
  }
  const v = before[k + 1];
  // "was signed by 1,200 residents", "the case was brought by 64 households": a passive's agents are
  // counted by its act (not a change: "was cut by 500" is one).
  if (p.lower === 'by' && isContent(w, v) && w.auxiliaries.has(before[k + 2]?.lower ?? '')) {
    const lemma = w.lexicon.lemma(v.lower, 'verb');
    if (lemma !== v.lower && w.lexicon.has(lemma, 'verb') && !w.changes.has(lemma) && !w.levels.has(lemma) && !w.rises.has(lemma) && !w.falls.has(lemma)) return lemma;
  }
  if (NOT_ARGUMENT.has(p.lower) || !isContent(w, v)) return null;
  const lemma = w.lexicon.lemma(v.lower, 'verb');
  if (lemma === v.lower || !w.lexicon.has(lemma, 'verb') || w.light.has(lemma) || w.levels.has(lemma) || w.changes.has(lemma)) return null;
  if (/[^s]s$/.test(v.lower)) {
    // "cut supplies to 120 properties": an -s word after a verb or a determiner is a noun.
    const subject = before[k + 2];
    if (!isContent(w, subject) || /(?:s|ed|ing)$/.test(subject.lower) || !w.lexicon.has(subject.lower, 'noun')) return null;
    // "Evacuation orders for 6,000 residents": after a noun of an act, the -s word is the compound's head.
    if (nominalVerb(w, subject) !== null) return null;
  } else if (/ing$/.test(v.lower) && isContent(w, before[k + 2]) && !w.auxiliaries.has(before[k + 2]?.lower ?? '')) {
    // "funding for 300 schools" after a noun or a verb is a noun; "were asking for" is the verb.
    return null;
  }
  return `${lemma} ${p.lower}`;
}

// How English makes nouns of acts ("evacuation", "closure", "removal", "payment"): stripped back to a verb the lexicon knows.
const NOMINAL = [/ation$/, /ion$/, /ure$/, /al$/, /ment$/];

/** The verb a noun of an act names ("closure" → close, "evacuation" → evacuate), or null. */
function nominalVerb(w: FrameWords, t: Token | undefined): string | null {
  return isContent(w, t) ? nominalOf(w, t.lower) : null;
}

/** nominalVerb of a content word in lower case. */
function nominalOf(w: FrameWords, word: string): string | null {
  if (w.measures.has(word)) return null;
  const noun = w.lexicon.lemma(word, 'noun');
  // Only a noun with a suffix of acts: "a fine of", "a best of", "a profit of" name things, though each is a verb too.
  const stems = NOMINAL.flatMap((re) => (re.test(noun) ? [noun.replace(re, 'ate'), noun.replace(re, 'e'), noun.replace(re, '')] : []));
  return stems.find((v) => v.length > 2 && w.lexicon.has(v, 'verb')) ?? null;
}

/** The verb of a passive right after a figure ("was diverted", "had been siphoned off"), with its particle; null otherwise. */
function passiveAfter(w: FrameWords, after: readonly Token[]): string | null {
  let k = 0;
  let be = false;
  for (; isWord(after[k]) && (/^(?:has|have|had|was|were|been|allegedly|reportedly)$/.test(after[k]?.lower ?? '') || /ly$/.test(after[k]?.lower ?? '')); k++) {
    if (/^(?:was|were|been)$/.test(after[k]?.lower ?? '')) be = true;
  }
  const verb = after[k];
  if (!be || !isLower(verb)) return null;
  const lemma = w.lexicon.lemma(verb.lower, 'verb');
  if (lemma === verb.lower || !w.lexicon.has(lemma, 'verb') || w.light.has(lemma) || w.levels.has(lemma)) return null;
  const particle = after[k + 1];
  return particle && w.particles.has(particle.lower) ? `${lemma} ${particle.lower}` : lemma;
}

/**
 * "to hospital", "to prison", "to court": a bare singular noun after "to" (no determiner, no verb of that
 * form, the phrase ending there) names the institution people were taken to, whatever verb took them.
 */
function destination(w: FrameWords, ts: readonly Token[], to: number): string | null {
  const noun = ts[to + 1];
  if (!isContent(w, noun)) return null;
  // "taken to hospitals" (several) is taken to hospital.
  const lemma = w.lexicon.lemma(noun.lower, 'noun');
  if (w.lexicon.has(noun.lower, 'verb') || !w.lexicon.has(lemma, 'noun')) return null;
  const next = ts[to + 2];
  // "to hospital with burns", "in hospital as guests tell of terror", "to hospital were discharged".
  if (next && isLower(next) && !w.stops.has(next.lower)) return null;
  return `to ${lemma}`;
}

/**
 * The past verb right before a preposition, or before its object ("confirmed the virus on"): a passive's
 * participle ("was found on") or an active past with an object of up to three words. Null otherwise.
 */
function verbBeforeObject(w: FrameWords, before: readonly Token[]): string | null {
  let k = 0;
  while (k < 4 && isContent(w, before[k]) && !w.auxiliaries.has(before[k]?.lower ?? '')) k++;
  if (k > 0 && w.determiners.has(before[k]?.lower ?? '')) k++;
  const at = [0, k].find((i) => {
    const t = before[i];
    // A past form: "found", "confirmed" (not a noun's plural, not a gerund).
    if (!isLower(t) || /(?:s|ing)$/.test(t.lower)) return false;
    const lemma = w.lexicon.lemma(t.lower, 'verb');
    return lemma !== t.lower && w.lexicon.has(lemma, 'verb') && !w.levels.has(lemma) && !w.changes.has(lemma);
  });
  if (at === undefined) return null;
  // A participle is a passive's only after its auxiliary; an active past needs no object to be read.
  if (at === 0 && !/^(?:was|were|been|is|are|be)$/.test(before[1]?.lower ?? '')) return null;
  const lemma = w.lexicon.lemma((before[at] as Token).lower, 'verb');
  // "confirmed the virus on five farms": a light verb says only that the count is.
  return w.light.has(lemma) ? '*' : lemma;
}

/**
 * The verb a noun names as its own form or by a suffix of acts ("injuries" → injure, "treatment" → treat,
 * "burns" → burn), from the word in lower case; null for no content word (a stop word, an adverb in -ly).
 */
export function verbOfNoun(w: FrameWords, word: string): string | null {
  if (!/^[a-z]/.test(word) || w.stops.has(word) || /ly$/.test(word)) return null;
  const noun = w.lexicon.lemma(word, 'noun');
  if (w.lexicon.has(noun, 'verb')) return w.lexicon.lemma(noun, 'verb');
  if (/y$/.test(noun)) return [noun.replace(/y$/, 'e'), noun.replace(/y$/, '')].find((v) => w.lexicon.has(v, 'verb')) ?? null;
  return nominalOf(w, word);
}

/** Where `verb` (a predicate read before the figure, its particle aside) stands among the first `reach` tokens back; -1 when not there. */
function verbIndex(w: FrameWords, before: readonly Token[], verb: string, reach: number): number {
  const head = verb.split(' ')[0] ?? verb;
  return before.findIndex((t, i) => i < reach && isLower(t) && w.lexicon.lemma(t.lower, 'verb') === head);
}

/**
 * The subject noun phrase of `verb` (a predicate read before the figure): the nearest of the first
 * few words whose lemma is the verb, then back past auxiliaries to a noun phrase a determiner opens
 * or the sentence starts with. Null when none, or when a word between is no verb's (a relative clause).
 */
function subjectOfVerb(w: FrameWords, before: readonly Token[], verb: string): Token[] | null {
  const at = verbIndex(w, before, verb, 4);
  if (at < 0) return null;
  const np = phraseBack(w, before, pastAuxiliaries(w, before, at + 1));
  const opener = before[np.next];
  if (np.words.length === 0 || (opener !== undefined && !w.determiners.has(opener.lower))) return null;
  return np.words;
}

/**
 * The name that is the subject of `verb` (read before the figure): a capitalised word right before the
 * verb (auxiliaries skipped) that is a name, not a sentence's first common word ("Police paid").
 */
function nameBeforeVerb(w: FrameWords, before: readonly Token[], verb: string): string | null {
  const at = verbIndex(w, before, verb, 3);
  if (at < 0) return null;
  const s = pastAuxiliaries(w, before, at + 1);
  const t = before[s];
  if (!isName(t) || w.stops.has(t.lower)) return null;
  // The sentence's first word: a name only when the lexicon knows it so, or not at all.
  const first = !isWord(before[s + 1]) && (before[s + 1] === undefined || !/^[,;:]$/.test(before[s + 1]?.text ?? ''));
  const common = w.lexicon.has(t.lower, 'noun') || w.lexicon.has(t.lower, 'verb') || w.lexicon.has(t.lower, 'adj');
  if (first && common && !w.lexicon.proper(t.lower)) return null;
  return t.lower;
}

/** Where the subject ends its reach back from `from` (tokens reversed): past up to three auxiliaries and modals ("will", "has been"). */
function pastAuxiliaries(w: FrameWords, before: readonly Token[], from: number): number {
  const skip = (at: number): number => {
    let s = at;
    while (s < at + 3 && isLower(before[s]) && (w.auxiliaries.has(before[s]?.lower ?? '') || w.modals.has(before[s]?.lower ?? ''))) s++;
    return s;
  };
  const s = skip(from);
  // "repairs are expected to cost", "the bill is likely to reach": a raising verb's "to" stands between the verb and its subject.
  const raising = before[s]?.lower === 'to' && isLower(before[s + 1]) && (/ed$/.test(before[s + 1]?.lower ?? '') || w.lexicon.has(before[s + 1]?.lower ?? '', 'adj'));
  return raising ? skip(s + 2) : s;
}

/**
 * The subject whose prepositional phrase the noun before the verb closes: "Temperatures on the
 * course peaked at 31 degrees" is said of temperatures, not of the course. Only a plural head
 * right before the preposition (the number of a subject that takes a plural verb), never "of".
 */
function ofPreposition(w: FrameWords, before: readonly Token[], np: { words: Token[]; next: number; name: string | null }): { words: Token[]; next: number; name: string | null } {
  let i = np.next;
  while (isWord(before[i]) && w.determiners.has(before[i]?.lower ?? '')) i++;
  const p = before[i];
  if (!isWord(p) || !w.prepositions.has(p.lower) || p.lower === 'of') return np;
  // The sentence's first word is capitalised as any first word is: read it in lower case.
  const first = i + 2 === before.length;
  const head = first && isWord(before[i + 1]) ? { ...(before[i + 1] as Token), text: before[i + 1]?.lower ?? '' } : before[i + 1];
  if (!isContent(w, head) || !isPlural(w, head) || !w.lexicon.has(w.lexicon.lemma(head.lower, 'noun'), 'noun')) return np;
  if (first) return { words: [head], next: i + 2, name: null };
  const outer = phraseBack(w, before, i + 1);
  return outer.words.length > 0 ? outer : np;
}

/**
 * A figure that takes its thing from the words before it: "the death toll stood at 45",
 * "the number of dead rose to 12", "a fee of 58 million euros", "reduced its policy rate by
 * 25 basis points to 4.25%".
 */
function frameBack(w: FrameWords, before: readonly Token[]): { thing: Token[]; predicate: string; name: string | null } | null {
  // "Turnout was just 52 percent", "is at barely 7 percent": an adverb between the link and the figure is no link.
  if (isLower(before[0]) && (w.degrees.has(before[0].lower) || /ly$/.test(before[0].lower))) before = before.slice(1);
  const link = before[0];
  // "a contract worth 2.4 billion koruna", "assets worth £3m": what is worth the figure is the noun before.
  if (link?.lower === 'worth') {
    // Only the thing's own worth ("a contract worth X was awarded", "in a deal worth X"): the object of
    // another verb ("rejected a deal worth $8bn") is one of several offers a story may weigh.
    const np = phraseBack(w, before, 1);
    if (np.words.length === 0 || typeof predicateBefore(w, before.slice(np.next), false, false) === 'string') return null;
    return { thing: np.words, predicate: 'be', name: np.name };
  }
  // "the cost totalled $4.2m", "membership reached 45,000": a verb of level is a copula with a figure.
  // Not its participle: "24 donations totalling £161,840 from one firm" names a part of a total.
  if (isLower(link) && !/ing$/.test(link.lower) && w.levels.has(w.lexicon.lemma(link.lower, 'verb'))) {
    // "repairs will cost €4m", "the bill could reach": a modal or an auxiliary between the verb and its subject.
    const subject = phraseBack(w, before, pastAuxiliaries(w, before, 1));
    return subject.words.length > 0 ? { thing: subject.words, predicate: 'be', name: subject.name } : null;
  }
  if (!isWord(link) || !w.links.has(link.lower)) return null;
  let k = 1;
  // "the stock rose 18% to $62.40": the change amount between the verb and the level.
  if ((link.lower === 'to' || link.lower === 'at') && /^[$£€]?\d/.test(before[1]?.text ?? '')) k = 2;
  // "cut its rate from 4.5% to 4.25%", "from 65 to 67": the level it left is read on its own (an earlier figure).
  if (link.lower === 'to' && k === 2 && before[2]?.lower === 'from') k = 3;
  if (link.lower === 'to' || link.lower === 'at') {
    // "by 25 basis points to 4.25%": the change amount between the noun and the level.
    const by = before.findIndex((t, i) => i > 0 && i <= 6 && t.lower === 'by');
    if (by > 0 && before.slice(1, by).every((t) => !w.stops.has(t.lower) || t.lower === 'a')) k = by + 1;
  }
  // "the damage is estimated at €4m", "the loss was put at": a passive light verb states the level of its subject.
  if (link.lower === 'at' && k === 1 && isLower(before[1]) && w.light.has(w.lexicon.lemma(before[1].lower, 'verb')) && w.auxiliaries.has(before[2]?.lower ?? '')) {
    const subject = phraseBack(w, before, pastAuxiliaries(w, before, 2));
    if (subject.words.length > 0) return { thing: subject.words, predicate: 'be', name: subject.name };
  }
  if (link.lower === 'of') {
    // "the retailer reported net debt of £183m": a light verb's past before the noun is its verb, no modifier.
    const np = phraseBack(w, before, k, true);
    if (np.words.length === 0) return null;
    // "a total of 226 people" counts people: the forward head decides; "the number of" alone says nothing.
    if (np.words.length === 1 && w.measures.has(np.words[0]?.lower ?? '')) return null;
    return { thing: np.words, predicate: predicateBefore(w, before.slice(np.next), false, false) ?? 'be', name: np.name };
  }
  // A copula: "the budget was", "the toll is".
  if (w.auxiliaries.has(link.lower)) {
    // "tuition will be $34,800", "the cost has been put": a modal or auxiliary before the copula.
    const skip = (): void => {
      while (isWord(before[k]) && (w.auxiliaries.has(before[k]?.lower ?? '') || w.modals.has(before[k]?.lower ?? ''))) k++;
    };
    skip();
    // "a payout believed to be around 11 million kroner", "is thought to be": what is said of the noun is its amount.
    if (before[k]?.lower === 'to' && /(?:ed|ght|id|wn)$/.test(before[k + 1]?.lower ?? '') && w.lexicon.has(w.lexicon.lemma(before[k + 1]?.lower ?? '', 'verb'), 'verb')) {
      k += 2;
      skip();
    }
    const np = phraseBack(w, before, k);
    return np.words.length > 0 ? { thing: np.words, predicate: 'be', name: np.name } : null;
  }
  // "puts the population of Port Sendaro at 4.6 million": a name after "of" says whose the noun is, as
  // "the city's population" does; the noun before it is what is valued.
  let j = k;
  while (isName(before[j]) && j < k + 4) j++;
  if (j > k && (link.lower === 'at' || link.lower === 'to') && before[j]?.lower === 'of' && isContent(w, before[j + 1])) k = j + 1;
  // "the policy rate rose to", or the object of "reduced its policy rate ... to".
  const object = phraseBack(w, before, k);
  // "put the total loss at €6m": "total" (a stop word, for "a total of") only modifies the noun valued "at".
  const opener = link.lower === 'at' && before[object.next]?.lower === 'total' ? object.next + 1 : object.next;
  const det = before[opener];
  // "put Port Sendaro's population at 3.4 million": a possessive is a determiner too, a name's with all its words.
  let owner = opener + 1;
  if (isName(det) && /['’]s$/.test(det.text)) while (isName(before[owner]) && owner < opener + 4) owner++;
  if (object.words.length > 0 && isWord(det) && (w.determiners.has(det.lower) || /['’]s$/.test(det.text)) && isContent(w, before[owner])) {
    return { thing: object.words, predicate: 'be', name: null };
  }
  // "put the cost of repairs at $14.5 million": the "of" names what is valued, as "the cost of repairs
  // is put at" says.
  if (link.lower === 'at' && object.words.length > 0 && det?.lower === 'of' && isContent(w, before[opener + 1]) && w.determiners.has(before[opener + 2]?.lower ?? '')) {
    return { thing: object.words, predicate: 'be', name: null };
  }
  // "the court assessed damages at £6.8 million": a bare object of a past verb (no adjective: "affected"), valued at the figure.
  if (link.lower === 'at') {
    const verbal = (t: Token): boolean => /ed$/.test(t.lower) && !w.lexicon.has(t.lower, 'adj') && w.lexicon.has(w.lexicon.lemma(t.lower, 'verb'), 'verb');
    let at = object.words.length - 1;
    while (at >= 0 && !verbal(object.words[at] as Token)) at--;
    const valued = at >= 0 ? object.words.slice(at + 1) : [];
    if (valued.length > 0) return { thing: valued, predicate: 'be', name: null };
  }
  if (!isContent(w, before[k])) return null;
  // "the plane had climbed to 9,000 feet": a perfect's or a modal's auxiliaries between the verb and its subject;
  // a passive's too before "to" ("the water was heated to 70 degrees": the level it reached), not before
  // "at" ("shares were suspended at A$4.25" is the price at a moment, not a level the shares reached).
  let s = k + 1;
  const auxiliary = link.lower === 'to' ? /^(?:has|have|had|will|would|could|may|might|was|were|is|are|been|be)$/ : /^(?:has|have|had|will|would|could|may|might)$/;
  while (isLower(before[s]) && auxiliary.test(before[s]?.lower ?? '') && s < k + 4) s++;
  const subject = ofPreposition(w, before, phraseBack(w, before, s));
  if (subject.words.length === 0) return null;
  // "the number of dead rose to 12": the measure noun gives way to what it measures.
  return { thing: subject.words, predicate: 'be', name: subject.name };
}

/**
 * A plain count with no noun after it, whose thing is the level's subject before it: "the number of
 * patients rose to 45", "the retirement age will rise from 65 to 67", "the pension age is 65". Only a
 * link of level (a copula, "to", "at", a verb of level); not "of", which names a part or a measure.
 */
function levelBack(w: FrameWords, before: readonly Token[], m: NumberMention): Frame | null {
  const link = before[0];
  // "won with a majority of 1,204": the noun before "of" is what the count measures (not a measure word: "a total of").
  const holder = magnitudeBefore(w, before);
  if (holder) return { thing: holder, kind: '-', modifier: null, predicate: 'be', unit: '-', name: null, end: m.end };
  if (!isWord(link) || link.lower === 'of' || link.lower === 'worth' || !Number.isFinite(m.number)) return null;
  const back = frameBack(w, before);
  if (!back || back.predicate !== 'be') return null;
  // "the number of people evacuated rose to 3,000", "the number of evacuated residents has risen to 85": a
  // participle beside the noun is what was done to them.
  const verbal = (t: Token | undefined): string | null => {
    const lemma = t && isLower(t) && /(?:ed|en)$/.test(t.lower) ? w.lexicon.lemma(t.lower, 'verb') : null;
    return lemma && lemma !== t?.lower && w.lexicon.has(lemma, 'verb') ? lemma : null;
  };
  const at = back.thing.length > 1 ? back.thing.findIndex((t) => verbal(t) !== null) : -1;
  if (at >= 0) {
    const done = verbal(back.thing[at]) as string;
    const noun = nounOf(w, back.thing.filter((_, i) => i !== at));
    return { ...noun, predicate: done, unit: '-', name: back.name, end: m.end };
  }
  const noun = nounOf(w, back.thing);
  // One person is no level ("the driver was 45" is an age, read elsewhere); people counted are ("the number of patients").
  const head = back.thing[back.thing.length - 1];
  if (noun.kind === 'person' && !(head && isPlural(w, head))) return null;
  return { ...noun, predicate: 'be', unit: '-', name: back.name, end: m.end };
}

// A person's name just before a figure in apposition: "Mara Lindqvist, 52", "Marcus Oyelaran, a 44-year-old",
// "Davi, who was 17, died".
const NAMED_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)*(?=,\s+(?:(?:a|an)\s+|who\s+(?:was|is)\s+(?:only\s+|just\s+)?)?$)/u;
const YEAR_OLD = /^-?\s*years?-old\b|^\s+years(?=\s*[,.;)])/i;
// "The caretaker, 58,": a role after "the" and before the comma of an apposed age.
// "the ski instructor, 38,", "a local ski instructor, 38,": up to two modifiers; the role is the last word.
const ROLE_BEFORE = /\b([Tt]he|[Aa]n?)\s+(?:[a-z][a-z-]*\s+){0,2}([a-z][a-z-]*),\s*$/;
// What closes an apposed age: "Mara Lindqvist, 52, grew up", "…, 41." — not "In Cerro Alto, 30 homes".
const APPOSITION_END = /^\s*(?:[,.;)]|\s+(?:and|who|was|is|has|had|said|says)\b)/;

/**
 * A named person's age, in apposition ("Mara Lindqvist, 52," "Tashi, a nine-year-old male"): keyed by
 * the name's last word, so that two outlets giving one person two ages meet; an age with no name is left out.
 */
function ageOf(w: FrameWords, text: string, m: NumberMention): Frame | null {
  if (m.shape !== 'point' || !Number.isInteger(m.number) || m.number < 1 || m.number > 120 || (m.unit ?? null) !== null) return null;
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  const named = NAMED_BEFORE.exec(before);
  const rest = text.slice(m.end, m.end + 24);
  // "The caretaker, 58, was taken to hospital": a definite role set off by commas is whose age it is (an epithet,
  // which the person the article just named may resolve).
  const roleMatch = named ? null : ROLE_BEFORE.exec(before);
  const role = roleMatch?.[2]?.toLowerCase();
  if (role && APPOSITION_END.test(rest) && !YEAR_OLD.test(rest) && !w.stops.has(role)) {
    const head = w.lexicon.lemma(role, 'noun');
    // "a man, 45," may be any man; "a local ski instructor, 38," is the one the story is about (a role, not a sex).
    const anyone = roleMatch?.[1]?.toLowerCase() !== 'the' && w.exclusive.some((x) => w.lexicon.isA(head, x, 2));
    if (!anyone && w.lexicon.isA(head, w.classes[0] ?? 'person', 2)) return { thing: 'age', kind: '-', modifier: null, predicate: 'be', unit: 'year', name: head, owner: head, end: m.end, epithet: true };
  }
  if (!named) return null;
  const yearOld = YEAR_OLD.exec(rest);
  // "Oyelaran, a 44" is an age only as "a 44-year-old"; a bare apposed figure must close ("Lindqvist, 52,").
  // "Maya, who was three at the time", "who was five when she was misdiagnosed": a relative clause's age runs on.
  const relative = /\bwho\s+(?:was|is)\s+(?:only\s+|just\s+)?$/.test(before) && /^\s+(?:when|at|in|on|by)\b/.test(rest);
  if (!yearOld && !relative && (/\b(?:a|an)\s+$/.test(before) || !APPOSITION_END.test(rest))) return null;
  const words = named[0].split(/\s+/);
  const owner = (words.pop() ?? named[0]).replace(/['’]s$/u, '').toLowerCase();
  const given = words.length > 0 ? words[words.length - 1]?.toLowerCase() : undefined;
  // An age "when" something happened or "at the time" is the age then, another figure than the age now ("now nine-year-old").
  return { thing: 'age', kind: '-', modifier: null, predicate: relative ? 'be then' : 'be', unit: 'year', name: owner, owner, ...(given ? { given } : {}), end: m.end + (yearOld?.[0].length ?? 0) };
}

// "The 46-year-old founder, Linnea Ostberg", "the 27-year-old Marek Zielinski", "the 58-year-old driver of the tanker".
// An age's role words (up to `roles`) and the name after them.
const agedPattern = (roles: number): RegExp =>
  new RegExp(String.raw`^-?\s*years?-old\s+(?:((?:[a-z][a-z-]*\s+){0,${roles - 1}}[a-z][a-z-]*)\s*,?\s*)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*)*)?`, 'u');
// One word of role before the name, or none: "the 27-year-old Marek Zielinski", "the 58-year-old driver of the tanker".
const AGED_ONE = agedPattern(1);
// Up to three words of role before the name: "the 61-year-old head librarian Agnes Thornquist".
const AGED_BEFORE = agedPattern(3);

/**
 * An age written before its person: keyed by the name that follows ("the 46-year-old founder,
 * Linnea Ostberg"), else by the role when the article speaks of one person in it ("the 58-year-old
 * driver of the tanker" meets "the 63-year-old driver"); "a 34-year-old man" is anyone, left out.
 */
function agedBefore(w: FrameWords, text: string, m: NumberMention): Frame | null {
  if (!Number.isInteger(m.number) || m.number < 1 || m.number > 120) return null;
  const tail = text.slice(m.end, m.end + 80);
  const multi = AGED_BEFORE.exec(tail);
  // Role words are content words: "the 58-year-old driver of the tanker" has one, then its complement.
  // Several role words end in a person ("head librarian"), not a verb ("grandmaster beat Tomasz Kerel").
  const roleWords = multi?.[1]?.split(/\s+/) ?? [];
  const person = (x: string): boolean => w.lexicon.isA(w.lexicon.lemma(x, 'noun'), w.classes[0] ?? 'person', 3);
  const aged = roleWords.some((x) => w.stops.has(x)) || (roleWords.length > 1 && !person(roleWords[roleWords.length - 1] ?? '')) ? AGED_ONE.exec(tail) : multi;
  if (!aged) return null;
  const [whole, roles, name] = aged;
  // The role is its last word ("head librarian" is a librarian); a name after it is whose age it is.
  const role = roles?.split(/\s+/).pop();
  const end = m.end + whole.length;
  // "The 27-year-old Hungarian", "the 24-year-old Spain international": a word the lexicon knows as a
  // proper noun of a people (also an adjective) or of no person (a country) says what the person is, not
  // who: the person the text just named. "The 17-year-old Murray" is a name WordNet also knows.
  const people = (x: string): boolean => w.lexicon.has(x.toLowerCase(), 'adj') || !w.lexicon.isA(x.toLowerCase(), w.classes[0] ?? 'person');
  if (name && !name.includes(' ') && w.lexicon.proper(name) && people(name)) {
    const owner = name.replace(/['’]s$/u, '').toLowerCase();
    return { thing: 'age', kind: '-', modifier: null, predicate: 'be', unit: 'year', name: owner, owner, end, epithet: true };
  }
  if (name) {
    const words = name.split(/\s+/);
    // "Marek Z.": an initial names no one; the first name does.
    const last = words[words.length - 1] ?? '';
    const owner = (last.replace(/\.$/, '').length > 1 ? last : (words[0] ?? last)).replace(/['’]s$/u, '').replace(/\.$/, '').toLowerCase();
    const given = words.length > 1 && owner === last.toLowerCase().replace(/['’]s$/u, '') ? words[words.length - 2]?.toLowerCase() : undefined;
    return { thing: 'age', kind: '-', modifier: null, predicate: 'be', unit: 'year', name: owner, owner, ...(given ? { given } : {}), end };
  }
  // "Marianne Ostrowski, the 61-year-old chemist": the name the apposition follows.
  // "Marianne Koto, Corvane's 49-year-old chief executive": a possessor in place of "the".
  const apposed = /(\p{Lu}[\p{L}'’-]+),\s*(?:the|\p{Lu}[\p{L}-]*['’]s)\s+$/u.exec(text.slice(Math.max(0, m.start - 60), m.start));
  if (apposed?.[1] && role) {
    const owner = apposed[1].replace(/['’]s$/u, '').toLowerCase();
    return { thing: 'age', kind: '-', modifier: null, predicate: 'be', unit: 'year', name: owner, owner, end };
  }
  if (!role || !/\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start))) return null;
  const head = w.lexicon.lemma(role, 'noun');
  if (w.stops.has(role) || !w.lexicon.isA(head, w.classes[0] ?? 'person')) return null;
  // "the driver of the tanker" is not "the driver of the car": the role's complement is part of who.
  const of = /^\s*of\s+(?:the|a|an)\s+([a-z][a-z-]*)/.exec(text.slice(end, end + 40));
  const owner = of?.[1] ? `${head} ${w.lexicon.lemma(of[1], 'noun')}` : head;
  return { thing: 'age', kind: '-', modifier: null, predicate: 'be', unit: 'year', name: owner, owner, end, epithet: true };
}

/**
 * A part named by its whole: "disrupted nine of the city's 14 departments", "Seven of the 14
 * departments were affected", "won 54.2% of the vote". The thing is the whole's noun, the predicate
 * the verb before the figure (a preposition skipped: "won with 52.4%") or after the phrase; a share
 * with neither says only that it is ("*").
 */
function partOf(w: FrameWords, before: readonly Token[], rest: readonly Token[], unit: string): Frame | null {
  let i = 0;
  // "the city's", "its", "the 14": what opens the whole's noun phrase.
  while (rest[i] && (w.determiners.has(rest[i]?.lower ?? '') || /['’]s?$/.test(rest[i]?.text ?? '') || /^\d/.test(rest[i]?.text ?? '') || !Number.isNaN(parseWordNumber(rest[i]?.lower ?? '')))) i++;
  // "78 percent of UHW members": a name before the noun says whose members they are.
  // The name stays a modifier of the group: "Labour voters" are no "Tory voters".
  const named: Token[] = [];
  for (; isName(rest[i]) && (isContent(w, rest[i + 1]) || isName(rest[i + 1])); i++) named.push({ ...(rest[i] as Token), text: (rest[i] as Token).lower });
  const run: Token[] = [];
  for (; isContent(w, rest[i]) && run.length < 3; i++) {
    run.push(rest[i] as Token);
    if (isPlural(w, rest[i] as Token)) break;
  }
  const head = run[run.length - 1];
  if (!head || (unit === '-' && !isPlural(w, head))) return null;
  // "16% of women earn more": a share of a group is a survey's answer to some question, many to an
  // article; a share of one whole ("52.4% of the vote", "of the market") is the share itself.
  // Unless the clause says what the share did or underwent ("67 per cent of pupils are fully vaccinated",
  // "18 percent of deliveries were electric" is no verb): that act, of that group, is one figure to a story.
  if (unit === '%' && (isPlural(w, head) || w.general.has(head.lower))) {
    // "32 percent of people over 65", "of children under five": an age bound right after the group is part of
    // which group it is (its modifier), not a survey's threshold.
    const bound = ageBound(rest, i + 1);
    if (bound) {
      run.splice(run.length - 1, 0, { ...head, text: bound.words, lower: bound.words });
      i = bound.end - 1;
    }
    // "78 percent of members who took part rejected the offer": past a relative clause (its own verb first), the act.
    let from = i + 1;
    if (/^(?:who|that)$/.test(rest[from]?.lower ?? '')) {
      const past = (t: Token | undefined): boolean => isLower(t) && !w.stops.has(t.lower) && w.lexicon.has(w.lexicon.lemma(t.lower, 'verb'), 'verb') && w.lexicon.lemma(t.lower, 'verb') !== t.lower;
      const own = rest.findIndex((t, j) => j > from && j <= from + 2 && past(t));
      const main = own < 0 ? -1 : rest.findIndex((t, j) => j > own && j <= own + 4 && past(t));
      if (main > 0) from = main;
    }
    const act = predicateAfter(w, rest.slice(pastGroupPhrase(w, rest, from)));
    // Not a light verb: "with 40% of votes counted" tells how far a count has got, not what was done.
    if (act === null || act === 'be' || act.startsWith('be ') || act === 'have' || w.light.has(act.split(' ')[0] ?? act)) return null;
    // "16% of women earn more than £50,000": a threshold or a comparison is a survey's question, not an event's share.
    if (rest.slice(i + 1, i + 9).some((t) => /^[$£€]?\d/.test(t.text) || w.comparatives.has(t.lower))) return null;
    return { ...nounOf(w, [...named, ...run].slice(-3)), kind: 'part', predicate: act, unit, name: null, end: head.end, part: true };
  }
  const skipped = before.findIndex((t) => !w.prepositions.has(t.lower));
  const verb = predicateBefore(w, before.slice(Math.max(0, skipped)));
  const predicate = verb ?? predicateAfter(w, rest.slice(pastGroupPhrase(w, rest, i + 1))) ?? (unit === '%' ? '*' : null);
  if (predicate === null) return null;
  // Its own kind: "three of his biological children" were thrown among "the four children" thrown; a part
  // read by its whole meets only another such part ("nine of the 14 departments" / "seven of the 14").
  return { ...nounOf(w, [...named, ...run].slice(-3)), kind: 'part', predicate, unit, name: null, end: head.end, part: true };
}

/**
 * Past a phrase that says more of the group, to the verb's: a place ("58 of the 214 centres in Alto
 * Cumbral had run out"), or a prepositional phrase up to an auxiliary ("a quarter of patients with
 * suspected heart attacks were reached on time").
 */
function pastGroupPhrase(w: FrameWords, rest: readonly Token[], i: number): number {
  if (!w.prepositions.has(rest[i]?.lower ?? '')) return i;
  let j = i + 1;
  if (rest[j]?.lower === 'the') j++;
  const names = j;
  while (isName(rest[j]) && j < names + 4) j++;
  if (j > names) return j;
  const aux = rest.findIndex((t, k) => k > i + 1 && k <= i + 6 && w.auxiliaries.has(t.lower));
  return aux > 0 && rest.slice(i + 1, aux).every((t) => isWord(t)) ? aux : i;
}

/** "over 65", "under five", "aged 18 to 24", "over 65s" at `i`: an age bound after a group's noun, its words and the index after it. */
function ageBound(rest: readonly Token[], i: number): { words: string; end: number } | null {
  const word = rest[i]?.lower ?? '';
  const number = (t: Token | undefined): boolean => t !== undefined && (/^\d+s?$/.test(t.text) || !Number.isNaN(parseWordNumber(t.lower)));
  if (!/^(?:over|under|aged)$/.test(word) || !number(rest[i + 1])) return null;
  let end = i + 2;
  if (rest[end]?.lower === 'to' && number(rest[end + 1])) end += 2;
  return { words: rest.slice(i, end).map((t) => t.lower.replace(/s$/, '')).join(' '), end };
}

// Prepositions that are comparatives only before their reference ("$5m over budget", "two under par"),
// not before a phrase of time or condition ("over the past month", "under the new rates").
const OPEN_PREPOSITIONS = new Set(['over', 'under']);

/** Whether the word at `i` makes the figure before it a comparison or a distance in time ("42% less", "two years ago"). */
function comparativeAt(w: FrameWords, words: readonly Token[], i: number): boolean {
  const t = words[i];
  if (!isWord(t) || !w.comparatives.has(t.lower)) return false;
  if (!OPEN_PREPOSITIONS.has(t.lower)) return true;
  const next = words[i + 1];
  return !(isWord(next) && (w.determiners.has(next.lower) || /^(?:several|many|few)$/.test(next.lower)));
}

/** The stuff a measure is of ("38,000 litres of oil"): its noun after "of", the verb before the figure or after the phrase. */
function measureOf(w: FrameWords, before: readonly Token[], rest: readonly Token[], unit: string): Frame | null {
  if (rest[0]?.lower !== 'of') return null;
  let i = 1;
  while (rest[i] && w.determiners.has(rest[i]?.lower ?? '')) i++;
  const run: Token[] = [];
  // "litres of crude leaked": a word in -ed or -ing is the clause's verb, not the stuff.
  for (; isContent(w, rest[i]) && !/(?:ed|ing)$/.test(rest[i]?.lower ?? '') && run.length < 3; i++) run.push(rest[i] as Token);
  const head = run[run.length - 1];
  if (!head) return null;
  const predicate = predicateBefore(w, before) ?? predicateAfter(w, rest.slice(i)) ?? '*';
  // "crude oil" and "oil" are one stuff: the head alone keys it, its modifiers fit by the unify.
  return { ...nounOf(w, run), kind: '-', predicate, unit, name: null, end: head.end };
}

/**
 * How long an act lasted: "the bidding lasted only 12 minutes", "after 19 minutes of bidding".
 * The thing is the act's noun (a gerund or a noun of an act), the subject of "last" or the noun
 * after "of"; any other duration ("a sentence of 15 years", "for 35 days") is no measure here.
 * Not a duration told in two units ("4 hours 41 minutes"): its first figure is not the whole.
 */
function durationOf(w: FrameWords, text: string, before: readonly Token[], rest: readonly Token[], unit: string, end: number): Frame | null {
  if (/^\s*(?:and\s+)?\d/.test(text.slice(end, end + 8))) return null;
  const act = (t: Token | undefined): t is Token => isContent(w, t) && (/ing$/.test(t.lower) || nominalVerb(w, t) !== null);
  // The subject of a verb of lasting may also be a noun WordNet puts under events ("the fire", "the strike");
  // not after "of" ("30 years of records": a record is an event in one of its senses).
  // Among its three most frequent senses: every noun is an event in some sense ("minister", "record").
  const eventNoun = (t: Token): boolean => w.lexicon.isA(w.lexicon.lemma(t.lower, 'noun'), 'event', 3);
  const event = (t: Token | undefined): t is Token => isContent(w, t) && (eventNoun(t) || act(t));
  let b = 0;
  while (isWord(before[b]) && (w.degrees.has(before[b]?.lower ?? '') || /ly$/.test(before[b]?.lower ?? ''))) b++;
  if (isLower(before[b]) && w.lexicon.lemma(before[b]?.lower ?? '', 'verb') === 'last') {
    const subject = phraseBack(w, before, b + 1);
    const head = subject.words[subject.words.length - 1];
    return event(head) ? { thing: w.lexicon.lemma(head.lower, 'noun'), kind: '-', modifier: null, predicate: '*', unit, name: null, end } : null;
  }
  if (rest[0]?.lower === 'of' && act(rest[1])) return { thing: w.lexicon.lemma(rest[1].lower, 'noun'), kind: '-', modifier: null, predicate: '*', unit, name: null, end };
  const verb = before[b + 1];
  // "the fire burned for six hours", "the strike went on for 12 days": how long an event went on, said by its own verb.
  if (before[b]?.lower === 'for' && isLower(verb) && w.lexicon.lemma(verb.lower, 'verb') !== verb.lower) {
    let k = b + 2;
    while (isLower(before[k]) && w.auxiliaries.has(before[k]?.lower ?? '')) k++;
    const subject = phraseBack(w, before, k);
    const head = subject.words[subject.words.length - 1];
    if (head && event(head) && !/ing$/.test(head.lower)) {
      return { thing: w.lexicon.lemma(head.lower, 'noun'), kind: '-', modifier: null, predicate: '*', unit, name: null, end };
    }
  }
  // "was sentenced to nine years", "jailed for seven years", "banned for two years": the term a past act set.
  if ((before[b]?.lower === 'to' || before[b]?.lower === 'for') && isLower(verb) && /ed$/.test(verb.lower)) {
    const lemma = w.lexicon.lemma(verb.lower, 'verb');
    if (lemma !== verb.lower && w.lexicon.has(lemma, 'verb') && !w.changes.has(lemma) && !w.levels.has(lemma)) {
      // Whose term: the name the passive's auxiliaries follow ("Faltermeier was sentenced to four
      // years"), or the name before an apposition ("Lerato Mahlangu, the former head of procurement,
      // was sentenced"). A term of no one named is not read: two defendants' terms are not one figure.
      let k = b + 2;
      while (isLower(before[k]) && w.auxiliaries.has(before[k]?.lower ?? '')) k++;
      if (before[k]?.text === ',') {
        let j = k + 1;
        while (j < before.length && j < k + 24 && before[j]?.text !== ',') j++;
        k = before[j]?.text === ',' ? j + 1 : k;
      }
      const subject = before[k];
      if (subject && isName(subject) && !w.stops.has(subject.lower)) return { thing: lemma, kind: '-', modifier: null, predicate: lemma, unit, name: subject.lower, end };
    }
  }
  // "The jury has now deliberated for more than 14 hours" meets "after about nine hours of deliberations":
  // how long an act went on, keyed by the noun English makes of its verb.
  if (before[b]?.lower === 'for' && isLower(verb)) {
    const act = actNoun(w, w.lexicon.lemma(verb.lower, 'verb'));
    if (act && verb.lower !== act) return { thing: act, kind: '-', modifier: null, predicate: '*', unit, name: null, end };
  }
  return null;
}

/** The noun of an act its verb makes ("deliberate" → deliberation, "negotiate" → negotiation), when the lexicon has it and it names that verb's act. */
function actNoun(w: FrameWords, verb: string): string | null {
  if (!w.lexicon.has(verb, 'verb') || w.changes.has(verb) || w.levels.has(verb)) return null;
  const stem = verb.replace(/e$/, '');
  const candidates = [`${stem}ion`, `${stem}ation`, `${verb}ment`, `${stem}ure`];
  return candidates.find((n) => w.lexicon.has(n, 'noun') && nominalOf(w, n) === verb) ?? null;
}

/**
 * A count of people a headline or a fact box writes with its participle alone: "Two arrested over
 * theft of rare books", "Fire in battery factory: 16 injured". Only a figure that opens its clause
 * (nothing but a label before it) and a participle (a past form of a verb, not a noun) followed
 * by a preposition or nothing: "five matches won" is no count of people.
 */
function bareParticiple(w: FrameWords, before: readonly Token[], after: readonly Token[], m: NumberMention): Frame | null {
  const p = after[0];
  if (!isLower(p) || m.number < 2 || before.some((t) => isLower(t))) return null;
  const verb = w.lexicon.lemma(p.lower, 'verb');
  if (verb === p.lower || !w.lexicon.has(verb, 'verb') || w.lexicon.has(p.lower, 'noun') || /ing$/.test(p.lower)) return null;
  const next = after[1];
  if (next && !(isWord(next) && w.prepositions.has(next.lower)) && !/^[.,;:!?]/.test(next.text)) return null;
  // "Fourteen taken to hospital": where they were taken is the act, as in a full clause.
  const place = next?.lower === 'to' ? destination(w, after, 1) : null;
  return { thing: null, kind: w.classes[0] ?? '-', modifier: null, predicate: place ?? verb, unit: '-', name: null, end: p.end };
}

/**
 * Whether a figure opens its noun phrase: nothing but a degree adverb between it and a verb, a
 * conjunction or the clause's start; not a determiner, a preposition or a noun before it, nor a
 * name ("Maroon 5 was named", "Apollo 11 was launched" are names with a number in them; a capital
 * that opens the clause is no name's).
 */
function opensPhrase(w: FrameWords, before: readonly Token[]): boolean {
  let b = 0;
  while (isWord(before[b]) && w.degrees.has(before[b]?.lower ?? '')) b++;
  const lead = before[b];
  if (/^\p{Lu}/u.test(lead?.text ?? '') && b < before.length - 1) return false;
  if (!isWord(lead)) return true;
  const noun = isContent(w, lead) && !w.lexicon.has(w.lexicon.lemma(lead.lower, 'verb'), 'verb');
  return !w.determiners.has(lead.lower) && !w.prepositions.has(lead.lower) && !noun;
}

/**
 * "only 14 were refloated", "Three have been charged": a count whose noun the story said before, the
 * subject of a passive. What was done keys it; what it counts is unsaid ("*", of any class), so that
 * it meets the one count of the story with that act ("14 whales were refloated").
 */
function elidedPassive(w: FrameWords, before: readonly Token[], after: readonly Token[], m: NumberMention): Frame | null {
  if (m.number < 2 || m.unit !== null) return null;
  if (!opensPhrase(w, before) || !/^(?:were|was|have|has|had|are|is)$/.test(after[0]?.lower ?? '')) return null;
  let k = 1;
  while (isLower(after[k]) && (/^(?:been|now|also|since|all)$/.test(after[k]?.lower ?? '') || w.degrees.has(after[k]?.lower ?? ''))) k++;
  const p = after[k];
  if (!isLower(p) || !/(?:ed|en|wn|ght)$/.test(p.lower) || w.lexicon.has(p.lower, 'noun')) return null;
  const verb = w.lexicon.lemma(p.lower, 'verb');
  if (verb === p.lower || !w.lexicon.has(verb, 'verb')) return null;
  const place = after[k + 1]?.lower === 'to' ? destination(w, after, k + 1) : null;
  return { thing: null, kind: '*', modifier: null, predicate: place ?? verb, unit: '-', name: null, end: p.end };
}

/**
 * A headline's or a list's bare count in an institution: "Sixteen in hospital as guests tell of
 * terror", "Three in custody". Read as the count taken there ("were taken to hospital").
 */
function bareDestination(w: FrameWords, before: readonly Token[], after: readonly Token[], m: NumberMention): Frame | null {
  if (m.number < 1 || before.some((t) => isLower(t)) || (after[0]?.lower !== 'in' && after[0]?.lower !== 'to')) return null;
  const place = destination(w, after, 0);
  return place ? { thing: null, kind: w.classes[0] ?? '-', modifier: null, predicate: place, unit: '-', name: null, end: after[1]?.end ?? m.end } : null;
}

// Words that own a set: "its 22 lifts", "our 18 lifts".
const POSSESSIVES = new Set(['its', 'their', 'our', 'his', 'her', 'my', 'your']);

/**
 * A count of the whole set a possessive or "all" names: "its 22 lifts", "the airport's 46
 * controllers", "all 64 controllers". Not one a participle or a relative clause after the noun
 * narrows ("all 14 people taken to hospital", "its 300 staff who were laid off").
 */
function wholeSet(w: FrameWords, before: readonly Token[], rest: readonly Token[]): boolean {
  const b0 = before[0]?.lower ?? '';
  const owned = (x: string): boolean => POSSESSIVES.has(x) || /[a-z]['’]s$/.test(x);
  // "none of our 18 lifts", "none of the 18 lifts": the set the denial is of.
  const ofNone = (owned(b0) || b0 === 'the') && before[1]?.lower === 'of' && /^(?:none|neither)$/.test(before[2]?.lower ?? '');
  if (!(ofNone || owned(b0) || b0 === 'all' || ((owned(b0) || b0 === 'the') && before[1]?.lower === 'all'))) return false;
  const r0 = rest[0];
  if (!isLower(r0)) return true;
  if (/^(?:who|that|which|whose)$/.test(r0.lower)) return false;
  if (w.auxiliaries.has(r0.lower) || w.lexicon.lemma(r0.lower, 'verb') === r0.lower || /s$/.test(r0.lower)) return true;
  // A past form is the clause's own verb ("the ship's 23 crew members stayed on board") unless another
  // verb follows it ("all 14 people taken to hospital were discharged": a participle that narrows).
  return !rest.slice(1, 9).some((t) => w.auxiliaries.has(t.lower) || w.modals.has(t.lower));
}

// After a count's noun, its verb in the passive if the frame ended before it ("were made homeless", "have been left stranded").
const RESULT_PASSIVE = /^\s+(?:(?:was|were|is|are|be|been|being|has|have|had)\s+)+([a-z]+)\b/i;
// The word after that: the state ("injured", "homeless").
const RESULT_WORD = /^\s+([a-z]+)\b/i;

/**
 * The state a resultative verb puts the counted in: "leaving five workers injured" counts the injured
 * (injure), "300 people were made homeless" the homeless. An adjective or a past participle only: a
 * noun or a preposition ("left five workers with injuries", "left 300 people behind") is no state.
 */
function resultState(w: FrameWords, text: string, frame: Frame, clause: { start: number; end: number }): string | null {
  if (frame.unit !== '-' || frame.thing === 'money' || !w.resultatives.has(frame.predicate.split(' ')[0] ?? '')) return null;
  let after = text.slice(frame.end, Math.min(clause.end, frame.end + 50));
  const passive = RESULT_PASSIVE.exec(after);
  if (passive && w.resultatives.has(w.lexicon.lemma((passive[1] ?? '').toLowerCase(), 'verb'))) after = after.slice(passive[0].length);
  const lower = RESULT_WORD.exec(after)?.[1]?.toLowerCase();
  if (!lower || w.stops.has(lower)) return null;
  // A past participle names its verb ("injured" → injure); an adjective itself ("homeless", "dead").
  const verb = w.lexicon.lemma(lower, 'verb');
  if (/(?:ed|en|wn)$/.test(lower) && verb !== lower && w.lexicon.has(verb, 'verb')) return verb;
  return w.lexicon.has(lower, 'adj') ? lower : null;
}

/** A predicate that says only that the count is ("be", "be their", "carry", "report") reads as "be". */
function canonical(w: FrameWords, predicate: string): string {
  const head = predicate.split(' ')[0] ?? predicate;
  // "be in", "be now", "be their" keep their word: only a light verb, not any copula, says no more than "be".
  if (head === 'be') return predicate;
  if (w.levels.has(head)) return 'be';
  // A light verb says nothing of its own: "*" fits the one predicate the story counts the thing with.
  // A light verb with its object ("report symptom") is an act of its own.
  const second = predicate.split(' ')[1];
  const object = second !== undefined && !w.particles.has(second) && !w.prepositions.has(second);
  return w.light.has(head) && !object ? '*' : predicate;
}

/**
 * A figure after a label and a colon, as fact boxes and releases write them: "Tickets sold for the
 * draw: 19.8 million", "Turnout: 62%". The thing is the label's first noun phrase (its head the
 * last noun before a participle or a preposition), the predicate its participle ("sold" → sell),
 * else nothing said ("*"). Only when the label opens the sentence and the figure ends it or its
 * clause: "He said: 45 were hurt" is a quotation.
 */
function labelOf(w: FrameWords, text: string, m: NumberMention): Frame | null {
  // A fact box's line may open with a bullet ("- Tickets sold for the draw: 19.8 million").
  const label = /^\s*(?:[-•*–]\s*)?([A-Z][A-Za-z' -]{1,60}):\s*$/.exec(text.slice(0, m.start));
  if (!label?.[1] || !/^\s*(?:[.;,]|$)/.test(text.slice(m.end))) return null;
  // The label's capital is the line's, not a name's: read its first word in lower case.
  const words = tokens(label[1], 0, label[1].length).map((t, i) => (i === 0 ? { ...t, text: t.lower } : t));
  const run: Token[] = [];
  let k = 0;
  while (k < words.length && w.determiners.has(words[k]?.lower ?? '')) k++;
  for (; k < words.length && run.length < 3; k++) {
    const t = words[k] as Token;
    if (!isContent(w, t) || (run.length > 0 && w.lexicon.lemma(t.lower, 'verb') !== t.lower) || !w.lexicon.has(t.lower, 'noun')) break;
    run.push(t);
  }
  if (run.length === 0) return null;
  const next = words[k];
  // "Tickets sold", not "Damage done by the storm" (a participle that is no noun of the phrase).
  const verb = next ? w.lexicon.lemma(next.lower, 'verb') : '';
  const predicate = next && w.lexicon.has(next.lower, 'verb') && verb !== next.lower ? verb : '*';
  const noun = nounOf(w, run);
  // One person noun alone is a speaker, as transcripts write them ("Smith: 45 of them", "Minister: 12").
  if (words.length === 1 && noun.kind === w.classes[0]) return null;
  // Offsets of the label's words are the sentence's: the label opens it.
  return { ...noun, predicate, unit: m.unit ?? '-', name: null, end: m.end };
}

/** Reads the frame of figure `m` in `text` (a sentence), within its clause; null when the figure counts nothing nameable. */
export function readFrame(w: FrameWords, text: string, m: NumberMention, clause: { start: number; end: number }, writtenLower?: (word: string) => boolean): Frame | null {
  const frame = readRaw(w, text, m, clause, writtenLower) ?? unsaidSpeed(w, text, m, clause);
  if (!frame) return null;
  // A sum or a measure a copula states is the thing's own amount: "a payment of €1,200 is" meets the
  // "one-off €1,500 payment" another outlet reports with no verb at all. A verb that does something
  // with the sum keeps it ("offered £22bn savings" is not "planned £35bn savings").
  const amount = frame.unit !== '-' && frame.unit !== '%' && frame.thing !== null && frame.thing !== 'money' && frame.owner === undefined && frame.predicate === 'be';
  const predicate = amount ? '*' : resultState(w, text, frame, clause) ?? canonical(w, frame.predicate);
  // "one resident said", "one analyst told us": a single speaker is attribution, not a count. A speaker is
  // somebody: "confirmed one death linked to the defect" is a count of one; "a one-man team" is no count.
  if (m.number === 1 && predicate === '*' && frame.unit === '-' && (frame.kind !== '-' || frame.attributive === true)) return null;
  // "received $41.5 million before pay-per-view sales", "£2m excluding bonuses": a part of the sum others may give whole.
  const partial = EXCLUDING.test(text.slice(frame.end, clause.end));
  return partial ? { ...frame, predicate, kind: 'part', part: true } : { ...frame, predicate };
}

/**
 * "ploughed into a tree at nearly 90km/h", "descending at around 45mph": a speed "at" which the story's
 * subject moved, when no noun of the clause is said to move; it meets only another such speed ("a
 * limit of 50 km/h" is a limit's, "the tram was travelling at 58 km/h" the tram's).
 */
function unsaidSpeed(w: FrameWords, text: string, m: NumberMention, clause: { start: number; end: number }): Frame | null {
  if (m.unit !== null || !/\bat\s+$/i.test(text.slice(Math.max(clause.start, m.start - 4), m.start))) return null;
  const after = tokens(text, m.end, Math.min(clause.end, m.end + 40));
  const multi = unitOfWords(w, text, after, 0);
  const unit = multi?.unit ?? w.units.get(after[0]?.lower ?? '');
  const last = multi ? after[multi.last] : after[0];
  if (!unit || !last || !w.speeds.has(unit) || isContent(w, after[(multi?.last ?? 0) + 1])) return null;
  return { thing: null, kind: '-', modifier: null, predicate: '*', unit, name: null, end: last.end };
}

// A figure said with something left out of it, a few words after it in its clause.
const EXCLUDING = /^[^,;.]{0,40}?\b(?:before\s+(?:taking\s+(?:into\s+account|account\s+of)|counting|including|adding|tax|bonuses|costs)|excluding|not\s+(?:including|counting)|exclusive\s+of|on\s+top\s+of)\b/i;

/**
 * The sentence's first word in lower case when it is a common word: "Repairs will cost €4m" reads
 * as "repairs will cost", as it would mid-sentence. Not a word WordNet knows only as a name.
 */
function sentenceCase(w: FrameWords, text: string, ts: Token[], writtenLower?: (word: string) => boolean): Token[] {
  // A bullet or a dash may open the line ("- Net debt of £138 million"): the first word is the first word.
  const at = ts.findIndex((t) => isWord(t));
  const first = ts[at];
  if (!first || !isName(first) || first.start !== text.search(/[A-Za-z]/)) return ts;
  const lower = first.lower;
  if (w.stops.has(lower) || w.lexicon.proper(lower) || !(w.lexicon.has(w.lexicon.lemma(lower, 'noun'), 'noun'))) return ts;
  // Only a plural or a word that is also a verb ("Repairs", "Damage", "Police"); not a singular that is a noun
  // alone, as surnames often are ("Rose", "Marsh"), unless the document writes it in lower case too ("turnout").
  if (!/s$/.test(lower) && w.lexicon.lemma(lower, 'noun') === lower && !w.lexicon.has(lower, 'verb') && writtenLower?.(lower) !== true) return ts;
  return [...ts.slice(0, at), { ...first, text: lower }, ...ts.slice(at + 1)];
}

/** A unit written in several words or with a slash ("cubic metres", "km/h", "miles per hour") starting at token k: its unit and last token. */
function unitOfWords(w: FrameWords, text: string, after: readonly Token[], k: number): { unit: string; last: number } | null {
  const first = after[k];
  if (!first || !w.multiUnits.has(first.lower)) return null;
  const rest = text.slice(first.start, first.start + 32).toLowerCase();
  for (const [written, unit] of w.multiUnits.get(first.lower) ?? []) {
    if (!rest.startsWith(written) || /[a-z]/.test(rest.charAt(written.length))) continue;
    const end = first.start + written.length;
    let last = k;
    while (after[last + 1] && (after[last + 1] as Token).end <= end) last++;
    return { unit, last };
  }
  return null;
}

/**
 * Where a distance puts a thing, from the word after its unit: "west of Port Haverly" (a WordNet compass
 * point from a place) or "from the eastern portal" (from a named point), whatever verb moved the thing
 * there; keyed by the place or point, so that no distance from another meets it. Null for anything else.
 */
function positionAfter(w: FrameWords, after: readonly Token[], k: number): string | null {
  const word = after[k];
  if (word?.lower === 'from') {
    const from: string[] = [];
    let i = k + 1;
    while (isWord(after[i]) && w.determiners.has(after[i]?.lower ?? '')) i++;
    for (; (isName(after[i]) || isContent(w, after[i])) && from.length < 3; i++) from.push((after[i] as Token).lower);
    // "the eastern portal" is no "western portal": the whole phrase, its head in the singular.
    const point = from.length > 0 && isContent(w, after[i - 1]) ? [...from.slice(0, -1), w.lexicon.lemma(from[from.length - 1] ?? '', 'noun')].join(' ') : from.join(' ');
    return point ? `from ${point}` : null;
  }
  if (!isLower(word) || after[k + 1]?.lower !== 'of' || !w.lexicon.isA(word.lower.replace(/-/g, ''), 'compass point', 3)) return null;
  const place: string[] = [];
  for (let i = k + 2; isName(after[i]) && place.length < 3; i++) place.push((after[i] as Token).lower);
  const direction = word.lower.replace(/-/g, '');
  return place.length > 0 ? `${direction} of ${place.join(' ')}` : direction;
}

/**
 * What a sum is of, when the words after it say: the noun after "in" ("£6.8 million in damages", "$5bn in
 * revenue"), or the noun phrase after "of" ("£4.2 million of public research grants", "$3m of debt"); not a
 * measure word or a period ("in the year", "of the total").
 */
function sumOf(w: FrameWords, after: readonly Token[], k: number): Token[] | null {
  const thing = (t: Token, lemma: string): boolean => !w.measures.has(t.lower) && !w.lexicon.isA(lemma, 'time period', 2);
  if (after[k]?.lower === 'in') {
    const noun = after[k + 1];
    return isContent(w, noun) && thing(noun, w.lexicon.lemma(noun.lower, 'noun')) ? [noun] : null;
  }
  if (after[k]?.lower !== 'of') return null;
  const phrase: Token[] = [];
  for (let i = k + 1; i < after.length && phrase.length < 3 && isContent(w, after[i]) && !/ing$/.test(after[i]?.lower ?? ''); i++) phrase.push(after[i] as Token);
  const head = phrase[phrase.length - 1];
  const lemma = head ? w.lexicon.lemma(head.lower, 'noun') : '';
  return head && w.lexicon.has(lemma, 'noun') && thing(head, lemma) ? phrase : null;
}

function readRaw(w: FrameWords, text: string, m: NumberMention, clause: { start: number; end: number }, writtenLower?: (word: string) => boolean): Frame | null {
  // Eighty characters each side hold every frame read here (a noun phrase, a verb, "by 25 basis points to").
  const after = tokens(text, m.end, Math.min(clause.end, m.end + 80));
  let before = sentenceCase(w, text, tokens(text, Math.max(clause.start, m.start - 80), m.start), writtenLower).reverse();
  let unit = m.unit ?? '-';
  // "a payment of PLN 15,000", "CHF 2.4 million": an ISO code the pack knows, written before the figure, is its currency.
  const code = before[0]?.text ?? '';
  if (unit === '-' && /^[A-Z]{3}$/.test(code) && w.currencyCodes.has(code)) {
    unit = code;
    before = before.slice(1);
  }
  let k = 0;
  // "the 43-metre dam wall", "a 450-kilometre line": a measure written as the noun's adjective.
  let attributive = false;
  const age = ageOf(w, text, m);
  if (age) return age;
  const labelled = labelOf(w, text, m);
  if (labelled) return labelled;
  // "no-one was arrested", "nobody was hurt": none of the people the story counts.
  if (/^(?:no[- ]one|nobody)$/i.test(m.written)) {
    const predicate = predicateAfter(w, after, true);
    return predicate === null ? null : { thing: null, kind: w.classes[0] ?? '-', modifier: null, predicate, unit: '-', name: null, end: m.end };
  }
  // "-year-old" with no name beside it: whose age it is needs the person ("a 34-year-old man and a 41-year-old woman").
  if (after[0]?.text === '-' || /^-/.test(text.slice(m.end, m.end + 1))) {
    if (/^-?\s*(?:year|month|week)s?-old\b/i.test(text.slice(m.end, m.end + 12))) return agedBefore(w, text, m);
  }
  // "a 14-turbine wind farm", "the 150-seat jet": a count joined to its singular noun is what the phrase's head has.
  if (after[k]?.text === '-' && unit === '-' && /^-[A-Za-z]/.test(text.slice(m.end, m.end + 2))) {
    const noun = after[k + 1];
    const lemma = isLower(noun) ? w.lexicon.lemma(noun.lower, 'noun') : '';
    // Not a unit ("a six-yard box", "a 20-yard shot": WordNet's units of measurement, among its two first senses).
    const unitNoun = w.units.has(lemma) || w.durations.has(lemma) || w.lexicon.isA(lemma, 'unit of measurement', 2);
    if (isLower(noun) && lemma === noun.lower && w.lexicon.has(lemma, 'noun') && !unitNoun && isContent(w, after[k + 2])) {
      return { thing: lemma, kind: '-', modifier: null, predicate: '*', unit: '-', name: null, end: noun.end, attributive: true };
    }
  }
  if (after[k]?.text === '-') k++;
  const first = after[k];
  if (isWord(first) && (comparativeAt(w, after, k) || w.fractions.has(first.lower.split('-')[0] ?? ''))) return null;
  // "60C", "45.8 °C", "70 ºC": a capital C (or F) after a figure, or after a degree sign, is a temperature
  // ("60c" in lower case is cents).
  const sign = after[k]?.text === '°' || after[k]?.text === 'º' ? 1 : 0;
  if (unit === '-' && /^[CF]$/.test(after[k + sign]?.text ?? '') && (sign === 1 || /^\s?[CF]\b/.test(text.slice(m.end, m.end + 3)))) {
    unit = 'deg';
    k += sign + 1;
  }
  // "380 cubic metres", "58 km/h", "70 miles an hour": a unit of several words is read whole, before its first word alone.
  const multi = isWord(first) && unit === '-' ? unitOfWords(w, text, after, k) : null;
  let unitEnd = first as Token;
  if (multi) {
    k = multi.last;
    unitEnd = after[k] as Token;
  }
  if (isWord(first) && unit === '-') {
    const head = first.lower.split('-')[0] ?? '';
    const measured = multi?.unit ?? w.units.get(head) ?? w.units.get(first.lower);
    const currency = multi ? undefined : w.currencies.get(first.lower);
    if (currency) {
      unit = currency;
      k++;
    } else if (measured) {
      // "3.5 km long": the thing is the noun before the figure and the dimension after it.
      const dim = after[k + 1];
      // "the 43-metre dam wall", or a unit glued on: "the 6.2km lake" (not "a lake of 6.2 km").
      // "the 86 km race", "a 3 km stretch": after a determiner, a unit before a singular noun is its adjective too.
      const spaced = /^(?:the|a|an|its|their|this|that)$/.test(before[0]?.lower ?? '') && isLower(dim) && isContent(w, dim) && w.lexicon.lemma(dim.lower, 'noun') === dim.lower && w.lexicon.has(dim.lower, 'noun') && !w.dimensions.has(dim.lower);
      const hyphen = /^[-A-Za-z]/.test(text.slice(m.end, m.end + 1)) || unitEnd.lower.includes('-') || spaced;
      // Not a time: "nine hours across two days" is no size.
      if (isWord(dim) && w.dimensions.has(dim.lower) && !w.durations.has(measured)) {
        let b = 0;
        // "The slick is now about 14 km long": a degree adverb sits between the link and the figure too.
        const light = (t: Token | undefined): boolean => isWord(t) && (w.auxiliaries.has(t.lower) || w.determiners.has(t.lower) || w.degrees.has(t.lower));
        while (light(before[b])) b++;
        const noun = before[b];
        if (!isContent(w, noun)) return null;
        // The dimension is its modifier: "a 5.2-metre fence", which names none, meets "a fence 3.5 metres high".
        return { thing: w.lexicon.lemma(noun.lower, 'noun'), kind: '-', modifier: dim.lower, predicate: 'be', unit: measured, name: null, end: dim.end };
      }
      // "a protection zone of 3 kilometres": a measure with no noun after it is the noun's before it.
      if (!hyphen) {
        // "ordered residents within 1.5 kilometres of the site to evacuate": the radius the noun was counted in.
        if (before[0]?.lower === 'within' && isContent(w, before[1]) && !w.durations.has(measured)) {
          return { thing: w.lexicon.lemma(before[1].lower, 'noun'), kind: '-', modifier: 'within', predicate: '*', unit: measured, name: null, end: unitEnd.end };
        }
        // "sailing about 95 nautical miles west of Port Haverly", "about 2.5 km from the eastern portal": a position.
        const position = w.durations.has(measured) ? null : positionAfter(w, after, k + 1);
        if (position) return { thing: null, kind: '-', modifier: null, predicate: position, unit: measured, name: null, end: (after[k + 1] as Token).end };
        // "38,000 litres of oil", "4,000 tonnes of crude": a measure of the stuff named after "of".
        const stuff = w.durations.has(measured) ? null : measureOf(w, before, after.slice(k + 1), measured);
        if (stuff) return stuff;
        if (w.durations.has(measured)) return durationOf(w, text, before, after.slice(k + 1), measured, unitEnd.end);
        // "entered the curve at 38 mph": a measure "at" which something was done is its subject's, never its object's.
        const back = objectAt(w, before) ? null : frameBack(w, before);
        if (back) return { ...nounOf(w, back.thing), kind: '-', predicate: back.predicate, unit: measured, name: back.name, end: unitEnd.end };
        // "About 1,800 litres leaked": a measure that is its clause's subject, by the verb after it (the stuff unsaid).
        const bare = before.every((t) => !isWord(t) || w.stops.has(t.lower));
        // "in total" after the verb is no particle of it.
        const done = bare && !w.durations.has(measured) ? predicateAfter(w, after.slice(k + 1))?.replace(/ in$/, (p) => (/\bin\s+total\b/i.test(text.slice(unitEnd.end, unitEnd.end + 40)) ? '' : p)) : null;
        if (done && done !== 'be' && !done.startsWith('be ')) return { thing: null, kind: '-', modifier: null, predicate: done, unit: measured, name: null, end: unitEnd.end };
        // Else as a unit glued on: "the tram was travelling at 58 km/h" is the subject's, by its verb (below).
        unit = measured;
        k++;
      } else {
        unit = measured;
        attributive = !w.durations.has(measured);
        k++;
      }
    }
  }
  // "nine of the city's 14 departments", "52.4% of the vote": a part, counted by what it is a part of.
  if (after[k]?.lower === 'of' && (unit === '-' || unit === '%')) return partOf(w, before, after.slice(k + 1), unit);
  // "one in four adults": a share written as a ratio is the part of the group after it, as "25% of adults" is.
  if (unit === '%' && /\s+in\s+\S+$/i.test(m.written)) return partOf(w, before, after.slice(k), unit);
  // The noun phrase after the figure: content words up to the first plural (a count) or the last (a sum, a share, a measure).
  const run: Token[] = [];
  let name: string | null = null;
  for (let i = k; i < after.length && run.length < 4; i++) {
    const t = after[i] as Token;
    if (isName(t) && run.length === 0 && !w.stops.has(t.lower)) {
      name = t.lower;
      continue;
    }
    // "above 11% two years ago": a number word or a unit ends the phrase.
    // A word in -ed or -ing is the clause's verb ("3,700 residents evacuated"), unless it opens the phrase
    // before its noun: "40 scheduled surgical procedures", "70 planned operations", "12 trapped miners".
    const ending = (x: Token | undefined): boolean => /(?:ed|ing)$/.test(x?.lower ?? '');
    const participle = ending(t) && !(run.length === 0 && isContent(w, after[i + 1]) && !ending(after[i + 1]));
    if (!isContent(w, t) || participle || !Number.isNaN(parseWordNumber(t.lower)) || w.units.has(t.lower)) break;
    // "the 450-kilometre line carries": after the noun, a verb in -s is the clause's, not a noun of the phrase;
    // "the 11.3-km Gravdal tunnel further north": nor a word that is no noun at all.
    if (attributive && run.length > 0 && ((/s$/.test(t.lower) && w.lexicon.has(t.lower, 'verb')) || !w.lexicon.has(w.lexicon.lemma(t.lower, 'noun'), 'noun'))) break;
    // "the 68km route's high point": a possessive ends the phrase; the measure is the owner's.
    if (/['’]s$/.test(t.text)) {
      const bare = t.text.replace(/['’]s$/, '');
      run.push({ ...t, text: bare, lower: bare.toLowerCase(), end: t.end - 2 });
      break;
    }
    run.push(t);
    // "crew members", "police officers": a collective noun that modifies the plural after it.
    const next = after[i + 1];
    const compound = w.plurals.has(t.lower) && isContent(w, next) && (isPlural(w, next) || (m.number === 1 && w.lexicon.has(next.lower, 'noun')));
    if (unit === '-' && isPlural(w, t) && !compound) break;
  }
  // A count is written with a plural, but a count of one with a singular ("one death", "One crew member").
  // And a count of none too: "no appeal was lodged" is none of the appeals "lodged a formal appeal" counts one of.
  const countable = (t: Token): boolean => isPlural(w, t) || ((m.number === 1 || m.number === 0) && w.lexicon.has(t.lower, 'noun'));
  const counted = unit === '-' ? (run.length > 0 && countable(run[run.length - 1] as Token) ? run : []) : run;
  if (counted.length > 0) {
    const head = counted[counted.length - 1] as Token;
    // "a £212m loss" is the sum lost, as "a net loss of £212m" is (a change noun otherwise: "a 5% fall").
    const headNoun = w.lexicon.lemma(head.lower, 'noun');
    if (w.changes.has(headNoun) && !(w.amounts.has(headNoun) && w.currencyCodes.has(unit))) return null;
    const rest = after.slice(after.indexOf(head) + 1);
    // "two seasons ago", "three minutes later": a distance in time, not a count.
    if (comparativeAt(w, rest, 0)) return null;
    // A measure of the noun's own ("the 43-metre dam wall") is what the thing is, whatever the clause does with it.
    if (attributive) return { ...nounOf(w, counted.slice(-3)), kind: '-', predicate: 'be', unit, name, end: head.end, attributive: true };
    // "its 22 lifts", "the airport's 46 controllers", "all 64 controllers": the whole set, whatever the clause does with it.
    // The set is, whatever the clause says will happen to it: a fact, as an attributive count is.
    if (unit === '-' && wholeSet(w, before, rest)) return { ...nounOf(w, counted.slice(-3)), predicate: 'be', unit, name, end: head.end, attributive: true };
    const read = predicateBefore(w, before, unit === '-', true, !w.currencyCodes.has(unit));
    const taken = read === undefined && unit === '-' && HAVE_AFTER_APPOSITION.test(text.slice(clause.start, m.start)) ? 'be' : read;
    // "operates 143 stores", "employs 2,870 staff": a verb of having takes the subject's size as its object, as
    // "has 126 shops" says ("be"); not said of a subject ("no buses ran").
    const verb = typeof taken === 'string' && w.possessions.has(taken) ? 'be' : taken;
    // "with 23.6 million tickets sold for the draw": after "with", the participle that follows is the predicate.
    const participle = rest[0] && isLower(rest[0]) ? w.lexicon.lemma(rest[0].lower, 'verb') : '';
    if (verb === null && before[0]?.lower === 'with' && participle !== '' && participle !== rest[0]?.lower && w.lexicon.has(participle, 'verb')) {
      return { ...nounOf(w, counted.slice(-3)), predicate: participle, unit, name, end: head.end };
    }
    // "confirmed one death linked to the defect": after a verb that only says the count is, a participle
    // after the noun says what the count is of ("no deaths linked to the defect").
    if (typeof verb === 'string' && w.light.has(verb) && participle !== '' && participle !== rest[0]?.lower && /ed$/.test(rest[0]?.lower ?? '') && w.prepositions.has(rest[1]?.lower ?? '') && w.lexicon.has(participle, 'verb')) {
      return { ...nounOf(w, counted.slice(-3)), predicate: participle, unit, name, end: head.end };
    }
    // "with 172 passengers on board": where they are is what is said of them.
    if (verb === null && before[0]?.lower === 'with' && (rest[0]?.lower === 'aboard' || (rest[0]?.lower === 'on' && rest[1]?.lower === 'board'))) {
      return { ...nounOf(w, counted.slice(-3)), predicate: '*', unit, name, end: head.end };
    }
    // "a majority of 2,104 votes", "a margin of 300 votes": a noun of magnitude before "of" is what the count measures
    // ("a collision of two trams" counts the trams).
    const holder = verb === null ? magnitudeBefore(w, before) : null;
    if (holder) return { thing: holder, kind: '-', modifier: null, predicate: 'be', unit, name, end: head.end };
    if (verb === null) return null;
    // "slipped 13 places to number 14", "rose 25 points to 1,200": a change amount, the level follows.
    const figureAt = (t: Token | undefined): boolean => t !== undefined && (/^[$£€]?\d/.test(t.text) || !Number.isNaN(parseWordNumber(t.lower)));
    if (rest[0]?.lower === 'to' && (figureAt(rest[1]) || figureAt(rest[2]))) return null;
    // "forcing 7,300 people to leave": the infinitive says what was done to them.
    const bare = before.every((t) => !isWord(t) || w.stops.has(t.lower) || isName(t));
    // "sent five people to hospital": a bare noun after "to" is where they went, as "were taken to hospital" says.
    const infinitive = rest[0]?.lower === 'to' && isContent(w, rest[1]) ? (destination(w, rest, 0) ?? w.lexicon.lemma(rest[1].lower, 'verb')) : null;
    // "There were 3,516,240 private households, with …": an existential says only that they are.
    const existential = verb === undefined && /^(?:is|are|was|were)$/.test(before[0]?.lower ?? '') && before[1]?.lower === 'there' ? 'be' : null;
    const predicate = infinitive ?? verb ?? predicateAfter(w, rest, bare) ?? existential ?? (unit !== '-' && unit !== '%' ? '*' : null);
    if (predicate === null) return null;
    const noun = nounOf(w, counted.slice(-3));
    // A length or a weight is no person's, whatever other senses its noun has ("fence").
    const measure = w.unitCodes.has(unit);
    return { ...noun, kind: measure ? '-' : noun.kind, predicate, unit, name, end: head.end };
  }
  if (unit === '-') return elidedPassive(w, before, after.slice(k), m) ?? bareParticiple(w, before, after.slice(k), m) ?? bareDestination(w, before, after.slice(k), m) ?? levelBack(w, before, m);
  // A sum or a share with no noun after it: the noun before ("a fee of", "the rate rose to"), else money by its verb ("divert $3.6 billion").
  // A measure "at" which something was done is not its object's ("entered the curve at 38 mph").
  const measureAt = objectAt(w, before) && w.unitCodes.has(unit);
  const back = measureAt ? null : frameBack(w, before);
  // "a rise of 7%" is a change amount, not a level.
  const backHead = back?.thing[back.thing.length - 1];
  const changeHead = backHead ? w.lexicon.lemma(backHead.lower, 'noun') : '';
  // "A net loss of €212m" is the sum lost, as a profit is the sum made (asked only of such nouns: this is every figure's path).
  const currencyUnit = w.currencyCodes.has(unit);
  // "awarded £6.8 million in damages", "£4.2 million of public research grants": a sum is of what follows.
  const of = currencyUnit ? sumOf(w, after, k) : null;
  const ofHead = of?.[of.length - 1];
  if (of && ofHead) {
    const verb = predicateBefore(w, before);
    return { ...nounOf(w, of), kind: '-', predicate: typeof verb === 'string' ? verb : '*', unit, name, end: ofHead.end };
  }
  const sumLost = w.amounts.has(changeHead) && currencyUnit;
  if (back && w.changes.has(changeHead) && !sumLost) return null;
  if (back) return { ...nounOf(w, back.thing), predicate: back.predicate, unit, name: back.name ?? name, end: m.end };
  if (unit === '%') return null;
  const verb = predicateBefore(w, before);
  // A sum known only by its verb ("paid $300m") is compared only when a name anchors it: across
  // unrelated stories in one folder, bare "pay"/"cost" sums were most of the false alarms.
  if (verb && name) return { thing: 'money', kind: '-', modifier: null, predicate: verb, unit, name, end: m.end };
  // "Ruivo pocketed 250,000 euros", "As champion, Ruivo receives €180,000": a name that is the verb's subject anchors it too.
  const named = verb && currencyUnit ? nameBeforeVerb(w, before, verb) : null;
  if (verb && named) return { thing: 'money', kind: '-', modifier: null, predicate: verb, unit, name: named, end: m.end };
  // "The company owes £86 million", "the painting sold for £43.6 million": within a story, the subject
  // of the verb is what the sum is of (a common noun; a bare verb with no subject stays unread).
  if (verb) {
    const subject = subjectOfVerb(w, before, verb);
    // Keyed as money by its payer's noun, so it never meets a sum a copula states of the same noun.
    // A measure by its subject is the subject's own: "the tram was travelling at 58 km/h".
    if (subject && !currencyUnit) return { ...nounOf(w, subject), kind: '-', predicate: verb, unit, name, end: m.end };
    // "The family was awarded £5.8 million": in the passive the subject received the sum, which may be
    // any the story names with that verb ("awarded £6.8 million in damages"): its thing is unsaid.
    const passive = /^(?:was|were|been|is|are|be)$/.test(before[1]?.lower ?? '') && before[0]?.lower !== verb;
    if (subject && passive) return { thing: null, kind: '-', modifier: null, predicate: verb, unit, name, end: m.end };
    if (subject) return { thing: 'money', kind: '-', modifier: nounOf(w, subject).thing, predicate: verb, unit, name, end: m.end };
  }
  // A sum that is the subject of a passive ("£2.1 million was diverted from the trust", "£1.2 million
  // was siphoned off"): what was done with it keys it. Not a sum another verb or noun governs ("paid £300m").
  if (verb === undefined && (before.length === 0 || !isLower(before[0]) || w.stops.has(before[0].lower))) {
    const passive = passiveAfter(w, after.slice(k));
    if (passive) return { thing: 'money', kind: '-', modifier: null, predicate: passive, unit, name, end: m.end };
  }
  return null;
}

// "a 47-year-old woman", "The 38-year-old from Lisbrook", "a 71-year old pensioner"; "a woman aged 74".
const YEAR_OLD_AFTER = /^-?\s*years?[- ]old\b\s*(?:([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?)?/i;
const AGED_TAIL = /\b([a-z][a-z-]*)\s+aged\s+$/i;

/**
 * The age of a person no name identifies ("a 78-year-old farm labourer who collapsed", "a woman
 * aged 74"), with the noun that says who (its last word, lemmatised), or null. Such ages are
 * compared only by the words around them (engine/align.ts): the frame has no key for "who".
 */
export function unnamedAge(w: FrameWords, text: string, m: NumberMention): { noun: string | null } | null {
  if (!Number.isInteger(m.number) || m.number < 1 || m.number > 120 || m.shape !== 'point') return null;
  const after = YEAR_OLD_AFTER.exec(text.slice(m.end, m.end + 48));
  const aged = after ? null : AGED_TAIL.exec(text.slice(Math.max(0, m.start - 30), m.start));
  if (!after && !aged) return null;
  const words = (after ? [after[1], after[2]] : [aged?.[1]]).filter((x): x is string => x !== undefined).map((x) => x.toLowerCase());
  // "a 78-year-old farm labourer": the last noun of the two words after it; a verb or a preposition ends them.
  let noun: string | null = null;
  for (const [i, x] of words.entries()) {
    // "the 66-year-old walking out of the courthouse": a participle before its particle is the clause's verb ("building" stays a noun).
    if (w.stops.has(x) || !w.lexicon.has(x, 'noun') || (/ing$/.test(x) && w.stops.has(words[i + 1] ?? ''))) break;
    noun = w.lexicon.lemma(x, 'noun');
  }
  return { noun };
}
