import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvModule from 'ajv';
import { describe, expect, it } from 'vitest';
import { getFormatter } from '../../src/formatters/index.js';
import { FINGERPRINT_KEY, pathToUri } from '../../src/formatters/sarif.js';
import { conflictFingerprint } from '../../src/formatters/fingerprint.js';
import type { Report } from '../../src/model.js';
import { applyReviews } from '../../src/reviews/index.js';
import { shiftLines } from './helpers.js';
import { emptyReport, sampleReport } from './sample-report.js';

// ../shared beside the repository root (CI has it; a fresh clone does not).
const schemaPath = fileURLToPath(new URL('../../../shared/schemas/sarif-schema-2.1.0.json', import.meta.url));
const haveSchema = existsSync(schemaPath);
if (!haveSchema) console.log(`skipping SARIF schema validation: ${schemaPath} not found`);

interface SarifLog {
  runs: Array<{
    tool: { driver: { name: string; version?: string; rules: Array<{ id: string; defaultConfiguration: { level: string } }> } };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, unknown> } }>;
      relatedLocations?: Array<{ id: number; message: { text: string } }>;
      partialFingerprints: Record<string, string>;
      properties: Record<string, unknown>;
    }>;
  }>;
}

const sarif = (r: Report, toolVersion = '0.1.0'): SarifLog =>
  JSON.parse(getFormatter('sarif')?.(r, { color: false, toolVersion }) ?? '');

const run = (r: Report) => {
  const first = sarif(r).runs[0];
  if (!first) throw new Error('no run');
  return first;
};

