import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/rules/load.js';
import { describeRule, listRules } from '../../src/rules/describe.js';
import { runExamples, type ExtractedAssertion } from '../../src/rules/tester.js';
import { tempDir, write } from './helpers.js';

/** A toy extractor: "N soldiers/troops [in Place]", "by N" is a change. Values as the engine gives them. */
function fakeExtract(text: string, ruleId: string): ExtractedAssertion[] {
  const out: ExtractedAssertion[] = [];
  const re = /(?:(by) )?(\d[\d,]*) (?:\w+ )?(soldiers|troops)(?: in (\w+))?/g;
  for (const m of text.matchAll(re)) {
    const n = Number((m[2] ?? '').replace(/,/g, ''));
    out.push({
      rule: ruleId,
      role: m[1] ? 'change' : 'count',
      value: { kind: 'quantity', number: n, low: n, high: n, hedge: 'exact', unit: null },
      scope: { place: m[4] ? m[4].toLowerCase() : null, actor: null },
    });
  }
  return out;
}

const PACK = `pack: toy
rules:
  - id: toy-troops
    kind: quantity
    subject: troops
    scope: [place]
    lexicon:
      nouns: [soldiers, troops]
    examples:
      match:
        - text: There are 5,000 soldiers in Iraq.
          value: 5000
          scope: { place: iraq }
        - text: Some 900 troops are deployed.
          value: 900
        - text: The army will cut its force by 500 soldiers.
          value: 500
          role: change
        - text: Only 300 soldiers in Syria.
      no_match:
        - Thousands of people marched.
        - The pact has been in force since 2008.
`;

const FAILING = `pack: toy-bad
rules:
  - id: toy-bad
    kind: quantity
    subject: troops
    scope: [place]
    lexicon:
      nouns: [soldiers]
    examples:
      match:
        - text: There are 5,000 soldiers in Iraq.
          value: 4000
          scope: { place: iraq }
        - text: No figure here.
        - text: There are 70 soldiers in Syria.
          scope: { place: iraq }
      no_match:
        - Nearly 200 soldiers left.
`;

describe('runExamples', () => {
  const d = tempDir();
  const good = write(d, 'toy.yaml', PACK);
  const bad = write(d, 'toy-bad.yaml', FAILING);
  const set = loadRuleSet({ builtin: false, packs: [good, bad] });

  it('passes examples the extractor gets right', () => {
    const r = runExamples(set, fakeExtract, { packs: ['toy'] });
    expect(r.failures).toEqual([]);
    expect(r.passed).toBe(6);
  });

  it('reports failing examples with file:line, expected and got', () => {
    const r = runExamples(set, fakeExtract, { packs: [bad] });
    expect(r.passed).toBe(0);
    expect(r.failures.map((f) => f.message)).toEqual([
      `${bad}:11:11: toy-bad: "There are 5,000 soldiers in Iraq.": expected count 4000 [place=iraq], got count 5000 [place=iraq]`,
      `${bad}:14:11: toy-bad: "No figure here.": expected count, got nothing`,
      `${bad}:15:11: toy-bad: "There are 70 soldiers in Syria.": expected count [place=iraq], got count 70 [place=syria]`,
      `${bad}:18:11: toy-bad: "Nearly 200 soldiers left.": expected no match, got count 200 [place=none, actor=none]`,
    ]);
    expect(r.failures[0]).toMatchObject({ rule: 'toy-bad', origin: `${bad}:11:11`, example: 'There are 5,000 soldiers in Iraq.' });
  });

  it('runs all packs without a filter; accepts bare values; reports an extractor that throws', () => {
    const all = runExamples(set, fakeExtract);
    expect(all.passed).toBe(6);
    expect(all.failures).toHaveLength(4);
    const bare = runExamples(set, (t, id) => fakeExtract(t, id).map((a) => ({ ...a, value: (a.value as { number: number }).number })), {
      packs: ['toy'],
    });
    expect(bare.failures).toEqual([]);
    const throwing = runExamples(
      set,
      () => {
        throw new Error('engine not ready');
      },
      { packs: ['toy'] },
    );
    expect(throwing.failures[0]?.message).toBe(
      `${good}:11:11: toy-troops: "There are 5,000 soldiers in Iraq.": the extractor threw: engine not ready`,
    );
  });

  it('compares status states and date ranges', () => {
    const d2 = tempDir();
    const p = write(
      d2,
      'misc.yaml',
      `rules:
  - id: talks
    kind: status
    subject: talks
    lexicon: { nouns: [talks] }
    scale: [none, ongoing, concluded]
    states: { ongoing: [under way], concluded: [ended] }
    examples:
      match:
        - { text: The talks are under way., value: ongoing }
  - id: vote-date
    kind: date
    subject: the vote
    lexicon: { events: [vote] }
    examples:
      match:
        - { text: The vote is in June 2019., value: 2019-06 }
        - { text: The vote was on 2019-06-15., value: "2019-06-15" }
`,
    );
    const s = loadRuleSet({ builtin: false, packs: [p] });
    const r = runExamples(s, (text, rule) => {
      if (rule === 'talks') return [{ rule, role: 'count', value: { kind: 'status', state: 'ongoing' }, scope: {} }];
      const day = /\d{4}-\d\d-\d\d/.exec(text)?.[0];
      const value = day
        ? { kind: 'date', start: day, end: day, precision: 'day' }
        : { kind: 'date', start: '2019-06-01', end: '2019-06-30', precision: 'month' };
      return [{ rule, role: 'count', value, scope: {} }];
    });
    expect(r.failures).toEqual([]);
    expect(r.passed).toBe(3);
  });

  it('the built-in packs run through the runner', () => {
    const builtin = loadRuleSet();
    const r = runExamples(builtin, () => [], { packs: ['forces'] });
    const troop = builtin.rules.find((x) => x.spec.id === 'troop-count')!;
    // An extractor that finds nothing fails every match example and passes every no_match.
    expect(r.failures).toHaveLength(troop.spec.examples?.match?.length ?? 0);
    expect(r.passed).toBe(troop.spec.examples?.no_match?.length ?? 0);
    expect(r.failures[0]?.message).toBe(
      'rules/forces.yaml:22:11: troop-count: "Some 5,000 US soldiers are in Iraq as part of the coalition.": expected count 5000 [place=iraq, actor=us], got nothing',
    );
  });
});

describe('describe', () => {
  it('lists rules and shows one', () => {
    const set = loadRuleSet();
    expect(listRules(set).find((r) => r.id === 'troop-count')).toEqual(
      { id: 'troop-count', kind: 'quantity', subject: 'troops', severity: 'error', pack: 'forces', origin: 'rules/forces.yaml:5:5' },
    );
    const text = describeRule(set, 'troop-count')!;
    expect(text.split('\n')[0]).toBe('troop-count (quantity) — troops');
    expect(text).toContain('  pack:            forces (rules/forces.yaml:5:5)');
    expect(text).toContain('  severity:        error');
    expect(text).toContain('  scope:           place, actor');
    expect(text).toContain('  tolerance:       0.05');
    expect(text).toContain('    ✓ Some 5,000 US soldiers are in Iraq as part of the coalition.  → value 5000, place iraq, actor us');
    expect(text).toContain('    ✗ Thousands of Americans marched in the capital.');
    expect(describeRule(set, 'nope')).toBeNull();
  });
});
