// SARIF 2.1.0 as GitHub code scanning accepts it: one run; one result per conflict,
// located on its anchor claim (in a `check` run the first claim in a draft, else the
// first claim), with every other claim in `relatedLocations` and linked from the message.
//
// - level: error → error, warning → warning, info → note; a change is always a note.
// - partialFingerprints["claimdiff/v1"]: SHA-256 of rule, relation, subject, anchor path
//   and anchor sentence (whitespace collapsed): no line numbers, so an edit that moves the
//   sentence keeps the alert.
// - Paths are POSIX and relative to %SRCROOT%; an absolute path becomes a file:// URI.
// - Columns are UTF-16 code units (run.columnKind); endColumn is exclusive, as in the model.
// - Report warnings (e.g. an unused suppression directive) are warning-level
//   run.invocations[0].toolExecutionNotifications with their location, as are reviews
//   file entries that match no conflict.
// - A conflict reviewed as false-alarm or explained carries an accepted external
//   suppression; every reviewed conflict carries properties.review.

import type { Conflict, Report, Severity, Value } from '../model.js';
import { type Claim, type FormatOptions, type Formatter, anchorClaim, claimsOf, levelOf } from './common.js';
import { FINGERPRINT_KEY, fingerprint } from './fingerprint.js';
import { stringifyJson } from './json.js';
import { renderMessage } from './messages.js';
import { cleanText } from './sanitize.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export { FINGERPRINT_KEY, fingerprint };

type Level = 'error' | 'warning' | 'note';

const kindDescriptions: Record<Value['kind'], { short: string; full: string }> = {
  name: {
    short: 'One name is spelled more than one way',
    full: 'Articles of one story spell one name differently (same phonetic surname, close spelling, no conflicting first name), or a draft uses a variant of a house spelling.',
  },
  quantity: {
    short: 'Articles give figures that cannot all be true',
    full: 'Two or more articles give a figure for the same thing (same rule, subject and scope) whose intervals do not meet.',
  },
  status: {
    short: 'Articles give statuses that cannot hold at once',
    full: 'Two or more articles put the same thing in states that the rule pack marks as incompatible at one time.',
  },
  date: {
    short: 'Articles give dates that do not agree',
    full: 'Two or more articles date the same event with ranges that do not meet.',
  },
};

