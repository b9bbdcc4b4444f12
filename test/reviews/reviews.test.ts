// The reviews file: reading (every mistake a located one-liner), merging (comments, notes
// and order kept; nothing dropped), and applying verdicts to a report.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conflictFingerprint } from '../../src/formatters/fingerprint.js';
import { applyReviews, entryFor, gateView, mergeReviews, readReviews, ReviewsError } from '../../src/reviews/index.js';
import { sampleReport } from '../formatters/sample-report.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdiff-reviews-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const FP = 'a'.repeat(32);

function file(text: string): string {
  writeFileSync(join(dir, 'r.yaml'), text);
  return 'r.yaml';
}

describe('reading', () => {
  it('a missing file is an empty one', () => {
    expect(readReviews('none.yaml', dir).entries).toEqual([]);
  });

  it('reads entries with their line', () => {
    const r = readReviews(file(`version: 1\nreviews:\n  ${FP}:\n    verdict: false-alarm\n    note: two counts\n    by: ann\n`), dir);
    expect(r.entries).toEqual([{ key: FP, verdict: 'false-alarm', note: 'two counts', by: 'ann', line: 3 }]);
  });

  it.each([
    ['reviews: [1, 2', /^r\.yaml:\d+:\d+: /],
    ['- a\n- b\n', /^r\.yaml:1:1: a reviews file is a mapping/],
    [`reviews:\n  ${FP}:\n    verdict: maybe\n`, /^r\.yaml:3:14: verdict must be one of/],
    ['reviews:\n  nothex:\n    verdict: confirmed\n', /^r\.yaml:2:3: "nothex" is not a fingerprint/],
    [`reviews:\n  ${FP}:\n    verdict: confirmed\n    colour: red\n`, /^r\.yaml:4:5: unknown field "colour"/],
    ['version: 2\n', /unsupported version 2/],
    ['bogus: 1\n', /unknown field "bogus"/],
    [`reviews:\n  ${FP}: !!js/function "x"\n`, /^r\.yaml:\d+:\d+: /],
    [`${'['.repeat(5000)}`, /nesting is deeper/],
  ])('refuses %j with one located line', (text, message) => {
    let err: unknown;
    try {
      readReviews(file(text), dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ReviewsError);
    const m = (err as Error).message;
    expect(m).toMatch(message);
    expect(m.split('\n')).toHaveLength(1);
  });
});

describe('merging', () => {
  const update = (fingerprint: string, verdict: 'confirmed' | 'unreviewed' | 'false-alarm', note?: string) => ({
    fingerprint, verdict, subject: 'US troops · Iraq', rule: 'troop-count', where: 'a.txt:3', ...(note !== undefined ? { note } : {}),
  });

  it('creates a file with a header, and appends', () => {
    const text = mergeReviews(readReviews('new.yaml', dir), [update(FP, 'confirmed')]);
    expect(text).toMatch(/^# claimdiff reviews/);
    expect(text).toContain(`  ${FP}:\n    verdict: confirmed\n`);
    writeFileSync(join(dir, 'new.yaml'), text);
    expect(readReviews('new.yaml', dir).entries.map((e) => e.verdict)).toEqual(['confirmed']);
  });

  it("keeps the user's comments, notes, other entries and order", () => {
    const other = 'b'.repeat(32);
    const before = `# my team's reviews\nversion: 1\nreviews:\n  ${other}:\n    verdict: explained\n    note: a second count # keep\n  ${FP}:\n    verdict: unreviewed\n    note: look at it\n`;
    const text = mergeReviews(readReviews(file(before), dir), [update(FP, 'false-alarm')]);
    expect(text).toContain("# my team's reviews");
    expect(text).toContain('note: a second count # keep');
    expect(text).toContain('note: look at it');
    expect(text.indexOf(other)).toBeLessThan(text.indexOf(FP));
    expect(text).toMatch(new RegExp(`${FP}:\\n    verdict: false-alarm`));
  });

  it('--write-reviews keeps an existing verdict as it is, and matches a short key', () => {
    const before = `reviews:\n  ${FP.slice(0, 8)}:\n    verdict: confirmed\n`;
    const text = mergeReviews(readReviews(file(before), dir), [update(FP, 'unreviewed'), update('c'.repeat(32), 'unreviewed')], true);
    expect(text).toContain(`${FP.slice(0, 8)}:\n    verdict: confirmed`);
    expect(text).not.toContain(`${FP}:`);
    expect(text).toContain(`${'c'.repeat(32)}:\n    verdict: unreviewed`);
  });
});

describe('applying', () => {
  it('marks conflicts, lists unused entries, and leaves settled conflicts out of the gate', () => {
    const r = sampleReport();
    const [first, second] = r.conflicts;
    if (!first || !second) throw new Error('sample has conflicts');
    const fp1 = conflictFingerprint(r, first);
    const fp2 = conflictFingerprint(r, second);
    applyReviews(r, 'r.yaml', [
      { key: fp1, verdict: 'false-alarm', note: 'n', line: 3 },
      { key: fp2.slice(0, 10), verdict: 'confirmed', line: 6 },
      { key: 'd'.repeat(32), verdict: 'explained', subject: 'gone', line: 9 },
    ]);
    expect(first.review).toEqual({ verdict: 'false-alarm', fingerprint: fp1, note: 'n' });
    expect(second.review?.verdict).toBe('confirmed');
    expect(r.conflicts.slice(2).every((c) => c.review?.verdict === 'unreviewed')).toBe(true);
    expect(r.reviews?.unused).toEqual([{ fingerprint: 'd'.repeat(32), verdict: 'explained', subject: 'gone', line: 9 }]);
    const gate = gateView(r);
    expect(gate.conflicts).not.toContain(first);
    expect(gate.conflicts).toContain(second);
  });

  it('an exact key wins over a prefix', () => {
    const e1 = { key: FP.slice(0, 8), verdict: 'confirmed' as const, line: 1 };
    const e2 = { key: FP, verdict: 'false-alarm' as const, line: 2 };
    expect(entryFor([e1, e2], FP)).toBe(e2);
    expect(entryFor([e1], FP)).toBe(e1);
    expect(entryFor([e1], 'f'.repeat(32))).toBeUndefined();
  });
});
