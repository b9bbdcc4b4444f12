// Buckets of comparable assertions: one per (comparison group, key). A key with an
// unscoped dimension ("*", or "~a+b" naming only some parties) joins the one full key
// it fits, if only one.

import type { Assertion } from '../model.js';
import { modifiersAgree, parseKey } from './keys.js';
import { joinLoose } from './loose.js';

/** Roles whose figures are compared: a change "by 500" is not a rival count. */
const COMPARED_ROLES = new Set(['count']);

export interface Bucket {
  key: string;
  members: number[];
}

/** "*" fits anything; "~a+b" (some parties named) fits any value naming at least those. */
function fits(partial: Array<[string, string]>, full: Array<[string, string]>): boolean {
  return partial.every(([d, v], i) => {
    const other = full[i];
    if (v === '*' || other?.[1] === v || other?.[0] !== d) return true;
    if (!v.startsWith('~')) return false;
    const have = new Set((other?.[1] ?? '').split('+'));
    return v.slice(1).split('+').every((p) => have.has(p));
  });
}

/** Whether two values of dimension `dim` of keys of `base` ("rule|role") name one thing though written apart. */
export type SameValue = (base: string, dim: string, a: string, b: string) => boolean;

export const isPartial = (key: string): boolean => key.includes('=*') || key.includes('=~');

/**
 * Frame keys whose "*" means "not said" (people in general, a place the clause does not name):
 * a key joins the one group of keys it agrees with on every dimension both name, and the group
 * then names what any of its keys names ("7,300 people left", thing=*, place=hraunvik, meets
 * "3,700 residents left", thing=resident, place=*). A key that agrees with two groups stays apart.
 * The most specific keys go first, so that full keys found the groups.
 */
function unify(keys: readonly string[], byKey: ReadonlyMap<string, number[]>, buckets: Map<string, number[]>, same: SameValue): void {
  const parsed = new Map(keys.map((k) => [k, parseKey(k.slice(k.indexOf('\u0000') + 1))]));
  // The most specific first: fewer dimensions unsaid, then more modifier words ("first-half net"
  // before "net"), so that a specific key founds its group and a vaguer one joins it.
  const stars = (k: string): number => k.split('=*').length - 1;
  const words = (k: string): number => modifierWords(parsed.get(k)?.dims ?? []).length;
  const groups = new Map<string, Array<{ key: string; dims: string[] }>>();
  for (const k of [...keys].sort((a, b) => stars(a) - stars(b) || words(b) - words(a) || (a < b ? -1 : 1))) {
    const group = k.slice(0, k.indexOf('\u0000'));
    const p = parsed.get(k) ?? parseKey('');
    const at = `${group}\u0000${p.base}`;
    const names = p.dims.map(([d]) => d);
    const mine = p.dims.map(([, v]) => v);
    const list = groups.get(at) ?? [];
    const sameHere = (d: string, x: string, y: string): boolean => same(p.base, d, x, y);
    // Agreeing on every dimension said is not enough when nothing that says what is counted is said by
    // both: "no one" (thing unsaid) "was" is no count of the law lords who "were" nine.
    const counted = names.includes('thing');
    // Keys the same but for an unsaid place are one figure as much as two keys with no place are
    // ("carries some 28,000 vehicles a day" and "18,000 vehicles a day across the river").
    const placeOnly = (g: { dims: string[] }): boolean => g.dims.every((v, i) => v === mine[i] || (names[i] === 'place' && (v === '*' || mine[i] === '*')));
    const identifies = (g: { dims: string[] }): boolean =>
      !counted || placeOnly(g) || g.dims.some((v, i) => (names[i] === 'thing' || (names[i] === 'predicate' && v !== 'be')) && v !== '*' && (mine[i] ?? '*') !== '*');
    const agree = list.filter((g) => identifies(g) && g.dims.every((v, i) => agrees(names[i] ?? '', v, mine[i] ?? '*', sameHere)));
    // Of two groups it fits, the one that shares more of what it says outright ("approve" said by
    // both, not only allowed by an unsaid predicate); a tie stays apart.
    const said = (g: { dims: string[] }): number => g.dims.filter((v, i) => v !== '*' && v === mine[i]).length;
    const best = Math.max(...agree.map(said));
    const top = agree.filter((g) => said(g) === best);
    const members = byKey.get(k) ?? [];
    const home = top.length === 1 ? top[0] : undefined;
    if (home) {
      buckets.get(home.key)?.push(...members);
      home.dims = home.dims.map((v, i) => (v === '*' ? (mine[i] ?? '*') : v));
    } else {
      buckets.set(k, [...members]);
      list.push({ key: k, dims: mine });
      groups.set(at, list);
    }
  }
}