function severityLevel(s: Severity): Level {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

/** "troop-count" → "TroopCount" (SARIF rule names are identifier-like). */
function ruleName(id: string): string {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  return name || 'Rule';
}

/** A relative POSIX path as a URI reference; an absolute one as a file:// URI. */
export function pathToUri(path: string): { uri: string; uriBaseId?: string } {
  const posix = path.replace(/\\/g, '/');
  const encode = (p: string) =>
    p
      .split('/')
      .map((seg) => encodeURIComponent(seg))
      .join('/');
  if (/^[A-Za-z]:\//.test(posix)) return { uri: `file:///${posix.slice(0, 2)}${encode(posix.slice(2))}` };
  if (posix.startsWith('/')) return { uri: `file://${encode(posix)}` };
  return { uri: encode(posix.replace(/^(\.\/)+/, '')), uriBaseId: '%SRCROOT%' };
}

/** Text placed in a message that has embedded links: escape \ [ ] (SARIF §3.11.6). */
function linkSafe(s: string): string {
  return s.replace(/[\\[\]]/g, (c) => `\\${c}`);
}

function physicalLocation(c: Claim) {
  const l = c.assertion.location;
  const region: Record<string, unknown> = { startLine: Math.max(1, l.line), startColumn: Math.max(1, l.column) };
  if (l.endLine >= l.line) {
    region['endLine'] = l.endLine;
    if (l.endLine > l.line || l.endColumn >= l.column) region['endColumn'] = Math.max(1, l.endColumn);
  }
  region['snippet'] = { text: cleanText(c.assertion.sentenceText) };
  return { artifactLocation: pathToUri(c.document.path), region };
}

function describe(c: Claim): string {
  const bits = [c.source, c.date].filter((x): x is string => x !== null).map(cleanText);
  return `${cleanText(c.assertion.written)}${bits.length > 0 ? ` (${bits.join(', ')})` : ''}`;
}

/** A house-list variant: replace the name as written with the house spelling (SARIF §3.55). */
function houseFix(c: Claim) {
  const v = c.assertion.value;
  if (v.kind !== 'name' || v.preferred === undefined) return null;
  const { region } = physicalLocation(c);
  const { snippet: _snippet, ...deletedRegion } = region;
  return {
    description: { text: `Use the house spelling ${cleanText(v.preferred)}` },
    artifactChanges: [{ artifactLocation: pathToUri(c.document.path), replacements: [{ deletedRegion, insertedContent: { text: v.preferred } }] }],
  };
}

function result(report: Report, c: Conflict, ruleIndex: number) {
  const claims = claimsOf(report, c);
  const anchor = anchorClaim(claims);
  if (!anchor) return null;
  const others = claims.filter((x) => x !== anchor);
  const related = others.map((o, i) => ({
    id: i + 1,
    physicalLocation: physicalLocation(o),
    message: { text: `${describe(o)} in ${cleanText(o.document.path)}` },
  }));
  let text = `${linkSafe(renderMessage(c.message, c.subject))} Here: ${linkSafe(describe(anchor))}.`;
  if (others.length > 0) {
    const links = others.map((o, i) => `[${linkSafe(cleanText(o.assertion.written))}](${i + 1}) in ${linkSafe(cleanText(o.document.path))}`);
    text += ` ${c.relation === 'change' ? 'Elsewhere' : 'Other claims'}: ${links.join('; ')}.`;
  }
  const fix = houseFix(anchor);
  return {
    ruleId: c.rule,
    ruleIndex,
    level: levelOf(c),
    message: { text },
    locations: [{ physicalLocation: physicalLocation(anchor) }],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    ...(fix ? { fixes: [fix] } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(c, anchor) },
    ...suppressionsOf(c),
    properties: {
      relation: c.relation, subject: c.subject, kind: c.kind, severity: c.severity, conflictId: c.id,
      ...(c.story !== undefined ? { story: c.story } : {}),
      ...(c.review !== undefined ? { review: { ...c.review } } : {}),
    },
    _sort: [anchor.document.path, anchor.assertion.location.line, anchor.assertion.location.column, c.rule, c.subject, c.id] as const,
  };
}

/**
 * A false alarm or an explained conflict is suppressed outside the file (SARIF §3.35:
 * kind external, status accepted, the note as justification): viewers keep it, marked.
 */
function suppressionsOf(c: Conflict) {
  const r = c.review;
  if (!r || (r.verdict !== 'false-alarm' && r.verdict !== 'explained')) return {};
  const justification = `${r.verdict}${r.by ? ` by ${r.by}` : ''}${r.at ? ` on ${r.at}` : ''}${r.note ? `: ${r.note}` : ''}`;
  return { suppressions: [{ kind: 'external', status: 'accepted', justification: cleanText(justification) }] };
}

function compareSort(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

export function toSarif(report: Report, opts: FormatOptions) {
  const ruleIds = [...new Set(report.conflicts.map((c) => c.rule))].sort();
  const rules = ruleIds.map((id) => {
    const mine = report.conflicts.filter((c) => c.rule === id);
    const first = mine[0];
    const kind = first?.kind ?? 'quantity';
    const contradictions = mine.filter((c) => c.relation === 'contradiction');
    const order: Level[] = ['note', 'warning', 'error'];
    const level = contradictions
      .map((c) => severityLevel(c.severity))
      .reduce<Level>((a, b) => (order.indexOf(b) > order.indexOf(a) ? b : a), 'note');
    return {
      id,
      name: ruleName(id),
      shortDescription: { text: `${kindDescriptions[kind].short} (${cleanText(id)})` },
      fullDescription: { text: `${kindDescriptions[kind].full} Rule: ${cleanText(id)}.` },
      defaultConfiguration: { level },
      properties: { kind },
    };
  });
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const results = report.conflicts
    .map((c) => result(report, c, index.get(c.rule) ?? 0))
    .filter((r): r is NonNullable<typeof r> => r !== null)
    .sort((a, b) => compareSort(a._sort, b._sort))
    .map(({ _sort, ...r }) => r);
  const driver: Record<string, unknown> = { name: 'claimdiff' };
  if (opts.informationUri) driver['informationUri'] = opts.informationUri;
  if (opts.toolVersion) driver['version'] = opts.toolVersion;
  driver['rules'] = rules;
  // Report warnings (an unused suppression directive, …) are tool notifications, not results.
  const notifications = report.warnings.map((w) => ({
    level: 'warning' as Level,
    message: { text: cleanText(w.message) },
    descriptor: { id: w.code },
    locations: [{
      physicalLocation: {
        artifactLocation: pathToUri(report.documents[w.document]?.path ?? ''),
        region: { startLine: Math.max(1, w.line), startColumn: Math.max(1, w.column) },
      },
    }],
  }));
  // Entries of the reviews file that match no conflict, located in that file.
  for (const u of report.reviews?.unused ?? []) {
    notifications.push({
      level: 'warning',
      message: { text: cleanText(`review ${u.fingerprint.slice(0, 8)} (${u.verdict}${u.subject ? `, ${u.subject}` : ''}) matches no conflict of this run`) },
      descriptor: { id: 'unused-review' },
      locations: [{ physicalLocation: { artifactLocation: pathToUri(report.reviews?.file ?? ''), region: { startLine: Math.max(1, u.line), startColumn: 1 } } }],
    });
  }
  const invocations = notifications.length > 0 ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] } : {};
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0' as const,
    runs: [{ tool: { driver }, ...invocations, columnKind: 'utf16CodeUnits', results }],
  };
}

export const formatSarif: Formatter = (report, opts) => `${stringifyJson(toSarif(report, opts), 2)}\n`;
