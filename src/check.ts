// `check` on the engine side: a report of drafts against a corpus, narrowed to what
// the drafts are responsible for. Pure: documents' roles, assertions and suppression
// directives in, a report out. No file system, no process.
//
// - A conflict is kept only when at least one of its incompatible pairs involves a draft
//   claim that is not suppressed; corpus-vs-corpus pairs are dropped.
// - Inside a kept conflict only those pairs are kept, and claims that are in no kept pair
//   are dropped (indices are remapped); message data and relation are recomputed.
// - A suppression directive that suppresses no draft claim of any conflict becomes a
//   report warning `unused-disable` on the directive's line.

import { assembleReport, storyGroups } from './engine/scan.js';
import type { CompiledRules } from './engine/extract.js';
import type { Directive } from './inputs/index.js';
import type { Assertion, Conflict, DocumentInfo, Report, ReportWarning } from './model.js';
import { namesNothing } from './stories/terms.js';

export type DocumentRole = 'draft' | 'corpus';

/** Lines of one document (1-based, inclusive) on which some rules (or all: `rules` empty) are off. */
export interface Suppression {
  /** Index of the directive in the document's directive list (the one that opened it). */
  directive: number;
  /** 1-based line of the directive comment. */
  line: number;
  column: number;
  kind: 'disable-next-line' | 'disable';
  rules: string[];
  from: number;
  to: number;
}

export interface DirectiveProblem {
  line: number;
  column: number;
  code: 'unused-enable';
  message: string;
}

/**
 * Turns a document's directives into suppressed line ranges.
 *
 * - `disable-next-line [ids]`: the next non-blank line after the comment.
 * - `disable [ids]` … `enable [ids]`: the lines after the `disable` up to the line before
 *   the `enable`; to the end of the document when no `enable` follows. A bare `enable`
 *   closes every open block; `enable ids` closes the blocks that name any of those ids.
 * - An `enable` that closes nothing is reported as a problem.
 */
export function suppressionsOf(directives: readonly Directive[], sourceText: string): { suppressions: Suppression[]; problems: DirectiveProblem[] } {
  const lines = sourceText.split(/\r\n|\r|\n/);
  const total = lines.length;
  const suppressions: Suppression[] = [];
  const problems: DirectiveProblem[] = [];
  const open: Suppression[] = [];
  const columnOf = (line: number): number => {
    const text = lines[line - 1] ?? '';
    const at = text.indexOf('<!--');
    return at === -1 ? 1 : at + 1;
  };
  directives.forEach((d, i) => {
    if (d.kind === 'disable-next-line') {
      let next = d.line + 1;
      // The comment may span lines: start after the line where it ends.
      const closing = (lines[d.line - 1] ?? '').includes('-->');
      if (!closing) while (next <= total && !(lines[next - 2] ?? '').includes('-->')) next++;
      while (next <= total && (lines[next - 1] ?? '').trim() === '') next++;
      suppressions.push({ directive: i, line: d.line, column: columnOf(d.line), kind: d.kind, rules: d.rules, from: next, to: next });
    } else if (d.kind === 'disable') {
      const s: Suppression = { directive: i, line: d.line, column: columnOf(d.line), kind: d.kind, rules: d.rules, from: d.line + 1, to: total };
      suppressions.push(s);
      open.push(s);
    } else {
      const closes = open.filter((s) => d.rules.length === 0 || s.rules.length === 0 || s.rules.some((r) => d.rules.includes(r)));
      if (closes.length === 0) {
        problems.push({ line: d.line, column: columnOf(d.line), code: 'unused-enable', message: 'claimdiff-enable with no matching claimdiff-disable' });
      }
      for (const s of closes) {
        s.to = d.line - 1;
        open.splice(open.indexOf(s), 1);
      }
    }
  });
  return { suppressions, problems };
}

function suppressedBy(a: Assertion, list: readonly Suppression[] | undefined): Suppression[] {
  if (!list) return [];
  return list.filter((s) => a.location.line >= s.from && a.location.line <= s.to && (s.rules.length === 0 || s.rules.includes(a.rule)));
}

function describeDirective(s: Suppression): string {
  const which = s.rules.length > 0 ? ` for ${s.rules.join(', ')}` : '';
  return `unused claimdiff-${s.kind} directive (no conflict${which} was reported on ${s.kind === 'disable-next-line' ? 'the next line' : 'the lines it covers'})`;
}

