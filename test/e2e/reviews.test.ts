// The review loop through the built CLI, in a temp folder (issue 15): seed the reviews file,
// mark a false alarm, re-run: the exit code and every format reflect it; a moved line keeps
// the verdict; a removed claim makes the entry unused; bad input is one line and exit 2;
// the articles are never written to.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { root } from '../helpers.js';
import { claimdiff, type Run } from './cli.js';

const STACK = /\n\s+at |node:internal/;
const ENV = { SOURCE_DATE_EPOCH: '1764576000', USER: 'tester', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' };
let dir: string;

function articleHashes(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(join(dir, 'iraq'))) out[f] = createHash('sha256').update(readFileSync(join(dir, 'iraq', f))).digest('hex');
  return out;
}

function run(args: string[]): Run {
  const before = articleHashes();
  const r = claimdiff(args, { cwd: dir, env: ENV });
  expect(r.stderr).not.toMatch(STACK);
  expect(articleHashes()).toEqual(before);
  return r;
}

/** The short id of the conflict whose text header names `subject`. */
function idOf(text: string, subject: string): string {
  const line = text.split('\n').find((l) => l.includes(subject) && /contradiction|change/.test(l));
  const m = /, ([0-9a-f]{8})\)$/.exec(line ?? '');
  if (!m?.[1]) throw new Error(`no id for ${subject} in:\n${text}`);
  return m[1];
}

