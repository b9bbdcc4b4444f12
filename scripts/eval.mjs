#!/usr/bin/env node
// Accuracy of the built-in packs: precision and recall of conflicts on the fixture
// clusters (fixtures/*/expected.yaml), on the labelled sentence pairs in
// ../shared/eval/dev-pairs.jsonl (each pair as a two-document group), and the
// number of contradictions flagged in ../shared/corpus/clusters for a manual look.
// An article's disagreement with itself (message self-conflict, a warning) is not a
// conflict between articles, which is what expected.yaml and the pairs label: it is
// counted on a line of its own, with the traps it touches.
// Usage: npm run eval [-- --verbose] [-- --list-clusters N]

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { scanDocuments } from '../dist/engine/scan.js';
import { compileForRun } from '../dist/rules/compile.js';
import { documentFromText } from '../dist/inputs/index.js';
import { loadRuleSet } from '../dist/rules/index.js';
import { scanPaths } from '../dist/scan-paths.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const verbose = process.argv.includes('--verbose');
const listAt = process.argv.indexOf('--list-clusters');
const listClusters = listAt > 0 ? Number(process.argv[listAt + 1] ?? 20) : 0;
// The rules as a run compiles them (with the WordNet lexicon), so the figures are what users get.
const rules = compileForRun(loadRuleSet({ config: null }));

const pct = (x) => (Number.isFinite(x) ? x.toFixed(2) : '  - ');
function prf(tp, fp, fn) {
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return { p, r, f: (2 * p * r) / (p + r) };
}
function row(cells, widths) {
  return cells.map((c, i) => String(c).padEnd(widths[i] ?? 10)).join(' ');
}

// ---- fixtures with expected results --------------------------------------------
// Rules whose quantities are days (days since 1970): compared with expected ISO dates.
const DAY_RULES = new Set(rules.checks.filter((c) => c.rule.spec.kind === 'clock' && c.rule.spec.reads === 'day').map((c) => c.rule.spec.id));

function normalizedOf(report, i) {
  const a = report.assertions[i];
  if (a.value.kind === 'quantity' && DAY_RULES.has(a.rule)) return new Date(a.value.number * 86_400_000).toISOString().slice(0, 10);
  if (a.value.kind === 'quantity') return a.value.number;
  if (a.value.kind === 'status') return a.value.state;
  return a.value.precision === 'day' ? a.value.start : a.value.precision === 'month' ? a.value.start.slice(0, 7) : a.value.start.slice(0, 4);
}
const SELF = 'self-conflict';
/** An expected conflict names the rule that should find it, or several that may ("rule: [event-date, generic-day]"). */
const rulesOf = (e) => (Array.isArray(e.rule) ? e.rule : [e.rule]);
/** The report without its within-document warnings, and those warnings. */
function split(report) {
  return [{ ...report, conflicts: report.conflicts.filter((c) => c.message.id !== SELF) }, report.conflicts.filter((c) => c.message.id === SELF)];
}
const same = (a, b) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 0.005) : String(a) === String(b));

