// Which spellings are one name: a table of pairs, as written in news.
import { describe, expect, test } from 'vitest';
import { fold, kinship, soundKey } from '../../src/checks/name-match.js';
import type { NameValue } from '../../src/model.js';

const name = (written: string): NameValue => {
  const words = written.split(' ').map(fold);
  return { kind: 'name', name: written, given: words.length > 1 ? (words[0] ?? null) : null, surname: words[words.length - 1] ?? '' };
};

describe('kinship', () => {
  test.each([
    ['Qasem Soleimani', 'Qassem Soleimani', 'close'],
    ['Viktor Yanukovich', 'Viktor Yanukovych', 'close'],
    ['Ian McCarry', 'Makari', 'loose'],
    ['George Bush', 'Jeb Bush', 'none'],
    ['Soleimani', 'Qasem Soleimani', 'none'],
    ['Iraq', 'Iraqi', 'none'],
    ['Jeff Smith', 'Jeffrey Smith', 'none'],
    ['Kevin Keegan', 'Roy Keane', 'none'],
  ] as const)('%s / %s: %s', (a, b, expected) => {
    expect(kinship(name(a), name(b))).toBe(expected);
  });

  test('doubled consonants do not split a sound key', () => {
    expect(soundKey('McCarry')).toBe(soundKey('Makari'));
    expect(fold('Müller')).toBe('muller');
  });
});
