// The evidence chain of one conflict, as data: what is compared (key, rule or generic
// frame), each claim with its interval, time and speaker, each incompatible pair and how
// its values fail to meet, the times against the rule's window, and how sure the engine
// is. The HTML page and `claimdiff explain` render the same chain. Pure; text is raw
// (untrusted): each renderer escapes it for its medium.

import type { Assertion, Conflict, Report, RuleInfo, Value } from '../model.js';
import { type Claim, DATING_HINT, claimsOf, compatibleSets, formatDateRange, setLabel, sortByTime, undatedPaths } from './common.js';
import { renderMessage } from './messages.js';

export interface EvidenceClaim {
  claim: Claim;
  /** A, B, … for a contradiction (compatible sets); 1, 2, … in time order for a change. */
  label: string;
  /** The value as a person reads it: "about 2,500 → [2,375, 2,625]", "ongoing (began)". */
  reading: string;
  /** When the claim speaks of and where that came from. */
  when: string;
  undated: boolean;
}

export interface EvidencePair {
  a: string;
  b: string;
  /** Why their values cannot both hold: "[2,375, 2,625] and [5,000, 5,000] do not meet (gap 2,375)". */
  values: string;
  /** How their times relate to the window: "1 day apart, within the 90d window: same time". */
  time: string;
}

export interface Evidence {
  conflict: Conflict;
  message: string;
  key: string;
  rule: RuleInfo | null;
  /** "rule troop-count (pack iraq, rules/iraq.yaml:3:3)" or "generic frame (no rule names this subject)". */
  origin: string;
  /** "error; rule-backed: the rule's severity" or "warning; confidence weak: …". */
  confidence: string;
  claims: EvidenceClaim[];
  pairs: EvidencePair[];
  /** Pairs left out of `pairs` (a conflict of hundreds of claims lists the first ones). */
  morePairs: number;
  /** Documents of the claims that have no date: why a change can read as a contradiction. */
  undatedDocuments: string[];
}

/** Most pairs spelled out per conflict. */
export const MAX_PAIRS = 24;

const num = (n: number): string =>
  n === Infinity ? '∞' : n === -Infinity ? '−∞' : Number.isInteger(n) ? n.toLocaleString('en-US') : String(Number(n.toPrecision(6)));

/** "[2,375, 2,625]", "(1,000, ∞)" or "5,000" for a point. */
export function intervalText(v: Value): string {
  if (v.kind !== 'quantity') return '';
  if (v.low === v.high) return num(v.low);
  return `[${num(v.low)}, ${num(v.high)}]`;
}

function reading(a: Assertion): string {
  const v = a.value;
  switch (v.kind) {
    case 'quantity': {
      const unit = v.unit ? ` ${v.unit}` : '';
      const hedge = v.hedge === 'exact' ? '' : ` (${v.hedge})`;
      return `${a.written} → ${intervalText(v)}${unit}${hedge}`;
    }
    case 'status':
      return `${v.state} (“${a.written}”)`;
    case 'date':
      return `${a.written} → ${formatDateRange(v.start, v.end)} (${v.precision})`;
    case 'name':
      return v.preferred !== undefined ? `${a.written} (house spelling: ${v.preferred})` : a.written;
  }
}

function whenOf(c: Claim): { when: string; undated: boolean } {
  const t = c.assertion.time;
  if (c.assertion.mark !== undefined) {
    // A blog that names its days counts them in its marks (minutes past 1440): the entry's clock is the rest.
    const h = Math.floor((c.assertion.mark % 1440) / 60);
    const m = c.assertion.mark % 60;
    const at = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
    return { when: `${t ? formatDateRange(t.start, t.end) : c.document.date ? formatDateRange(c.document.date) : 'undated'}, live entry ${at}`, undated: !t && !c.document.date };
  }
  if (t) return { when: `${formatDateRange(t.start, t.end)} (from the sentence or its article)`, undated: false };
  if (c.document.date) return { when: `${formatDateRange(c.document.date)} (the article's date)`, undated: false };
  return { when: 'undated (the article has no date)', undated: true };
}

const DAY = 86_400_000;

function day(iso: string): number | null {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) ? null : t / DAY;
}

/** Days between two date ranges (0 when they overlap); null when either is missing. */
export function daysBetween(a: { start: string; end: string } | null, b: { start: string; end: string } | null): number | null {
  if (!a || !b) return null;
  const [as, ae, bs, be] = [day(a.start), day(a.end), day(b.start), day(b.end)];
  if (as === null || ae === null || bs === null || be === null) return null;
  if (ae < bs) return bs - ae;
  if (be < as) return as - be;
  return 0;
}

function timeOf(c: Claim): { start: string; end: string } | null {
  return c.assertion.time ?? (c.document.date ? { start: c.document.date, end: c.document.date } : null);
}