export interface CheckInput {
  documents: DocumentInfo[];
  roles: DocumentRole[];
  assertions: Assertion[];
  /** Suppressions by document index (drafts only; corpus documents are never suppressed). */
  suppressions?: ReadonlyMap<number, readonly Suppression[]>;
  /** Directive problems found while parsing, by document index. */
  problems?: ReadonlyMap<number, readonly DirectiveProblem[]>;
  warnings?: ReportWarning[];
}

/** Compares drafts and corpus together and keeps what involves a draft claim. */
export function checkReport(input: CheckInput, rules: CompiledRules): Report {
  const documents = input.documents.map((d, i) => ({ ...d, role: input.roles[i] ?? 'corpus' }));
  // A draft joins the stories of the corpus it shares names with (two, if it touches two)
  // and is compared only with them.
  // A draft that names nothing cannot be placed in a story: it is compared with the whole corpus.
  const nameless = documents.some((d, i) => input.roles[i] === 'draft' && d.terms !== undefined && namesNothing(d.terms));
  const { stories, groups } = nameless ? { stories: undefined, groups: [] } : storyGroups(documents);
  const full = assembleReport(documents, input.assertions, rules, groups, [], stories);
  return narrowToDrafts(full, input);
}

/** The filtering half of `checkReport`, on a report of drafts and corpus compared together. */
export function narrowToDrafts(full: Report, input: Pick<CheckInput, 'suppressions' | 'problems' | 'warnings'>): Report {
  const isDraft = (a: Assertion): boolean => full.documents[a.document]?.role === 'draft';
  const used = new Set<Suppression>();
  const conflicts: Conflict[] = [];
  for (const c of full.conflicts) {
    const claims = c.claims.map((i) => full.assertions[i] as Assertion);
    const live = claims.map((a) => {
      if (!isDraft(a)) return false;
      const by = suppressedBy(a, input.suppressions?.get(a.document));
      return by.length === 0;
    });
    const keptPairs: Array<[number, number]> = [];
    for (const [i, j] of c.pairs) {
      const a = claims[i] as Assertion;
      const b = claims[j] as Assertion;
      if (!isDraft(a) && !isDraft(b)) continue;
      if (live[i] || live[j]) {
        keptPairs.push([i, j]);
        continue;
      }
      // Every draft claim of this pair is suppressed: the directives did their job.
      for (const x of [a, b]) if (isDraft(x)) for (const s of suppressedBy(x, input.suppressions?.get(x.document))) used.add(s);
    }
    if (keptPairs.length === 0) continue;
    const keptClaims = [...new Set(keptPairs.flat())].sort((x, y) => x - y);
    const remap = new Map(keptClaims.map((old, nu) => [old, nu]));
    const pairs = keptPairs.map(([i, j]) => [remap.get(i) ?? 0, remap.get(j) ?? 0] as [number, number]);
    const kept = keptClaims.map((i) => claims[i] as Assertion);
    // Conflicts are already one relation each (see engine/compare.ts); a subset keeps it, and its message id.
    const relation = c.relation;
    conflicts.push({
      ...c,
      relation,
      message: {
        id: c.message.id,
        data: { ...c.message.data, values: [...new Set(kept.map((a) => a.written))].join(' · '), count: kept.length },
      },
      claims: keptClaims.map((i) => c.claims[i] as number),
      pairs,
    });
  }

  const warnings: ReportWarning[] = [...(input.warnings ?? []), ...full.warnings];
  for (const [doc, list] of input.suppressions ?? []) {
    for (const s of list) {
      if (!used.has(s)) warnings.push({ document: doc, line: s.line, column: s.column, code: 'unused-disable', message: describeDirective(s) });
    }
  }
  for (const [doc, list] of input.problems ?? []) {
    for (const p of list) warnings.push({ document: doc, line: p.line, column: p.column, code: p.code, message: p.message });
  }
  warnings.sort((a, b) => a.document - b.document || a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  return {
    ...full,
    conflicts,
    warnings,
    summary: {
      ...full.summary,
      contradictions: conflicts.filter((c) => c.relation === 'contradiction').length,
      changes: conflicts.filter((c) => c.relation === 'change').length,
    },
  };
}
