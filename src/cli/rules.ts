// `claimdiff rules list | show ID | test [PACK...]`.

import { realpathSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { extractText } from '../engine/scan.js';
import { compileForRun } from '../rules/compile.js';
import { collapseWhitespace, stripControls } from '../formatters/index.js';
import { describeRule, listRules, runExamples } from '../rules/index.js';
import type { LoadedRule } from '../rules/types.js';
import { CliError, EXIT } from './io.js';
import { ruleSetFor, type RuleOptions } from './rules-setup.js';

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ')).join('\n') + '\n';
}

export function rulesList(opts: RuleOptions): number {
  // Subjects and pack names come from pack files: no control sequences, one line each.
  const cell = (s: string): string => collapseWhitespace(stripControls(s));
  const rows = listRules(ruleSetFor(opts, process.cwd())).map((r) => [r.id, r.kind, cell(r.subject), r.severity, cell(r.pack)]);
  process.stdout.write(table([['ID', 'KIND', 'SUBJECT', 'SEVERITY', 'PACK'], ...rows]));
  return EXIT.clean;
}

export function rulesShow(id: string, opts: RuleOptions): number {
  const text = describeRule(ruleSetFor(opts, process.cwd()), id);
  if (text === null) throw new CliError(`unknown rule ${JSON.stringify(id)} (see claimdiff rules list)`);
  const clean = stripControls(text);
  process.stdout.write(clean.endsWith('\n') ? clean : `${clean}\n`);
  return EXIT.clean;
}

/** Runs the examples of the given packs (all packs when none given); exit 1 when one fails. */
export function rulesTest(packs: string[], opts: RuleOptions): number {
  const ruleSet = ruleSetFor({ ...opts, rules: [...(opts.rules ?? []), ...packs] }, process.cwd());
  const compiled = compileForRun(ruleSet);
  // The rules of the named packs only, compared by real path: a pack may be named
  // "./x.yaml", "../x.yaml" or by an absolute path, and may be a built-in one.
  const targets = packs.map((p) => packTarget(p));
  const inTargets = (r: LoadedRule): boolean => {
    if (r.file === undefined) return false;
    const real = realOrSelf(resolve(r.file));
    return targets.some((t) => (t.dir ? real.startsWith(t.path + sep) : real === t.path));
  };
  const tested =
    packs.length === 0 ? ruleSet : { ...ruleSet, rules: ruleSet.rules.filter(inTargets), disabled: (ruleSet.disabled ?? []).filter(inTargets) };
  const results = runExamples(tested, (text, _id, published) => extractText(text, compiled, published ?? null));
  for (const f of results.failures) process.stdout.write(`✖ ${f.message}\n`);
  const failed = results.failures.length;
  process.stdout.write(`${results.passed} example${results.passed === 1 ? '' : 's'} passed, ${failed} failed\n`);
  return failed > 0 ? EXIT.conflicts : EXIT.clean;
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

/** A pack named on the command line, as a real path; folders select the packs in them. */
function packTarget(p: string): { path: string; dir: boolean } {
  const path = realOrSelf(resolve(p));
  let dir = false;
  try {
    dir = statSync(path).isDirectory();
  } catch {
    // the loader has reported it already
  }
  return { path, dir };
}
