// Running a pack's own examples against an extractor (the engine's, injected),
// like textlint-prh's dictionary tests: `match` sentences must yield an
// assertion of the rule with the expected value, scope and role; `no_match`
// sentences must yield no count of the rule.

import type { LoadedRule, RuleExampleMatch, RuleSet } from './types.js';

/** What the tester needs of an extracted assertion. */
export interface ExtractedAssertion {
  rule: string;
  role: string;
  /** A model Value ({kind, number | state | start/end}) or a bare number or string. */
  value: unknown;
  scope: Record<string, string | null>;
}

export type Extractor = (text: string, ruleId: string, published?: string) => ExtractedAssertion[];

export interface ExampleFailure {
  rule: string;
  /** file:line:column of the example in its pack. */
  origin: string;
  /** The example's text. */
  example: string;
  /** One line: origin, rule, what was expected and what was got. */
  message: string;
}

export interface ExampleResults {
  passed: number;
  failures: ExampleFailure[];
}

/** The value to compare: the number of a quantity, the state of a status, the start of a date. */
function comparable(value: unknown): number | string | { start: string; end: string } | unknown {
  if (value !== null && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (v['kind'] === 'quantity' || (typeof v['number'] === 'number' && v['kind'] === undefined)) return v['number'];
    if (v['kind'] === 'status' || (typeof v['state'] === 'string' && v['kind'] === undefined)) return v['state'];
    if (v['kind'] === 'name') return v['name'];
    if (typeof v['start'] === 'string' && typeof v['end'] === 'string') return { start: v['start'], end: v['end'] };
  }
  return value;
}

function valueMatches(expected: number | string, got: unknown): boolean {
  const g = comparable(got);
  if (typeof expected === 'number' || (typeof g === 'number' && typeof expected === 'string' && expected.trim() !== '')) {
    const a = Number(expected);
    const b = typeof g === 'number' ? g : typeof g === 'string' && g.trim() !== '' ? Number(g) : NaN;
    if (Number.isNaN(a) || Number.isNaN(b)) return false;
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (g !== null && typeof g === 'object') {
    // A date range: "2019" matches 2019-01-01..2019-12-31, "2019-06" a month, a day its day.
    const { start, end } = g as { start: string; end: string };
    if (expected === start) return true;
    return start.startsWith(expected) && end.startsWith(expected);
  }
  return String(g) === expected;
}

function showValue(v: unknown): string {
  const c = comparable(v);
  if (c !== null && typeof c === 'object' && 'start' in c) {
    const { start, end } = c as { start: string; end: string };
    return start === end ? start : `${start}..${end}`;
  }
  return typeof c === 'string' ? JSON.stringify(c) : String(c);
}

function showScope(scope: Record<string, string | null | undefined>): string {
  const parts = Object.entries(scope)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${v === null ? 'none' : v}`);
  return parts.length > 0 ? ` [${parts.join(', ')}]` : '';
}

function describeExpected(ex: RuleExampleMatch): string {
  const role = ex.role ?? 'count';
  const value = ex.value === undefined ? '' : ` ${typeof ex.value === 'string' ? JSON.stringify(ex.value) : String(ex.value)}`;
  return `${role}${value}${showScope(ex.scope ?? {})}`;
}

function describeGot(a: ExtractedAssertion, ex: RuleExampleMatch): string {
  // Show the dimensions the example names, plus any others the assertion has set.
  const scope: Record<string, string | null> = {};
  for (const k of Object.keys(ex.scope ?? {})) scope[k] = a.scope[k] ?? null;
  for (const [k, v] of Object.entries(a.scope)) if (v !== null && !(k in scope)) scope[k] = v;
  return `${a.role} ${showValue(a.value)}${showScope(scope)}`;
}

function matches(a: ExtractedAssertion, ex: RuleExampleMatch): boolean {
  if (a.role !== (ex.role ?? 'count')) return false;
  if (ex.value !== undefined && !valueMatches(ex.value, a.value)) return false;
  for (const [k, v] of Object.entries(ex.scope ?? {})) {
    if ((a.scope[k] ?? null) !== v) return false;
  }
  return true;
}

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 77)}...` : t;
}

function selected(rule: LoadedRule, packs: readonly string[] | undefined): boolean {
  if (!packs || packs.length === 0) return true;
  return packs.some((p) => p === rule.pack || p === rule.file);
}

/**
 * Run every selected rule's examples through `extract`. `filter.packs` selects
 * packs by name or by file (as shown in messages). Rules turned off by the
 * config are tested too: a pack's examples are part of the pack.
 */
export function runExamples(
  ruleSet: RuleSet,
  extract: Extractor,
  filter: { packs?: string[] } = {},
): ExampleResults {
  let passed = 0;
  const failures: ExampleFailure[] = [];
  const rules = [...ruleSet.rules, ...(ruleSet.disabled ?? [])];
  for (const rule of rules) {
    if (!selected(rule, filter.packs)) continue;
    const id = rule.spec.id;
    const ex = rule.spec.examples;
    const fail = (origin: string, example: string, what: string): void => {
      failures.push({ rule: id, origin, example, message: `${origin}: ${id}: ${JSON.stringify(clip(example))}: ${what}` });
    };
    const run = (text: string, published?: string): ExtractedAssertion[] | Error => {
      try {
        return extract(text, id, published).filter((a) => a.rule === id);
      } catch (e) {
        return e instanceof Error ? e : new Error(String(e));
      }
    };

    (ex?.match ?? []).forEach((m, j) => {
      const origin = rule.exampleOrigins?.match[j] ?? rule.origin;
      const got = run(m.text, m.published);
      if (got instanceof Error) return fail(origin, m.text, `the extractor threw: ${got.message}`);
      if (got.some((a) => matches(a, m))) {
        passed++;
        return;
      }
      const gotText = got.length === 0 ? 'nothing' : got.map((a) => describeGot(a, m)).join('; ');
      fail(origin, m.text, `expected ${describeExpected(m)}, got ${gotText}`);
    });

    (ex?.no_match ?? []).forEach((text, j) => {
      const origin = rule.exampleOrigins?.no_match[j] ?? rule.origin;
      const got = run(text);
      if (got instanceof Error) return fail(origin, text, `the extractor threw: ${got.message}`);
      const counts = got.filter((a) => a.role === 'count');
      if (counts.length === 0) {
        passed++;
        return;
      }
      fail(origin, text, `expected no match, got ${counts.map((a) => `count ${showValue(a.value)}${showScope(a.scope)}`).join('; ')}`);
    });
  }
  return { passed, failures };
}
