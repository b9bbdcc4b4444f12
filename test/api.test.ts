import { describe, expect, test } from 'vitest';
import { scan } from '../src/index.js';

describe('public API', () => {
  test('scan texts returns the same report shape as the JSON output', async () => {
    const report = await scan({
      texts: [
        { path: 'a.txt', text: 'Officials said 1,200 people were killed in the quake in Nepal on Saturday.', date: '2025-03-15' },
        { path: 'b.txt', text: 'The earthquake in Nepal killed at least 1,850 people, the ministry said on Saturday.', date: '2025-03-15' },
      ],
    });
    expect(report.version).toBe(1);
    expect(report.documents.map((d) => d.path)).toEqual(['a.txt', 'b.txt']);
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]?.rule).toBe('death-toll');
    expect(report.summary.contradictions).toBe(1);
  });

  test('scan paths reads folders', async () => {
    const report = await scan({ paths: ['fixtures/iraq'] });
    expect(report.documents).toHaveLength(5);
    expect(report.conflicts.some((c) => c.rule === 'troop-count')).toBe(true);
  });
});

describe('public API: stories', () => {
  test('groupBy story groups paths into stories as the CLI does', async () => {
    const report = await scan({ paths: ['fixtures/iraq'], groupBy: 'story' });
    expect(report.stories?.length).toBe(1);
    expect(report.conflicts.some((c) => c.rule === 'troop-count')).toBe(true);
  });
});
