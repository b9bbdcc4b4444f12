// The rule set a command runs with: built-in packs, --rules packs, and the
// config file (--config, or .claimdiff.yaml found upward from the working folder).

import { resolve } from 'node:path';
import { stripControls } from '../formatters/index.js';
import { findConfig, loadConfig, loadRuleSet, ruleProblems } from '../rules/index.js';
import type { RuleSet } from '../rules/types.js';
import { CliError } from './io.js';

export interface RuleOptions {
  rules?: string[];
  config?: string | false;
}

function configFileFor(opts: RuleOptions, cwd: string): string | null {
  return opts.config === false ? null : (opts.config ?? findConfig(cwd));
}

/** The files a rule set was read from (the config and the user's packs), as absolute paths. */
export function ruleInputs(opts: RuleOptions, cwd: string, ruleSet: RuleSet): string[] {
  const config = configFileFor(opts, cwd);
  return [...(config ? [resolve(cwd, config)] : []), ...(ruleSet.packs ?? []).filter((p) => !p.builtin).map((p) => p.path)];
}

export function ruleSetFor(opts: RuleOptions, cwd: string): RuleSet {
  try {
    const configFile = configFileFor(opts, cwd);
    const config = configFile ? loadConfig(configFile) : null;
    return loadRuleSet({ packs: opts.rules ?? [], config });
  } catch (e) {
    const problems = ruleProblems(e);
    // One line per problem; file names and quoted values come from the user: no control sequences.
    if (problems) throw new CliError(problems.map((p) => stripControls(String(p)).replace(/\n/g, ' ')).join('\n'), true);
    throw e;
  }
}