function valuesMeet(x: Claim, y: Claim, rule: RuleInfo | null): string {
  const a = x.assertion.value;
  const b = y.assertion.value;
  if (a.kind === 'quantity' && b.kind === 'quantity') {
    const [lo, hi] = a.high < b.low ? [a, b] : [b, a];
    const gap = hi.low - lo.high;
    return `${intervalText(a)} and ${intervalText(b)} do not meet${Number.isFinite(gap) && gap > 0 ? ` (gap ${num(gap)})` : ''}`;
  }
  if (a.kind === 'status' && b.kind === 'status') {
    const scale = rule?.scale && rule.scale.length > 0 ? ` on the scale ${rule.scale.join(' · ')}` : '';
    return `${a.state} and ${b.state} cannot hold at one time${scale}`;
  }
  if (a.kind === 'date' && b.kind === 'date') {
    return `${formatDateRange(a.start, a.end)} and ${formatDateRange(b.start, b.end)} do not overlap`;
  }
  if (a.kind === 'name' && b.kind === 'name') return `${a.name} and ${b.name}: one name spelled two ways`;
  return `${x.assertion.written} and ${y.assertion.written} differ`;
}

function timeRelation(c: Conflict, x: Claim, y: Claim, rule: RuleInfo | null): string {
  const ma = x.assertion.mark;
  const mb = y.assertion.mark;
  if (x.document === y.document && ma !== undefined && mb !== undefined && ma !== mb) {
    return `entries of one live blog ${Math.abs(ma - mb)} minutes apart: ${c.relation}`;
  }
  const window = rule?.window ?? null;
  const gap = daysBetween(timeOf(x), timeOf(y));
  if (gap === null) return `at least one claim is undated: compared as if at the same time (${c.relation})`;
  const apart = gap === 0 ? 'same day or overlapping periods' : `${num(gap)} day${gap === 1 ? '' : 's'} apart`;
  if (window === null) return `${apart}; ${c.relation === 'change' ? 'read as a change over time' : 'no window: compared as at one time'}`;
  if (window === 'never') return `${apart}; the window is "never": always compared as at one time`;
  return c.relation === 'change'
    ? `${apart}, beyond the ${window} window: a change over time, not a contradiction`
    : `${apart}, within the ${window} window: the claims speak of the same time`;
}

function originOf(c: Conflict, rule: RuleInfo | null): string {
  if (c.confidence !== undefined) return `generic frame ${c.rule} (no rule pack names this subject)`;
  if (!rule) return `rule ${c.rule}`;
  return `rule ${rule.id} (pack ${rule.pack}, ${rule.origin})${rule.description ? `: ${rule.description}` : ''}`;
}

function confidenceOf(c: Conflict): string {
  if (c.confidence !== undefined) return `${c.severity}; confidence ${c.confidence}${c.why ? `: ${c.why}` : ''}`;
  return `${c.severity}; rule-backed: the rule's severity`;
}

export function evidenceOf(report: Report, conflict: Conflict): Evidence {
  const claims = claimsOf(report, conflict);
  const rule = report.rules?.find((r) => r.id === conflict.rule) ?? null;
  const labelled: Array<{ claim: Claim; label: string }> = conflict.relation === 'change'
    ? sortByTime(claims).map((claim, i) => ({ claim, label: String(i + 1) }))
    : compatibleSets(conflict, claims).flatMap((set, i) => set.map((claim) => ({ claim, label: setLabel(i) })));
  const labelOf = new Map(labelled.map((l) => [l.claim.index, l.label]));
  const evClaims = labelled.map(({ claim, label }) => ({ claim, label, reading: reading(claim.assertion), ...whenOf(claim) }));
  const pairs: EvidencePair[] = [];
  for (const [i, j] of conflict.pairs.slice(0, MAX_PAIRS)) {
    const x = claims[i];
    const y = claims[j];
    if (!x || !y) continue;
    pairs.push({
      a: `${labelOf.get(i) ?? '?'} ${x.assertion.written}`,
      b: `${labelOf.get(j) ?? '?'} ${y.assertion.written}`,
      values: valuesMeet(x, y, rule),
      time: timeRelation(conflict, x, y, rule),
    });
  }
  const undated = undatedPaths(claims);
  return {
    conflict,
    message: renderMessage(conflict.message, conflict.subject),
    key: claims[0]?.assertion.key ?? conflict.subject,
    rule,
    origin: originOf(conflict, rule),
    confidence: confidenceOf(conflict),
    claims: evClaims,
    pairs,
    morePairs: Math.max(0, conflict.pairs.length - MAX_PAIRS),
    undatedDocuments: undated,
  };
}

export { DATING_HINT };
