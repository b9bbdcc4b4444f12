// Conflicts: group assertions by key, then find the values that cannot both be
// true. Never all pairs of a group: values are deduplicated, and quantities are
// swept in sorted order so the work is O(n log n + pairs reported).

import { createHash } from 'node:crypto';
import type { CompiledCheck } from '../checks/types.js';
import { SELF_CONFLICT, type Assertion, type Conflict, type DocumentInfo, type Relation, type Severity } from '../model.js';
import { distinctEvents, termSets } from './anchors.js';
import { alignFigures } from './align.js';
import { bucketize, isPartial } from './buckets.js';
import { overnight } from './marks.js';
import { acrossFilter, indicesByDocument, ownPairs, type OwnPairs } from './own.js';
import { incompatiblePairs } from './pairs.js';
import { recurringApart } from './recurring.js';
import { selfEvidence } from './self.js';
import { interimStory } from './story.js';
import { pairRelation, undatedMonthsDiffer } from './time.js';

const timeKey = (a: Assertion | undefined): string => a?.time?.start ?? '';

function sortValue(a: Assertion): number | string {
  if (a.value.kind === 'quantity') return a.value.number;
  if (a.value.kind === 'date') return a.value.start;
  if (a.value.kind === 'name') return a.value.name;
  return a.value.state;
}

function formatValue(a: Assertion): string {
  return a.written;
}

/**
 * A document that disagrees with itself is reported as a warning at most: on the fixtures
 * and the BBC corpus such pairs were nearly all two events, places or parties the key
 * could not tell apart (docs/design-notes.md, "An article that disagrees with itself").
 */
const withinSeverity = (s: Severity): Severity => (s === 'error' ? 'warning' : s);

interface Group {
  first: Assertion;
  check: CompiledCheck;
  /** Claims in display order: value, then path, then offset. */
  members: number[];
}

/** Whether `b`, a frame claim, leaves unsaid a dimension the shadow `a` names (so that only the frame's "*" joined them). */
function vaguerThanShadow(a: Assertion, b: Assertion): boolean {
  if (a.shadow === undefined || b.shadow !== undefined) return false;
  // "No arrests were made" names nobody because it counts none of anybody: the three students a rule read are among them.
  if (b.value.kind === 'quantity' && b.value.high === 0) return false;
  return Object.entries(a.scope).some(([d, v]) => v !== null && v !== '*' && v !== '-' && (b.scope[d] === '*' || b.scope[d] === null));
}

/** Whether two claims of one key speak of different events (engine/anchors.ts). */
type Apart = (a: Assertion, b: Assertion) => boolean;

type Maker = (g: Group, relation: Relation, kept: number[], pairs: Array<[number, number]>, within: boolean, messageId?: string) => Conflict | null;

/** Assembles conflicts with stable ids; `seen` keeps a claim set from being reported twice. */
function conflictMaker(assertions: readonly Assertion[], documents: readonly DocumentInfo[]): Maker {
  const seen = new Set<string>();
  return (g, relation, kept, pairs, within, messageId) => {
    const signature = `${within ? 'within:' : ''}${relation}:${kept.join(',')}`;
    if (seen.has(signature)) return null;
    seen.add(signature);
    const keptClaims = kept.map((i) => assertions[i] as Assertion);
    const scoped = keptClaims.find((c) => !isPartial(c.key)) ?? g.first;
    const locations = keptClaims.map((c) => `${documents[c.document]?.path ?? ''}:${c.span.start}`).join(',');
    // A conflict inside one article hashes with a mark of its own: the ids of the others stay as they were.
    const id = createHash('sha256').update(`${g.first.rule}|${scoped.key}|${relation}|${locations}${within ? '|within' : ''}`).digest('hex').slice(0, 16);
    const values = [...new Set(keptClaims.map(formatValue))].join(relation === 'change' ? ' → ' : ' · ');
    const graded = within ? undefined : g.check.confidence?.(keptClaims);
    // Strong evidence raises a generic warning to an error; a rule set to info or error keeps its word.
    const severity = within ? withinSeverity(g.check.severity) : graded?.level === 'strong' && g.check.severity === 'warning' ? 'error' : g.check.severity;
    return {
      id,
      rule: g.first.rule,
      kind: g.first.kind,
      subject: scoped.subject,
      relation,
      severity,
      ...(graded ? { confidence: graded.level, why: graded.why } : {}),
      message: {
        id: messageId ?? (within ? SELF_CONFLICT : relation === 'change' ? 'change' : `${g.first.kind}-conflict`),
        data: { subject: scoped.subject, values, count: keptClaims.length },
      },
      claims: kept,
      pairs,
    };
  };
}

