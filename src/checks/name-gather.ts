// Which mentions in a bucket of like-sounding names make one name conflict. Spellings
// are compared once each (a bucket holds a few distinct spellings and many mentions);
// a loose pair ("Ian McCarry" / "Makari", Jaro-Winkler 0.64) counts only inside an
// article that corroborates it, and every mention of the spellings joined is listed.

import type { Assertion, NameValue } from '../model.js';
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
  return !fullBare && !bareOwned;
}

/**
 * A rule with a house list reports each mention of a listed variant on its own (a draft
 * warned at its line); variants nobody listed are the plain rule's to find.
 */
export function gatherHouse(claims: readonly Assertion[]): NameGroup[] {
  return claims.flatMap((c, i) => (valueOf(c).preferred !== undefined ? [{ members: [i], pairs: [[0, 0] as [number, number]], message: 'name-house' }] : []));
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
  const pairs: Array<[number, number]> = [];
  for (let x = 0; x < spellings.length; x++) {
    for (let y = x + 1; y < spellings.length; y++) {
      const ia = byName.get(spellings[x] ?? '') ?? [];
      const ib = byName.get(spellings[y] ?? '') ?? [];
      const va = valueOf(claims[ia[0] ?? 0] as Assertion);
      const vb = valueOf(claims[ib[0] ?? 0] as Assertion);
      const kin: Kinship = kinship(va, vb);
      if (kin === 'none') continue;
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
