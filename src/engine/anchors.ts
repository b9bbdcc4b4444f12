// Events within a story. One story can hold two events of a kind (two rounds of job
// cuts, two clubs' transfer talks, one shareholder's stake and another's): the key
// cannot tell them apart, the names the claim's sentence uses can. A claim's anchors
// are the names in its sentence (people, organisations, products; places have the scope),
// and the speaker's do not set two claims apart: "Mr Glazer and his family hold 28.1%" and "Mr Murray holds 37.6%" are two
// stakes; "the Pentagon said 5,000" and "Austin said 2,500" are two accounts of one.

import type { Assertion, DocumentInfo, Span } from '../model.js';
import type { NameMention } from '../stories/terms.js';

/**
 * Words that only ever open a name in this document ("Mr", "Dr", "President", a first
 * name): the pair names the person, the word alone would join every "Mr" in the story.
 */
export function leadingWords(mentions: readonly NameMention[]): Set<string> {
  const leads = new Set<string>();
  const alone = new Set<string>();
  for (const m of mentions) (m.leads ? leads : alone).add(m.term);
  for (const t of alone) leads.delete(t);
  return leads;
}

/**
 * The names in `sentence`, sorted and unique; not those written as a location ("on Gran
 * Via", "in Madrid"): where a thing happened is the scope's business (a known place joins
 * the key), and a street or a district named in passing is no other event.
 */
export function anchorsIn(mentions: readonly NameMention[], sentence: Span, leading: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  // Binary search to the sentence: a long document has many sentences and many names.
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? 0) < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < mentions.length; i++) {
    const m = mentions[i] as NameMention;
    if (m.start >= sentence.end) break;
    if (leading.has(m.term) || m.locative) continue;
    out.add(m.term);
  }
  return [...out].sort();
}

/** A claim's anchors less its speaker's names: "the Pentagon said 5,000" and "Austin said 2,500" are one event. */
function own(a: Assertion): string[] {
  const speaker = a.attribution?.toLowerCase();
  const all = a.anchors ?? [];
  return speaker ? all.filter((t) => t.startsWith('@') || !speaker.includes(t)) : all;
}

const shares = (a: readonly string[], b: ReadonlySet<string> | readonly string[]): boolean => {
  const set = b instanceof Set ? b : new Set(b);
  return a.some((t) => set.has(t));
};

/**
 * Whether two claims speak of different events: both sentences name something, they
 * share no name, and (across documents) one's names are not among the other
 * document's story terms. The last test keeps one event that two outlets anchor
 * differently ("Veltrane said…" and "at the Harlow Ridge plant…"): each article names
 * the other's anchor somewhere. An article that names the other's anchor only in
 * passing ("like Mr Glazer before him") is not enough: the naming must go both ways.
 */
export function distinctEvents(a: Assertion, b: Assertion, documents: readonly DocumentInfo[], terms: (doc: number) => ReadonlySet<string>): boolean {
  const x = own(a);
  const y = own(b);
  // A speaker's name counts as shared ("Albion said it cancelled 180" and "Albion cancelled 340"), never as apart.
  if (x.length === 0 || y.length === 0 || shares(a.anchors ?? [], b.anchors ?? [])) return false;
  if (a.document === b.document) return true;
  if (documents[a.document]?.terms === undefined || documents[b.document]?.terms === undefined) return true;
  return !shares(x, terms(b.document)) || !shares(y, terms(a.document));
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
