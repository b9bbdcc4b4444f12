// The registry of check kinds. Adding a kind is code; adding a rule is YAML.

import type { EntityMatcher } from '../engine/entities.js';
import { linearMatcher } from '../engine/linear-matcher.js';
import { backtrackingMatcher, type MatcherFactory } from '../engine/matcher.js';
import { isRegexPhrase } from '../rules/phrases.js';
import type { LoadedRule } from '../rules/types.js';
import type { Lexicon } from '../lexicon/types.js';
import { dateCheck } from './date.js';
import { claimCheck } from './claim.js';
import { clockCheck } from './clock.js';
import { frameCheck } from './frame.js';
import { nameCheck } from './name.js';
import { quantityCheck } from './quantity.js';
import { quoteCheck } from './quote.js';
import { statusCheck } from './status.js';
import type { CheckKind, CompiledCheck } from './types.js';

export const checkKinds: ReadonlyMap<string, CheckKind> = new Map([
  [quantityCheck.kind, quantityCheck],
  [statusCheck.kind, statusCheck],
  [dateCheck.kind, dateCheck],
  [frameCheck.kind, frameCheck],
  [claimCheck.kind, claimCheck],
  [nameCheck.kind, nameCheck],
  [clockCheck.kind, clockCheck],
  [quoteCheck.kind, quoteCheck],
]);

/** Every phrase a rule's expressions are built from: lexicon lists (and groups in them), status states. */
function phrasesOf(rule: LoadedRule): string[] {
  const lists: unknown[] = [...Object.values(rule.spec.lexicon), ...(rule.spec.kind === 'status' ? Object.values(rule.spec.states) : [])];
  return lists.flat(2).filter((p): p is string => typeof p === 'string');
}

/**
 * The engine a rule's expressions run on. A user's regular expression can backtrack for
 * ever on V8, so a user rule that has one runs whole on RE2; a rule of plain phrases
 * (escaped into our own templates) and the built-in packs stay on the faster V8.
 */
export function matcherFor(rule: LoadedRule): MatcherFactory {
  return rule.builtin !== true && phrasesOf(rule).some(isRegexPhrase) ? linearMatcher : backtrackingMatcher;
}

/**
 * Compiles the rules whose kind is implemented; the loader has already rejected unknown kinds.
 * Fallback checks (the generic frame) come last, so that the figures rules take are known first.
 */
export function compileChecks(rules: readonly LoadedRule[], entities: EntityMatcher, lexicon: Lexicon): CompiledCheck[] {
  const out: CompiledCheck[] = [];
  for (const rule of rules) {
    const kind = checkKinds.get(rule.spec.kind);
    if (kind) out.push(kind.compile(rule, entities, matcherFor(rule), lexicon));
  }
  return [...out.filter((c) => !c.fallback), ...out.filter((c) => c.fallback)];
}
