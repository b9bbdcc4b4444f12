// A hand-built Report for the formatter tests: three invented articles about a
// fictional dock strike, with a quantity contradiction (four claims, one hedged),
// a status contradiction, a date contradiction (severity warning), a change over
// time, a warning, and one sentence of hostile text (ANSI CSI, OSC 8, C1 CSI,
// pipes, backticks, <script>, %, CR/LF, ::).

import type {
  Assertion,
  Conflict,
  DocumentInfo,
  Report,
  Role,
  Value,
} from '../../src/model.js';

export const HOSTILE =
  'Steward Ren Ossory \u001b[31msaid\u001b[0m 2,600 | members ```walked``` out ' +
  '\u001b]8;;http://x\u0007here\u001b]8;;\u0007 <script>alert(1)</script> at 100% ::error::\r\nthen left.';

const texts = [
  // 0: Coastal Wire, corpus
  [
    'Port Avenel strike enters second week',
    '',
    'About 2,500 dockworkers walked off the job at Port Avenel on Monday, union officials said.',
    'Wage talks between the union and the port authority are ongoing, according to the mediator.',
    'The strike began on 20 February 2023, organisers said.',
    'Forty cranes stood idle at the container terminal in February.',
  ].join('\n'),
  // 1: Harbour Ledger, corpus
  [
    'Avenel port shut as strike widens',
    '',
    'Some 4,000 dockworkers are now on strike at Port Avenel, the port authority said.',
    // a long sentence, to exercise truncation around the value
    'In a statement issued late on Tuesday evening after what it described as a long and difficult day of meetings with shipping lines, freight forwarders, local hauliers and the regional council, the 4,000-strong dockworkers union at Port Avenel said it would not return to work until its demands on pay, overtime and safety equipment had been met in full.',
    'Wage talks at Port Avenel have collapsed, the port authority said on Tuesday.',
    'Only 12 cranes were idle at the terminal in 2024, the operator said.',
  ].join('\n'),
  // 2: the draft being checked (path with a space and a comma)
  [
    '# Draft: the Avenel strike',
    '',
    HOSTILE,
    'The stoppage started in March 2023.',
  ].join('\n'),
];

export const documents: DocumentInfo[] = [
  { path: 'articles/avenel/001.txt', title: 'Port Avenel strike enters second week', date: '2023-02-27', source: 'Coastal Wire', role: 'corpus' },
  { path: 'articles/avenel/002.txt', title: 'Avenel port shut as strike widens', date: '2023-02-28', source: 'Harbour Ledger\u009b2J', role: 'corpus' },
  { path: 'drafts/avenel strike,v2.md', title: 'Draft: the Avenel strike', date: null, source: null, role: 'draft' },
];

function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

interface ClaimSpec {
  doc: number;
  sentence: string;
  written: string;
  rule: string;
  key: string;
  subject: string;
  value: Value;
  attribution?: string | null;
  time?: { start: string; end: string } | null;
  role?: Role;
}

function assertion(s: ClaimSpec): Assertion {
  const text = texts[s.doc];
  if (text === undefined) throw new Error(`no document ${s.doc}`);
  const sStart = text.indexOf(s.sentence);
  const vRel = s.sentence.indexOf(s.written);
  if (sStart < 0 || vRel < 0) throw new Error(`bad sample claim: ${s.written}`);
  const start = sStart + vRel;
  const end = start + s.written.length;
  const a = lineCol(text, start);
  const b = lineCol(text, end);
  return {
    rule: s.rule,
    kind: s.value.kind,
    key: s.key,
    subject: s.subject,
    role: s.role ?? 'count',
    scope: { place: 'avenel', actor: null },
    value: s.value,
    written: s.written,
    document: s.doc,
    span: { start, end },
    sentence: { start: sStart, end: sStart + s.sentence.length },
    location: { line: a.line, column: a.column, endLine: b.line, endColumn: b.column },
    sentenceText: s.sentence,
    attribution: s.attribution ?? null,
    time: s.time ?? null,
  };
}

const q = (number: number, low: number, high: number, hedge: 'exact' | 'approx' = 'exact'): Value => ({
  kind: 'quantity',
  number,
  low,
  high,
  hedge,
  unit: null,
});

const STRIKERS = { rule: 'strikers-count', key: 'strikers-count|count|place=avenel', subject: 'dockworkers on strike · Port Avenel' };
const TALKS = { rule: 'talks-status', key: 'talks-status|count|place=avenel', subject: 'wage talks · Port Avenel' };
const START = { rule: 'event-date', key: 'event-date|count|event=strike|place=avenel', subject: 'start of the strike · Port Avenel' };
const CRANES = { rule: 'idle-cranes', key: 'idle-cranes|count|place=avenel', subject: 'idle cranes · Port Avenel' };

