// `claimdiff rules list | show ID | test [PACK...]`.

import { resolve } from 'node:path';
import { compileRules, extractText } from '../engine/scan.js';
import { describeRule, listRules, runExamples } from '../rules/index.js';
import { displayPath } from '../rules/paths.js';
import { CliError, EXIT } from './io.js';
import { ruleSetFor, type RuleOptions } from './rules-setup.js';

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ')).join('\n') + '\n';
}

export function rulesList(opts: RuleOptions): number {
  const rows = listRules(ruleSetFor(opts, process.cwd())).map((r) => [r.id, r.kind, r.subject, r.severity, r.pack]);
  process.stdout.write(table([['ID', 'KIND', 'SUBJECT', 'SEVERITY', 'PACK'], ...rows]));
  return EXIT.clean;
}

export function rulesShow(id: string, opts: RuleOptions): number {
  const text = describeRule(ruleSetFor(opts, process.cwd()), id);
  if (text === null) throw new CliError(`unknown rule "${id}" (see claimdiff rules list)`);
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  return EXIT.clean;
}

/** Runs the examples of the given packs (all packs when none given); exit 1 when one fails. */
export function rulesTest(packs: string[], opts: RuleOptions): number {
  const ruleSet = ruleSetFor({ ...opts, rules: [...(opts.rules ?? []), ...packs] }, process.cwd());
  const compiled = compileRules(ruleSet);
  const shown = packs.map((p) => displayPath(resolve(p)));
  const chosen = ruleSet.rules.filter((r) => shown.some((s) => r.file === s || (r.file ?? '').startsWith(`${s}/`)));
  const filter = packs.length ? { packs: [...new Set(chosen.map((r) => r.pack))] } : undefined;
  const results = runExamples(ruleSet, (text) => extractText(text, compiled), filter);
  for (const f of results.failures) process.stdout.write(`✖ ${f.message}\n`);
  const failed = results.failures.length;
  process.stdout.write(`${results.passed} example${results.passed === 1 ? '' : 's'} passed, ${failed} failed\n`);
  return failed > 0 ? EXIT.conflicts : EXIT.clean;
}
