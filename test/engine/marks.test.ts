// Live-blog time marks: which line openings date the text under them.
import { describe, expect, it } from 'vitest';
import { markAt, timeMarks } from '../../src/engine/marks.js';

describe('timeMarks', () => {
  it.each([
    ['09:40 — The toll rose.', 9 * 60 + 40],
    ['14.05 GMT: Crews arrive.', 14 * 60 + 5],
    ['6:15pm | Roads reopen.', 18 * 60 + 15],
    ['Update, 6 p.m.: More rain.', 18 * 60],
    ['Updated at 18:05 - The office said.', 18 * 60 + 5],
    ['12:00 am - Midnight.', 0],
  ])('%s', (line, minutes) => {
    expect(timeMarks(`Title\n\n${line}\n`).map((m) => m.minutes)).toEqual([minutes]);
  });
  it.each([
    ['12 - a numbered list item'],
    ['25:10 — not a clock'],
    ['The toll rose at 09:40 — officials said.'],
    ['2025: a year, not a time'],
  ])('not a mark: %s', (line) => {
    expect(timeMarks(`Title\n\n${line}\n`)).toEqual([]);
  });
  it('dates an offset by the last mark at or before it', () => {
    const text = 'Live\n\n18:05 — later\n\n09:40 — earlier\n';
    const marks = timeMarks(text);
    expect(markAt(marks, 0)).toBeUndefined();
    expect(markAt(marks, text.indexOf('later'))).toBe(18 * 60 + 5);
    expect(markAt(marks, text.indexOf('earlier'))).toBe(9 * 60 + 40);
  });
});

describe('a live blog that names its days', () => {
  it('counts the days from the first one named, by date or by weekday', () => {
    const byDate = timeMarks('Live\n\nMon 8 Jul, 12:30 - The tug left port.\n\nTue 9 Jul, 09:10 - Cases rose.\n\n11:00 - Still Tuesday.\n');
    expect(byDate.map((m) => m.minutes)).toEqual([12 * 60 + 30, 1440 + 9 * 60 + 10, 1440 + 11 * 60]);
    // Newest first: Monday's entry above Sunday's is a day later, not six days earlier.
    const byWeekday = timeMarks('Live\n\nMonday, 01:10 -- Lava reached the road.\n\nSunday, 22:58 -- The eruption began.\n');
    expect(byWeekday.map((m) => m.minutes)).toEqual([70, -1440 + 22 * 60 + 58]);
  });
  it("a day's stamp is the entry's time, no claim of when something happened", async () => {
    const { extractText } = await import('../../src/engine/scan.js');
    const { compileForRun } = await import('../../src/rules/compile.js');
    const { loadRuleSet } = await import('../../src/rules/index.js');
    const blog = 'Eruption live\n\nSunday, 22:58 -- The eruption began at 22:47 north of the town, the Met Office says.\n';
    const found = extractText(blog, compileForRun(loadRuleSet()), '2025-11-09').filter((a) => a.rule === 'generic-clock');
    expect(found.map((a) => a.written)).toEqual(['22:47']);
  });
});

describe('a live blog that runs past midnight, and its earlier figures', () => {
  it('marks after the longest gap are the next day', async () => {
    const { overnight } = await import('../../src/engine/marks.js');
    expect(overnight([1360, 1410, 230])).toEqual([1360, 1410, 1670]);
    expect(overnight([360, 600, 1200])).toEqual([360, 600, 1200]);
  });

  it("an entry a later entry replaces is in the blog's timeline, never set against another article", async () => {
    const { scan } = await import('../../src/index.js');
    const blog = 'Fire live\n\n08:00 - Authorities say 1,400 people have now been evacuated from the villages.\n\n14:00 - Officials now say 3,200 people have been evacuated in total.\n';
    const wire = 'Wildfire forces thousands out\n\nAbout 3,200 people have been evacuated, officials said.\n';
    const report = await scan({ texts: [{ path: 'blog.txt', text: blog, date: '2026-08-10' }, { path: 'wire.txt', text: wire, date: '2026-08-10' }] });
    expect(report.conflicts.filter((c) => c.relation === 'contradiction')).toEqual([]);
    expect(report.conflicts.filter((c) => c.relation === 'change').length).toBeGreaterThanOrEqual(1);
  });
});
