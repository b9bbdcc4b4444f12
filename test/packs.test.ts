// Every built-in rule's own examples hold against the real engine (what
// `claimdiff rules test` runs in CI).
import { describe, expect, test } from 'vitest';
import { extractText } from '../src/engine/scan.js';
import { compileForRun } from '../src/rules/compile.js';
import { loadRuleSet, runExamples } from '../src/rules/index.js';

describe('built-in packs', () => {
  const ruleSet = loadRuleSet();
  const compiled = compileForRun(ruleSet);
  const results = runExamples(ruleSet, (text, _id, published) => extractText(text, compiled, published ?? null));

  test('every example of every rule holds', () => {
    expect(results.failures.map((f) => f.message)).toEqual([]);
    expect(results.passed).toBeGreaterThan(60);
  });

  test('every rule has examples that must and must not match', () => {
    for (const r of ruleSet.rules) {
      expect(r.spec.examples?.match?.length ?? 0, r.spec.id).toBeGreaterThan(0);
      expect(r.spec.examples?.no_match?.length ?? 0, r.spec.id).toBeGreaterThan(0);
    }
  });
});