const modifierWords = (dims: ReadonlyArray<[string, string]>): string[] => {
  const v = dims.find(([d]) => d === 'modifier')?.[1] ?? '*';
  return v === '*' ? [] : v.split(' ');
};

/** Two values of one dimension agree when either is unsaid or both are the same; modifiers also when one's words are all the other's (keys.ts). */
function agrees(dim: string, a: string, b: string, same: (dim: string, a: string, b: string) => boolean): boolean {
  if (a === '*' || b === '*' || a === b) return true;
  return dim === 'modifier' ? modifiersAgree(a, b) : same(dim, a, b);
}

/**
 * Buckets of comparable assertions; an unscoped dimension joins the one bucket it fits, if only one.
 * `unifies` names the rules (by key) whose keys are unified instead (see unify): the generic
 * frame's; not packs whose partial parties ("~a+b") would join talks between other parties.
 */
export function bucketize(
  assertions: readonly Assertion[], groupOf: (a: Assertion) => string, unifies: (key: string) => boolean = () => false,
  same: SameValue = () => false,
): Bucket[] {
  const byKey = new Map<string, number[]>();
  assertions.forEach((a, i) => {
    if (!COMPARED_ROLES.has(a.role)) return;
    const k = `${groupOf(a)}\u0000${a.key}`;
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  const all = [...byKey.keys()].sort();
  const unified = all.filter((k) => unifies(k.slice(k.indexOf('\u0000') + 1)));
  const keys = all.filter((k) => !unifies(k.slice(k.indexOf('\u0000') + 1)));
  const full = keys.filter((k) => !isPartial(k));
  const buckets = new Map<string, number[]>(full.map((k) => [k, [...(byKey.get(k) ?? [])]]));
  unify(unified, byKey, buckets, same);
  joinLoose(unified, buckets, assertions, 'predicate');
  joinLoose(unified, buckets, assertions, 'thing');
  // Full keys by group and rule|role, parsed once: a partial key looks only at its own kind.
  const candidates = new Map<string, Array<{ key: string; dims: Array<[string, string]> }>>();
  for (const f of full) {
    const [g, fk] = f.split('\u0000') as [string, string];
    const q = parseKey(fk);
    const at = `${g}\u0000${q.base}`;
    const list = candidates.get(at);
    if (list) list.push({ key: f, dims: q.dims });
    else candidates.set(at, [{ key: f, dims: q.dims }]);
  }
  for (const k of keys) {
    if (!isPartial(k)) continue;
    const [group, key] = k.split('\u0000') as [string, string];
    const p = parseKey(key);
    const homes = (candidates.get(`${group}\u0000${p.base}`) ?? []).filter((f) => fits(p.dims, f.dims)).map((f) => f.key);
    const members = byKey.get(k) ?? [];
    // An unscoped claim joins a scoped group only when that group is the one candidate:
    // "no agreement" with no parties named is not a rival to every deal in the corpus.
    if (homes.length === 1) buckets.get(homes[0] ?? '')?.push(...members);
    else buckets.set(k, [...members]);
  }
  return [...buckets.entries()].map(([key, members]) => ({ key, members }));
}
