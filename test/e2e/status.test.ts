// End to end: the built CLI on the ceasefire and strike fixtures reports the
// status conflicts each folder's expected.yaml lists, no other status conflict,
// and none of the listed status traps.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import YAML from 'yaml';
import { root } from '../helpers.js';
import { claimdiff } from './cli.js';

interface JsonClaim { document: string; text: string; normalized: number | string }
interface JsonConflict { rule: string; kind: string; relation: string; claims: JsonClaim[]; pairs: Array<[number, number]> }
interface Expected {
  conflicts?: Array<{ rule: string; relation: string; values: Array<string | number>; files: string[] }>;
  not_conflicts?: Array<{ rule: string; value: string | number; file?: string; with?: Array<string | number>; relation?: string }>;
}

const STATUS_RULES = new Set(['talks-status', 'ceasefire-status', 'agreement-status', 'withdrawal-status', 'strike-status', 'resignation-status', 'report-status']);
// Known gaps outside the status check, by test name: these are expected to fail until fixed there.
const KNOWN_GAPS = new Set<string>([]);
const testOrGap = (folder: string, name: string): typeof test => (KNOWN_GAPS.has(`${folder}: ${name}`) ? test.fails : test);

const fileOf = (claim: JsonClaim): string => claim.document.split('/').pop() ?? '';

for (const folder of ['ceasefire', 'strike']) {
  describe(`claimdiff scan fixtures/${folder}`, () => {
    const expected = YAML.parse(readFileSync(join(root, 'fixtures', folder, 'expected.yaml'), 'utf8')) as Expected;
    const run = claimdiff(['scan', `fixtures/${folder}`, '--format', 'json']);
    const conflicts = (JSON.parse(run.stdout) as { conflicts: JsonConflict[] }).conflicts.filter((c) => c.kind === 'status');
    const wanted = (expected.conflicts ?? []).filter((e) => STATUS_RULES.has(e.rule));

    test('exits 1 (contradictions found)', () => {
      expect(run.code).toBe(1);
    });

    for (const e of wanted) testOrGap(folder, `reports ${e.rule} [${e.values.join(', ')}]`)(`reports ${e.rule} [${e.values.join(', ')}]`, () => {
      const c = conflicts.find((x) => x.rule === e.rule && x.relation === e.relation && e.values.every((v) => x.claims.some((k) => String(k.normalized) === String(v))));
      expect(c, `${e.rule} ${e.relation}`).toBeDefined();
      const files = new Set(c?.claims.map(fileOf));
      for (const f of e.files) expect(files.has(f), `${e.rule} claims from ${f}`).toBe(true);
    });

    testOrGap(folder, 'reports no other status conflict')('reports no other status conflict', () => {
      expect(conflicts.map((c) => c.rule).sort()).toEqual(wanted.map((e) => e.rule).sort());
    });

    const traps = (expected.not_conflicts ?? []).filter((t) => STATUS_RULES.has(t.rule));
    test.each(traps.map((t) => [`${t.rule} ${t.value}${t.file ? ` (${t.file})` : ''}`, t]))('does not flag %s', (_name, t) => {
      const violated = conflicts.some((c) => c.rule === t.rule && (!t.relation || c.relation === t.relation) && c.pairs.some(([a, b]) =>
        [[a, b], [b, a]].some(([x, y]) => {
          const cx = c.claims[x ?? -1];
          const cy = c.claims[y ?? -1];
          if (!cx || !cy || String(cx.normalized) !== String(t.value)) return false;
          if (t.file && fileOf(cx) !== t.file) return false;
          return !t.with || t.with.some((w) => String(cy.normalized) === String(w));
        })));
      expect(violated).toBe(false);
    });
  });
}
