// Which mentions in a bucket of like-sounding names make one name conflict. Spellings
// are compared once each (a bucket holds a few distinct spellings and many mentions);
// a loose pair ("Ian McCarry" / "Makari", Jaro-Winkler 0.64) counts only inside an
// article that corroborates it, and every mention of the spellings joined is listed.

import type { Assertion, NameValue, Value } from '../model.js';
import { kinship, type Kinship } from './name-match.js';
import type { NameGroup } from './types.js';

const valueOf = (c: Assertion): NameValue => c.value as NameValue;

/**
 * A loose pair inside one article is one name when the article shares the first name
 * ("Ian MacDonald" / "Ian McDonald"), or names someone in full and then, bare, only by
 * the other spelling: "Ian McCarry" and then "Makari", never "McCarry" again. Bare
 * against bare ("Kerr" / "Carr") has nothing to corroborate it.
 */
function corroborated(a: NameValue, b: NameValue, doc: readonly Assertion[], claims: readonly Assertion[]): boolean {
  if (a.given !== null && b.given !== null) return a.given === b.given;
  const full = a.given !== null ? a : b.given !== null ? b : null;
  const bare = full === a ? b : a;
  if (!full) return false;
  const fullBare = doc.some((c) => valueOf(c).given === null && valueOf(c).surname === full.surname);
  const bareOwned = claims.some((c) => valueOf(c).given !== null && valueOf(c).surname === bare.surname);
  return !fullBare && !bareOwned && secondReference(full, bare, doc);
}

/**
 * How far after a full name its bare second reference comes: news prose names someone in full,
 * then by surname within a paragraph or two (the seeds' envoy: 416 characters). A like-sounding
 * word pages later ("Kylie Minogue" and, 7,000 characters on, "Mungo") is someone else.
 */
const SECOND_REFERENCE = 1500;

function secondReference(full: NameValue, bare: NameValue, doc: readonly Assertion[]): boolean {
  const first = Math.min(...doc.filter((c) => valueOf(c).name === bare.name).map((c) => c.span.start));
  return doc.some((c) => valueOf(c).name === full.name && c.span.start < first && first - c.span.start <= SECOND_REFERENCE);
}

/** Two spellings in one sentence are two people ("H Tuilagi, Bemand, A Tuiliagi"): nobody slips within a sentence. */
function sameSentence(ia: readonly number[], ib: readonly number[], claims: readonly Assertion[]): boolean {
  const at = new Set(ia.map((i) => `${claims[i]?.document}:${claims[i]?.sentence.start}`));
  return ib.some((j) => at.has(`${claims[j]?.document}:${claims[j]?.sentence.start}`));
}

/**
 * A rule with a house list reports each mention of a listed variant on its own (a draft
 * warned at its line); variants nobody listed are the plain rule's to find.
 */
export function gatherHouse(claims: readonly Assertion[]): NameGroup[] {
  return claims.flatMap((c, i) => (valueOf(c).preferred !== undefined ? [{ members: [i], pairs: [[0, 0] as [number, number]], message: 'name-house' }] : []));
}

/**
 * A bucket of like-sounding names is worth keeping when a house list names one of them, or two
 * of its spellings could be one name (close, or loose for an article to corroborate).
 */
export function keepsNames(values: readonly Value[]): boolean {
  const names = values.filter((v): v is NameValue => v.kind === 'name');
  if (names.some((v) => v.preferred !== undefined)) return true;
  for (let x = 0; x < names.length; x++) {
    for (let y = x + 1; y < names.length; y++) if (kinship(names[x] as NameValue, names[y] as NameValue) !== 'none') return true;
  }
  return false;
}

export function gatherNames(claims: readonly Assertion[]): NameGroup[] {
  const spellings = [...new Set(claims.map((c) => valueOf(c).name))];
  if (spellings.length < 2) return [];
  const byName = new Map<string, number[]>();
  claims.forEach((c, i) => byName.set(valueOf(c).name, [...(byName.get(valueOf(c).name) ?? []), i]));
  const byDoc = new Map<number, Assertion[]>();
  for (const c of claims) byDoc.set(c.document, [...(byDoc.get(c.document) ?? []), c]);
  const parent = new Map(spellings.map((s) => [s, s]));
  const root = (s: string): string => {
    let r = s;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  // In how many articles of the story each surname is written: two surnames each in two or more
  // are two settled names ("Keane" and "Keegan", "Masi" and "Maso"), not one and a slip of the pen.
  const articles = new Map<string, Set<number>>();
  for (const c of claims) articles.set(valueOf(c).surname, (articles.get(valueOf(c).surname) ?? new Set<number>()).add(c.document));
  const settled = (surname: string): boolean => (articles.get(surname)?.size ?? 0) >= 2;
  const pairs: Array<[number, number]> = [];
  for (let x = 0; x < spellings.length; x++) {
    for (let y = x + 1; y < spellings.length; y++) {
      const ia = byName.get(spellings[x] ?? '') ?? [];
      const ib = byName.get(spellings[y] ?? '') ?? [];
      const va = valueOf(claims[ia[0] ?? 0] as Assertion);
      const vb = valueOf(claims[ib[0] ?? 0] as Assertion);
      const kin: Kinship = kinship(va, vb);
      if (kin === 'none' || (va.surname !== vb.surname && settled(va.surname) && settled(vb.surname)) || sameSentence(ia, ib, claims)) continue;
      let joined = false;
      for (const i of ia) {
        for (const j of ib) {
          const ci = claims[i] as Assertion;
          const cj = claims[j] as Assertion;
          if (kin === 'loose' && (ci.document !== cj.document || !corroborated(va, vb, byDoc.get(ci.document) ?? [], claims))) continue;
          pairs.push(i < j ? [i, j] : [j, i]);
          joined = true;
        }
      }
      if (joined) parent.set(root(va.name), root(vb.name));
    }
  }
  const groups = new Map<string, Set<number>>();
  for (const [i, j] of pairs) {
    const r = root(valueOf(claims[i] as Assertion).name);
    groups.set(r, (groups.get(r) ?? new Set<number>()).add(i).add(j));
  }
  return [...groups.values()].map((set) => {
    const names = new Set([...set].map((i) => valueOf(claims[i] as Assertion).name));
    const surnames = new Set([...set].map((i) => valueOf(claims[i] as Assertion).surname));
    // Every mention: the same spellings elsewhere, and the bare surname ("Soleimani's killing").
    claims.forEach((c, i) => {
      const v = valueOf(c);
      if (names.has(v.name) || (v.given === null && surnames.has(v.surname))) set.add(i);
    });
    const members = [...set].sort((x, y) => x - y);
    const at = new Map(members.map((m, k) => [m, k]));
    const own = pairs.filter(([i, j]) => set.has(i) && set.has(j)).map(([i, j]) => [at.get(i) ?? 0, at.get(j) ?? 0] as [number, number]);
    return { members, pairs: own };
  });
}
