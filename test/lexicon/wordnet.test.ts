// The WordNet lexicon against what WordNet 3.1 actually says (checked in its data files),
// not what a frame might wish: "euro" is a monetary unit, not a currency; "ferry" is a
// vessel and a boat, not a ship; "people" is a group, not a person.
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadLexicon, wordnetTableFile, type Pos } from '../../src/lexicon/index.js';

const lexicon = loadLexicon();

test('the built table is there (npm run build writes it)', () => {
  expect(existsSync(wordnetTableFile())).toBe(true);
});

describe('lemma', () => {
  const cases: Array<[word: string, pos: Pos, lemma: string]> = [
    ['operators', 'noun', 'operator'],
    ['passengers', 'noun', 'passenger'],
    ['children', 'noun', 'child'], // noun.exc
    ['mice', 'noun', 'mouse'], // noun.exc
    ['strikes', 'noun', 'strike'],
    ['buses', 'noun', 'bus'], // -ses
    ['Ferries', 'noun', 'ferry'], // -ies, case
    ['data', 'noun', 'data'], // a lemma itself comes before noun.exc's "datum"
    ['flight attendants', 'noun', 'flight attendant'], // a collocation's head
    ['crane operators', 'noun', 'crane operator'], // not in WordNet: the head's base form all the same
    ['evacuated', 'verb', 'evacuate'], // -ed → -e
    ['Evacuating', 'verb', 'evacuate'],
    ['strikes', 'verb', 'strike'],
    ['fled', 'verb', 'flee'], // verb.exc
    ['stopped', 'verb', 'stop'],
    ['planning', 'verb', 'plan'], // doubled consonant, checked against the index
    ['lying', 'verb', 'lie'], // verb.exc
    ['found', 'verb', 'find'], // verb.exc before the lemma "found"
    ['walked out', 'verb', 'walk out'],
    ['biggest', 'adj', 'big'],
    ['better', 'adj', 'good'], // adj.exc
    ['xyzzies', 'noun', 'xyzzies'], // unknown: the word, lower-cased
  ];
  test.each(cases)('%s (%s) → %s', (word, pos, lemma) => {
    expect(lexicon.lemma(word, pos)).toBe(lemma);
  });
});

describe('isA', () => {
  const cases: Array<[a: string, ancestor: string, expected: boolean]> = [
    ['passenger', 'person', true],
    ['passengers', 'person', true],
    ['crane operator', 'person', true], // via "operator"
    ['subscriber', 'person', true],
    ['inmate', 'person', true],
    ['evacuee', 'person', true],
    ['flight attendant', 'person', true],
    ['children', 'person', true],
    ['person', 'person', true], // a sense is its own kind
    ['tractor', 'vehicle', true],
    ['ferry', 'vessel', true],
    ['ferry', 'boat', true],
    ['ferry', 'ship', false],
    ['euro', 'monetary unit', true],
    ['euro', 'currency', false],
    ['paris', 'city', true], // an instance hypernym
    ['strike', 'work stoppage', true],
    ['tractor', 'person', false],
    ['euro', 'person', false],
    ['people', 'person', false], // WordNet's "people" is a group
    ['xyzzy', 'person', false],
    ['person', 'xyzzy', false],
  ];
  test.each(cases)('%s is a %s: %s', (a, ancestor, expected) => {
    expect(lexicon.isA(a, ancestor)).toBe(expected);
  });
});

describe('synonymous', () => {
  const cases: Array<[a: string, b: string, pos: Pos, expected: boolean]> = [
    ['steward', 'flight attendant', 'noun', true],
    ['car', 'automobile', 'noun', true],
    ['shut', 'close', 'verb', true],
    ['walk out', 'strike', 'verb', true],
    ['evacuate', 'empty', 'verb', true],
    ['evacuate', 'void', 'verb', true],
    ['evacuate', 'withdraw', 'verb', false],
    ['closed', 'shut', 'adj', true],
    ['operators', 'operator', 'noun', true], // after lemma()
    ['crane operator', 'operator', 'noun', false], // a head is a hypernym, not a synonym
    ['strike', 'walkout', 'noun', false],
  ];
  test.each(cases)('%s / %s (%s): %s', (a, b, pos, expected) => {
    expect(lexicon.synonymous(a, b, pos)).toBe(expected);
    expect(lexicon.synonymous(b, a, pos)).toBe(expected);
  });
});

describe('antonyms', () => {
  const cases: Array<[word: string, pos: Pos, antonym: string]> = [
    ['open', 'adj', 'closed'],
    ['open', 'adj', 'shut'],
    ['shut', 'adj', 'open'],
    ['closed', 'adj', 'open'],
    ['ajar', 'adj', 'shut'], // a satellite of "open" takes its head's antonyms
    ['open', 'verb', 'close'],
    ['open', 'verb', 'shut'], // {close, shut} is one synset
    ['shut', 'verb', 'open'],
    ['closed', 'verb', 'open'], // after lemma()
    ['approve', 'verb', 'disapprove'],
    ['disapprove', 'verb', 'approve'],
    ['accept', 'verb', 'reject'],
    ['reject', 'verb', 'accept'],
  ];
  test.each(cases)('%s (%s) ↔ %s', (word, pos, antonym) => {
    expect(lexicon.antonyms(word, pos)).toContain(antonym);
  });

  test('none for a word WordNet gives none, or does not know', () => {
    expect(lexicon.antonyms('tractor', 'noun')).toEqual([]);
    expect(lexicon.antonyms('xyzzy', 'adj')).toEqual([]);
  });

  test('a satellite does not lend its cluster to the other side ("open" is not opposed to "covert"\'s whole cluster)', () => {
    expect(lexicon.antonyms('open', 'adj')).not.toContain('clandestine');
  });
});

describe('has', () => {
  const cases: Array<[word: string, pos: Pos, expected: boolean]> = [
    ['passenger', 'noun', true],
    ['operators', 'noun', true], // an inflection of a known word
    ['flight attendant', 'noun', true],
    ['crane operator', 'noun', false], // isA falls back to the head; has does not
    ['evacuate', 'verb', true],
    ['evacuate', 'noun', false],
    ['xyzzy', 'noun', false],
  ];
  test.each(cases)('%s (%s): %s', (word, pos, expected) => {
    expect(lexicon.has(word, pos)).toBe(expected);
  });
});

describe('proper', () => {
  // WordNet writes "Albion" and "Murray" (the river, the scholar) only capitalised: names, which anchor a claim;
  // "phase" and "championship" it writes in lower case: common words, which do not.
  test.each([
    ['Albion', true],
    ['Murray', true],
    ['Phase', false],
    ['Championship', false],
    ['Glazer', false], // unknown to WordNet at all: not "proper" either (the anchor test asks has() first)
  ])('%s → %s', (word, proper) => {
    expect(lexicon.proper(word)).toBe(proper);
  });
});
