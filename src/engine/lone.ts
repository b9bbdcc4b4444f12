// Claims no comparison could use, dropped before comparing. A check may say which of its
// buckets (one comparison group, one key) are worth keeping from their distinct values: a
// name written one way throughout its story is never in a conflict, and names outnumber
// every other claim about six to one (docs/design-notes.md, "Name variants"). The report
// then lists and counts only the names spelled two ways, whichever path built it.

import type { CompiledCheck } from '../checks/types.js';
import type { Assertion, Value } from '../model.js';

/** A bucket's id: the comparison group and the key, as engine/buckets.ts groups them (checks that compare within folders aside). */
export const bucketOf = (group: string | undefined, key: string): string => `${group ?? ''}\u0000${key}`;

export interface Judged {
  rule: string;
  key: string;
  group: string | undefined;
  value: Value;
}

/** Which buckets to keep, from every claim of the run: those of checks with no opinion, and those their check keeps. */
export function keptBuckets(items: Iterable<Judged>, checks: readonly CompiledCheck[]): (rule: string, bucket: string) => boolean {
  const judges = new Map(checks.filter((c) => c.keeps).map((c) => [c.rule.spec.id, c]));
  if (judges.size === 0) return () => true;
  // Distinct values by what they print as (a spelling and its house spelling, if any).
  const buckets = new Map<string, { check: CompiledCheck; values: Map<string, Value> }>();
  for (const it of items) {
    const check = judges.get(it.rule);
    if (!check) continue;
    const b = bucketOf(it.group, it.key);
    let entry = buckets.get(b);
    if (!entry) buckets.set(b, (entry = { check, values: new Map() }));
    entry.values.set(JSON.stringify(it.value), it.value);
  }
  const kept = new Set([...buckets].filter(([, e]) => e.check.keeps?.([...e.values.values()]) !== false).map(([b]) => b));
  return (rule, bucket) => !judges.has(rule) || kept.has(bucket);
}

/** The assertions less those in buckets their check does not keep (the same array when none is dropped). */
export function dropLoneClaims(assertions: Assertion[], checks: readonly CompiledCheck[], groups: ReadonlyArray<string | undefined>): Assertion[] {
  if (!checks.some((c) => c.keeps)) return assertions;
  const items = function* (): Generator<Judged> {
    for (const a of assertions) yield { rule: a.rule, key: a.key, group: groups[a.document], value: a.value };
  };
  const keep = keptBuckets(items(), checks);
  const out = assertions.filter((a) => keep(a.rule, bucketOf(groups[a.document], a.key)));
  return out.length === assertions.length ? assertions : out;
}