describe.skipIf(!haveSchema)('SARIF schema', () => {
  // The official schema is JSON Schema draft-04 (`id`, draft-04 `$schema`). ajv-draft-04 is
  // not a dependency; the schema uses no keyword whose meaning changed after draft-04
  // (no boolean exclusiveMinimum/Maximum), so it is compiled as draft-07 with `id` → `$id`.
  const load = () => {
    const raw = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
    const { $schema: _draft, id, ...rest } = raw;
    // ajv is CommonJS: under NodeNext its class is the default export's `default`
    const Ajv = AjvModule.default;
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    return ajv.compile({ ...rest, $id: String(id) });
  };

  it('accepts the sample report', () => {
    const validate = load();
    const ok = validate(sarif(sampleReport()));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('accepts an empty report and one without a tool version', () => {
    const validate = load();
    expect(validate(sarif(emptyReport()))).toBe(true);
    expect(validate(JSON.parse(getFormatter('sarif')?.(sampleReport(), { color: false }) ?? ''))).toBe(true);
  });

  it('accepts a reviewed report: suppressions, review properties, unused-review notifications', () => {
    const validate = load();
    const r = sampleReport();
    const [first, second] = r.conflicts;
    if (!first || !second) throw new Error('sample has conflicts');
    applyReviews(r, 'claimdiff-reviews.yaml', [
      { key: conflictFingerprint(r, first), verdict: 'false-alarm', note: 'two counts', by: 'ann', at: '2026-01-01T00:00:00Z', line: 3 },
      { key: conflictFingerprint(r, second), verdict: 'confirmed', line: 8 },
      { key: 'e'.repeat(32), verdict: 'explained', line: 12 },
    ]);
    const log = sarif(r);
    expect(validate(log)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    const results = (log as unknown as { runs: Array<{ results: Array<{ suppressions?: unknown[]; properties: { review?: { verdict: string } } }> }> }).runs[0]?.results ?? [];
    expect(results.filter((x) => x.suppressions).length).toBe(1);
    expect(results.map((x) => x.properties.review?.verdict).filter((v) => v !== 'unreviewed').sort()).toEqual(['confirmed', 'false-alarm']);
  });

  it('rejects a broken log (the schema is really applied)', () => {
    const validate = load();
    const log = sarif(sampleReport()) as unknown as { runs: Array<{ results: Array<{ level: string }> }> };
    const first = log.runs[0]?.results[0];
    if (first) first.level = 'fatal';
    expect(validate(log)).toBe(false);
  });
});

describe('SARIF content', () => {
  it('describes the tool and the rules that appear', () => {
    const r = run(sampleReport());
    expect(r.tool.driver.name).toBe('claimdiff');
    expect(r.tool.driver.version).toBe('0.1.0');
    expect(r.tool.driver.rules.map((x) => [x.id, x.defaultConfiguration.level])).toEqual([
      ['event-date', 'warning'],
      ['idle-cranes', 'note'],
      ['strikers-count', 'error'],
      ['talks-status', 'error'],
    ]);
    for (const res of r.results) expect(r.tool.driver.rules[res.ruleIndex]?.id).toBe(res.ruleId);
  });

  it('maps levels: error → error, warning → warning, change → note', () => {
    const levels = Object.fromEntries(run(sampleReport()).results.map((x) => [x.ruleId, x.level]));
    expect(levels).toEqual({ 'strikers-count': 'error', 'talks-status': 'error', 'event-date': 'warning', 'idle-cranes': 'note' });
  });

  it('locates a result on the draft claim, with the others as related locations', () => {
    const res = run(sampleReport()).results.find((x) => x.ruleId === 'strikers-count');
    expect(res?.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'drafts/avenel%20strike%2Cv2.md', uriBaseId: '%SRCROOT%' },
          region: {
            startLine: 3,
            startColumn: 34,
            endLine: 3,
            endColumn: 39,
            snippet: { text: 'Steward Ren Ossory said 2,600 | members ```walked``` out here <script>alert(1)</script> at 100% ::error:: then left.' },
          },
        },
      },
    ]);
    expect(res?.relatedLocations?.map((x) => [x.id, x.message.text])).toEqual([
      [1, '4,000 (the port authority, 2023-02-28) in articles/avenel/002.txt'],
      [2, '4,000-strong (Harbour Ledger, 2023-02-28) in articles/avenel/002.txt'],
      [3, 'About 2,500 (union officials, 2023-02-27) in articles/avenel/001.txt'],
    ]);
    expect(res?.message.text).toBe(
      'Articles disagree on dockworkers on strike · Port Avenel: About 2,500 · 2,600 · 4,000 · 4,000-strong. Here: 2,600 (Steward Ren Ossory |x|). ' +
        'Other claims: [4,000](1) in articles/avenel/002.txt; [4,000-strong](2) in articles/avenel/002.txt; [About 2,500](3) in articles/avenel/001.txt.',
    );
    expect(res?.properties).toMatchObject({ relation: 'contradiction', subject: 'dockworkers on strike · Port Avenel' });
  });

  it('escapes brackets and backslashes in text around embedded links', () => {
    const r = sampleReport();
    const a = r.assertions[8];
    if (!a) throw new Error('sample');
    a.attribution = 'see [x](2) \\ here';
    const res = run(r).results.find((x) => x.ruleId === 'strikers-count');
    expect(res?.message.text).toContain('Here: 2,600 (see \\[x\\](2) \\\\ here).');
  });

  it('holds no control character in any string it shows', () => {
    const out = getFormatter('sarif')?.(sampleReport(), { color: false }) ?? '';
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/\\u00(1b|9b|07)/);
  });

  it('turns paths into URIs', () => {
    expect(pathToUri('a/b c.txt')).toEqual({ uri: 'a/b%20c.txt', uriBaseId: '%SRCROOT%' });
    expect(pathToUri('./a/x:y#z.txt')).toEqual({ uri: 'a/x%3Ay%23z.txt', uriBaseId: '%SRCROOT%' });
    expect(pathToUri('/tmp/a b.txt')).toEqual({ uri: 'file:///tmp/a%20b.txt' });
    expect(pathToUri('C:\\news\\a.txt')).toEqual({ uri: 'file:///C:/news/a.txt' });
  });
});

describe('SARIF fingerprints', () => {
  const fps = (r: Report) => Object.fromEntries(run(r).results.map((x) => [x.ruleId, x.partialFingerprints[FINGERPRINT_KEY]]));

  it('are stable across calls', () => {
    expect(fps(sampleReport())).toEqual(fps(sampleReport()));
    for (const fp of Object.values(fps(sampleReport()))) expect(fp).toMatch(/^[0-9a-f]{32}$/);
  });

  it('do not depend on line or column numbers', () => {
    const moved = shiftLines(sampleReport(), 12);
    for (const a of moved.assertions) a.location.column += 3;
    expect(run(moved).results[0]?.locations[0]?.physicalLocation.region['startLine']).not.toBe(
      run(sampleReport()).results[0]?.locations[0]?.physicalLocation.region['startLine'],
    );
    expect(fps(moved)).toEqual(fps(sampleReport()));
  });

  it('differ between conflicts and change when the anchor sentence changes', () => {
    const a = fps(sampleReport());
    expect(new Set(Object.values(a)).size).toBe(4);
    const edited = sampleReport();
    const draftClaim = edited.assertions[8];
    if (!draftClaim) throw new Error('sample');
    draftClaim.sentenceText = 'Steward Ren Ossory said 2,600 members walked out.';
    const b = fps(edited);
    expect(b['strikers-count']).not.toBe(a['strikers-count']);
    expect(b['talks-status']).toBe(a['talks-status']);
  });
});
