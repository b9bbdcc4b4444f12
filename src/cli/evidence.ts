// What the formats that explain a conflict (html, `explain`) show beyond the report the
// engine returns: each claim's paragraph and what its rule says about time. The engine drops
// an article's text once its assertions are out (memory holds assertions, not articles), so
// the documents that take part in a conflict are read again here, and only those; a claim
// whose sentence is no longer where it was (the file changed meanwhile, or it came from
// standard input) keeps its sentence alone.

import { resolve } from 'node:path';
import { readDocument } from '../inputs/index.js';
import type { Assertion, Report, RuleInfo, SourceDocument } from '../model.js';
import type { RuleSet } from '../rules/types.js';

/** The paragraph around `at` in `text`: between blank lines (or line breaks, for text without blank lines). */
export function paragraphAt(text: string, sentence: { start: number; end: number }): { text: string; start: number } {
  const blank = /\n[ \t]*\n/g;
  let start = 0;
  let end = text.length;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    if (m.index + m[0].length <= sentence.start) start = m.index + m[0].length;
    else if (m.index >= sentence.end) {
      end = m.index;
      break;
    }
  }
  return { text: text.slice(start, end), start };
}

async function readAgain(path: string, cwd: string): Promise<SourceDocument | null> {
  try {
    const r = await readDocument({ path, absPath: resolve(cwd, path), group: '.' });
    return r.document;
  } catch {
    return null;
  }
}

/** Sets `paragraph` on every assertion that takes part in a conflict, when its document can be read again unchanged. */
export async function attachParagraphs(report: Report, cwd: string): Promise<void> {
  const wanted = new Map<number, Assertion[]>();
  for (const c of report.conflicts) {
    for (const i of c.claims) {
      const a = report.assertions[i];
      if (!a || a.paragraph) continue;
      wanted.set(a.document, [...(wanted.get(a.document) ?? []), a]);
    }
  }
  for (const [index, list] of [...wanted].sort((x, y) => x[0] - y[0])) {
    const info = report.documents[index];
    if (!info) continue;
    const doc = await readAgain(info.path, cwd);
    if (!doc) continue;
    for (const a of list) {
      if (doc.text.slice(a.sentence.start, a.sentence.end) !== a.sentenceText) continue;
      a.paragraph = paragraphAt(doc.text, a.sentence);
    }
  }
}

/** What the rules of the report's conflicts say about time, tolerance and scale. */
export function ruleInfo(report: Report, ruleSet: RuleSet): RuleInfo[] {
  const used = new Set(report.conflicts.map((c) => c.rule));
  const out: RuleInfo[] = [];
  for (const r of ruleSet.rules) {
    const s = r.spec;
    if (!used.has(s.id)) continue;
    const scale = 'scale' in s && Array.isArray(s.scale) ? { scale: [...s.scale] } : {};
    out.push({
      id: s.id,
      kind: s.kind,
      pack: r.pack,
      // A built-in pack's place without the install folder, so the same run gives the same page anywhere.
      origin: r.builtin ? r.origin.replace(/^.*?[\\/](rules[\\/])/, '$1').replace(/\\/g, '/') : r.origin,
      ...(s.description !== undefined ? { description: s.description } : {}),
      ...(s.window !== undefined ? { window: s.window } : {}),
      ...(s.over_time !== undefined ? { overTime: s.over_time } : {}),
      ...(s.event_span !== undefined ? { eventSpan: s.event_span } : {}),
      ...(s.cumulative !== undefined ? { cumulative: s.cumulative } : {}),
      ...scale,
    });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Paragraphs and rule information, for the formats that use them. */
export async function explainable(report: Report, ruleSet: RuleSet, cwd: string): Promise<Report> {
  await attachParagraphs(report, cwd);
  report.rules = ruleInfo(report, ruleSet);
  return report;
}
