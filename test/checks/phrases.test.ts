// A trigger takes one word of each lexicon phrase. Any word of a plain phrase is
// required for the phrase to match; the longest keeps common words ("in", "of")
// from admitting every sentence of an article.
import { describe, expect, test } from 'vitest';
import { triggerWord } from '../../src/checks/phrases.js';

describe('triggerWord', () => {
  test.each([
    ['in revenue', 'revenue'],
    ['net profit', 'profit'],
    ['ordered to pay', 'ordered'],
    ['fine of', 'fine'],
    ['troops', 'troops'],
    ['pre-tax profit', 'pre-tax'],
    // A word that does not start with a letter or digit cannot anchor a trigger at a word start.
    ['$ bn', 'bn'],
    ['%', '%'],
    ['/deaths?|dead/i', '/deaths?|dead/i'],
  ])('%s → %s', (phrase, word) => {
    expect(triggerWord(phrase)).toBe(word);
  });
});
