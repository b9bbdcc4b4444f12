// Rule packs: loading, validation, config, example tests, descriptions.

export { RuleError, RuleErrors, isRuleProblem, ruleProblems } from './errors.js';
export { loadPackFile, loadRuleSet, applyConfigAliases, DEFAULT_SEVERITY, type LoadRuleSetOptions } from './load.js';
export { findConfig, loadConfig, CONFIG_NAMES } from './config.js';
export { runExamples, type Extractor, type ExtractedAssertion, type ExampleFailure, type ExampleResults } from './tester.js';
export { listRules, describeRule, findRule, type RuleRow } from './describe.js';
export { checkPhrase, isRegexPhrase, phraseSource, PHRASE_FLAGS } from './phrases.js';
export { builtinPacksDir, packageRoot } from './paths.js';
export type * from './types.js';
