// Suppression directives in drafts and the narrowing of a report to draft conflicts.
import { describe, expect, it } from 'vitest';
import { checkReport, suppressionsOf } from '../../src/check.js';
import { compileRules } from '../../src/engine/scan.js';
import { extractDocument } from '../../src/engine/extract.js';
import { documentFromText, findDirectives } from '../../src/inputs/index.js';
import { builtinRules } from '../helpers.js';

const ranges = (src: string) => suppressionsOf(findDirectives(src), src);

describe('suppressionsOf', () => {
  it('disable-next-line covers the next non-blank line', () => {
    const src = 'a\n<!-- claimdiff-disable-next-line death-toll -->\n\n\ntext\n';
    expect(ranges(src).suppressions.map((s) => [s.kind, s.rules, s.from, s.to, s.line])).toEqual([['disable-next-line', ['death-toll'], 5, 5, 2]]);
  });
  it('a comment spanning lines starts counting after its end', () => {
    const src = '<!-- claimdiff-disable-next-line\n  death-toll -->\ntext\n';
    expect(ranges(src).suppressions.map((s) => [s.from, s.to])).toEqual([[3, 3]]);
  });
  it('disable … enable covers the lines between; no enable runs to the end', () => {
    const src = 'a\n<!-- claimdiff-disable -->\nb\nc\n<!-- claimdiff-enable -->\nd\n<!-- claimdiff-disable troop-count -->\ne\n';
    const { suppressions, problems } = ranges(src);
    expect(suppressions.map((s) => [s.rules, s.from, s.to])).toEqual([[[], 3, 4], [['troop-count'], 8, 9]]);
    expect(problems).toEqual([]);
  });
  it('enable with ids closes only the blocks naming them; a stray enable is a problem', () => {
    const src = '<!-- claimdiff-disable a -->\n<!-- claimdiff-disable b -->\nx\n<!-- claimdiff-enable b -->\ny\n<!-- claimdiff-enable c -->\n';
    const { suppressions, problems } = ranges(src);
    expect(suppressions.map((s) => [s.rules, s.to])).toEqual([[['a'], 7], [['b'], 3]]);
    expect(problems.map((p) => [p.code, p.line])).toEqual([['unused-enable', 6]]);
  });
});

describe('checkReport', () => {
  const rules = compileRules(builtinRules());
  const build = (docs: Array<{ path: string; text: string; role: 'draft' | 'corpus' }>) => {
    const sources = docs.map((d) => documentFromText(d.path, d.text));
    const assertions = sources.flatMap((s, i) => extractDocument(s, i, rules));
    const suppressions = new Map(
      docs.flatMap((d, i) => (d.role === 'draft' ? [[i, suppressionsOf(findDirectives(d.text), d.text).suppressions] as const] : [])),
    );
    return checkReport({ documents: sources.map((s) => ({ path: s.path, title: null, date: null, source: null })), roles: docs.map((d) => d.role), assertions, suppressions }, rules);
  };
  const corpusA = { path: 'c/a.txt', text: 'The earthquake killed 1,200 people in Nepal, officials said.\n', role: 'corpus' as const };
  const corpusB = { path: 'c/b.txt', text: 'The earthquake killed 1,850 people in Nepal, officials said.\n', role: 'corpus' as const };

  it('drops corpus-only conflicts', () => {
    const r = build([corpusA, corpusB, { path: 'd.md', text: 'Nothing to see here.\n', role: 'draft' }]);
    expect(r.conflicts).toEqual([]);
    expect(r.summary.contradictions).toBe(0);
  });
  it('keeps only pairs with the draft claim, and the claims in them', () => {
    const r = build([corpusA, corpusB, { path: 'd.md', text: 'The earthquake killed 1,200 people in Nepal.\n', role: 'draft' }]);
    expect(r.conflicts).toHaveLength(1);
    const c = r.conflicts[0]!;
    const docs = c.claims.map((i) => r.documents[r.assertions[i]!.document]!.path);
    // the draft agrees with a.txt: only the draft-vs-b.txt pair is kept, a.txt is dropped
    expect(docs.sort()).toEqual(['c/b.txt', 'd.md']);
    expect(c.pairs).toHaveLength(1);
    expect(c.message.data['count']).toBe(2);
  });
  it('a suppressed draft claim anchors nothing; the directive is used', () => {
    const text = '<!-- claimdiff-disable-next-line death-toll -->\nThe earthquake killed 1,200 people in Nepal.\n';
    const r = build([corpusA, corpusB, { path: 'd.md', text, role: 'draft' }]);
    expect(r.conflicts).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
  it('a directive for another rule suppresses nothing and is reported', () => {
    const text = '<!-- claimdiff-disable-next-line troop-count -->\nThe earthquake killed 1,200 people in Nepal.\n';
    const r = build([corpusA, corpusB, { path: 'd.md', text, role: 'draft' }]);
    expect(r.conflicts).toHaveLength(1);
    expect(r.warnings.map((w) => [w.code, w.line, r.documents[w.document]?.path])).toEqual([['unused-disable', 1, 'd.md']]);
  });
});
