// Events within a story. One story can hold two events of a kind (two rounds of job
// cuts, two clubs' transfer talks, one shareholder's stake and another's): the key
// cannot tell them apart, the names the claim's sentence uses can. A claim's anchors
// are the names in its sentence (people, organisations, products; places have the scope),
// and the speaker's do not set two claims apart: "Mr Glazer and his family hold 28.1%" and "Mr Murray holds 37.6%" are two
// stakes; "the Pentagon said 5,000" and "Austin said 2,500" are two accounts of one.

import type { Lexicon } from '../lexicon/types.js';
import type { Assertion, DocumentInfo, Span } from '../model.js';
import type { NameMention } from '../stories/terms.js';
import { partitionPoint } from './search.js';
import { apposed } from './context.js';

/**
 * Words that only ever open a name in this document ("Mr", "Dr", "President", a first
 * name): the pair names the person, the word alone would join every "Mr" in the story.
 */
function leadingWords(mentions: readonly NameMention[]): Set<string> {
  const leads = new Set<string>();
  const alone = new Set<string>();
  for (const m of mentions) (m.leads ? leads : alone).add(m.term);
  for (const t of alone) leads.delete(t);
  return leads;
}

/**
 * A capitalised word the dictionary knows as a common word ("Phase" 3, "Championship", "Budget"):
 * it names no one. A pair ("gordon brown"), a known entity and a word the dictionary knows only
 * as a name ("Albion", "Murray") are names.
 */
function common(term: string, lexicon: Lexicon): boolean {
  if (term.startsWith('@') || term.includes(' ')) return false;
  return (lexicon.has(term, 'noun') && !lexicon.proper(term)) || lexicon.has(term, 'adj') || lexicon.has(term, 'verb');
}

/**
 * The document's name mentions that may anchor a claim, once a document (each claim then
 * only slices them): not words that only open a name, not common words, not the outlet's
 * own name in a dateline ("JAKARTA, May 13 (Asia Markets Daily) -"), which says who wrote
 * it, not whom it is about.
 */
export function anchorNames(mentions: readonly NameMention[], lexicon?: Lexicon, outlet?: string | null): NameMention[] {
  const leading = leadingWords(mentions);
  const by = outlet ? `${outlet.toLowerCase()} ${initials(outlet)}` : '';
  // A term recurs through an article: the lexicon is asked once a term.
  const kept = new Map<string, boolean>();
  return mentions.filter((m) => {
    let keep = kept.get(m.term);
    if (keep === undefined) kept.set(m.term, (keep = !leading.has(m.term) && !(lexicon && common(m.term, lexicon)) && !(by && by.includes(m.term))));
    return keep;
  });
}

/**
 * The names of `anchorNames` in `span`, sorted and unique, apart from those written as a
 * location ("on Gran Via", "in Madrid"): where a thing happened is the scope's business (a
 * known place joins the key), and a street or a district named in passing is no other event;
 * `places` keeps them for comparing claims within one article.
 */
export function anchorsIn(names: readonly NameMention[], span: Span, text?: string, at?: number): { anchors: string[]; places: string[] } {
  const out = new Set<string>();
  const places = new Set<string>();
  // A place in an apposition before the claim says where its noun was made or is from, not where the claim holds
  // ("The vessel, built in 1998 at a yard in Gdansk, had 221 passengers aboard").
  const lead = text !== undefined && at !== undefined ? text.slice(span.start, at) : null;
  for (let i = partitionPoint(names.length, (k) => (names[k]?.start ?? 0) < span.start); i < names.length; i++) {
    const m = names[i] as NameMention;
    if (m.start >= span.end) break;
    if (m.locative && lead !== null && m.start < (at ?? 0) && apposed(lead, m.start - span.start, m.start - span.start + m.term.length)) continue;
    (m.locative ? places : out).add(m.term);
  }
  return { anchors: [...out].sort(), places: [...places].sort() };
}

const initials = (name: string): string => (name.match(/\p{Lu}/gu) ?? []).join('').toLowerCase();

// A pronoun for one person before the figure or state: the clause is about someone named before.
const PERSON = /\b(?:I|[Hh]e|[Ss]he|me|him|my|his)\b/u;

