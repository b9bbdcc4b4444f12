// The fallback when the table is missing: one key for a word's regular forms, nothing more.
import { describe, expect, test } from 'vitest';
import { basicLexicon, loadLexicon, type Pos } from '../../src/lexicon/index.js';

describe('basicLexicon.lemma', () => {
  const cases: Array<[word: string, pos: Pos, lemma: string]> = [
    ['Operators', 'noun', 'operator'],
    ['cities', 'noun', 'city'],
    ['buses', 'noun', 'bus'],
    ['glass', 'noun', 'glass'],
    ['crane operators', 'noun', 'crane operator'],
    ['evacuated', 'verb', 'evacuat'], // consistent with "evacuating", not a dictionary form
    ['evacuating', 'verb', 'evacuat'],
    ['stopped', 'verb', 'stop'],
    ['carried', 'verb', 'carry'],
    ['fled', 'verb', 'fled'], // irregular: only WordNet knows
    ['walked out', 'verb', 'walk out'],
    ['bigger', 'adj', 'bigger'],
  ];
  test.each(cases)('%s (%s) → %s', (word, pos, lemma) => {
    expect(basicLexicon.lemma(word, pos)).toBe(lemma);
  });
});

test('basicLexicon vouches only for identity', () => {
  expect(basicLexicon.synonymous('passengers', 'passenger', 'noun')).toBe(true);
  expect(basicLexicon.synonymous('steward', 'flight attendant', 'noun')).toBe(false);
  expect(basicLexicon.isA('passenger', 'person')).toBe(false);
  expect(basicLexicon.antonyms('open', 'adj')).toEqual([]);
  expect(basicLexicon.has('passenger', 'noun')).toBe(false);
});

test('loadLexicon falls back to it when there is no table, and memoises', () => {
  const missing = '/nonexistent/claimdiff/wordnet.json';
  expect(loadLexicon(missing)).toBe(basicLexicon);
  expect(loadLexicon()).toBe(loadLexicon());
});
