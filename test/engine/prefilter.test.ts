// The prefilter drops only sentences no rule could use: the built-in packs'
// examples, every fixture article and the seeds (when ../shared is present)
// give the same assertions with and without it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compileRules, extractText } from '../../src/engine/scan.js';
import { extractDocument } from '../../src/engine/extract.js';
import { listFiles, readDocument } from '../../src/inputs/index.js';
import { loadRuleSet } from '../../src/rules/index.js';
import type { SourceDocument } from '../../src/model.js';
import { root, shared } from '../helpers.js';

const rules = compileRules(loadRuleSet());

async function articles(dir: string): Promise<SourceDocument[]> {
  const listed = await listFiles([dir], { cwd: root });
  const docs: SourceDocument[] = [];
  for (const f of listed.files) {
    const r = await readDocument(f, { meta: listed.meta });
    if (r.document) docs.push(r.document);
  }
  return docs;
}

describe('prefilter equivalence', () => {
  test("every example of every built-in rule gives the same assertions with and without the prefilter", () => {
    const texts = loadRuleSet().rules.flatMap((r) => [
      ...(r.spec.examples?.match ?? []).map((m) => (typeof m === 'string' ? m : m.text)),
      ...(r.spec.examples?.no_match ?? []),
    ]);
    expect(texts.length).toBeGreaterThan(60);
    for (const text of texts) {
      const doc = { path: '<example>', text, title: null, date: null, source: null };
      const all = extractDocument(doc, 0, rules, { prefilter: false });
      expect(extractDocument(doc, 0, rules), text).toEqual(all);
      expect(extractText(text, rules)).toEqual(all);
    }
  });

  const dirs = [join(root, 'fixtures'), join(shared, 'seeds')].filter((d) => existsSync(d));
  test.each(dirs)('every article under %s gives the same assertions with and without the prefilter', async (dir) => {
    const docs = await articles(dir);
    expect(docs.length).toBeGreaterThan(0);
    let total = 0;
    docs.forEach((doc, i) => {
      const all = extractDocument(doc, i, rules, { prefilter: false });
      total += all.length;
      expect(extractDocument(doc, i, rules), doc.path).toEqual(all);
    });
    expect(total).toBeGreaterThan(10);
  });

  test('each check extracts only from sentences its own trigger admits', async () => {
    // Without the prefilter every check sees every sentence: a hit in a sentence
    // its trigger rejects is a gap in the trigger.
    const docs = (await Promise.all(dirs.map(articles))).flat();
    for (const doc of docs) {
      for (const a of extractDocument(doc, 0, rules, { prefilter: false })) {
        const check = rules.checks.find((c) => c.rule.spec.id === a.rule);
        const sentence = doc.text.slice(a.sentence.start, a.sentence.end);
        expect(check?.trigger.test(sentence), `${a.rule} in ${doc.path}: ${sentence}`).toBe(true);
        // Name checks read every sentence apart from the prefilter (engine/extract.ts).
        if (!check?.namesOnly) expect(rules.prefilter.test(sentence)).toBe(true);
      }
    }
  });
});
