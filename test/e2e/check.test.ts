// End to end: `claimdiff check` on the drafts and corpus in fixtures/check.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvModule from 'ajv';
import { describe, expect, test } from 'vitest';
import { root } from '../helpers.js';
import { claimdiff } from './cli.js';

const CORPUS = 'fixtures/check/corpus';
const D = 'fixtures/check/drafts';
const CONTRADICTING = `${D}/contradicting.md`;
/** The line of contradicting.md that says "killed 9 people" (after front matter, a heading, a blank line…). */
const DRAFT_LINE = 10;

interface JsonClaim { document: string; line: number; column: number; value: string }
interface JsonConflict { rule: string; relation: string; severity: string; claims: JsonClaim[]; pairs: Array<[number, number]> }
interface JsonReport {
  documents: Array<{ path: string; role?: string }>;
  conflicts: JsonConflict[];
  warnings?: Array<{ document: string; line: number; column: number; code: string; message: string }>;
  summary: Record<string, number>;
}

const check = (drafts: string[], extra: string[] = [], opts: Parameters<typeof claimdiff>[1] = {}) =>
  claimdiff(['check', ...drafts, '--against', CORPUS, ...extra], opts);

const checkJson = (drafts: string[], extra: string[] = [], opts: Parameters<typeof claimdiff>[1] = {}) => {
  const r = check(drafts, ['--format', 'json', ...extra], opts);
  return { ...r, report: JSON.parse(r.stdout) as JsonReport };
};

const isDraft = (report: JsonReport, path: string) => report.documents.find((d) => d.path === path)?.role === 'draft';