const reviews = () => readFileSync(join(dir, 'claimdiff-reviews.yaml'), 'utf8');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimdiff-review-e2e-'));
  cpSync(join(root, 'fixtures', 'iraq'), join(dir, 'iraq'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the review loop', () => {
  test('write reviews, mark a false alarm, re-run: the exit code and every format reflect it', () => {
    const first = run(['scan', 'iraq']);
    expect(first.code).toBe(1);
    const troops = idOf(first.stdout, 'US troops · Iraq');
    const talks = idOf(first.stdout, 'talks · Iraq');

    const seeded = run(['scan', 'iraq', '--write-reviews']);
    expect(seeded.code).toBe(1);
    // The two figures' conflicts and the name spelled two ways (Qasem/Qassem Soleimani, a warning).
    expect(seeded.stderr).toMatch(/3 conflicts added as unreviewed/);
    expect(reviews()).toMatch(/verdict: unreviewed[\s\S]*verdict: unreviewed[\s\S]*verdict: unreviewed/);

    const marked = run(['review', troops, 'false-alarm', '--note', 'figures of different months', 'iraq']);
    expect(marked.code).toBe(0);
    expect(marked.stdout).toBe(`false-alarm recorded for ${troops} (US troops · Iraq) in claimdiff-reviews.yaml\n`);
    expect(reviews()).toContain('note: figures of different months');
    expect(reviews()).toContain('by: tester');
    expect(reviews()).toContain('at: 2025-12-01T08:00:00Z');

    // still failing: the talks conflict is unreviewed
    expect(run(['scan', 'iraq']).code).toBe(1);
    const explained = run(['review', talks, 'explained', '--note', 'no talks, then talks', 'iraq']);
    expect(explained.code).toBe(0);
    // both errors settled: the gate passes (the unreviewed name variant is a warning)
    const text = run(['scan', 'iraq']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('reviewed: false-alarm by tester: figures of different months');
    // --no-reviews: as before
    expect(run(['scan', 'iraq', '--no-reviews']).code).toBe(1);

    const json = JSON.parse(run(['scan', 'iraq', '--format', 'json']).stdout) as { conflicts: Array<{ subject: string; review?: { verdict: string; note?: string } }>; reviews?: { unused: unknown[] } };
    expect(json.conflicts.find((c) => c.subject === 'US troops · Iraq')?.review).toMatchObject({ verdict: 'false-alarm', note: 'figures of different months' });
    expect(json.reviews?.unused).toEqual([]);
    const jsonl = run(['scan', 'iraq', '--format', 'jsonl']).stdout;
    expect(jsonl).toMatch(/"type":"conflict".*"review":\{"verdict":"false-alarm"/);
    expect(jsonl).toMatch(/\{"type":"reviews","file":"claimdiff-reviews.yaml","unused":\[\]\}/);
    const sarif = JSON.parse(run(['scan', 'iraq', '--format', 'sarif']).stdout) as { runs: Array<{ results: Array<{ ruleId: string; suppressions?: Array<{ kind: string; status: string; justification: string }>; properties: { review?: { verdict: string } } }> }> };
    const results = sarif.runs[0]?.results ?? [];
    const reviewed = results.filter((r) => r.ruleId !== 'name-variant');
    expect(reviewed.every((r) => r.suppressions?.[0]?.kind === 'external' && r.suppressions[0].status === 'accepted')).toBe(true);
    expect(reviewed.map((r) => r.properties.review?.verdict).sort()).toEqual(['explained', 'false-alarm']);
    expect(run(['scan', 'iraq', '--format', 'markdown']).stdout).toMatch(/\*\*Reviewed: false-alarm by tester\\?: figures of different months\*\*/);
    expect(run(['scan', 'iraq', '--format', 'github']).stdout).toMatch(/Reviewed: false-alarm by tester/);
    const html = run(['scan', 'iraq', '--format', 'html']).stdout;
    expect(html).toContain('<strong>Verdict: false-alarm</strong> by tester');
    expect(html).toContain(`claimdiff review ${troops} confirmed iraq`);
  });

  test('a moved line keeps the verdict; a removed claim makes the entry unused', () => {
    const troops = idOf(run(['scan', 'iraq']).stdout, 'US troops · Iraq');
    expect(run(['review', troops, 'confirmed', 'iraq']).code).toBe(0);
    // the anchor claim (iraq/005.txt, "About 2,500 …") moves down: a paragraph inserted above, another reworded
    const f = join(dir, 'iraq', '005.txt');
    const text = readFileSync(f, 'utf8');
    writeFileSync(f, text.replace('\n\n', '\n\nAn editor added this paragraph later, on a second reading.\n\n').replace('first round', 'opening round'));
    const moved = JSON.parse(run(['scan', 'iraq', '--format', 'json']).stdout) as { conflicts: Array<{ subject: string; claims: Array<{ document: string; line: number }>; review?: { verdict: string } }> };
    const c = moved.conflicts.find((x) => x.subject === 'US troops · Iraq');
    expect(c?.review?.verdict).toBe('confirmed');
    // remove the claim: the entry matches nothing
    writeFileSync(f, readFileSync(f, 'utf8').replace(/About 2,500 American soldiers[^.]*\./, 'American soldiers remain.'));
    const after = run(['scan', 'iraq', '--format', 'json']);
    expect(after.stderr).toMatch(new RegExp(`claimdiff-reviews\\.yaml:\\d+: review ${troops} \\(confirmed, US troops · Iraq\\) matches no conflict of this run`));
    const report = JSON.parse(after.stdout) as { reviews: { unused: Array<{ fingerprint: string; verdict: string }> } };
    expect(report.reviews.unused).toEqual([expect.objectContaining({ verdict: 'confirmed' })]);
    expect(report.reviews.unused[0]?.fingerprint.startsWith(troops)).toBe(true);
    const sarif = run(['scan', 'iraq', '--format', 'sarif']).stdout;
    expect(sarif).toContain('"id": "unused-review"');
  });

  test('--write-reviews never drops what is there', () => {
    const troops = idOf(run(['scan', 'iraq']).stdout, 'US troops · Iraq');
    run(['review', troops, 'false-alarm', '--note', 'mine', 'iraq']);
    const withComment = `# kept\n${reviews()}`;
    writeFileSync(join(dir, 'claimdiff-reviews.yaml'), withComment);
    run(['scan', 'iraq', '--write-reviews']);
    const after = reviews();
    expect(after).toContain('# kept');
    expect(after).toContain('note: mine');
    expect(after).toContain('verdict: false-alarm');
    expect(after.match(/^ {4}verdict:/gm)).toHaveLength(3);
    // twice is the same as once
    run(['scan', 'iraq', '--write-reviews']);
    expect(reviews()).toBe(after);
  });

  test('explain prints the evidence chain of one conflict', () => {
    const troops = idOf(run(['scan', 'iraq']).stdout, 'US troops · Iraq');
    const r = run(['explain', troops.slice(0, 6), 'iraq']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✖ contradiction {2}US troops · Iraq {2}\(troop-count, [0-9a-f]{8}\)\n/);
    expect(r.stdout).toContain('Found by  rule troop-count (pack forces, rules/forces.yaml:');
    expect(r.stdout).toMatch(/⟦5,000-strong⟧/);
    expect(r.stdout).toMatch(/do not meet \(gap [\d,]+\)/);
    expect(r.stdout).toContain('Undated');
    expect(r.stdout).toContain(`record one: claimdiff review ${troops} confirmed|false-alarm|explained iraq`);
    // the same bytes twice
    expect(run(['explain', troops, 'iraq']).stdout).toBe(r.stdout);
  });

  test('the HTML page is the same twice and carries the paragraphs', () => {
    const a = run(['scan', 'iraq', '--format', 'html', '-o', 'page.html']);
    expect(a.code).toBe(1);
    expect(a.stdout).toBe('');
    const page = readFileSync(join(dir, 'page.html'), 'utf8');
    expect(run(['scan', 'iraq', '--format', 'html']).stdout).toBe(page);
    expect(page).toMatch(/<blockquote>[^<]+<span class="sentence">Some <mark>|<span class="sentence"><mark>Some 5,000<\/mark>/);
    // saved among the articles, the page is recognised and not read as an article
    writeFileSync(join(dir, 'iraq', 'report.html'), page);
    const again = claimdiff(['scan', 'iraq', '--format', 'json'], { cwd: dir, env: ENV });
    expect(again.stderr).toContain('iraq/report.html: skipped, a claimdiff HTML report');
    expect((JSON.parse(again.stdout) as { documents: unknown[] }).documents).toHaveLength(5);
  });
});

describe('bad input: one line, exit 2, no stack trace', () => {
  const oneLine = (r: Run, message: RegExp) => {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  };

  test.each([
    ['reviews: [1, 2\n', /^claimdiff-reviews\.yaml:\d+:\d+: /],
    [`reviews:\n  ${'a'.repeat(32)}:\n    verdict: perhaps\n`, /^claimdiff-reviews\.yaml:3:14: verdict must be one of/],
  ])('a bad reviews file %j', (text, message) => {
    writeFileSync(join(dir, 'claimdiff-reviews.yaml'), text);
    const before = readFileSync(join(dir, 'claimdiff-reviews.yaml'));
    oneLine(run(['scan', 'iraq']), message);
    oneLine(run(['scan', 'iraq', '--write-reviews']), message);
    oneLine(run(['review', '0000', 'confirmed', 'iraq']), message);
    expect(readFileSync(join(dir, 'claimdiff-reviews.yaml'))).toEqual(before);
    // --no-reviews ignores it
    expect(run(['scan', 'iraq', '--no-reviews']).code).toBe(1);
  });

  test('review and explain refuse what they cannot do', () => {
    const troops = idOf(run(['scan', 'iraq']).stdout, 'US troops · Iraq');
    oneLine(run(['review', troops, 'maybe', 'iraq']), /^claimdiff: unknown verdict "maybe"/);
    oneLine(run(['review', troops, 'explained', 'iraq']), /explained verdict needs --note/);
    oneLine(run(['review', 'ffffffff', 'confirmed', 'iraq']), /^claimdiff: no conflict ffffffff among these articles \(they have: /);
    oneLine(run(['review', 'xyz', 'confirmed', 'iraq']), /is not a conflict id/);
    oneLine(run(['explain', 'ffff', 'iraq']), /no conflict ffff/);
    oneLine(run(['scan', 'iraq', '--reviews', 'missing.yaml']), /no reviews file missing\.yaml/);
    oneLine(run(['scan', 'iraq', '--no-reviews', '--write-reviews']), /cannot be used together/);
    expect(existsSync(join(dir, 'claimdiff-reviews.yaml'))).toBe(false);
  });

  test('the report is never written over the reviews file, nor the reviews file over an article', () => {
    const troops = idOf(run(['scan', 'iraq']).stdout, 'US troops · Iraq');
    run(['review', troops, 'confirmed', 'iraq']);
    const before = reviews();
    oneLine(run(['scan', 'iraq', '-o', 'claimdiff-reviews.yaml']), /refusing to write the report over claimdiff-reviews\.yaml/);
    expect(reviews()).toBe(before);
    oneLine(run(['review', troops, 'confirmed', 'iraq', '--reviews', 'iraq/001.txt']), /^iraq\/001\.txt:1:1: /);
  });
});