async function evalFixtures() {
  const byRelation = {};
  const byKind = {};
  const add = (table, key, field) => {
    table[key] ??= { tp: 0, fp: 0, fn: 0 };
    table[key][field]++;
  };
  let trapsTotal = 0;
  let trapsHit = 0;
  let selfCount = 0;
  const names = [];
  let selfTraps = 0;
  const folders = readdirSync(join(root, 'fixtures')).filter((f) => existsSync(join(root, 'fixtures', f, 'expected.yaml'))).sort();
  for (const folder of folders) {
    const dir = join(root, 'fixtures', folder);
    const expected = YAML.parse(readFileSync(join(dir, 'expected.yaml'), 'utf8'));
    const [report, own] = split((await scanPaths([dir], rules, { cwd: root })).report);
    selfCount += own.length;
    const kindOf = (rule) => rules.checks.find((c) => c.rule.spec.id === rule)?.rule.spec.kind ?? 'quantity';
    const used = new Set();
    for (const e of expected.conflicts ?? []) {
      const hit = report.conflicts.findIndex((c) => {
        if (!rulesOf(e).includes(c.rule) || c.relation !== e.relation) return false;
        const values = c.claims.map((i) => normalizedOf(report, i));
        return e.values.every((v) => values.some((x) => same(x, v)));
      });
      if (hit >= 0) {
        used.add(hit);
        add(byRelation, e.relation, 'tp');
        add(byKind, kindOf(rulesOf(e)[0]), 'tp');
      } else {
        add(byRelation, e.relation, 'fn');
        add(byKind, kindOf(rulesOf(e)[0]), 'fn');
        if (verbose) console.log(`  missed  ${folder}: ${e.rule} ${e.relation} [${e.values.join(', ')}]`);
      }
    }
    report.conflicts.forEach((c, i) => {
      if (used.has(i)) return;
      // A name spelled two ways (a built-in warning) is a style matter, not a figure that contradicts:
      // the fixtures' expected.yaml list figures, so names are counted apart, never as false alarms.
      if (c.kind === 'name') {
        names.push(`${folder}: ${[...new Set(c.claims.map((k) => report.assertions[k].written))].join(' | ')}`);
        return;
      }
      // A conflict that overlaps an expected one (same rule and relation, an incompatible pair of expected values) is not a false alarm.
      const ok = (expected.conflicts ?? []).some((e) => rulesOf(e).includes(c.rule) && e.relation === c.relation && c.pairs.some(([a, b]) =>
        e.values.some((v) => same(normalizedOf(report, c.claims[a]), v)) && e.values.some((v) => same(normalizedOf(report, c.claims[b]), v))));
      if (ok) return;
      add(byRelation, c.relation, 'fp');
      add(byKind, report.assertions[c.claims[0]].kind, 'fp');
      if (verbose) console.log(`  false   ${folder}: ${c.rule} ${c.relation} ${c.subject} [${[...new Set(c.claims.map((k) => report.assertions[k].written))].join(' | ')}]`);
    });
    for (const t of expected.not_conflicts ?? []) {
      trapsTotal++;
      const hits = (conflicts) => conflicts.some((c) => c.rule === t.rule && (!t.relation || c.relation === t.relation) && c.pairs.some(([a, b]) => {
        const sides = [[a, b], [b, a]];
        return sides.some(([x, y]) => {
          const ax = report.assertions[c.claims[x]];
          if (!same(normalizedOf(report, c.claims[x]), t.value)) return false;
          if (t.file && !report.documents[ax.document].path.endsWith(`/${t.file}`)) return false;
          return !t.with || t.with.some((w) => same(normalizedOf(report, c.claims[y]), w));
        });
      }));
      const violated = hits(report.conflicts);
      if (hits(own)) selfTraps++;
      if (violated) {
        trapsHit++;
        if (verbose) console.log(`  trap    ${folder}: ${t.rule} ${t.value}${t.file ? ` (${t.file})` : ''} — ${String(t.note ?? '').slice(0, 90)}`);
      }
    }
  }
  console.log(`\nFixture clusters (${folders.length} folders with expected.yaml)`);
  const w = [16, 5, 5, 5, 9, 9, 9];
  console.log(row(['split', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'], w));
  const all = { tp: 0, fp: 0, fn: 0 };
  for (const [name, table] of [['relation', byRelation], ['kind', byKind]]) {
    for (const [k, v] of Object.entries(table).sort()) {
      const { p, r, f } = prf(v.tp, v.fp, v.fn);
      console.log(row([`${name}=${k}`, v.tp, v.fp, v.fn, pct(p), pct(r), pct(f)], w));
      if (name === 'relation') for (const f2 of ['tp', 'fp', 'fn']) all[f2] += v[f2];
    }
  }
  const { p, r, f } = prf(all.tp, all.fp, all.fn);
  console.log(row(['all', all.tp, all.fp, all.fn, pct(p), pct(r), pct(f)], w));
  console.log(`traps (claims that must not be in a conflict): ${trapsTotal - trapsHit}/${trapsTotal} respected`);
  console.log(`name variants (warnings, not scored as figures): ${names.length}${names.length > 0 ? `: ${names.join("; ")}` : ""}`);
  console.log(`within-document warnings (not counted above): ${selfCount}, touching ${selfTraps} trap${selfTraps === 1 ? '' : 's'}`);
}

// ---- labelled pairs ---------------------------------------------------------------
function evalPairs() {
  const file = join(shared, 'eval', 'dev-pairs.jsonl');
  if (!existsSync(file)) return console.log('\nskipped dev pairs: ../shared/eval/dev-pairs.jsonl is absent');
  const pairs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const tables = { source: {}, type: {} };
  let flagged = 0;
  for (const pair of pairs) {
    const [report] = split(scanDocuments([documentFromText('premise.txt', pair.premise), documentFromText('hypothesis.txt', pair.hypothesis)], rules));
    // A spelling variant of a name (Jon / John) is a style matter, not a claim that contradicts.
    const predicted = report.conflicts.some((c) => c.relation === 'contradiction' && c.kind !== 'name');
    const gold = pair.label === 'contradiction';
    if (predicted) flagged++;
    if (predicted && verbose) console.log(`  ${gold ? 'TP' : 'FP'} ${pair.type} ${report.conflicts.map((c) => c.rule).join(',')}: ${pair.hypothesis.slice(0, 100)}`);
    for (const [dim, key] of [['source', pair.source], ['type', String(pair.type)]]) {
      const t = (tables[dim][key] ??= { tp: 0, fp: 0, fn: 0, n: 0 });
      t.n++;
      if (predicted && gold) t.tp++;
      else if (predicted) t.fp++;
      else if (gold) t.fn++;
    }
  }
  console.log(`\nLabelled pairs (${pairs.length}; ${flagged} flagged as contradictions)`);
  const w = [22, 6, 5, 5, 6, 9, 9, 9];
  console.log(row(['split', 'pairs', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'], w));
  for (const [dim, table] of Object.entries(tables)) {
    for (const [k, v] of Object.entries(table).sort()) {
      const { p, r, f } = prf(v.tp, v.fp, v.fn);
      console.log(row([`${dim}=${k}`, v.n, v.tp, v.fp, v.fn, pct(p), pct(r), pct(f)], w));
    }
  }
}

// ---- story clusters: how many contradictions, for a manual look ---------------------
async function evalClusters() {
  const dir = join(shared, 'corpus', 'clusters');
  if (!existsSync(dir)) return console.log('\nskipped clusters: ../shared/corpus/clusters is absent');
  const [report, own] = split((await scanPaths([dir], rules, { cwd: root, groupBy: 'folder' })).report);
  const folders = new Set(report.conflicts.map((c) => report.documents[report.assertions[c.claims[0]].document].path.split('/').slice(-2, -1)[0]));
  const byRule = {};
  for (const c of report.conflicts) byRule[`${c.rule} ${c.relation}`] = (byRule[`${c.rule} ${c.relation}`] ?? 0) + 1;
  console.log(`\nStory clusters: ${report.documents.length} articles, ${report.conflicts.length} conflicts in ${folders.size} of ${readdirSync(dir).length} clusters`);
  for (const [k, v] of Object.entries(byRule).sort((a, b) => b[1] - a[1])) console.log(`  ${String(v).padStart(4)}  ${k}`);
  console.log(`  and ${own.length} within-document warnings`);
  for (const c of report.conflicts.slice(0, listClusters)) {
    console.log(`\n  ${c.rule} ${c.relation}: ${c.subject}`);
    for (const i of c.claims) {
      const a = report.assertions[i];
      console.log(`    ${a.written.padEnd(16)} ${report.documents[a.document].path.split('/').slice(-2).join('/')}:${a.location.line}  ${a.sentenceText.slice(0, 140)}`);
    }
  }
}

await evalFixtures();
evalPairs();
await evalClusters();
