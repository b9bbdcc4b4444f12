// Public API: scan texts or paths into the same report the JSON output carries.

import { documentFromText } from './inputs/index.js';
import type { Report } from './model.js';
import { scanDocuments } from './engine/scan.js';
import { loadRuleSet } from './rules/index.js';
import { compileForRun } from './rules/compile.js';
import type { RuleSet } from './rules/types.js';
import { scanPaths } from './scan-paths.js';

export type * from './model.js';
export type { RuleSet } from './rules/types.js';
export { loadRuleSet } from './rules/index.js';
export { getFormatter, formatterNames } from './formatters/index.js';

export interface ScanInput {
  paths?: string[];
  texts?: Array<{ path: string; text: string; date?: string | null; source?: string | null }>;
  rules?: RuleSet;
  cwd?: string;
  /** How paths are grouped before comparison: 'none' (the API's default: everything), 'story' (the CLI's) or 'folder'. */
  groupBy?: 'story' | 'folder' | 'none';
}

/** Scans files or in-memory texts with the built-in rules (or `rules`) and returns the report. */
export async function scan(input: ScanInput): Promise<Report> {
  const rules = input.rules ?? loadRuleSet();
  if (input.paths) {
    const { report } = await scanPaths(input.paths, rules, { cwd: input.cwd ?? process.cwd(), groupBy: input.groupBy ?? 'none' });
    return report;
  }
  const docs = (input.texts ?? []).map((t) => {
    const doc = documentFromText(t.path, t.text);
    return { ...doc, date: t.date ?? doc.date, source: t.source ?? doc.source };
  });
  // With the WordNet lexicon, as the CLI runs: the basic one reads no generic frame of anything.
  return scanDocuments(docs, compileForRun(rules));
}
