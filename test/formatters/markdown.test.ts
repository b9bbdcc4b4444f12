import { describe, expect, it } from 'vitest';
import { getFormatter } from '../../src/formatters/index.js';
import { longestRun } from '../../src/formatters/sanitize.js';
import { emptyReport, sampleReport } from './sample-report.js';

const md = (r = sampleReport()) => getFormatter('markdown')?.(r, { color: false }) ?? '';

/** Cells of a GFM table row: split on pipes not preceded by a backslash. */
function cells(row: string): string[] {
  return row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/);
}

describe('markdown', () => {
  it('has a title, the summary and one section per conflict', () => {
    const out = md();
    expect(out.startsWith('## claimdiff report\n\n3 documents, 10 assertions: 3 contradictions, 1 change\n')).toBe(true);
    expect(out).toContain('### ✖ dockworkers on strike · Port Avenel — contradiction\n');
    expect(out).toContain('### ⚠ start of the strike · Port Avenel — contradiction\n');
    expect(out).toContain('### ↻ idle cranes · Port Avenel — change\n');
    expect(out.match(/^### /gm)).toHaveLength(4);
  });

  it('keeps every table row at five columns despite pipes in article text', () => {
    const rows = md().split('\n').filter((l) => l.startsWith('|'));
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect(cells(row)).toHaveLength(5);
    const hostile = rows.find((r) => r.includes('Ossory'));
    expect(hostile).toBe('| A | drafts/avenel strike,v2.md:3 | 2,600 | | Steward Ren Ossory \\|x\\| |');
  });

  it('opens each sentence block with a fence longer than any backtick run inside', () => {
    const out = md();
    const blocks = [...out.matchAll(/^(`{3,})text\n([\s\S]*?)\n\1$/gm)];
    expect(blocks).toHaveLength(4);
    for (const [, fence = '', body = ''] of blocks) {
      expect(fence.length).toBeGreaterThan(longestRun(body, '`'));
      expect(fence.length).toBeGreaterThanOrEqual(3);
      // a label, never a diff sign: no side is coloured as the right one
      for (const line of body.split('\n')) expect(line).toMatch(/^(?:[A-Z]+|\d+) {2}/);
    }
    const hostile = blocks.find((b) => b[2]?.includes('Ossory'));
    expect(hostile?.[1]).toBe('````');
    expect(hostile?.[2]).toContain('A  Steward Ren Ossory said 2,600 | members ```walked``` out here <script>alert(1)</script> at 100% ::error:: then left.');
  });

  it('escapes article text outside code blocks', () => {
    const outside = md().replace(/^(`{3,})text\n[\s\S]*?\n\1$/gm, '');
    expect(outside).not.toContain('<script>');
    expect(outside).not.toMatch(/(?<!\\)`/);
  });

  it('is the heading and one line when there are no conflicts', () => {
    expect(md(emptyReport())).toBe('## claimdiff report\n\nNo contradictions found (1 document, 0 assertions).\n');
  });
});
