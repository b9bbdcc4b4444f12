#!/usr/bin/env node
// Story grouping alone, on copies of the BBC corpus (issue 14: grouping 16 copies takes less than
// a fifth of the scan's time, and memory grows linearly). The story inputs (names, words, dates)
// are read once from ../shared/corpus/bbc with the built engine, then copied 1, 4 and 16 times
// under new paths, as the bench's copies are, and grouped; time and heap growth are printed.
// Usage: npm run bench:stories [-- --scale 1,4,16]

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const corpus = join(root, '..', 'shared', 'corpus', 'bbc');
if (!existsSync(corpus)) {
  console.log('stories-bench: ../shared/corpus/bbc is absent, nothing to measure');
  process.exit(0);
}
const dist = (p) => join(root, 'dist', p);
const { documentFromText } = await import(dist('inputs/index.js'));
const { loadRuleSet } = await import(dist('rules/index.js'));
const { createEntityMatcher } = await import(dist('engine/entities.js'));
const { loadLexicon } = await import(dist('lexicon/index.js'));
const { storyTerms } = await import(dist('stories/terms.js'));
const { groupStories } = await import(dist('stories/group.js'));

const at = process.argv.indexOf('--scale');
const scales = (at > 0 ? process.argv[at + 1] ?? '1,4,16' : '1,4,16').split(',').map(Number);

const entities = createEntityMatcher(loadRuleSet().aliases);
const lexicon = loadLexicon();
const files = [];
const walk = (dir) => {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (f.endsWith('.txt')) files.push(p);
  }
};
walk(corpus);
const t0 = performance.now();
const base = files.map((p) => {
  const doc = documentFromText(p, readFileSync(p, 'utf8'));
  return { path: p, title: doc.title, date: doc.date, terms: storyTerms(doc.text, entities, lexicon) };
});
console.log(`story terms of ${base.length} articles: ${((performance.now() - t0) / 1000).toFixed(2)} s`);

for (const k of scales) {
  const docs = [];
  for (let c = 0; c < k; c++) for (const d of base) docs.push({ ...d, path: `copy${c}/${d.path}` });
  globalThis.gc?.();
  const heap = process.memoryUsage().heapUsed;
  const start = performance.now();
  const { stories } = groupStories(docs);
  const seconds = (performance.now() - start) / 1000;
  const grown = (process.memoryUsage().heapUsed - heap) / 2 ** 20;
  console.log(`${k}x (${docs.length} articles): ${stories.length} stories in ${seconds.toFixed(2)} s, heap +${grown.toFixed(0)} MB`);
}
