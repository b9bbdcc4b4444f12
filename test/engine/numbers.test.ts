import { describe, expect, test } from 'vitest';
import { findNumbers, parseWordNumber } from '../../src/engine/numbers.js';

// [text, written, number, upper, shape, kind, unit]
const cases: Array<[string, string, number, number, string, string, string | null]> = [
  ['5,000 troops', '5,000', 5000, 5000, 'point', 'quantity', null],
  ['5000 troops', '5000', 5000, 5000, 'point', 'quantity', null],
  ['five thousand troops', 'five thousand', 5000, 5000, 'point', 'quantity', null],
  ['twenty-five soldiers', 'twenty-five', 25, 25, 'point', 'quantity', null],
  ['one hundred and ten people', 'one hundred and ten', 110, 110, 'point', 'quantity', null],
  ['a dozen people', 'a dozen', 12, 12, 'point', 'quantity', null],
  ['a 5,000-strong force', '5,000-strong', 5000, 5000, 'point', 'quantity', null],
  ['2.5 million people', '2.5 million', 2_500_000, 2_500_000, 'point', 'quantity', null],
  ['some 5,000 soldiers', 'some 5,000', 5000, 5000, 'about', 'quantity', null],
  ['about 2,500 soldiers', 'about 2,500', 2500, 2500, 'about', 'quantity', null],
  ['roughly 700 people', 'roughly 700', 700, 700, 'about', 'quantity', null],
  ['an estimated 40,000 people', 'an estimated 40,000', 40000, 40000, 'about', 'quantity', null],
  ['more than 1,000 protesters', 'more than 1,000', 1000, 1000, 'above', 'quantity', null],
  ['over 300 flights', 'over 300', 300, 300, 'above', 'quantity', null],
  ['the number of dead surpassed 125', 'surpassed 125', 125, 125, 'above', 'quantity', null],
  ['the toll topped 1,000', 'topped 1,000', 1000, 1000, 'above', 'quantity', null],
  ['nearly 10,000 people', 'nearly 10,000', 10000, 10000, 'below', 'quantity', null],
  ['almost 90 deaths', 'almost 90', 90, 90, 'below', 'quantity', null],
  ['at least 45 people', 'at least 45', 45, 45, 'atLeast', 'quantity', null],
  ['up to 300 jobs', 'up to 300', 300, 300, 'atMost', 'quantity', null],
  ['fewer than 50 people', 'fewer than 50', 50, 50, 'atMost', 'quantity', null],
  ['between 2,000 and 3,000 dead', 'between 2,000 and 3,000', 2000, 3000, 'range', 'quantity', null],
  ['2,000 to 3,000 dead', '2,000 to 3,000', 2000, 3000, 'range', 'quantity', null],
  ['2,000-3,000 dead', '2,000-3,000', 2000, 3000, 'range', 'quantity', null],
  ['2 to 3 million refugees', '2 to 3 million', 2_000_000, 3_000_000, 'range', 'quantity', null],
  ['tens of thousands of people', 'tens of thousands', 10_000, 99_999, 'vague', 'quantity', null],
  ['hundreds of thousands of people', 'hundreds of thousands', 100_000, 999_999, 'vague', 'quantity', null],
  ['thousands of Americans', 'thousands', 2000, 9999, 'vague', 'quantity', null],
  ['dozens of people', 'dozens', 24, 199, 'vague', 'quantity', null],
  ['several hundred people', 'several hundred', 200, 999, 'vague', 'quantity', null],
  ['$2.5bn in revenue', '$2.5bn', 2.5e9, 2.5e9, 'point', 'quantity', 'USD'],
  ['£300m deal', '£300m', 3e8, 3e8, 'point', 'quantity', 'GBP'],
  ['€1.2 billion fine', '€1.2 billion', 1.2e9, 1.2e9, 'point', 'quantity', 'EUR'],
  ['cut 12% of staff', '12%', 12, 12, 'point', 'quantity', '%'],
  ['rose 3.5 per cent', '3.5 per cent', 3.5, 3.5, 'point', 'quantity', '%'],
  ['since 2008 the pact', '2008', 2008, 2008, 'point', 'year', null],
  ['passed 170 to 0', '170 to 0', 170, 0, 'point', 'tally', null],
  ['won 3-1 on Sunday', '3-1', 3, 1, 'point', 'tally', null],
  ['on Jan. 3 the strike', '3', 3, 3, 'point', 'date', null],
  ['on 14 March the vote', '14', 14, 14, 'point', 'date', null],
  ['COVID-19 cases', '19', 19, 19, 'point', 'label', null],
  ['the G20 summit', '20', 20, 20, 'point', 'label', null],
  ['the 4G network', '4', 4, 4, 'point', 'label', null],
  // A unit glued on is no label.
  ['the 6.2km lake', '6.2', 6.2, 6.2, 'point', 'quantity', null],
  ['reached 41C on Monday', '41', 41, 41, 'point', 'quantity', null],
  ['at 10:30 local time', '10', 10, 10, 'point', 'time', null],
  ['the 3rd battalion', '3', 3, 3, 'point', 'ordinal', null],
  ['Resolution 2334 passed', '2334', 2334, 2334, 'point', 'label', null],
];

