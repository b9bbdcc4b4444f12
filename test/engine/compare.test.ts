// Comparison when an article gives values for one key that cannot all be true at one
// time: it stays in the comparison with the others (a figure that fits none of its
// values is set against its first), and its own disagreement is a warning of its own.
import { describe, expect, test } from 'vitest';
import { checkReport } from '../../src/check.js';
import { compileRules, documentInfo } from '../../src/engine/scan.js';
import { extractDocument } from '../../src/engine/extract.js';
import { scan } from '../../src/index.js';
import type { Report } from '../../src/model.js';
import { builtinRules } from '../helpers.js';

const doc = (path: string, body: string): { path: string; text: string; date: string } => ({ path, date: '2024-10-07', text: `Mill fire\n\n${body}\n` });
const NINE_AND_FORTY = 'A fire at the Calder textile mill in Brennock on Monday killed 9 people, the county fire service said. An earlier wire report had said the fire at the Calder mill in Brennock killed 40 people.';
const FOURTEEN = 'A fire at the Calder textile mill in Brennock on Monday killed 14 people, officials said.';

const values = (r: Report, id: string): string[][] =>
  r.conflicts.filter((c) => c.message.id === id).map((c) => c.claims.map((i) => `${r.documents[r.assertions[i]?.document ?? -1]?.path}:${r.assertions[i]?.written}`));

describe('an article that disagrees with itself', () => {
  test('stays in the comparison: 14 is set against its 9, and its 9 vs 40 is its own warning', async () => {
    const r = await scan({ texts: [doc('x.txt', NINE_AND_FORTY), doc('draft.txt', FOURTEEN)] });
    expect(values(r, 'quantity-conflict')).toEqual([['x.txt:9', 'draft.txt:14']]);
    expect(values(r, 'self-conflict')).toEqual([['x.txt:9', 'x.txt:40']]);
    const own = r.conflicts.find((c) => c.message.id === 'self-conflict');
    expect(own).toMatchObject({ relation: 'contradiction', severity: 'warning', pairs: [[0, 1]] });
  });

  test('a figure that fits one of its values is no rival to its others', async () => {
    const r = await scan({
      texts: [
        doc('x.txt', 'The floods killed 41 people in Kenya, officials said. A local paper said 26 people were killed in Kenya.'),
        doc('y.txt', 'Floods in Kenya have killed 41 people, the Red Cross said.'),
      ],
    });
    expect(values(r, 'quantity-conflict')).toEqual([]);
    expect(values(r, 'self-conflict')).toEqual([['x.txt:26', 'x.txt:41']]);
  });

  test('ids are stable and differ from the cross-document conflict on the same claims', async () => {
    const a = await scan({ texts: [doc('x.txt', NINE_AND_FORTY), doc('draft.txt', FOURTEEN)] });
    const b = await scan({ texts: [doc('draft.txt', FOURTEEN), doc('x.txt', NINE_AND_FORTY)] });
    expect(b.conflicts.map((c) => c.id)).toEqual(a.conflicts.map((c) => c.id));
    expect(new Set(a.conflicts.map((c) => c.id)).size).toBe(a.conflicts.length);
  });

  test('thousands of rival figures in one article: every claim in the warning, pairs bounded', async () => {
    const n = 3_000;
    const body = Array.from({ length: n }, (_, i) => `Its owner, Calder Mills, cut ${(1_000 + i * 40).toLocaleString('en-US')} jobs.`).join(' ');
    const started = performance.now();
    const r = await scan({ texts: [doc('dense.txt', body)] });
    expect(performance.now() - started).toBeLessThan(20_000);
    const own = r.conflicts.filter((c) => c.message.id === 'self-conflict' && c.rule === 'jobs-cut');
    expect(own).toHaveLength(1);
    expect(r.assertions.filter((a) => a.rule === 'jobs-cut' && a.role === 'count')).toHaveLength(n);
    expect(own[0]?.claims).toHaveLength(n);
    expect(own[0]?.pairs.length).toBeLessThanOrEqual(4 * n);
    for (const [i, j] of own[0]?.pairs ?? []) {
      const a = r.assertions[own[0]?.claims[i] ?? -1]?.value;
      const b = r.assertions[own[0]?.claims[j] ?? -1]?.value;
      expect(a?.kind === 'quantity' && b?.kind === 'quantity' && (a.high < b.low || b.high < a.low)).toBe(true);
    }
  });
});

describe('check and an article that disagrees with itself', () => {
  const rules = compileRules(builtinRules());
  const report = (drafts: string[], corpus: string[]): Report => {
    const texts = [...drafts.map((t, i) => doc(`draft${i}.txt`, t)), ...corpus.map((t, i) => doc(`corpus/${i}.txt`, t))];
    const docs = texts.map((t) => ({ ...t, title: null, source: null }));
    return checkReport(
      {
        documents: docs.map(documentInfo),
        roles: docs.map((_, i) => (i < drafts.length ? 'draft' : 'corpus')),
        assertions: docs.flatMap((d, i) => extractDocument(d, i, rules)),
      },
      rules,
    );
  };

  test("a draft's own contradiction is reported, as a warning", () => {
    const r = report([NINE_AND_FORTY], [FOURTEEN.replace('14', '9')]);
    expect(values(r, 'self-conflict')).toEqual([['draft0.txt:9', 'draft0.txt:40']]);
    expect(r.conflicts.find((c) => c.message.id === 'self-conflict')?.severity).toBe('warning');
  });

  test("a corpus article's own contradiction is not the draft's: only 14 vs 9 is kept", () => {
    const r = report([FOURTEEN], [NINE_AND_FORTY]);
    expect(values(r, 'quantity-conflict')).toEqual([['corpus/0.txt:9', 'draft0.txt:14']]);
    expect(values(r, 'self-conflict')).toEqual([]);
  });
});

describe('figures of two months in undated articles', () => {
  test('are two figures, year or no year; with no month said they meet', async () => {
    const { scan } = await import('../../src/index.js');
    const contradictions = async (a: string, b: string) =>
      (await scan({ texts: [{ path: 'a.txt', text: `Jobs\n\n${a}\n` }, { path: 'b.txt', text: `Jobs\n\n${b}\n` }] })).conflicts.filter((c) => c.relation === 'contradiction');
    expect(await contradictions('US firms added only 146,000 jobs in January.', 'The US economy added 337,000 jobs in October.')).toEqual([]);
    expect(await contradictions('US firms added only 146,000 jobs in January.', 'US firms added 337,000 jobs in January.')).toHaveLength(1);
  });
});

describe('a person named in full in one article and by surname in another', () => {
  test('is one person: their ages conflict', async () => {
    const a = 'Search resumes\n\nThe skipper, Gordon Tibbo, 58, has fished for decades. His brother Wayne Tibbo said the family was hopeful.\n';
    const b = 'Search live\n\nSkipper Gordon Tibbo, 61, is described as experienced.\n';
    const r = await scan({ texts: [{ path: 'a.txt', text: a, date: '2025-11-11' }, { path: 'b.txt', text: b, date: '2025-11-11' }] });
    expect(r.conflicts.filter((c) => c.relation === 'contradiction' && c.rule === 'generic-quantity')).toHaveLength(1);
  });
});
