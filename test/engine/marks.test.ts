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
