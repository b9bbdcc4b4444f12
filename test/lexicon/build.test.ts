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

test('loading and a first question on each part of speech stay cheap', () => {
  const started = performance.now();
  const lexicon = new WordNetLexicon(parseTable(readFileSync(wordnetTableFile(), 'utf8')));
  lexicon.isA('passengers', 'person');
  lexicon.antonyms('opened', 'verb');
  lexicon.lemma('biggest', 'adj');
  // ≈ 35 ms measured on an idle core; the bound leaves room for a busy shared machine.
  expect(performance.now() - started).toBeLessThan(1000);
});