/**
 * Whether the claim is about its own speaker: "Williams says he will never quit", "'I have never
 * quit,' he said". A status belongs to a person, and then the speaker is whom it is about.
 */
function aboutSpeaker(a: Assertion): boolean {
  if (a.attribution === null) return false;
  if (inApposition(a, a.attribution)) return true;
  // A count whose subject the key leaves unsaid is as much the speaker's: "Okafor confirmed that he has not lodged a petition".
  const own = a.kind === 'status' || (a.kind === 'quantity' && a.scope['actor'] === '*');
  return own && PERSON.test(a.sentenceText.slice(0, a.span.end - a.sentence.start));
}

// A verb of saying after the claim: the apposition it sits in has closed.
const SAID_LATER = /\b(?:said|says|told|claimed|added|argued|insisted|warned|stated)\b/;

/** Whether the claim sits in its speaker's apposition ("Ben Emmerson QC, representing seven of the detainees, said"): it is about the speaker. */
function inApposition(a: Assertion, speaker: string): boolean {
  const text = a.sentenceText;
  const at = text.indexOf(speaker);
  const rel = a.span.start - a.sentence.start;
  if (at < 0 || rel <= at + speaker.length || !/^\s*,/.test(text.slice(at + speaker.length))) return false;
  return SAID_LATER.test(text.slice(rel)) && !/[.;:]/.test(text.slice(at + speaker.length, rel));
}

/** A speaker's name as anchors: the whole name and its last word ("matt williams", "williams"). */
function speakerNames(attribution: string): string[] {
  const words = attribution.toLowerCase().split(/\s+/u).filter(Boolean);
  return words.length > 1 ? [words.slice(-2).join(' '), words[words.length - 1] as string] : words;
}

/**
 * Whether `b` is about someone else than `a`, a claim about its speaker: b's sentence names
 * people and not a's speaker ("Williams says he will never quit"; "Vogts, who resigned").
 */
function otherPerson(a: Assertion, b: Assertion): boolean {
  if (!aboutSpeaker(a) || (b.anchors ?? []).length === 0) return false;
  return !shares(speakerNames(a.attribution ?? ''), ownAnchors(b)) && !shares(speakerNames(a.attribution ?? ''), b.anchors ?? []);
}

/**
 * A claim's anchors less its speaker's names: "the Pentagon said 5,000" and "Austin said 2,500"
 * are one event. A claim about the speaker keeps them, even from an earlier sentence.
 */
export function ownAnchors(a: Assertion): string[] {
  const all = a.anchors ?? [];
  if (!a.attribution) return all;
  if (aboutSpeaker(a)) return [...new Set([...all, ...speakerNames(a.attribution)])].sort();
  const speaker = `${a.attribution.toLowerCase()} ${initials(a.attribution)}`;
  return all.filter((t) => t.startsWith('@') || !speaker.includes(t));
}

/**
 * Within one article, the places it names count as well: "In London, 7.1%" and "the North East,
 * 26.2%" are two things it counts. Across articles a place is no such sign: one outlet names
 * the street, another the city ("on Gran Via", "the Madrid march").
 */
const apartIn = (p: readonly string[], q: readonly string[]): boolean => p.length > 0 && q.length > 0 && !shares(p, q);

/**
 * Whether a name of `a` is one of `b`'s, or its leading words are ("Wessex Vale Trains" and "Wessex
 * Vale", "Corrin Airways" and "Corrin": a company named in full and short), either way round.
 */
const shares = (a: readonly string[], b: ReadonlySet<string> | readonly string[]): boolean => {
  const set = b instanceof Set ? b : new Set(b);
  if (a.some((t) => set.has(t) || leading(t).some((p) => set.has(p)))) return true;
  if (!Array.isArray(b)) return false;
  const mine = new Set(a);
  return (b as readonly string[]).some((t) => leading(t).some((p) => mine.has(p)));
};

/**
 * A name's shorter leading forms of two words or more ("wessex vale trains" → "wessex vale"). Not one
 * word: "mr glazer" is no "mr murray", and a first word alone is as often a title or a place.
 */