/** Conflicts between documents: one per relation (a toll that rose over a week is a change, two tolls of the same day a contradiction). */
function acrossDocuments(g: Group, claims: readonly Assertion[], own: OwnPairs, assertions: readonly Assertion[], make: Maker, apart: Apart): Conflict[] {
  const { members, check } = g;
  const counts = acrossFilter(claims, check, own);
  const pairs = incompatiblePairs(claims, check, 'across').filter(([a, b]) => counts(a, b) && !apart(claims[a] as Assertion, claims[b] as Assertion));
  const out: Conflict[] = [];
  const stale = superseded(claims);
  for (const relation of ['contradiction', 'change'] as const) {
    const chosen = pairs.filter(
      ([a, b]) => pairRelation(claims[a] as Assertion, claims[b] as Assertion, check) === relation && (relation === 'change' || (!stale.has(a) && !stale.has(b))),
    );
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
    const c = make(g, relation, kept, keptPairs, false);
    if (c) out.push(c);
  }
  return out;
}

/**
 * Claims a later entry of their own live blog replaces ("08:00 - 1,400 evacuated", then "14:00 -
 * 3,200 evacuated in total"): the blog's timeline shows them, but they are no rival to another
 * article's figure, which the blog's own later figure meets.
 */
function superseded(claims: readonly Assertion[]): Set<number> {
  const out = new Set<number>();
  for (const list of indicesByDocument(claims, (c) => c.mark !== undefined).values()) {
    const marks = overnight(list.map((i) => claims[i]?.mark ?? 0));
    const last = Math.max(...marks);
    list.forEach((i, k) => {
      if ((marks[k] ?? 0) < last) out.add(i);
    });
  }
  return out;
}

/** Each document's own disagreement: one conflict per document and key, claims in display order. */
function withinDocuments(g: Group, own: OwnPairs, make: Maker): Conflict[] {
  const out: Conflict[] = [];
  for (const { pairs } of own.values()) {
    if (pairs.length === 0) continue;
    const keep = [...new Set(pairs.flat())].sort((x, y) => x - y);
    const local = new Map(keep.map((k, i) => [k, i]));
    const c = make(g, 'contradiction', keep.map((k) => g.members[k] as number), pairs.map(([a, b]) => [local.get(a) ?? 0, local.get(b) ?? 0]), true);
    if (c) out.push(c);
  }
  return out;
}

/**
 * A live blog's own timeline: the figures of one key under different time marks of one
 * document ("09:40 — 12 dead", "18:05 — 20 dead") are a change, shown in the order of the marks.
 */
