// Verbs that name one act, as the generic kinds ask WordNet: among the first senses only.
import { expect, test } from 'vitest';
import { synonymVerbs } from '../../src/checks/synonyms.js';
import { loadLexicon } from '../../src/lexicon/index.js';

const same = synonymVerbs(loadLexicon(), 'event');

test.each([
  ['sink', 'go down', true],
  ['sack', 'dismiss', true],
  ['shut', 'close', true],
  ['step down', 'resign', true],
  // Share a synset only far down their senses: a seizure made is no hearing fixed.
  ['make', 'fix', false],
  ['kill', 'die', false],
  ['injure', 'kill', false],
  ['be', 'represent', false],
])('%s / %s: %s', (a, b, expected) => {
  expect(same('event', a, b)).toBe(expected);
  expect(same('event', b, a)).toBe(expected);
  expect(same('predicate', a, b)).toBe(false);
});