function leading(name: string): string[] {
  if (name.startsWith('@')) return [];
  const words = name.split(' ');
  const out: string[] = [];
  for (let n = words.length - 1; n >= 2; n--) out.push(words.slice(0, n).join(' '));
  return out;
}

/**
 * Whether two claims speak of different events: both sentences name something, they
 * share no name, and (across documents) one's names are not among the other
 * document's story terms. The last test keeps one event that two outlets anchor
 * differently ("Veltrane said…" and "at the Harlow Ridge plant…"): each article names
 * the other's anchor somewhere. An article that names the other's anchor only in
 * passing ("like Mr Glazer before him") is not enough: the naming must go both ways.
 */
export function distinctEvents(a: Assertion, b: Assertion, documents: readonly DocumentInfo[], terms: (doc: number) => ReadonlySet<string>): boolean {
  const x = ownAnchors(a);
  const y = ownAnchors(b);
  // A speaker's name counts as shared ("Albion said it cancelled 180" and "Albion cancelled 340"), never as apart.
  // A sentence that names no one ("there are no more talks") may be about either event: it is compared.
  if (a.document === b.document) return apartIn([...x, ...(a.places ?? [])], [...y, ...(b.places ?? [])]) && !shares(a.anchors ?? [], b.anchors ?? []);
  if (elsewhere(a, b, documents) || elsewhere(b, a, documents) || otherPerson(a, b) || otherPerson(b, a)) return true;
  if (partPlace(a, b, terms) || partPlace(b, a, terms)) return true;
  if (x.length === 0 || y.length === 0 || shares(a.anchors ?? [], b.anchors ?? []) || shares(x, y)) return false;
  if (documents[a.document]?.terms === undefined || documents[b.document]?.terms === undefined) return true;
  return !shares(x, terms(b.document)) || !shares(y, terms(a.document));
}

/**
 * Whether `unnamed`, a claim whose key leaves its actor unsaid and whose sentence names no one
 * ("20,000 workers lost their jobs when the company collapsed"), is about another actor than
 * the one the rule named for `named` (SBC's cuts). Its article then speaks of what the article
 * is about: its headline's names, or the name it uses most. Naming the actor in passing, among
 * others, is not enough.
 */
function elsewhere(named: Assertion, unnamed: Assertion, documents: readonly DocumentInfo[]): boolean {
  const actor = named.scope['actor'];
  if (!actor || actor === '-' || actor === '*' || !unnamed.key.includes('|actor=*') || ownAnchors(unnamed).length > 0) return false;
  const doc = documents[unnamed.document];
  if (doc?.terms === undefined) return false;
  const is = (t: string | undefined): boolean => t !== undefined && (t === actor || t === `@${actor}` || t.split(' ')[0] === actor);
  const title = (doc.title ?? '').toLowerCase().split(/[^\p{L}\p{N}&]+/u);
  return !is(doc.terms[0]) && !title.some(is);
}

/**
 * Whether `part` counts in a place its sentence names ("in the Millbrook ward, turnout topped
 * 52%", "310 jobs in Tonnerby") that `whole`'s article never names, while `whole`'s sentence names
 * no place: a part of what `whole` counts, not a rival figure. Only unknown places (a ward, a
 * village: a known country or city is often the whole an article is about), and not a person's
 * age ("Lindqvist, 52, grew up in Adelaide" says where she grew up, not which of her ages).
 */
function partPlace(part: Assertion, whole: Assertion, terms: (doc: number) => ReadonlySet<string>): boolean {
  if (part.scope['thing'] === 'age') return false;
  const places = (part.places ?? []).filter((p) => !p.startsWith('@'));
  if (places.length === 0 || (whole.places ?? []).length > 0) return false;
  const theirs = terms(whole.document);
  return theirs.size > 0 && !places.some((p) => theirs.has(p));
}

/** Each document's story terms as a set, built once a document. */
export function termSets(documents: readonly DocumentInfo[]): (doc: number) => ReadonlySet<string> {
  const sets = new Map<number, ReadonlySet<string>>();
  return (doc) => {
    let s = sets.get(doc);
    if (!s) sets.set(doc, (s = new Set(documents[doc]?.terms ?? [])));
    return s;
  };
}
