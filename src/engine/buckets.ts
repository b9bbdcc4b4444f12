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

/** Buckets of comparable assertions; an unscoped dimension joins the one bucket it fits, if only one. */
export function bucketize(assertions: readonly Assertion[], groupOf: (a: Assertion) => string): Bucket[] {
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

