// Data for `claimdiff rules list` and `claimdiff rules show ID`. Pure: returns
// rows and text; the CLI prints them.

import type { ConfigSeverity, LoadedRule, RuleSet, RuleSpec } from './types.js';

export interface RuleRow {
  id: string;
  kind: RuleSpec['kind'];
  subject: string;
  /** The effective severity, or off when the config turned the rule off. */
  severity: ConfigSeverity;
  pack: string;
  /** Where the rule is defined: file:line:column. */
  origin: string;
}

/** One row per rule (rules turned off included), sorted by pack then id. */
export function listRules(ruleSet: RuleSet): RuleRow[] {
  const rows: RuleRow[] = [];
  const add = (r: LoadedRule, severity: ConfigSeverity): void => {
    rows.push({ id: r.spec.id, kind: r.spec.kind, subject: r.spec.subject, severity, pack: r.pack, origin: r.origin });
  };
  for (const r of ruleSet.rules) add(r, r.severity);
  for (const r of ruleSet.disabled ?? []) add(r, 'off');
  return rows.sort((a, b) => cmp(a.pack, b.pack) || cmp(a.id, b.id));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The rule with this id (off or not), or null. */
export function findRule(ruleSet: RuleSet, id: string): { rule: LoadedRule; off: boolean } | null {
  const on = ruleSet.rules.find((r) => r.spec.id === id);
  if (on) return { rule: on, off: false };
  const off = (ruleSet.disabled ?? []).find((r) => r.spec.id === id);
  return off ? { rule: off, off: true } : null;
}

const list = (xs: readonly string[] | undefined): string => (xs && xs.length > 0 ? xs.join(', ') : '');

/**
 * Everything about a rule as readable plain text (lines joined with \n, no
 * colour, no trailing newline), or null when there is no such rule.
 * Texts come from pack files: the CLI still strips control characters.
 */
export function describeRule(ruleSet: RuleSet, id: string): string | null {
  const found = findRule(ruleSet, id);
  if (!found) return null;
  const { rule, off } = found;
  const s = rule.spec;
  const lines: string[] = [];
  const field = (name: string, value: string | number | boolean | undefined): void => {
    if (value === undefined || value === '') return;
    lines.push(`  ${(name + ':').padEnd(17)}${String(value)}`);
  };
  lines.push(`${s.id} (${s.kind}) — ${s.subject}`);
  if (s.description) lines.push(`  ${s.description}`);
  lines.push('');
  field('pack', `${rule.pack} (${rule.origin})`);
  field('severity', off ? 'off (turned off in the config)' : rule.severity);
  field('scope', list(s.scope) || 'none');
  field('window', s.window);
  field('message', s.message);
  switch (s.kind) {
    case 'quantity':
      field('nouns', list(s.lexicon.nouns));
      field('generic', list(s.lexicon.generic));
      field('changes', list(s.lexicon.changes));
      field('frames', list(s.lexicon.frames));
      field('verbs', list(s.lexicon.verbs));
      field('context', list(s.lexicon.context));
      field('exclude', list(s.lexicon.exclude));
      field('units', list(s.units));
      field('tolerance', s.tolerance);
      field('hedge tolerance', s.hedge_tolerance);
      field('vague figures', s.vague);
      field('min', s.min);
      field('max', s.max);
      field('requires', list(s.require));
      field('forecasts', s.forecasts);
      field('subject actor', s.actor_from_subject);
      field('over time', s.over_time);
      field('event span', s.event_span);
      field('cumulative', s.cumulative);
      break;
    case 'status':
      field('nouns', list(s.lexicon.nouns));
      field('not after', list(s.lexicon.not_after));
      field('scale', s.scale.join(' → '));
      for (const state of Object.keys(s.states)) field(`  ${state}`, list(s.states[state]));
      field('incompatible', s.incompatible.map(([a, b]) => `${a} ≠ ${b}`).join(', '));
      field('negated', Object.entries(s.negated ?? {}).map(([from, to]) => `not ${from} → ${to}`).join(', '));
      field('modal', s.planned);
      field('exists', s.exists);
      field('reversible', s.reversible);
      field('max gap', s.max_gap);
      field('requires', list(s.require));
      break;
    case 'frame':
      field('measures', list(s.lexicon.measures));
      field('links', list(s.lexicon.links));
      field('plurals', list(s.lexicon.plurals));
      field('changes', list(s.lexicon.changes));
      field('currencies', Object.entries(s.currencies ?? {}).map(([w, c]) => `${w} ${c}`).join(', '));
      field('measure units', Object.entries(s.measure_units ?? {}).map(([w, u]) => `${w} ${u}`).join(', '));
      field('tolerance', s.tolerance);
      field('hedge tolerance', s.hedge_tolerance);
      field('compared', 'within one folder until stories land (issue 14)');
      break;
    case 'claim':
      field('scale', s.scale.join(' → '));
      field('incompatible', s.incompatible.map(([a, b]) => `${a} × ${b}`).join(', '));
      field('compared', 'within one folder until stories land (issue 14)');
      break;
    case 'quote':
      field('key words', s.key_words ?? 6);
      break;
    case 'clock':
      field('hedges', list(s.lexicon.approximate));
      field('reporting verbs', list(s.lexicon.reporting));
      field('hedge minutes', s.hedge_minutes);
      break;
    case 'date':
      field('events', list(s.lexicon.events));
      field('things', list(s.lexicon.things));
      field('same events', list((s.lexicon.same_events ?? []).map((g) => g.join(' = '))));
      break;
  }
  const match = s.examples?.match ?? [];
  const noMatch = s.examples?.no_match ?? [];
  if (match.length > 0 || noMatch.length > 0) {
    lines.push('', '  examples that match:');
    if (match.length === 0) lines.push('    (none)');
    for (const ex of match) {
      const bits: string[] = [];
      if (ex.value !== undefined) bits.push(`value ${String(ex.value)}`);
      if (ex.role && ex.role !== 'count') bits.push(`role ${ex.role}`);
      for (const [k, v] of Object.entries(ex.scope ?? {})) bits.push(`${k} ${v ?? 'none'}`);
      lines.push(`    ✓ ${ex.text}${bits.length > 0 ? `  → ${bits.join(', ')}` : ''}`);
    }
    lines.push('  examples that do not match:');
    if (noMatch.length === 0) lines.push('    (none)');
    for (const text of noMatch) lines.push(`    ✗ ${text}`);
  }
  return lines.join('\n');
}
