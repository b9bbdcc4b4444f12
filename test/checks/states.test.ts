// Open or shut at one time: the generic status frame kept to the verbs of opening and closing.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, scanDocuments } from '../../src/engine/scan.js';
import { documentFromText } from '../../src/inputs/index.js';
import { compileForRun } from '../../src/rules/compile.js';
import { loadRuleSet } from '../../src/rules/load.js';
import { root } from '../helpers.js';

const rules = compileForRun(loadRuleSet({ builtin: true }));
const states = (text: string) => extractText(text, rules).filter((a) => a.rule === 'open-status');
const folder = (name: string) => {
  const dir = join(root, 'fixtures/gold', name);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => documentFromText(join(dir, f), readFileSync(join(dir, f), 'utf8')));
};

describe('open and closed', () => {
  test.each([
    ['Harlow Cross remains closed.', 'asserted', 'close'],
    ['Transit officials said Harlow Cross reopened to passengers at 5 p.m.', 'negated', 'close'],
    ['Organisers say the festival will go ahead as planned.', 'not-planned', 'cancel'],
    ['The emergency department remained open throughout.', 'negated', 'close'],
    // A destination after "to" is no infinitive; "shut" is read as the first listed verb it is a synonym of.
    ['The tunnel has reopened to traffic.', 'negated', 'close'],
    ['The tunnel remains closed to traffic.', 'asserted', 'close'],
    ['The tunnel stays shut.', 'asserted', 'close'],
  ])('%s', (text, state, predicate) => {
    const [claim] = states(text);
    expect(claim?.value).toEqual({ kind: 'status', state });
    expect(claim?.scope['predicate']).toBe(predicate);
  });

  test.each([
    // An active verb's definite object is what the status is said of, as the passive's subject is (session 16).
    ["The CAA has suspended Boreal's launch licence while investigators search the wreckage.", 'licence', 'asserted'],
    ['The licence had not been suspended, the regulator said.', 'licence', 'negated'],
    ['Organisers have cancelled the race.', 'race', 'asserted'],
    // The object's status is read with the subject's rules of negation and plan: "yet to", a reported "would".
    ['Organisers have yet to cancel the race.', 'race', 'negated'],
    ['The company said it would close the site.', 'site', 'planned'],
    // A participle after its noun modifies it: the noun is the subject.
    ['The contractor involved, AquaDose Services, has not been suspended.', 'contractor', 'negated'],
  ])('%s: of the %s', (text, subject, state) => {
    const [claim] = states(text);
    expect(claim?.scope['subject']).toBe(subject);
    expect(claim?.value).toEqual({ kind: 'status', state });
  });

  test('"reopened at 5 p.m." against "remains closed" the same evening is a conflict; a day later, a change', () => {
    const report = scanDocuments(folder('calverton-harlow-cross-water-main-flood'), rules);
    const found = report.conflicts.filter((c) => c.rule === 'open-status' && c.relation === 'contradiction');
    expect(found).toHaveLength(1);
    const shipping = scanDocuments(folder('ship-havenburg'), rules).conflicts.filter((c) => c.rule === 'open-status');
    expect(shipping.every((c) => c.relation === 'change')).toBe(true);
  });
});
