// The one-pass trigger test admits exactly the checks whose own trigger expression
// matches: on every sentence of the fixtures and seeds, and on words that hide
// inside other words or differ only in case.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileChecks } from '../../src/checks/index.js';
import { createEntityMatcher } from '../../src/engine/entities.js';
import { splitSentences } from '../../src/engine/sentences.js';
import { compilePrefilter, compileTriggers } from '../../src/engine/triggers.js';
import { listFiles, readDocument } from '../../src/inputs/index.js';
import { loadRuleSet } from '../../src/rules/index.js';
import type { LoadedRule } from '../../src/rules/types.js';
import { root, shared } from '../helpers.js';

const ruleSet = loadRuleSet();
const checks = compileChecks(ruleSet.rules, createEntityMatcher(ruleSet.aliases));
// Each check on its own: its trigger expression, or, for a check with paired words, one of its
// own words, or a paired word together with a context word (any case, anywhere).
const has = (text: string, words: readonly string[]): boolean => words.some((w) => text.toLowerCase().includes(w.toLowerCase()));
// Name checks are left out of both: they read every sentence apart (engine/extract.ts).
const one = (text: string): boolean[] =>
  checks.map((c) =>
    c.namesOnly ? false : c.pairedTrigger && c.triggerWords
      ? has(text, c.triggerWords) || (has(text, c.pairedTrigger.words) && has(text, c.pairedTrigger.context))
      : c.trigger.test(text),
  );

describe('one-pass triggers', () => {
  const triggers = compileTriggers(checks);

  // The prefilter as the union of the checks' own trigger expressions.
  // A trigger that is no RegExp and has no words is tested on its own; name checks are in neither.
  const figures = checks.filter((c) => !c.namesOnly);
  const own = figures.filter((c) => c.triggerWords === null && !(c.trigger instanceof RegExp));
  const blind = new RegExp(`\\b(?:${figures.filter((c) => !own.includes(c)).map((c) => c.trigger.source).join('|')})`, 'i');
  const union = { test: (text: string): boolean => blind.test(text) || own.some((c) => c.trigger.test(text)) };
  const prefilter = compilePrefilter(checks);

  test('agree with every check trigger, and the prefilter with their union, on every fixture and seed sentence', async () => {
    const dirs = [join(root, 'fixtures'), join(shared, 'seeds')].filter((d) => existsSync(d));
    const listed = await listFiles(dirs, { cwd: root });
    let sentences = 0;
    for (const f of listed.files) {
      const doc = (await readDocument(f, { meta: listed.meta })).document;
      if (!doc) continue;
      for (const s of splitSentences(doc.text)) {
        const text = doc.text.slice(s.start, s.end);
        expect(triggers(text), text).toEqual(one(text));
        expect(prefilter.test(text), text).toBe(union.test(text));
        sentences++;
      }
    }
    expect(sentences).toBeGreaterThan(100);
  });

  test('a generic noun admits its rule only beside a context word', () => {
    const toll = checks.findIndex((c) => c.rule.spec.id === 'death-toll');
    expect(toll).toBeGreaterThanOrEqual(0);
    expect(triggers('Some 45 people gathered in the square.')[toll]).toBe(false);
    expect(triggers('Some 45 people were killed in the square.')[toll]).toBe(true);
  });

  test.each(['', 'TROOPS', 'within the atoll', 'killings and INJURIES', 'the pre-tax line', 'nothing at all here', '45 PEOPLE DIED'])('agree on %j', (text) => {
    expect(triggers(text)).toEqual(one(text));
    expect(prefilter.test(text)).toBe(union.test(text));
  });

  test('a trigger with a regular expression is tested on its own', () => {
    const rule = ruleSet.rules.find((r) => r.spec.kind === 'status') as LoadedRule;
    const spec = { ...rule.spec, lexicon: { ...rule.spec.lexicon, nouns: ['/wal+kouts?/'] } } as LoadedRule['spec'];
    const [check] = compileChecks([{ ...rule, spec }], createEntityMatcher(ruleSet.aliases));
    expect(check?.triggerWords).toBeNull();
    const test1 = compileTriggers(check ? [check] : []);
    expect(test1('a walllkout')).toEqual([true]);
    expect(test1('a walk out')).toEqual([false]);
  });
});
