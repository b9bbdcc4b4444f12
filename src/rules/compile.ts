// Rules compiled for a run: the rule set with the word knowledge the generic frames use
// (the WordNet table built by `npm run build`, read on first use). The engine takes the
// lexicon as an argument; this is where the file is read, for the CLI and the pool
// worker alike, so that both compile the same checks.

import { compileRules } from '../engine/scan.js';
import type { CompiledRules } from '../engine/extract.js';
import { loadLexicon } from '../lexicon/index.js';
import type { RuleSet } from './types.js';

export function compileForRun(ruleSet: RuleSet): CompiledRules {
  return compileRules(ruleSet, { lexicon: loadLexicon() });
}
