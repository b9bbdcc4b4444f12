// The generic status frame on sentences as news writes them: subject, predicate and state;
// and what must not read as a claim (modals, questions, conditionals, traps).
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractText } from '../../src/engine/scan.js';
import { compileForRun } from '../../src/rules/compile.js';
import { loadRuleSet } from '../../src/rules/load.js';
import { root } from '../helpers.js';

// The frame is an opt-in pack (rules/opt-in/claims.yaml): loaded here as a user would load it.
const rules = compileForRun(loadRuleSet({ builtin: true, packs: [join(root, 'rules', 'opt-in', 'claims.yaml')] }));
const claims = (text: string) => extractText(text, rules).filter((a) => a.rule === 'generic-status');
const state = (text: string) => claims(text).map((a) => [a.scope['subject'], a.scope['predicate'], a.value.kind === 'status' ? a.value.state : '?']);

describe('generic status frame', () => {
  test.each([
    ['The captain was arrested on Wednesday.', ['captain', 'arrest', 'asserted']],
    ['Police denied reports that the captain had been arrested.', ['captain', 'arrest', 'negated']],
    ['No charges have been filed.', ['charge', 'file', 'negated']],
    ['The charges were filed on Monday.', ['charge', 'file', 'asserted']],
    ['No deaths have been linked to the outbreak.', ['death', 'link', 'negated']],
    ['Mr Smith refused to concede.', ['smith', 'concede', 'negated']],
    ['The school remains open.', ['school', 'close', 'negated']],
    ['The school has closed.', ['school', 'close', 'asserted']],
    // A pronoun after a verb of saying is the speaker; a reported "would" is a plan announced.
    ['The company said it will repay the grant in full.', ['company', 'repay', 'planned']],
    ['The trust said on the day of the ruling that it would not appeal.', ['trust', 'appeal', 'not-planned']],
    // A bare plural that underwent a past act is an event; an act named by its noun with a light verb is that act.
    ['Shots were fired inside the bank.', ['shot', 'fire', 'asserted']],
    ['Police said no arrests were made.', ['*', 'arrest', 'negated']],
  ])('%s', (text, expected) => {
    expect(state(text)).toContainEqual(expected);
  });

  test.each([
    'The captain could be arrested.',
    'Was the captain arrested?',
    'If the captain is arrested, the union will strike.',
    'He was not arrested.',
    'Last year the group urged Muslims not to vote for Labour.',
    'Customers were not affected.',
    'The channel is open again.',
    'He would not appeal if the court ruled against him, he said.',
    'It is a transfer from passengers whose journeys are not disrupted.',
  ])('no claim: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  test('a denial of a report about a different person is another subject', () => {
    const a = state('The captain was arrested on Wednesday.');
    const b = state('Police denied reports that the owner had been arrested.');
    expect(a[0]?.[0]).not.toBe(b[0]?.[0]);
  });

  test('negation of a different event keeps its own predicate', () => {
    expect(state('The captain was arrested but the crew were not charged.')).toEqual([
      ['captain', 'arrest', 'asserted'],
      ['crew', 'charge', 'negated'],
    ]);
  });
});
