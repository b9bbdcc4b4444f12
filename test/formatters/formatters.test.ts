import { describe, expect, it } from 'vitest';
import { formatAssertions, formatterNames, getFormatter } from '../../src/formatters/index.js';
import type { Formatter } from '../../src/formatters/index.js';
import { CONTROL_BYTES, stripSgr } from './helpers.js';
import { emptyReport, sampleReport } from './sample-report.js';

function fmt(name: string): Formatter {
  const f = getFormatter(name);
  if (!f) throw new Error(`no formatter ${name}`);
  return f;
}

const opts = { color: false, toolVersion: '0.1.0' };

describe('registry', () => {
  it('lists the formats', () => {
    expect(formatterNames).toEqual(['text', 'json', 'jsonl', 'markdown', 'sarif', 'github', 'html']);
  });
  it('returns undefined for unknown names, including inherited properties', () => {
    expect(getFormatter('pdf')).toBeUndefined();
    expect(getFormatter('toString')).toBeUndefined();
    expect(getFormatter('__proto__')).toBeUndefined();
  });
});

describe('snapshots', () => {
  for (const name of ['text', 'json', 'jsonl', 'markdown', 'sarif', 'github']) {
    it(name, () => {
      expect(fmt(name)(sampleReport(), opts)).toMatchSnapshot();
    });
    it(`${name}, no conflicts`, () => {
      expect(fmt(name)(emptyReport(), opts)).toMatchSnapshot();
    });
  }
  it('text with colour', () => {
    expect(fmt('text')(sampleReport(), { color: true })).toMatchSnapshot();
  });
  for (const format of ['jsonl', 'json', 'text'] as const) {
    it(`assertions as ${format}`, () => {
      expect(formatAssertions(sampleReport(), format)).toMatchSnapshot();
    });
  }
});

describe('determinism', () => {
  it.each([...formatterNames])('%s gives the same bytes for the same report', (name) => {
    const a = fmt(name)(sampleReport(), opts);
    const b = fmt(name)(sampleReport(), opts);
    expect(b).toBe(a);
  });
  it('does not modify the report', () => {
    const r = sampleReport();
    const before = JSON.stringify(r);
    for (const name of formatterNames) fmt(name)(r, { color: true });
    for (const f of ['jsonl', 'json', 'text'] as const) formatAssertions(r, f);
    expect(JSON.stringify(r)).toBe(before);
  });
});

describe('hostile article text', () => {
  const human = ['text', 'markdown', 'github'];
  it.each(human)('%s output holds no ESC, C0 (but \\n) or C1 control', (name) => {
    const out = fmt(name)(sampleReport(), { color: false });
    expect(out).not.toMatch(CONTROL_BYTES);
    expect(out).not.toContain('\r');
  });
  it('text with colour holds only the SGR sequences chalk writes', () => {
    const out = fmt('text')(sampleReport(), { color: true });
    expect(out).toContain('\u001b[');
    expect(stripSgr(out)).not.toMatch(CONTROL_BYTES);
    expect(out).not.toContain(']8;;');
  });
  it('assertions as text hold no control', () => {
    expect(formatAssertions(sampleReport(), 'text')).not.toMatch(CONTROL_BYTES);
  });
  it.each(['json', 'jsonl', 'sarif'])('%s escapes every control (raw bytes never reach the terminal)', (name) => {
    const out = fmt(name)(sampleReport(), opts);
    expect(out.replace(/\n/g, '')).not.toMatch(CONTROL_BYTES);
  });
  it('json keeps article text as written (the escapes survive parsing)', () => {
    const parsed = JSON.parse(fmt('json')(sampleReport(), opts));
    const texts: string[] = parsed.conflicts.flatMap((c: { claims: Array<{ text: string }> }) => c.claims.map((x) => x.text));
    expect(texts.some((t) => t.includes('\u001b[31m') && t.includes('\r\n'))).toBe(true);
    expect(parsed.documents[1].source).toBe('Harbour Ledger\u009b2J');
  });
});

describe('text', () => {
  const text = (color = false) => fmt('text')(sampleReport(), { color });

  it('has no escape code without colour, and some with it', () => {
    expect(text(false)).not.toContain('\u001b');
    expect(text(true)).toContain('\u001b[');
  });

  it('has no trailing spaces, with or without colour', () => {
    for (const out of [text(false), stripSgr(text(true))]) {
      for (const line of out.split('\n')) expect(line).toBe(line.trimEnd());
    }
  });

  it('groups claims into compatible sets, sorted by value', () => {
    const out = text();
    const block = out.slice(out.indexOf('✖ contradiction  dockworkers'), out.indexOf('↻ change'));
    const rows = block.split('\n').filter((l) => /^ {2}[A-Z] /.test(l));
    expect(rows.map((l) => l.trim().split(/\s{2,}/).slice(0, 2).join(' '))).toEqual([
      'A About 2,500',
      'A 2,600',
      'B 4,000',
      'B 4,000-strong',
    ]);
    expect(block).toMatch(/ {2}B {2}4,000 +articles\/avenel\/002\.txt:3:6 +2023-02-28 {2}the port authority\n/);
  });

  it('shows a change as a timeline', () => {
    expect(text()).toMatch(/↻ change  idle cranes · Port Avenel  \(idle-cranes, [0-9a-f]{8}\)\n  Forty \(Feb 2023\) → 12 \(2024\)\n/);
  });

  it('truncates a long sentence around its value', () => {
    const out = text();
    const line = out.split('\n').find((l) => l.includes('the 4,000-strong dockworkers union'));
    expect(line).toBeDefined();
    expect(line?.trim().startsWith('…')).toBe(true);
    expect(line?.trim().endsWith('…')).toBe(true);
    expect(Array.from(line?.trim() ?? '').length).toBeLessThanOrEqual(162);
  });

  it('ends with warnings and the summary line', () => {
    const out = text();
    expect(out).toContain('Warnings\n  ⚠ articles/avenel/002.txt:1:1  claimdiff-disable-next-line strikers-count suppresses nothing  (unused-suppression)\n');
    expect(out.endsWith('\n\nA, B, …: claims with the same letter agree; claims with different letters cannot all be true.\n3 documents, 10 assertions: 3 contradictions, 1 change\n')).toBe(true);
  });

  it('says so when there is nothing', () => {
    expect(fmt('text')(emptyReport(), { color: false })).toBe(
      'No contradictions found.\n\n1 document, 0 assertions: 0 contradictions, 0 changes\n',
    );
  });
});
