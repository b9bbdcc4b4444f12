import { describe, expect, it } from 'vitest';
import { formatAssertions, getFormatter } from '../../src/formatters/index.js';
import { emptyReport, HOSTILE, sampleReport } from './sample-report.js';

const json = (r = sampleReport()) => getFormatter('json')?.(r, { color: false }) ?? '';

describe('json contract (version 1)', () => {
  it('is JSON.stringify(…, null, 2) plus a newline', () => {
    const out = json();
    expect(out.endsWith('}\n')).toBe(true);
    expect(JSON.stringify(JSON.parse(out), null, 2) + '\n').toBe(out.replace(/\\u009b/g, '\u009b'));
  });

  it('has exactly the contract fields, in order', () => {
    const r = JSON.parse(json());
    expect(Object.keys(r)).toEqual(['version', 'documents', 'conflicts', 'warnings', 'summary']);
    expect(r.version).toBe(1);
    expect(Object.keys(r.documents[0])).toEqual(['path', 'title', 'date', 'date_source', 'source', 'role']);
    for (const c of r.conflicts) {
      expect(Object.keys(c)).toEqual(['id', 'rule', 'kind', 'subject', 'relation', 'severity', 'message', 'claims', 'pairs']);
      for (const claim of c.claims) {
        expect(Object.keys(claim)).toEqual(['document', 'line', 'column', 'text', 'value', 'normalized', 'date', 'source']);
      }
    }
    expect(r.summary).toEqual({ documents: 3, assertions: 10, contradictions: 3, changes: 1 });
    expect(r.warnings).toEqual([
      {
        document: 'articles/avenel/002.txt',
        line: 1,
        column: 1,
        code: 'unused-suppression',
        message: 'claimdiff-disable-next-line strikers-count suppresses nothing',
      },
    ]);
  });

  it('renders conflicts and claims per the contract', () => {
    const r = JSON.parse(json());
    const q = r.conflicts[0];
    expect(q).toEqual({
      id: '3f9a1c0de2b74a51',
      rule: 'strikers-count',
      kind: 'quantity',
      subject: 'dockworkers on strike · Port Avenel',
      relation: 'contradiction',
      severity: 'error',
      message: 'Articles disagree on dockworkers on strike · Port Avenel: About 2,500 · 2,600 · 4,000 · 4,000-strong.',
      claims: [
        // the draft: no document date or source, attribution given
        { document: 'drafts/avenel strike,v2.md', line: 3, column: 34, text: HOSTILE, value: '2,600', normalized: 2600, date: null, source: 'Steward Ren Ossory \u001b[31m|x|\u001b[0m' },
        { document: 'articles/avenel/002.txt', line: 3, column: 6, text: 'Some 4,000 dockworkers are now on strike at Port Avenel, the port authority said.', value: '4,000', normalized: 4000, date: '2023-02-28', source: 'the port authority' },
        // no attribution: the document's source
        expect.objectContaining({ document: 'articles/avenel/002.txt', line: 4, value: '4,000-strong', normalized: 4000, date: '2023-02-28', source: 'Harbour Ledger\u009b2J' }),
        expect.objectContaining({ document: 'articles/avenel/001.txt', line: 3, column: 1, value: 'About 2,500', normalized: 2500, date: '2023-02-27', source: 'union officials' }),
      ],
      pairs: [[0, 1], [0, 2], [3, 1], [3, 2]],
    });
    // status: the state name; date: ISO day or "start/end"; a claim's own time wins over the document date
    expect(r.conflicts[1].claims.map((c: { normalized: string }) => c.normalized)).toEqual(['ongoing', 'suspended']);
    expect(r.conflicts[2].claims.map((c: { normalized: string }) => c.normalized)).toEqual(['2023-03-01/2023-03-31', '2023-02-20']);
    expect(r.conflicts[3].claims.map((c: { date: string }) => c.date)).toEqual(['2023-02-01', '2024-01-01']);
  });

  it('leaves out warnings when there are none and role when unset', () => {
    const r = JSON.parse(json(emptyReport()));
    expect(Object.keys(r)).toEqual(['version', 'documents', 'conflicts', 'summary']);
    expect(r.documents).toEqual([{ path: 'a.txt', title: null, date: null, date_source: null, source: null }]);
    expect(r.conflicts).toEqual([]);
  });
});

describe('jsonl', () => {
  it('has one object per line: documents, assertions, conflicts, warnings, summary', () => {
    const out = getFormatter('jsonl')?.(sampleReport(), { color: false }) ?? '';
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual([
      ...Array(3).fill('document'),
      ...Array(10).fill('assertion'),
      ...Array(4).fill('conflict'),
      'warning',
      'summary',
    ]);
    expect(lines[3]).toEqual({
      type: 'assertion',
      document: 'articles/avenel/001.txt',
      line: 3,
      column: 1,
      rule: 'strikers-count',
      kind: 'quantity',
      key: 'strikers-count|count|place=avenel',
      subject: 'dockworkers on strike · Port Avenel',
      role: 'count',
      value: 'About 2,500',
      normalized: 2500,
      text: 'About 2,500 dockworkers walked off the job at Port Avenel on Monday, union officials said.',
      source: 'union officials',
      date: '2023-02-27',
    });
    const json = JSON.parse(getFormatter('json')?.(sampleReport(), { color: false }) ?? '');
    expect(lines[13]).toEqual({ type: 'conflict', ...json.conflicts[0] });
    expect(lines[18]).toEqual({ type: 'summary', documents: 3, assertions: 10, contradictions: 3, changes: 1 });
  });

  it('formatAssertions jsonl emits only documents and assertions, sorted by file and line', () => {
    const lines = formatAssertions(sampleReport(), 'jsonl').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual([...Array(3).fill('document'), ...Array(10).fill('assertion')]);
    const where = lines.filter((l) => l.type === 'assertion').map((l) => `${l.document}:${l.line}`);
    expect(where).toEqual([...where].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  });

  it('formatAssertions json has version, documents and assertions', () => {
    const r = JSON.parse(formatAssertions(sampleReport(), 'json'));
    expect(Object.keys(r)).toEqual(['version', 'documents', 'assertions']);
    expect(r.assertions).toHaveLength(10);
  });
});