describe('findNumbers', () => {
  test.each(cases)('%s', (text, written, number, upper, shape, kind, unit) => {
    const m = findNumbers(text)[0];
    expect(m).toBeDefined();
    expect({ written: m?.written, number: m?.number, upper: m?.upper, shape: m?.shape, kind: m?.kind, unit: m?.unit }).toEqual({
      written, number, upper, shape, kind, unit,
    });
    expect(text.slice(m?.start, m?.end)).toBe(written);
  });

  test('finds each figure of a sentence in order', () => {
    const got = findNumbers('There are about 2,500 soldiers in Iraq, while about 900 are in Syria since 2014.');
    expect(got.map((m) => [m.written, m.kind])).toEqual([['about 2,500', 'quantity'], ['about 900', 'quantity'], ['2014', 'year']]);
  });

  test('a count of none is a figure: "no crew members", "no-one", "nobody"', () => {
    expect(findNumbers('no crew members were hurt').map((m) => [m.written, m.number, m.kind])).toEqual([['no', 0, 'quantity']]);
    expect(findNumbers('Police say no-one has been arrested').map((m) => [m.written, m.number])).toEqual([['no-one', 0]]);
    expect(findNumbers('Nobody was hurt').map((m) => m.number)).toEqual([0]);
  });

  test('"no more than", "no longer", "no new", "No. 10" are not counts of none', () => {
    expect(findNumbers('no more than 300 people').map((m) => [m.written, m.number])).toEqual([['no more than 300', 300]]);
    for (const text of ['talks are no longer held', 'no new cases were found', 'no other passengers', 'at No. 10 Downing Street']) {
      expect(findNumbers(text).filter((m) => m.number === 0)).toEqual([]);
    }
  });

  test('"from X to Y" is two figures, not a range', () => {
    expect(findNumbers('numbers fell from 3,000 to 2,500').map((m) => m.written)).toEqual(['3,000', '2,500']);
  });

  test('"a" and "one of" alone are not figures worth a range', () => {
    expect(findNumbers('a soldier said').length).toBe(0);
  });

  test('letters that fold to ASCII only in unicode mode are read as before', () => {
    // The Kelvin sign is a "k" scale; "ſix" is not the word six.
    expect(findNumbers('a 5\u212a run and ſix hundred people').map((m) => [m.written, m.number])).toEqual([['5\u212a', 5000]]);
    expect(findNumbers('a 5K run and six hundred people').map((m) => [m.written, m.number])).toEqual([['5K', 5000], ['six hundred', 600]]);
  });
});

describe('parseWordNumber', () => {
  test.each([
    ['five', 5], ['twenty-one', 21], ['one hundred', 100], ['two hundred and fifty', 250], ['five thousand', 5000],
    ['a million', 1e6], ['three million', 3e6], ['a dozen', 12], ['two dozen', 24], ['forty thousand', 40000],
  ])('%s = %d', (words, n) => expect(parseWordNumber(words)).toBe(n));
  test('rejects non-numbers', () => expect(parseWordNumber('many')).toBeNaN());
});