describe('claimdiff check', () => {
  test('a contradicting draft fails with exit 1 on its own line (text)', () => {
    const r = check([CONTRADICTING]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('contradiction');
    expect(r.stdout).toContain(`${CONTRADICTING}:${DRAFT_LINE}:17`);
    expect(r.stdout).toContain('fixtures/check/corpus/001.txt');
  });

  test('json: every conflict pairs the draft claim with corpus claims; roles are set', () => {
    const { code, report } = checkJson([CONTRADICTING]);
    expect(code).toBe(1);
    expect(report.documents.filter((d) => d.role === 'draft').map((d) => d.path)).toEqual([CONTRADICTING]);
    expect(report.documents.filter((d) => d.role === 'corpus')).toHaveLength(4);
    expect(report.conflicts.length).toBeGreaterThan(0);
    for (const c of report.conflicts) {
      expect(c.rule).toBe('death-toll');
      const draft = c.claims.filter((k) => k.document === CONTRADICTING);
      expect(draft.map((k) => [k.line, k.value])).toEqual([[DRAFT_LINE, '9']]);
      // every kept pair involves the draft claim
      for (const [i, j] of c.pairs) expect([c.claims[i]?.document, c.claims[j]?.document]).toContain(CONTRADICTING);
      // no corpus claim that is in no pair
      const inPairs = new Set(c.pairs.flat());
      c.claims.forEach((_, i) => expect(inPairs.has(i)).toBe(true));
    }
    expect(report.summary['contradictions']).toBe(report.conflicts.length);
  });

  test('Markdown markup, link URLs and code blocks do not become claims', () => {
    const { report } = checkJson([CONTRADICTING]);
    const values = report.conflicts.flatMap((c) => c.claims.filter((k) => k.document === CONTRADICTING).map((k) => k.value));
    expect(values).not.toContain('40');
    const ex = claimdiff(['extract', CONTRADICTING, '--format', 'json']);
    const parsed = JSON.parse(ex.stdout) as { assertions: Array<{ line: number; text: string }> };
    // Prose only: the day investigators returned (line 8), the toll (its rule's claim and the frame's
    // shadow of it) and the site closed after the code block (line 22).
    expect([...new Set(parsed.assertions.map((a) => a.line))]).toEqual([8, DRAFT_LINE, 22]);
  });

  test('github: an ::error annotation on the draft line', () => {
    const r = check([CONTRADICTING], ['--format', 'github']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l.startsWith(`::error file=${CONTRADICTING},line=${DRAFT_LINE},col=17,`)).toBe(true);
  });

  test('corpus-only conflicts are not reported', () => {
    // The corpus disagrees with itself on the injured (30 vs 55): scan reports it, check does not.
    const scan = claimdiff(['scan', CORPUS, '--format', 'json']);
    const scanned = JSON.parse(scan.stdout) as JsonReport;
    expect(scanned.conflicts.map((c) => c.rule)).toContain('injured-count');
    const { code, report } = checkJson([`${D}/clean.md`]);
    expect(code).toBe(0);
    expect(report.conflicts).toEqual([]);
    expect(report.summary['contradictions']).toBe(0);
  });

  test('a clean draft passes with exit 0', () => {
    const r = check([`${D}/clean.md`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No contradictions found.');
  });

  test('a suppressed contradiction passes with exit 0 and no warning', () => {
    const { code, report } = checkJson([`${D}/suppressed.md`]);
    expect(code).toBe(0);
    expect(report.conflicts).toEqual([]);
    expect(report.warnings ?? []).toEqual([]);
  });

  test('an unused suppression is reported on its line but does not fail the run', () => {
    const path = `${D}/unused.md`;
    const { code, report } = checkJson([path]);
    expect(code).toBe(0);
    expect(report.warnings).toEqual([
      expect.objectContaining({ document: path, line: 3, column: 1, code: 'unused-disable' }),
    ]);
    const text = check([path]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`${path}:3:1`);
    expect(text.stdout).toContain('unused-disable');
    const gh = check([path], ['--format', 'github']);
    expect(gh.stdout).toContain(`::warning file=${path},line=3,col=1,title=claimdiff%3A unused-disable::`);
  });

  test('--max-warnings: more warnings than allowed is exit 1', () => {
    const path = `${D}/unused.md`;
    expect(check([path], ['--max-warnings', '0']).code).toBe(1);
    expect(check([path], ['--max-warnings', '1']).code).toBe(0);
    expect(check([path], ['--max-warnings', 'x']).code).toBe(2);
  });

  test('--max-warnings counts warning-severity conflicts; --fail-on never alone passes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimdiff-check-'));
    const draft = join(dir, 'injured.md');
    writeFileSync(draft, '# Mill fire\n\nHospital officials said 120 people were injured in the fire.\n');
    const json = JSON.parse(claimdiff(['check', draft, '--against', CORPUS, '--format', 'json']).stdout) as JsonReport;
    expect(json.conflicts.map((c) => [c.rule, c.severity])).toEqual([['injured-count', 'warning']]);
    expect(claimdiff(['check', draft, '--against', CORPUS, '--fail-on', 'never']).code).toBe(0);
    expect(claimdiff(['check', draft, '--against', CORPUS, '--fail-on', 'never', '--max-warnings', '0']).code).toBe(1);
    expect(claimdiff(['check', draft, '--against', CORPUS, '--fail-on', 'never', '--max-warnings', '1']).code).toBe(0);
  });

  test('draft against draft is reported; the corpus copy of a draft is not compared with itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimdiff-check-'));
    cpSync(join(root, CORPUS), join(dir, 'archive'), { recursive: true });
    writeFileSync(join(dir, 'a.md'), '# Bus strike\n\nThe bus strike went ahead on Monday, the union said.\n');
    writeFileSync(join(dir, 'b.md'), '# Bus strike\n\nThe bus strike was called off on Monday, the union said.\n');
    const r = claimdiff(['check', 'a.md', 'b.md', '--against', 'archive', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    const strike = report.conflicts.filter((c) => c.rule === 'strike-status');
    expect(strike).toHaveLength(1);
    const docs = strike[0]!.claims.map((k) => k.document);
    expect(docs).toContain('a.md');
    expect(docs).toContain('b.md');
    // a draft that is also under --against is read once, as a draft
    const again = claimdiff(['check', 'archive/001.txt', '--against', 'archive', '--format', 'json'], { cwd: dir });
    const rep = JSON.parse(again.stdout) as JsonReport;
    expect(rep.documents.filter((d) => d.path === 'archive/001.txt').map((d) => d.role)).toEqual(['draft']);
    expect(isDraft(rep, 'archive/001.txt')).toBe(true);
    // 001's injured figure against 002's is a draft conflict now
    expect(rep.conflicts.map((c) => c.rule)).toEqual(['injured-count']);
  });

  test('a draft from standard input with --stdin-filename', () => {
    const input = readFileSync(join(root, CONTRADICTING), 'utf8');
    const r = check(['-'], ['--stdin-filename', 'drafts/story.md', '--format', 'github'], { input });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error file=drafts/story.md,line=${DRAFT_LINE},col=17,`);
    const plain = check(['-'], ['--format', 'json'], { input });
    expect(plain.code).toBe(1);
    const report = JSON.parse(plain.stdout) as JsonReport;
    expect(report.documents.find((d) => d.role === 'draft')?.path).toBe('<stdin>.md');
    // suppression works on stdin too
    const supp = check(['-'], ['--stdin-filename', 'x.md'], { input: readFileSync(join(root, D, 'suppressed.md'), 'utf8') });
    expect(supp.code).toBe(0);
  });

  test('usage and input errors are exit 2', () => {
    expect(claimdiff(['check', CONTRADICTING]).code).toBe(2); // no --against
    expect(check([`${D}/missing.md`]).code).toBe(2);
    expect(check([CONTRADICTING], ['--format', 'nope']).code).toBe(2);
    expect(check([CONTRADICTING], ['--fail-on', 'sometimes']).code).toBe(2);
    expect(check([CONTRADICTING], ['--stdin-filename', 'x.md']).code).toBe(2);
    expect(check([CONTRADICTING], ['--group-by', 'folder']).code).toBe(2);
  });

  test('--fail-on change fails on a contradiction too; never does not fail', () => {
    expect(check([CONTRADICTING], ['--fail-on', 'change']).code).toBe(1);
    expect(check([CONTRADICTING], ['--fail-on', 'never']).code).toBe(0);
  });

  test('--output writes the report to a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimdiff-check-'));
    const out = join(dir, 'claimdiff.sarif');
    const r = check([CONTRADICTING], ['--format', 'sarif', '--output', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
  });

  test('no progress on stderr when CI is set or with --quiet', () => {
    expect(check([CONTRADICTING]).stderr).toBe('');
    expect(check([CONTRADICTING], ['--quiet'], { env: { CI: '' } }).stderr).toBe('');
  });
});

// One check report (a contradicting draft and one with an unused suppression) in every format.
const SNAPSHOT_DRAFTS = [CONTRADICTING, `${D}/unused.md`];

describe('check report snapshots', () => {
  for (const format of ['text', 'json', 'jsonl', 'markdown', 'sarif', 'github']) {
    test(format, () => {
      const r = check(SNAPSHOT_DRAFTS, ['--format', format]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatchSnapshot();
    });
  }
});

const schemaPath = fileURLToPath(new URL('../../../shared/schemas/sarif-schema-2.1.0.json', import.meta.url));
const haveSchema = existsSync(schemaPath);
if (!haveSchema) console.log(`skipping SARIF schema validation of the check report: ${schemaPath} not found`);

interface SarifLog {
  runs: Array<{
    invocations?: Array<{ toolExecutionNotifications: Array<{ descriptor: { id: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }>;
    results: Array<{
      ruleId: string;
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }>;
      relatedLocations?: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
    }>;
  }>;
}

describe('check report as SARIF', () => {
  const sarif = (): SarifLog => JSON.parse(check(SNAPSHOT_DRAFTS, ['--format', 'sarif']).stdout) as SarifLog;

  test('the draft claim is the location, corpus claims are related locations', () => {
    const run = sarif().runs[0]!;
    expect(run.results.length).toBeGreaterThan(0);
    for (const res of run.results) {
      const loc = res.locations[0]!.physicalLocation;
      expect(loc.artifactLocation.uri).toBe(CONTRADICTING);
      expect(loc.region.startLine).toBe(DRAFT_LINE);
      expect(res.relatedLocations?.length).toBeGreaterThan(0);
      for (const rel of res.relatedLocations ?? []) expect(rel.physicalLocation.artifactLocation.uri).toMatch(/^fixtures\/check\/corpus\//);
    }
    const notes = run.invocations?.[0]?.toolExecutionNotifications ?? [];
    expect(notes.map((n) => [n.descriptor.id, n.locations[0]?.physicalLocation.artifactLocation.uri, n.locations[0]?.physicalLocation.region.startLine]))
      .toEqual([['unused-disable', `${D}/unused.md`, 3]]);
  });

  test.skipIf(!haveSchema)('validates against the SARIF 2.1.0 schema', () => {
    const raw = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
    const { $schema: _draft, id, ...rest } = raw;
    const Ajv = AjvModule.default;
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile({ ...rest, $id: String(id) });
    const ok = validate(sarif());
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});