const line = (doc: number, n: number): string => {
  const l = texts[doc]?.split('\n')[n];
  if (l === undefined) throw new Error(`no line ${n} in ${doc}`);
  return l;
};

// Sorted by document, then position, as the engine emits them.
export const assertions: Assertion[] = [
  /* 0 */ assertion({ doc: 0, sentence: line(0, 2), written: 'About 2,500', ...STRIKERS, value: q(2500, 2250, 2750, 'approx'), attribution: 'union officials' }),
  /* 1 */ assertion({ doc: 0, sentence: line(0, 3), written: 'ongoing', ...TALKS, value: { kind: 'status', state: 'ongoing' }, attribution: 'the mediator' }),
  /* 2 */ assertion({ doc: 0, sentence: line(0, 4), written: '20 February 2023', ...START, value: { kind: 'date', start: '2023-02-20', end: '2023-02-20', precision: 'day' }, attribution: 'organisers' }),
  /* 3 */ assertion({ doc: 0, sentence: line(0, 5), written: 'Forty', ...CRANES, value: q(40, 38, 42), time: { start: '2023-02-01', end: '2023-02-28' } }),
  /* 4 */ assertion({ doc: 1, sentence: line(1, 2), written: '4,000', ...STRIKERS, value: q(4000, 3800, 4200), attribution: 'the port authority' }),
  /* 5 */ assertion({ doc: 1, sentence: line(1, 3), written: '4,000-strong', ...STRIKERS, value: q(4000, 3800, 4200) }),
  /* 6 */ assertion({ doc: 1, sentence: line(1, 4), written: 'collapsed', ...TALKS, value: { kind: 'status', state: 'suspended' }, attribution: 'the port authority' }),
  /* 7 */ assertion({ doc: 1, sentence: line(1, 5), written: '12', ...CRANES, value: q(12, 11, 13), attribution: 'the operator', time: { start: '2024-01-01', end: '2024-12-31' } }),
  /* 8 */ assertion({ doc: 2, sentence: HOSTILE, written: '2,600', ...STRIKERS, value: q(2600, 2470, 2730), attribution: 'Steward Ren Ossory \u001b[31m|x|\u001b[0m' }),
  /* 9 */ assertion({ doc: 2, sentence: line(2, 4), written: 'March 2023', ...START, value: { kind: 'date', start: '2023-03-01', end: '2023-03-31', precision: 'month' } }),
];

export const conflicts: Conflict[] = [
  {
    id: '3f9a1c0de2b74a51',
    ...STRIKERS,
    kind: 'quantity',
    relation: 'contradiction',
    severity: 'error',
    message: { id: 'quantity-conflict', data: { subject: STRIKERS.subject, values: 'About 2,500 · 2,600 · 4,000 · 4,000-strong' } },
    claims: [8, 4, 5, 0],
    // 2,600 and about 2,500 agree; 4,000 and 4,000-strong agree; the two pairs do not.
    pairs: [
      [0, 1],
      [0, 2],
      [3, 1],
      [3, 2],
    ],
  },
  {
    id: '8b2e44f01c9d3e70',
    ...TALKS,
    kind: 'status',
    relation: 'contradiction',
    severity: 'error',
    message: { id: 'status-conflict', data: { subject: TALKS.subject, values: 'ongoing · suspended' } },
    claims: [1, 6],
    pairs: [[0, 1]],
  },
  {
    id: 'c41d7a9e00f2b813',
    ...START,
    kind: 'date',
    relation: 'contradiction',
    severity: 'warning',
    message: { id: 'date-conflict', data: { subject: START.subject, values: '20 February 2023 · March 2023' } },
    claims: [9, 2],
    pairs: [[0, 1]],
  },
  {
    id: '5e0b9d3a7f1c2468',
    ...CRANES,
    kind: 'quantity',
    relation: 'change',
    severity: 'info',
    message: { id: 'change', data: { subject: CRANES.subject, values: 'Forty (Feb 2023) → 12 (2024)' } },
    claims: [3, 7],
    pairs: [[0, 1]],
  },
];

export function sampleReport(): Report {
  return structuredClone({
    version: 1 as const,
    documents,
    assertions,
    conflicts,
    warnings: [
      {
        document: 1,
        line: 1,
        column: 1,
        code: 'unused-suppression',
        message: 'claimdiff-disable-next-line strikers-count suppresses nothing',
      },
    ],
    summary: { documents: 3, assertions: assertions.length, contradictions: 3, changes: 1 },
  });
}

export function emptyReport(): Report {
  return {
    version: 1,
    documents: [{ path: 'a.txt', title: null, date: null, source: null }],
    assertions: [],
    conflicts: [],
    warnings: [],
    summary: { documents: 1, assertions: 0, contradictions: 0, changes: 0 },
  };
}