function liveTimelines(g: Group, claims: readonly Assertion[], make: Maker): Conflict[] {
  const out: Conflict[] = [];
  for (const list of indicesByDocument(claims, (c) => c.mark !== undefined).values()) {
    if (new Set(list.map((i) => claims[i]?.mark)).size < 2) continue;
    const own = list.map((i) => claims[i] as Assertion);
    const changes = incompatiblePairs(own, g.check, 'any').filter(([a, b]) => pairRelation(own[a] as Assertion, own[b] as Assertion, g.check) === 'change');
    if (changes.length === 0) continue;
    // In the order of the marks (a live blog often runs newest first, and may run past midnight).
    const marks = overnight(own.map((c) => c.mark ?? 0));
    const order = own.map((_, i) => i).sort((x, y) => (marks[x] ?? 0) - (marks[y] ?? 0) || x - y);
    const at = new Map(order.map((old, k) => [old, k]));
    const pairs = changes.map(([a, b]) => [at.get(a) ?? 0, at.get(b) ?? 0].sort((x, y) => x - y) as [number, number]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const c = make(g, 'change', order.map((k) => g.members[list[k] as number] as number), pairs, false);
    if (c) out.push(c);
  }
  return out;
}

export function findConflicts(
  assertions: readonly Assertion[], documents: readonly DocumentInfo[], checks: readonly CompiledCheck[], groups: ReadonlyArray<string | undefined>,
): Conflict[] {
  const byRule = new Map(checks.map((c) => [c.rule.spec.id, c]));
  const conflicts: Conflict[] = [];
  const make = conflictMaker(assertions, documents);
  const terms = termSets(documents);
  const events: Apart = (a, b) => distinctEvents(a, b, documents, terms);
  // The generic frame compares only within one folder as well as one story (see engine/story.ts).
  const groupOf = (a: Assertion): string => {
    const group = groups[a.document] ?? '';
    return byRule.get(a.rule)?.comparesWithin === 'folder' ? `${group}|${interimStory(documents[a.document]?.path ?? '')}` : group;
  };
  const unifying = new Set(checks.filter((c) => c.comparesWithin === 'folder' || c.unifies).map((c) => `${c.rule.spec.id}|`));
  const unifies = (key: string): boolean => unifying.has(key.slice(0, key.indexOf('|') + 1));
  // A dimension two differently written values of which may name one thing (a verb and its synonym), as the rule's kind says.
  const same = (base: string, dim: string, a: string, b: string): boolean => byRule.get(base.slice(0, base.indexOf('|')))?.sameValue?.(dim, a, b) ?? false;
  for (const bucket of bucketize(assertions, groupOf, unifies, same)) {
    const first = assertions[bucket.members[0] ?? 0];
    const check = first ? byRule.get(first.rule) : undefined;
    if (!first || !check || bucket.members.length < 2) continue;
    const members = [...new Set(bucket.members)].sort((x, y) => {
      const a = assertions[x] as Assertion;
      const b = assertions[y] as Assertion;
      const va = sortValue(a);
      const vb = sortValue(b);
      if (va !== vb) return va < vb ? -1 : 1;
      const pa = documents[a.document]?.path ?? '';
      const pb = documents[b.document]?.path ?? '';
      return pa < pb ? -1 : pa > pb ? 1 : a.span.start - b.span.start;
    });
    const g: Group = { first, check, members };
    const claims = members.map((i) => assertions[i] as Assertion);
    if (check.gather) {
      // Spellings of a name are not values at a time: the kind says which mentions go together.
      for (const { members: kept, pairs, message } of check.gather(claims)) {
        const c = make(g, 'contradiction', kept.map((k) => members[k] as number), pairs, false, message);
        if (c) conflicts.push(c);
      }
      continue;
    }
    // Frame readings of figures rules took, and nothing else: the rules' own conflicts say it all (a live
    // blog's toll told by death-toll is no second, generic timeline).
    if (claims.every((c) => c.shadow !== undefined)) continue;
    const kindApart = check.apart;
    // Two figures rules took are the rules' to compare: their frame readings (shadows) only meet the frame's own,
    // and only one that says as much as the rule's reading: "a rate of 10.8%" (which rate, where?) is no
    // rival to the jobless rate a rule read, though the frame's "*" would let it join.
    const shadows: Apart = (a, b) => (a.shadow !== undefined && b.shadow !== undefined) || vaguerThanShadow(a, b) || vaguerThanShadow(b, a);
    const recurring = recurringApart(check, documents);
    const apart: Apart = (a, b) => shadows(a, b) || (kindApart?.(a, b) ?? false) || recurring(a, b) || undatedMonthsDiffer(a, b) || (!check.keyed && events(a, b));
    const own = ownPairs(claims, check, apart, selfEvidence(documents, (a, b) => check.compatible(a.value, b.value)));
    if (new Set(claims.map((c) => c.document)).size > 1) conflicts.push(...acrossDocuments(g, claims, own, assertions, make, apart));
    conflicts.push(...withinDocuments(g, own, make));
    conflicts.push(...liveTimelines(g, claims, make));
  }
  conflicts.push(...alignedConflicts(assertions, byRule, groupOf, events, make));
  return conflicts.sort(conflictOrder(assertions, documents));
}

/**
 * Figures no key can hold (role `figure`: today the ages of people no name identifies), each
 * story's of one rule, unit and place: pairs of mutually best-aligned figures across documents
 * (engine/align.ts) whose values cannot both hold. Always weak evidence: the rule's severity, never raised.
 */
function alignedConflicts(
  assertions: readonly Assertion[], byRule: ReadonlyMap<string, CompiledCheck>, groupOf: (a: Assertion) => string, apart: Apart, make: Maker,
): Conflict[] {
  const sets = new Map<string, number[]>();
  assertions.forEach((a, i) => {
    // Weak evidence needs its time said: undated pages of an archive may be years apart (as in engine/loose.ts).
    // A figure a rule took (a shadow) is the rule's to compare.
    if (a.role !== 'figure' || a.value.kind !== 'quantity' || a.time === null || a.shadow !== undefined || !byRule.get(a.rule)?.context) return;
    const k = `${groupOf(a)}\u0000${a.rule}|${a.scope['unit'] ?? '-'}|${a.scope['place'] ?? '*'}`;
    const list = sets.get(k);
    if (list) list.push(i);
    else sets.set(k, [i]);
  });
  const out: Conflict[] = [];
  for (const k of [...sets.keys()].sort()) {
    const members = sets.get(k) ?? [];
    const first = assertions[members[0] ?? 0];
    const check = first ? byRule.get(first.rule) : undefined;
    if (!first || !check?.context || new Set(members.map((i) => assertions[i]?.document)).size < 2) continue;
    const context = check.context.bind(check);
    for (const { a, b, similarity, shared } of alignFigures(assertions, members, context)) {
      const [x, y] = [assertions[a] as Assertion, assertions[b] as Assertion];
      // Two exclusive kinds (a woman, a man) are two people, however alike their words.
      const kinds = [x.scope['kind'], y.scope['kind']];
      if (kinds.every((k) => k && k !== '-') && kinds[0] !== kinds[1]) continue;
      if (check.compatible(x.value, y.value) || apart(x, y) || pairRelation(x, y, check) !== 'contradiction') continue;
      const kept = [a, b].sort((p, q) => sortValue(assertions[p] as Assertion) < sortValue(assertions[q] as Assertion) ? -1 : 1);
      const c = make({ first: x, check, members: kept }, 'contradiction', kept, [[0, 1]], false);
      if (!c) continue;
      const subject = `${c.subject} · ${shared.slice(0, 4).join(', ')}`;
      out.push({
        ...c, subject, severity: check.severity, confidence: 'weak',
        why: `aligned figures: no frame read them; their words are alike (${shared.join(', ')}; similarity ${similarity.toFixed(2)}) and each is the other's closest figure of the unit`,
        message: { ...c.message, data: { ...c.message.data, subject } },
      });
    }
  }
  return out;
}

/** Report order of conflicts: by the place of their first claim, then rule and id (compare on DuckDB merges its groups' conflicts with it). */
export function conflictOrder(assertions: readonly Assertion[], documents: readonly DocumentInfo[]): (a: Conflict, b: Conflict) => number {
  return (a, b) => {
    const ca = assertions[a.claims[0] ?? 0] as Assertion;
    const cb = assertions[b.claims[0] ?? 0] as Assertion;
    const pa = documents[ca.document]?.path ?? '';
    const pb = documents[cb.document]?.path ?? '';
    if (pa !== pb) return pa < pb ? -1 : 1;
    return ca.location.line - cb.location.line || ca.location.column - cb.location.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.id < b.id ? -1 : 1);
  };
}
