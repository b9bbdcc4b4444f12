// The registry of check kinds. Adding a kind is code; adding a rule is YAML.

import type { EntityMatcher } from '../engine/entities.js';
import type { LoadedRule } from '../rules/types.js';
import type { Lexicon } from '../lexicon/types.js';
import { dateCheck } from './date.js';
import { frameCheck } from './frame.js';
import { quantityCheck } from './quantity.js';
import { statusCheck } from './status.js';
import type { CheckKind, CompiledCheck } from './types.js';

export const checkKinds: ReadonlyMap<string, CheckKind> = new Map([
  [quantityCheck.kind, quantityCheck],
  [statusCheck.kind, statusCheck],
  [dateCheck.kind, dateCheck],
  [frameCheck.kind, frameCheck],
]);

/**
 * Compiles the rules whose kind is implemented; the loader has already rejected unknown kinds.
 * Fallback checks (the generic frame) come last, so that the figures rules take are known first.
 */
export function compileChecks(rules: readonly LoadedRule[], entities: EntityMatcher, lexicon: Lexicon): CompiledCheck[] {
  const out: CompiledCheck[] = [];
  for (const rule of rules) {
    const kind = checkKinds.get(rule.spec.kind);
    if (kind) out.push(kind.compile(rule, entities, lexicon));
  }
  return [...out.filter((c) => !c.fallback), ...out.filter((c) => c.fallback)];
}
