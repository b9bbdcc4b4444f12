import { describe, expect, test } from 'vitest';
import { daysApart, findTimes } from '../../src/engine/when.js';

// Publication date: Friday 24 January 2020.
const PUB = '2020-01-24';

// [sentence, expression as written, start, end]
const cases: Array<[string, string, string, string]> = [
  ['The toll rose to 45 on Thursday.', 'on Thursday', '2020-01-23', '2020-01-23'],
  ['The envoy spoke on Friday.', 'on Friday', '2020-01-24', '2020-01-24'],
  ['Talks resumed last Friday.', 'last Friday', '2020-01-17', '2020-01-17'],
  ['Talks will resume on Monday.', 'on Monday', '2020-01-27', '2020-01-27'],
  ['Talks will resume next Tuesday.', 'next Tuesday', '2020-01-28', '2020-01-28'],
  ['It was signed on June 12, 2019.', 'on June 12, 2019', '2019-06-12', '2019-06-12'],
  ['It was signed on 12 June 2019.', 'on 12 June 2019', '2019-06-12', '2019-06-12'],
  ['The strike began on Jan. 3.', 'on Jan. 3', '2020-01-03', '2020-01-03'],
  ['The vote was held on Dec. 30.', 'on Dec. 30', '2019-12-30', '2019-12-30'],
  ['The vote was held on 30 December.', 'on 30 December', '2019-12-30', '2019-12-30'],
  // No year written: the such day nearest publication, ahead as well as past.
  // A plan governs the weekday in its own clause, not one told in the past elsewhere in the sentence.
  ['The retailer filed for protection on Friday and said it would close 87 stores.', 'on Friday', '2020-01-24', '2020-01-24'],
  ['On Monday, the council will vote on the budget.', 'On Monday', '2020-01-27', '2020-01-27'],
  ['The package passed on Thursday night, so Mr. Trump would have $8 billion.', 'on Thursday', '2020-01-23', '2020-01-23'],
  ['The strike set for Feb. 20 remains on.', 'Feb. 20', '2020-02-20', '2020-02-20'],
  ['The strike planned for 20 February is cancelled.', '20 February', '2020-02-20', '2020-02-20'],
  ['It was signed in June 2018.', 'in June 2018', '2018-06-01', '2018-06-30'],
  ['The pact was agreed last July.', 'last July', '2019-07-01', '2019-07-31'],
  ['A typhoon hit the province in October of last year.', 'October of last year', '2019-10-01', '2019-10-31'],
  ['The fund was set up in January this year.', 'January this year', '2020-01-01', '2020-01-31'],
  ['The talks ended in January.', 'in January', '2020-01-01', '2020-01-31'],
  ['Parliament voted in January 1998.', 'in January 1998', '1998-01-01', '1998-01-31'],
  ['Fighting resumed yesterday.', 'yesterday', '2020-01-23', '2020-01-23'],
  ['Rain fell overnight.', 'overnight', '2020-01-24', '2020-01-24'],
  ['The plant closed last week.', 'last week', '2020-01-13', '2020-01-19'],
  ['Prices rose earlier this month.', 'earlier this month', '2020-01-01', '2020-01-31'],
  ['The union struck three days ago.', 'three days ago', '2020-01-21', '2020-01-21'],
  ['The agreement has held since 2008.', 'since 2008', '2008-01-01', '2008-12-31'],
  ['Published: 2026-03-14', '2026-03-14', '2026-03-14', '2026-03-14'],
  ['He was born in the 1950s.', 'in the 1950s', '1950-01-01', '1959-12-31'],
  ["She was born in the 1950's.", "in the 1950's", '1950-01-01', '1959-12-31'],
  ['The mill opened in the 1900s.', 'in the 1900s', '1900-01-01', '1999-12-31'],
];

describe('findTimes resolves against the publication date', () => {
  test.each(cases)('%s', (sentence, written, start, end) => {
    const t = findTimes(sentence, PUB)[0];
    expect(t?.written).toBe(written);
    expect([t?.start, t?.end]).toEqual([start, end]);
    expect(sentence.slice(t?.textStart, t?.textEnd)).toBe(written);
  });

  test('relative expressions need a publication date; absolute ones do not', () => {
    expect(findTimes('The toll rose on Thursday.', null)).toEqual([]);
    expect(findTimes('It was signed on June 12, 2019.', null)[0]?.start).toBe('2019-06-12');
  });

  test('lower-case "march" and "may" are not months', () => {
    expect(findTimes('Thousands joined the march as police may intervene.', PUB)).toEqual([]);
  });
});

describe('daysApart', () => {
  test.each([
    [{ start: '2020-01-01', end: '2020-01-01' }, { start: '2020-01-08', end: '2020-01-08' }, 7],
    [{ start: '2020-01-08', end: '2020-01-08' }, { start: '2020-01-01', end: '2020-01-01' }, 7],
    [{ start: '2019-06-01', end: '2019-06-30' }, { start: '2019-06-12', end: '2019-06-12' }, 0],
    [{ start: '2020-01-01', end: '2020-01-31' }, { start: '2020-03-01', end: '2020-03-01' }, 30],
  ])('%j and %j are %d days apart', (a, b, days) => expect(daysApart(a, b)).toBe(days));
});
