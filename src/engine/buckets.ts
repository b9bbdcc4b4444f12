// Buckets of comparable assertions: one per (comparison group, key). A key with an
// unscoped dimension ("*", or "~a+b" naming only some parties) joins the one full key
// it fits, if only one.

import type { Assertion } from '../model.js';

/** Roles whose figures are compared: a change "by 500" is not a rival count. */
const COMPARED_ROLES = new Set(['count']);

export interface Bucket {
  key: string;
  members: number[];
}

function parseKey(key: string): { base: string; dims: Array<[string, string]> } {
  const [rule = '', role = '', ...rest] = key.split('|');
  return { base: `${rule}|${role}`, dims: rest.map((d) => d.split('=') as [string, string]) };
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

export const isPartial = (key: string): boolean => key.includes('=*') || key.includes('=~');

/**
 * Buckets of comparable assertions; an unscoped dimension joins the one bucket it fits, if only one.
 * `followsFiner` names the rules (by key) whose partial keys may also follow a more specific
 * partial key: the generic frame's, whose "*" means "any" (people in general); not packs whose
 * partial parties ("~a+b") would join talks between other parties.
 */
export function bucketize(assertions: readonly Assertion[], groupOf: (a: Assertion) => string, followsFiner: (key: string) => boolean = () => false): Bucket[] {
  const byKey = new Map<string, number[]>();
  assertions.forEach((a, i) => {
    if (!COMPARED_ROLES.has(a.role)) return;
    const k = `${groupOf(a)}\u0000${a.key}`;
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  const keys = [...byKey.keys()].sort();
  const full = keys.filter((k) => !isPartial(k));
  const buckets = new Map<string, number[]>(full.map((k) => [k, [...(byKey.get(k) ?? [])]]));
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
  // Partial keys, the most specific first, and where each one's claims went: a partial key that
  // fits no full key may follow the one more specific partial key it fits ("7,300 people left",
  // thing=*, goes where "3,700 residents left", thing=resident|modifier=*, went).
  const stars = (k: string): number => k.split('=*').length - 1;
  const partials = keys.filter(isPartial).sort((a, b) => stars(a) - stars(b) || (a < b ? -1 : 1));
  // Where each partial key went, by group and rule|role, so that a key looks only at its own kind.
  const placed = new Map<string, Array<{ key: string; stars: number; dims: Array<[string, string]>; at: string }>>();
  for (const k of partials) {
    const [group, key] = k.split('\u0000') as [string, string];
    const p = parseKey(key);
    const at = `${group}\u0000${p.base}`;
    const homes = (candidates.get(at) ?? []).filter((f) => fits(p.dims, f.dims)).map((f) => f.key);
    const members = byKey.get(k) ?? [];
    const mine = stars(k);
    // An unscoped claim joins a scoped group only when that group is the one candidate:
    // "no agreement" with no parties named is not a rival to every deal in the corpus.
    if (homes.length === 0 && followsFiner(key)) {
      const finer = new Set((placed.get(at) ?? []).filter((q) => q.stars < mine && fits(p.dims, q.dims)).map((q) => q.at));
      if (finer.size === 1) homes.push(...finer);
    }
    const home = homes.length === 1 ? (homes[0] ?? k) : k;
    if (home === k) buckets.set(k, [...members]);
    else buckets.get(home)?.push(...members);
    const list = placed.get(at);
    const entry = { key: k, stars: mine, dims: p.dims, at: home };
    if (list) list.push(entry);
    else placed.set(at, [entry]);
  }
  return [...buckets.entries()].map(([key, members]) => ({ key, members }));
}

