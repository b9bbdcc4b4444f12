// Property-based tests of the engine over random and adversarial text: it never throws,
// never hangs, every assertion's span slices exactly the words it says it read, locations
// are valid, and the report does not depend on the order the documents are given in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules, extractText, scanDocuments } from '../../src/engine/scan.js';
import { getFormatter } from '../../src/formatters/index.js';
import type { Assertion, SourceDocument } from '../../src/model.js';
import { builtinRules, doc } from '../helpers.js';

const rules = compileRules(builtinRules());
const json = getFormatter('json')!;
const PER_CASE_MS = 5_000;

// Pieces that drive the extractors: subjects, figures, hedges, negation, places, attribution.
const piece = fc.constantFrom(
  'troops', 'soldiers', 'people', 'were killed', 'killed', 'injured', 'protesters', 'talks', 'ceasefire', 'strike', 'withdrawal',
  'in Iraq', 'in Syria', 'US', 'American', 'the ministry said', 'according to officials', 'said Jeffrey',
  '5,000', '2.5 million', 'about', 'nearly', 'more than', 'at least', 'up to', 'between 300 and 400', 'tens of thousands', 'five thousand',
  '5,000-strong', '1e308', '179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000',
  '1,2,3,4,5,6,7,8,9,10,11,12', '0.000001', '-40', '99999999999999999999', 'not', 'no', 'denied', 'may', 'might', 'reportedly',
  'allegedly', 'possibly', 'perhaps', 'ongoing', 'collapsed', 'suspended', 'held', 'planned', 'June', 'last year', '2019',
  '"', '\u201c', '\u201d', "'", '(', ')', ',', '.', '?', '!', ';', ':', '-', '\u2014', '\n', '\r\n', '\n\n', '\t', ' ', ' ', ' ',
  '\u001b[31m', '\u001b]8;;http://x\u0007', '\u0000', '\u0007', '\u0085', '\u009b', '\u202e', '\u200b', '\ufeff', '\ufffd',
  '<script>', '|', '`', '%', '::', '**', '#', 'é', '😀', 'İ', 'ß', '\u0301', '١٢٣', '五千',
);

const adversarial = fc.oneof(
  { weight: 4, arbitrary: fc.array(piece, { maxLength: 120 }).map((ps) => ps.join(' ')) },
  { weight: 2, arbitrary: fc.array(piece, { maxLength: 200 }).map((ps) => ps.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 400 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  // long runs without punctuation, with figures sprinkled in
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 3000 }).map((n) => Array.from({ length: n }, (_, i) => (i % 37 === 0 ? `${i},000 troops` : 'word')).join(' ')) },
  // many digits and commas
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5000 }).map((n) => `${Array.from({ length: n }, (_, i) => String(i)).join(',')} troops in Iraq.`) },
  // nested quotes and repeated hedges
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 200 }).map((n) => `${'"\u201c\''.repeat(n)}about nearly some roughly up to at least `.repeat(3) + `5,000 troops${'\u201d"'.repeat(n)} in Iraq, officials said.`) },
);

function checkAssertions(text: string, assertions: Assertion[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const a of assertions) {
    expect(a.span.start).toBeGreaterThanOrEqual(0);
    expect(a.span.end).toBeLessThanOrEqual(text.length);
    expect(a.span.start).toBeLessThanOrEqual(a.span.end);
    expect(text.slice(a.span.start, a.span.end)).toBe(a.written);
    expect(a.sentence.start).toBeLessThanOrEqual(a.span.start);
    expect(a.sentence.end).toBeGreaterThanOrEqual(a.span.end);
    const { line, column } = a.location;
    expect(Number.isInteger(line) && line >= 1 && line <= lines.length).toBe(true);
    expect(Number.isInteger(column) && column >= 1 && column <= (lines[line - 1]?.length ?? 0) + 1).toBe(true);
    if (a.value.kind === 'quantity') {
      expect(Number.isNaN(a.value.low)).toBe(false);
      expect(Number.isNaN(a.value.high)).toBe(false);
    }
  }
}

describe('engine properties', () => {
  it('extractText never throws, is quick, and every span slices its written text', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        const t0 = performance.now();
        const as = extractText(text, rules);
        expect(performance.now() - t0).toBeLessThan(PER_CASE_MS);
        checkAssertions(text, as);
      }),
      { numRuns: 300 },
    );
  }, 240_000);

  it('scanDocuments: the report does not depend on the order of the documents', () => {
    const docs = fc.array(adversarial, { minLength: 1, maxLength: 5 }).map((texts) => texts.map((t, i) => doc(`d${i}.txt`, t)));
    fc.assert(
      fc.property(docs, fc.infiniteStream(fc.nat()), (ds: SourceDocument[], seeds) => {
        const report = scanDocuments(ds, rules);
        for (const a of report.assertions) checkAssertions(ds.find((d) => d.path === report.documents[a.document]!.path)!.text, [a]);
        const shuffled = [...ds];
        const it = seeds[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (it.next().value as number) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        expect(json(scanDocuments(shuffled, rules), { color: false })).toBe(json(report, { color: false }));
      }),
      { numRuns: 100 },
    );
  }, 240_000);

  it('a conflict-rich corpus in any order gives the same JSON', () => {
    const sentences = ['The US has 5,000 troops in Iraq.', 'About 2,500 US troops are in Iraq, officials said.', 'The US has 3,000 troops in Iraq.',
      'Talks between the US and Iraq are ongoing.', 'There are no talks between the US and Iraq.', 'The quake killed 1,200 people.', 'The quake killed 900 people.'];
    const corpus = fc.array(fc.subarray(sentences, { minLength: 1 }), { minLength: 2, maxLength: 6 }).map((ts) => ts.map((t, i) => doc(`n${i}.txt`, t.join(' '))));
    fc.assert(
      fc.property(corpus, (ds) => {
        const a = json(scanDocuments(ds, rules), { color: false });
        const b = json(scanDocuments([...ds].reverse(), rules), { color: false });
        expect(b).toBe(a);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
