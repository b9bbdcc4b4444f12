// Conflicts: group assertions by key, then find the values that cannot both be
// true. Never all pairs of a group: values are deduplicated, and quantities are
// swept in sorted order so the work is O(n log n + pairs reported).

import { createHash } from 'node:crypto';
import type { CompiledCheck } from '../checks/types.js';
import type { Assertion, Conflict, DocumentInfo, QuantityValue } from '../model.js';
import { interimStory } from './story.js';
import { pairRelation } from './time.js';

const timeKey = (a: Assertion | undefined): string => a?.time?.start ?? '';

/** Roles whose figures are compared: a change "by 500" is not a rival count. */
const COMPARED_ROLES = new Set(['count']);

interface Bucket {
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

const isPartial = (key: string): boolean => key.includes('=*') || key.includes('=~');

/** Buckets of comparable assertions; an unscoped dimension joins the one bucket it fits, if only one. */
function bucketize(assertions: readonly Assertion[], groupOf: (a: Assertion) => string): Bucket[] {
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

function incompatiblePairs(claims: readonly Assertion[], check: CompiledCheck): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  if (claims.every((c) => c.value.kind === 'quantity')) {
    // Claims are sorted by low; those starting after claim i's high all exclude it.
    const lows = claims.map((c) => (c.value as QuantityValue).low);
    const order = claims.map((_, i) => i).sort((a, b) => (lows[a] ?? 0) - (lows[b] ?? 0));
    const sortedLows = order.map((i) => lows[i] ?? 0);
    claims.forEach((c, i) => {
      const high = (c.value as QuantityValue).high;
      let lo = 0;
      let hi = sortedLows.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((sortedLows[mid] ?? 0) > high) hi = mid;
        else lo = mid + 1;
      }
      for (let k = lo; k < order.length; k++) {
        const j = order[k] ?? 0;
        if (claims[j]?.document !== c.document) pairs.push(i < j ? [i, j] : [j, i]);
      }
    });
  } else {
    for (let i = 0; i < claims.length; i++) {
      for (let j = i + 1; j < claims.length; j++) {
        const a = claims[i];
        const b = claims[j];
        if (a && b && a.document !== b.document && !check.compatible(a.value, b.value)) pairs.push([i, j]);
      }
    }
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/**
 * Drops the claims of a document that itself gives incompatible values for the key
 * at the same time: it is then speaking of several events (two bombings, two rounds
 * of layoffs) and its figures cannot be matched to another article's event.
 */
function withoutAmbiguousDocuments(members: number[], assertions: readonly Assertion[], check: CompiledCheck): number[] {
  const byDoc = new Map<number, number[]>();
  for (const i of members) {
    const d = assertions[i]?.document ?? -1;
    const list = byDoc.get(d);
    if (list) list.push(i);
    else byDoc.set(d, [i]);
  }
  const ambiguous = new Set<number>();
  for (const [doc, list] of byDoc) {
    if (list.length < 2) continue;
    const claims = list.map((i) => assertions[i] as Assertion);
    for (let a = 0; a < claims.length && !ambiguous.has(doc); a++) {
      for (let b = a + 1; b < claims.length; b++) {
        const x = claims[a] as Assertion;
        const y = claims[b] as Assertion;
        if (!check.compatible(x.value, y.value) && pairRelation(x, y, check, false) === 'contradiction') {
          ambiguous.add(doc);
          break;
        }
      }
    }
  }
  return ambiguous.size === 0 ? members : members.filter((i) => !ambiguous.has(assertions[i]?.document ?? -1));
}

function sortValue(a: Assertion): number | string {
  if (a.value.kind === 'quantity') return a.value.number;
  if (a.value.kind === 'date') return a.value.start;
  return a.value.state;
}

function formatValue(a: Assertion): string {
  return a.written;
}

export function findConflicts(
  assertions: readonly Assertion[], documents: readonly DocumentInfo[], checks: readonly CompiledCheck[], groups: ReadonlyArray<string | undefined>,
): Conflict[] {
  const byRule = new Map(checks.map((c) => [c.rule.spec.id, c]));
  const conflicts: Conflict[] = [];
  const seen = new Set<string>();
  const groupOf = (a: Assertion): string =>
    byRule.get(a.rule)?.comparesWithin === 'folder' ? interimStory(documents[a.document]?.path ?? '') : (groups[a.document] ?? '');
  for (const bucket of bucketize(assertions, groupOf)) {
    const first = assertions[bucket.members[0] ?? 0];
    const check = first ? byRule.get(first.rule) : undefined;
    if (!first || !check) continue;
    const clear = withoutAmbiguousDocuments([...new Set(bucket.members)], assertions, check);
    if (new Set(clear.map((i) => assertions[i]?.document)).size < 2) continue;
    const members = clear.sort((x, y) => {
      const a = assertions[x] as Assertion;
      const b = assertions[y] as Assertion;
      const va = sortValue(a);
      const vb = sortValue(b);
      if (va !== vb) return va < vb ? -1 : 1;
      const pa = documents[a.document]?.path ?? '';
      const pb = documents[b.document]?.path ?? '';
      return pa < pb ? -1 : pa > pb ? 1 : a.span.start - b.span.start;
    });
    const claims = members.map((i) => assertions[i] as Assertion);
    const pairs = incompatiblePairs(claims, check);
    if (pairs.length === 0) continue;
    // One conflict per relation: a toll that rose over a week is a change, two tolls of the same day a contradiction.
    for (const relation of ['contradiction', 'change'] as const) {
      const chosen = pairs.filter(([a, b]) => pairRelation(claims[a] as Assertion, claims[b] as Assertion, check) === relation);
      if (chosen.length === 0) continue;
      // A change shows the whole timeline: every dated figure of the key, not only those that differ.
      const dated = relation === 'change' ? claims.flatMap((c, i) => (c.time ? [i] : [])) : [];
      const keep = [...new Set([...chosen.flat(), ...dated])].sort((x, y) => x - y);
      const local = new Map(keep.map((k, i) => [k, i]));
      let kept = keep.map((k) => members[k] as number);
      let keptPairs = chosen.map(([a, b]) => [local.get(a) ?? 0, local.get(b) ?? 0] as [number, number]);
      if (relation === 'change') {
        // A change reads as a timeline: claims in time order.
        const order = kept.map((_, i) => i).sort((x, y) => timeKey(assertions[kept[x] ?? 0]).localeCompare(timeKey(assertions[kept[y] ?? 0])) || x - y);
        const back = new Map(order.map((old, i) => [old, i]));
        kept = order.map((i) => kept[i] as number);
        keptPairs = keptPairs.map(([a, b]) => [back.get(a) ?? 0, back.get(b) ?? 0].sort((x, y) => x - y) as [number, number]);
      }
      keptPairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      const signature = `${relation}:${kept.join(',')}`;
      if (seen.has(signature)) continue;
      seen.add(signature);
      const keptClaims = kept.map((i) => assertions[i] as Assertion);
      const scoped = keptClaims.find((c) => !isPartial(c.key)) ?? first;
      const locations = keptClaims.map((c) => `${documents[c.document]?.path ?? ''}:${c.span.start}`).join(',');
      const id = createHash('sha256').update(`${first.rule}|${scoped.key}|${relation}|${locations}`).digest('hex').slice(0, 16);
      const graded = check.confidence?.(keptClaims);
      conflicts.push({
        id,
        rule: first.rule,
        kind: first.kind,
        subject: scoped.subject,
        relation,
        // Strong evidence raises a warning to an error; a rule set to info or error keeps its word.
        severity: graded?.level === 'strong' && check.severity === 'warning' ? 'error' : check.severity,
        ...(graded ? { confidence: graded.level, why: graded.why } : {}),
        message: {
          id: relation === 'change' ? 'change' : `${first.kind}-conflict`,
          data: { subject: scoped.subject, values: [...new Set(keptClaims.map(formatValue))].join(relation === 'change' ? ' → ' : ' · '), count: keptClaims.length },
        },
        claims: kept,
        pairs: keptPairs,
      });
    }
  }
  return conflicts.sort((a, b) => {
    const ca = assertions[a.claims[0] ?? 0] as Assertion;
    const cb = assertions[b.claims[0] ?? 0] as Assertion;
    const pa = documents[ca.document]?.path ?? '';
    const pb = documents[cb.document]?.path ?? '';
    if (pa !== pb) return pa < pb ? -1 : 1;
    return ca.location.line - cb.location.line || ca.location.column - cb.location.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.id < b.id ? -1 : 1);
  });
}
