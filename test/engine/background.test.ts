// Background and scope in news copy: a past event's figures are dated to its year
// and never set against today's; a relative clause speaks of the name before it;
// "62 of the 78 on board" counts 62; a named fire is not a place.
import { describe, expect, test } from 'vitest';
import { scan } from '../../src/index.js';

const doc = (path: string, date: string, body: string): { path: string; text: string; date: string } => ({ path, date, text: `Headline\n\n${body}\n` });

describe('background figures', () => {
  test("a past storm's toll is dated to its year and is in no conflict with today's", async () => {
    const report = await scan({
      texts: [
        doc('a.txt', '2025-10-03', 'Typhoon Marikit has killed 14 people in the Philippines, the disaster agency said.'),
        doc('b.txt', '2025-10-03', 'Residents compared Marikit to the 2018 typhoon that killed 67 people in the Philippines.'),
      ],
    });
    const past = report.assertions.find((a) => a.rule === 'death-toll' && a.written === '67');
    expect(past?.time?.start).toBe('2018-01-01');
    expect(report.conflicts.filter((c) => c.rule === 'death-toll')).toEqual([]);
  });

  test('a time that opens the sentence dates its claim: a June proposal is no rival to October\'s plan', async () => {
    const report = await scan({
      texts: [
        doc('a.txt', '2025-10-18', 'In June, managers proposed cutting 400 posts across the institution.'),
        doc('b.txt', '2025-10-18', 'The university plans to cut 300 posts, the union said.'),
      ],
    });
    const june = report.assertions.find((a) => a.written === '400');
    expect(june?.time?.start).toBe('2025-06-01');
    expect(report.conflicts.filter((c) => c.relation === 'contradiction')).toEqual([]);
  });

  test('a time before the verb dates its claim; a period that opens the sentence; a year said whole', async () => {
    const report = await scan({
      texts: [
        doc('a.txt', '2025-10-09', 'Rival chain Gilmore Home last week reported like-for-like sales up 1.8% in its latest quarter.'),
        doc('b.txt', '2025-03-10', 'Between 1 January and 8 March 2025, the secretariat recorded 11,300 suspected cases of dengue.'),
        doc('c.txt', '2025-03-10', 'For comparison, the city recorded approximately 2,100 confirmed cases in the whole of 2024.'),
      ],
      groupBy: 'none',
    });
    const time = (written: string) => report.assertions.find((a) => a.written === written)?.time;
    expect(time('1.8%')?.start).toBe('2025-09-29');
    expect(time('11,300')).toEqual({ start: '2025-01-01', end: '2025-03-08' });
    expect(time('approximately 2,100')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  test('a relative clause takes the year of the noun it follows', async () => {
    const report = await scan({
      texts: [doc('a.txt', '2025-08-13', 'It is the most destructive fire since the 2016 Bully Ridge Fire, which destroyed 1,600 homes west of Redding.')],
    });
    const homes = report.assertions.find((a) => a.rule === 'homes-destroyed');
    expect(homes?.written).toBe('1,600');
    expect(homes?.time?.start).toBe('2016-01-01');
  });

  test('today’s figures keep the publication date', async () => {
    const report = await scan({ texts: [doc('a.txt', '2025-08-13', 'The fire destroyed 1,200 homes in 2025, officials said.')] });
    expect(report.assertions.find((a) => a.rule === 'homes-destroyed')?.time?.start).toBe('2025-01-01');
  });
});

describe('scope in relative clauses and sets', () => {
  test('"62 of the 78 people on board" is a toll of 62, not of 78', async () => {
    const report = await scan({ texts: [doc('a.txt', '2025-10-05', 'The plane crashed in swampland, killing 62 of the 78 people on board.')] });
    expect(report.assertions.filter((a) => a.rule === 'death-toll').map((a) => a.written)).toEqual(['62']);
  });

  test('"Eleven of the survivors" is a part of the survivors', async () => {
    const report = await scan({ texts: [doc('a.txt', '2025-10-05', 'Rescuers pulled 16 survivors from the wreck. Eleven of the survivors were in critical condition.')] });
    const roles = report.assertions.filter((a) => a.rule === 'rescued-count').map((a) => [a.written, a.role]);
    expect(roles).toContainEqual(['Eleven', 'part']);
  });

  test('a company named before "which" owns the figure in the relative clause', async () => {
    const report = await scan({
      texts: [doc('a.txt', '2025-07-29', 'Its results contrasted with rival Hartwell Foods, which last week reported second-quarter revenue of $3.9 billion.')],
    });
    expect(report.assertions.find((a) => a.rule === 'revenue')?.scope.actor).toBe('hartwell');
  });

  test('a named fire is not a place', async () => {
    const report = await scan({ texts: [doc('a.txt', '2025-08-13', 'Five people have died in the Bear Hollow Fire, county officials said.')] });
    const toll = report.assertions.find((a) => a.rule === 'death-toll');
    expect(toll?.written).toBe('Five');
    expect(toll?.scope.place).not.toBe('bear hollow fire');
  });
});

describe('when a toll holds', () => {
  test('the day a disaster struck does not date its toll: the count is as of publication', async () => {
    const report = await scan({ texts: [doc('a.txt', '2025-03-16', 'A powerful earthquake struck western Nepal on Saturday, killing 1,200 people.')] });
    expect(report.assertions.find((a) => a.rule === 'death-toll')?.time?.start).toBe('2025-03-16');
  });

  test('a counting verb still dates its figure', async () => {
    const report = await scan({ texts: [doc('a.txt', '2025-03-16', 'The death toll in Nepal rose to 45 on Friday.')] });
    expect(report.assertions.find((a) => a.rule === 'death-toll')?.time?.start).toBe('2025-03-14');
  });

  test('a running total that later falls is a contradiction, not a change', async () => {
    const report = await scan({
      texts: [
        doc('a.txt', '2025-10-05', 'Police said 71 people were killed in the plane crash in Indonesia.'),
        doc('b.txt', '2025-10-07', 'Investigators said 62 people were killed in the crash in Indonesia.'),
      ],
    });
    expect(report.conflicts.filter((c) => c.rule === 'death-toll').map((c) => c.relation)).toEqual(['contradiction']);
  });

  // An act done cannot be undone by a later count: cars towed on Saturday are still towed on Tuesday.
  test('a generic act counted lower days later is a contradiction; counted higher, a change', async () => {
    const relations = async (first: string, later: string): Promise<string[]> => {
      const report = await scan({ texts: [doc('a.txt', '2025-06-07', first), doc('b.txt', '2025-06-10', later)] });
      return report.conflicts.filter((c) => c.rule === 'generic-quantity').map((c) => c.relation);
    };
    expect(await relations('The council in Harwick said 40 cars were towed from the depot.', 'The council in Harwick said 25 cars were towed from the depot.')).toEqual(['contradiction']);
    // A level, not an act: a count of what is there may fall.
    expect(await relations('The council in Harwick said 40 cars remain at the depot.', 'The council in Harwick said 25 cars remain at the depot.')).not.toContain('contradiction');
    expect(await relations('The council in Harwick said 25 cars were towed from the depot.', 'The council in Harwick said 40 cars were towed from the depot.')).toEqual(['change']);
  });
});

describe('periods and past months', () => {
  test('"since January" is when counting began, not when the count holds', async () => {
    const report = await scan({ texts: [doc('a.txt', '2026-03-02', "Malawi's health ministry has reported 260 cholera cases since January.")] });
    expect(report.assertions.find((a) => a.rule === 'cases-count')?.time?.start).toBe('2026-03-02');
  });

  test('a past month with its year dates a "when" clause: last year\'s strike is not this one', async () => {
    const report = await scan({
      texts: [
        doc('a.txt', '2026-05-12', 'Last year the dispute ended after a one-day strike in October 2025, when about 1,900 workers walked out.'),
        doc('b.txt', '2026-05-12', 'About 3,100 workers are on strike, the union said.'),
      ],
    });
    expect(report.assertions.find((a) => a.written.includes('1,900'))?.time?.start).toBe('2025-10-01');
    expect(report.conflicts.filter((c) => c.rule === 'strikers-count')).toEqual([]);
  });
});

describe('years an article tells as background, and bounds', () => {
  const undated = (path: string, body: string): { path: string; text: string } => ({ path, text: `Headline\n\n${body}\n` });

  test("an undated article's past election is that year's, no rival to this one's turnout", async () => {
    const report = await scan({
      texts: [
        doc('a.txt', '2026-03-06', 'Turnout was 41.3%, the returning officer said.'),
        undated('b.txt', 'By-elections see lower turnout. At the 2024 general election, turnout in the constituency was 63.5%.'),
      ],
    });
    expect(report.assertions.find((a) => a.written === '63.5%')?.time?.start).toBe('2024-01-01');
    expect(report.conflicts.filter((c) => c.relation === 'contradiction')).toEqual([]);
  });

  test('"as high as 70%" bounds the figure from above, as "as many as" does', async () => {
    const report = await scan({
      texts: [doc('a.txt', '2026-03-06', 'Inflation in Turkey was as high as 70%, the central bank said.'), doc('b.txt', '2026-03-06', 'Inflation in Turkey was 9.3%, the central bank said.')],
    });
    expect(report.conflicts.filter((c) => c.relation === 'contradiction')).toEqual([]);
  });
});

describe('a time after a figure "from"', () => {
  test('dates that earlier figure, not the claim before it', async () => {
    const report = await scan({ texts: [doc('a.txt', '2021-07-02', 'The unemployment rate stood at 5.9%, up from 5.8% in May, the bureau said.')] });
    const rate = report.assertions.find((a) => a.rule === 'unemployment-rate' && a.written === '5.9%');
    expect(rate?.time?.start.slice(0, 7)).not.toBe('2021-05');
  });
});
