import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/formatters/github.js';
import { getFormatter } from '../../src/formatters/index.js';
import type { Report } from '../../src/model.js';
import { emptyReport, sampleReport } from './sample-report.js';

const gh = (r: Report) => getFormatter('github')?.(r, { color: false }) ?? '';

describe('github escaping', () => {
  it('escapes data and properties', () => {
    expect(escapeData('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab: c, d');
    expect(escapeProperty('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab%3A c%2C d');
  });
});

describe('github annotations', () => {
  it('writes exactly these lines for the sample report', () => {
    expect(gh(sampleReport()).split('\n')).toEqual([
      '::error file=articles/avenel/001.txt,line=4,col=57,endLine=4,endColumn=64,title=claimdiff contradiction%3A wage talks · Port Avenel (talks-status)::Articles disagree on the status of wage talks · Port Avenel: ongoing · suspended. Here: ongoing. Other claims: collapsed (articles/avenel/002.txt:5, the port authority, 2023-02-28).',
      '::notice file=articles/avenel/001.txt,line=6,col=1,endLine=6,endColumn=6,title=claimdiff change%3A idle cranes · Port Avenel (idle-cranes)::idle cranes · Port Avenel changed over time: Forty (Feb 2023) → 12 (2024). Here: Forty. Elsewhere: 12 (articles/avenel/002.txt:6, the operator, 2024-01-01).',
      '::error file=drafts/avenel strike%2Cv2.md,line=3,col=34,endLine=3,endColumn=39,title=claimdiff contradiction%3A dockworkers on strike · Port Avenel (strikers-count)::Articles disagree on dockworkers on strike · Port Avenel: About 2,500 · 2,600 · 4,000 · 4,000-strong. Here: 2,600. Other claims: 4,000 (articles/avenel/002.txt:3, the port authority, 2023-02-28); 4,000-strong (articles/avenel/002.txt:4, Harbour Ledger, 2023-02-28); About 2,500 (articles/avenel/001.txt:3, union officials, 2023-02-27).',
      '::warning file=drafts/avenel strike%2Cv2.md,line=5,col=25,endLine=5,endColumn=35,title=claimdiff contradiction%3A start of the strike · Port Avenel (event-date)::Articles give different dates for start of the strike · Port Avenel: 20 February 2023 · March 2023. Here: March 2023. Other claims: 20 February 2023 (articles/avenel/001.txt:5, organisers, 2023-02-27).',
      '::warning file=articles/avenel/002.txt,line=1,col=1,title=claimdiff%3A unused-suppression::claimdiff-disable-next-line strikers-count suppresses nothing',
      '',
    ]);
  });

  it('escapes % in messages and , : in properties, and keeps each command on one line', () => {
    const r = sampleReport();
    r.conflicts = r.conflicts.slice(0, 1);
    r.warnings = [];
    r.documents[2] = { path: 'a:b,c%d.md', title: null, date: null, source: null, role: 'draft' };
    const c = r.conflicts[0];
    if (!c) throw new Error('sample');
    c.message = { id: 'quantity-conflict', data: { subject: 'x', values: '50% · 60%\r\n::error::' } };
    c.subject = 'a, b: c';
    const out = gh(r);
    expect(out.split('\n')).toHaveLength(2);
    expect(out).toContain('::error file=a%3Ab%2Cc%25d.md,line=3,');
    expect(out).toContain('title=claimdiff contradiction%3A a%2C b%3A c (strikers-count)::');
    expect(out).toContain('::Articles disagree on x: 50%25 · 60%25 ::error::. Here: 2,600. ');
  });

  it('anchors on the first draft claim in a check run, else on the first claim', () => {
    const r = sampleReport();
    const q = r.conflicts[0];
    if (!q) throw new Error('sample');
    q.claims = [4, 5, 0, 8]; // the draft's claim last
    q.pairs = [[0, 2], [0, 3], [1, 2], [1, 3]];
    const line = (rep: Report) => gh(rep).split('\n').find((l) => l.includes('strikers-count')) ?? '';
    expect(line(r)).toMatch(/^::error file=drafts\/avenel strike%2Cv2\.md,line=3,col=34,/);
    for (const d of r.documents) delete d.role;
    expect(line(r)).toMatch(/^::error file=articles\/avenel\/002\.txt,line=3,col=6,/);
  });

  it('maps severity and relation to the command', () => {
    const r = sampleReport();
    const cmd = (c: number) => gh(r).split('\n').find((l) => l.includes(`(${r.conflicts[c]?.rule})`))?.split(' ')[0];
    expect([0, 1, 2, 3].map(cmd)).toEqual(['::error', '::error', '::warning', '::notice']);
    for (const c of r.conflicts) c.severity = 'info';
    expect([0, 1, 2, 3].map(cmd)).toEqual(['::notice', '::notice', '::notice', '::notice']);
    for (const c of r.conflicts) c.severity = 'error';
    // a change stays a notice whatever its severity
    expect([0, 1, 2, 3].map(cmd)).toEqual(['::error', '::error', '::error', '::notice']);
  });

  it('prints nothing when there is nothing', () => {
    expect(gh(emptyReport())).toBe('');
  });
});
