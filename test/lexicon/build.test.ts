// The table is the same bytes on every build (nothing under dist/ is committed, so
// every clone must compile the same knowledge), and it loads within its budget.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseTable, WordNetLexicon, wordnetTableFile } from '../../src/lexicon/index.js';

test('a second build writes the same bytes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimdiff-lexicon-'));
  try {
    const again = join(dir, 'wordnet.json');
    execFileSync(process.execPath, ['scripts/build-lexicon.mjs', again]);
    expect(readFileSync(again).equals(readFileSync(wordnetTableFile()))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a malformed or outdated table is refused, not half read', () => {
  expect(() => parseTable('{"format":0}')).toThrow(/format/);
  expect(() => parseTable('null')).toThrow(/format/);
});

test('a table read from disk answers on each part of speech (load time is measured in the design notes, not here)', () => {
  const lexicon = new WordNetLexicon(parseTable(readFileSync(wordnetTableFile(), 'utf8')));
  expect(lexicon.isA('passengers', 'person')).toBe(true);
  expect(lexicon.antonyms('opened', 'verb').length).toBeGreaterThan(0);
  expect(lexicon.lemma('biggest', 'adj')).toBe('big');
});
