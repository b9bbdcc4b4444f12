// A count of one site is a part of the whole count.
import { expect, test } from 'vitest';
import { atSite, siteSubject } from '../../src/checks/site.js';
import { loadLexicon } from '../../src/lexicon/index.js';

const lexicon = loadLexicon();

test.each([
  [' at its Ashbridge factory and research centre, part of about 2,100 across its three UK sites.', true],
  [' are spending the night at the community centre on Mill Road.', true],
  [' are based in Harborview, according to a notice.', true],
  [' who live in or near Coorinda.', true],
  [' in the first quarter of the year.', false],
  [' in the town of Hraunvik overnight.', false],
  [', the company said on Tuesday.', false],
])('%s → %s', (after, part) => {
  expect(atSite(after, lexicon)).toBe(part);
});

test("an act's count at a site is the whole act; only 'based in' makes it a part", () => {
  expect(atSite(' at its Dunmore plant, the chief executive said.', lexicon, false)).toBe(false);
  expect(atSite(' are based in Harborview.', lexicon, false)).toBe(true);
});

// The subject before the verb names one site: "The bakery employs some 460 people" is the bakery's, not the company's.
test.each([
  ['The bakery employs some ', true],
  ['The Ballyvarra site employs ', true],
  ['The plant had ', true],
  ['The company employs around ', false],
  ['Halvern Foods employs ', false],
])('subject %s → %s', (before, part) => {
  expect(siteSubject(before, lexicon)).toBe(part);
});
