// Contradiction or change. Until claims carry their own times (issue on time),
// every conflict is a contradiction: with no time known, two accounts of the
// same thing cannot both be true.

import type { CompiledCheck } from '../checks/types.js';
import type { Assertion, DocumentInfo, Relation } from '../model.js';

export function classifyTime(
  _claims: readonly Assertion[], _pairs: ReadonlyArray<[number, number]>, _check: CompiledCheck, _documents: readonly DocumentInfo[],
): Relation {
  return 'contradiction';
}
