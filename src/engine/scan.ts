// The engine's entry point: documents and a rule set in, a report out. No file
// system, no process, no colour.

import { compileChecks } from '../checks/index.js';
import type { Assertion, Conflict, DocumentInfo, Report, ReportWarning, SourceDocument, Story } from '../model.js';
import { dateFromStories } from '../stories/dating.js';
import { groupStories } from '../stories/group.js';
import { storyTerms } from '../stories/terms.js';
import { basicLexicon } from '../lexicon/basic.js';
import type { Lexicon } from '../lexicon/types.js';
import type { RuleSet } from '../rules/types.js';
import { findConflicts } from './compare.js';
import { dropLoneClaims } from './lone.js';
import { createEntityMatcher } from './entities.js';
import { extractDocument, type CompiledRules, type ExtractOptions } from './extract.js';
import { compilePrefilter, compileTriggers } from './triggers.js';

export interface CompileOptions {
  /** Word knowledge for the generic frame; the CLI hands in the WordNet-backed one, the default knows inflection only. */
  lexicon?: Lexicon;
}

export function compileRules(ruleSet: RuleSet, opts: CompileOptions = {}): CompiledRules {
  const entities = createEntityMatcher(ruleSet.aliases);
  const lexicon = opts.lexicon ?? basicLexicon;
  const checks = compileChecks(ruleSet.rules, entities, lexicon);
  return { checks, entities, prefilter: compilePrefilter(checks), triggers: compileTriggers(checks), ruleSet, lexicon };
}

/** What the report keeps of a document; with the rules, also its story terms. */
export function documentInfo(doc: SourceDocument, rules?: CompiledRules): DocumentInfo {
  const info: DocumentInfo = { path: doc.path, title: doc.title, date: doc.date, source: doc.source };
  if (doc.dateSource !== undefined && doc.date !== null) info.dateSource = doc.dateSource;
  if (rules?.entities) info.terms = storyTerms(doc.text, rules.entities, rules.lexicon);
  return info;
}

/** Stories of the documents, and each document's story id as its comparison group. */
export function storyGroups(documents: readonly DocumentInfo[]): { stories?: Story[]; groups: string[] } {
  // Documents built without story terms (the API's hand-made ones): nothing to group by.
  if (!documents.some((d) => d.terms !== undefined)) return { groups: [] };
  const { stories, storyOf } = groupStories(documents.map((d) => ({ path: d.path, title: d.title, terms: d.terms ?? [], date: d.date })));
  return { stories, groups: storyOf.map((s) => stories[s]?.id ?? '') };
}

/**
 * Assembles a report from per-document results. Callers that stream documents
 * (the CLI, the worker pool) extract each one and drop its text, then call this.
 */
export function assembleReport(
  documents: DocumentInfo[], assertions: Assertion[], rules: CompiledRules,
  groups: ReadonlyArray<string | undefined> = [], warnings: ReportWarning[] = [], stories?: Story[],
): Report {
  // Stories date their undated reports of the same day before their claims are compared.
  if (stories) dateFromStories(documents, assertions, groups);
  // Claims no comparison could use (a name spelled one way in its story) are neither compared nor reported.
  const kept = dropLoneClaims(assertions, rules.checks, groups);
  const conflicts = findConflicts(kept, documents, rules.checks, groups);
  if (stories) {
    for (const c of conflicts) {
      const first = kept[c.claims[0] ?? 0];
      const story = first ? groups[first.document] : undefined;
      if (story !== undefined) c.story = story;
    }
  }
  return reportFrom(documents, kept, conflicts, warnings, stories);
}

/** Claims found: the generic frame's shadow readings of figures rules took are the same claims again, not counted. */
export const claimCount = (assertions: readonly Assertion[]): number => assertions.reduce((n, a) => (a.shadow === undefined ? n + 1 : n), 0);

/**
 * A report of conflicts already found. `assertionCount` is the number of claims compared,
 * when `assertions` holds only those conflicts cite (compare on DuckDB keeps no others).
 */
export function reportFrom(
  documents: DocumentInfo[], assertions: Assertion[], conflicts: Conflict[], warnings: ReportWarning[], stories?: Story[], assertionCount = claimCount(assertions),
): Report {
  return {
    version: 1,
    documents,
    assertions,
    conflicts,
    warnings,
    ...(stories ? { stories } : {}),
    summary: {
      documents: documents.length,
      assertions: assertionCount,
      contradictions: conflicts.filter((c) => c.relation === 'contradiction').length,
      changes: conflicts.filter((c) => c.relation === 'change').length,
    },
  };
}

/** Documents in path order, so that the report does not depend on the order given. */
export function scanDocuments(docs: readonly SourceDocument[], ruleSet: RuleSet | CompiledRules, opts: ExtractOptions = {}): Report {
  const rules = 'checks' in ruleSet ? ruleSet : compileRules(ruleSet);
  const sorted = [...docs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const assertions = sorted.flatMap((doc, i) => extractDocument(doc, i, rules, opts));
  return assembleReport(sorted.map((d) => documentInfo(d)), assertions, rules, sorted.map((d) => d.group));
}

/** Assertions of one bare text, as `rules test` and the API's quick checks need them. */
export function extractText(text: string, rules: CompiledRules, date: string | null = null): Assertion[] {
  return extractDocument({ path: '<example>', text, title: null, date, source: null }, 0, rules);
}
