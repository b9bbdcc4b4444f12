// The rule set a command runs with: built-in packs, --rules packs, and the
// config file (--config, or .claimdiff.yaml found upward from the working folder).

import { findConfig, loadConfig, loadRuleSet, ruleProblems } from '../rules/index.js';
import type { RuleSet } from '../rules/types.js';
import { CliError } from './io.js';

export interface RuleOptions {
  rules?: string[];
  config?: string | false;
}

export function ruleSetFor(opts: RuleOptions, cwd: string): RuleSet {
  try {
    const configFile = opts.config === false ? null : (opts.config ?? findConfig(cwd));
    const config = configFile ? loadConfig(configFile) : null;
    return loadRuleSet({ packs: opts.rules ?? [], config });
  } catch (e) {
    const problems = ruleProblems(e);
    if (problems) throw new CliError(problems.map(String).join('\n'));
    throw e;
  }
}
