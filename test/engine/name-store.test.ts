// Names held packed (engine/name-store.ts) come back exactly as extraction built them, and a
// report keeps only names spelled two ways in their story (engine/lone.ts, checks/name-gather.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { NameStore } from '../../src/engine/name-store.js';
import { extractDocument } from '../../src/engine/extract.js';
import { scanDocuments } from '../../src/engine/scan.js';
import { documentFromText } from '../../src/inputs/index.js';
import { compileForRun } from '../../src/rules/compile.js';
import { loadRuleSet } from '../../src/rules/load.js';
import { root } from '../helpers.js';

const rules = compileForRun(loadRuleSet());
const iraq = join(root, 'fixtures', 'iraq');
const docs = readdirSync(iraq).filter((f) => f.endsWith('.txt')).sort().map((f) => documentFromText(`iraq/${f}`, readFileSync(join(iraq, f), 'utf8')));

describe('the name store', () => {
  test('packed and put back, every document\'s claims are as extracted, in order', () => {
    const extracted = docs.flatMap((d, i) => extractDocument(d, i, rules));
    expect(extracted.filter((a) => a.kind === 'name').length).toBeGreaterThan(10);
    const store = new NameStore();
    const others = docs.flatMap((_, i) => store.take(i, extracted.filter((a) => a.document === i)));
    expect(others.some((a) => a.kind === 'name')).toBe(false);
    expect(store.merge(others, [], [])).toEqual(extracted);
    // As a worker posts it and the pool reads it.
    expect(NameStore.from(store.export()).merge(others, [], [])).toEqual(extracted);
  });

  test('a report keeps the names spelled two ways and drops the rest', () => {
    const names = scanDocuments(docs, rules).assertions.filter((a) => a.kind === 'name');
    expect([...new Set(names.map((a) => a.written))].sort()).toEqual(['Qasem Soleimani', 'Qassem Soleimani']);
  });
});

/** The spellings of each name conflict found in these articles. */
function scanTexts(...texts: string[]): string[][] {
  const report = scanDocuments(texts.map((t, i) => documentFromText(`s/${i}.txt`, t)), rules);
  return report.conflicts.filter((c) => c.kind === 'name').map((c) => c.claims.map((k) => report.assertions[k]?.written ?? ''));
}

describe('two people are not one name', () => {
  test('two spellings in one sentence are two people', () => {
    expect(scanTexts('Team news\n\nReplacements: H Tuilagi, Bemand, A Tuiliagi, Lloyd and Vesty were named on Friday.\n')).toEqual([]);
  });

  test('a bare spelling far from the full name is no second reference', () => {
    const far = 'Other news of the week filled the pages in between, as it does. '.repeat(30);
    expect(scanTexts(`Show\n\nSinger Kylie Minogue provides a voice in the film.\n\n${far}\n\nMungo was there too.\n`)).toEqual([]);
    expect(scanTexts('Talks\n\nThe envoy Ian McCarry met officials on Monday.\n\nMakari said the talks went well.\n').length).toBe(1);
  });
});
