// Story grouping: articles that share distinctive names are one story; unrelated ones
// are not; the result does not depend on the order documents come in.
import { describe, expect, it } from 'vitest';
import { createEntityMatcher } from '../../src/engine/entities.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { groupStories, timeFactor, type StoryInput } from '../../src/stories/group.js';
import { contentTerms, storyTerms } from '../../src/stories/terms.js';

const entities = createEntityMatcher(new Map());
const doc = (path: string, text: string): StoryInput => ({ path, title: text.split('\n')[0] ?? null, terms: storyTerms(text, entities) });

const flood = [
  doc('a/1.txt', 'Floods in Arvale\n\nThe river Tessel burst its banks at Arvale on Monday, the mayor Lina Oster said.'),
  doc('a/2.txt', 'Arvale counts the cost\n\nIn Arvale, Mayor Lina Oster said the Tessel had fallen overnight.'),
  doc('a/3.txt', 'Rescuers reach Arvale\n\nVolunteers from Brenn joined crews in Arvale, where the Tessel flooded homes.'),
];
const merger = [
  doc('b/1.txt', 'Kestrel Bank to buy Halden\n\nKestrel Bank agreed to buy Halden Mutual, its chief Omar Vey said.'),
  doc('b/2.txt', 'Halden deal\n\nShareholders of Halden Mutual backed the Kestrel Bank offer, Omar Vey said.'),
];

describe('storyTerms', () => {
  it('keeps names and drops words capitalised only at a sentence start or in a title-case headline', () => {
    const t = storyTerms('No Talks With Arvale Yet, Says Official Amid Tensions\n\nThe talks stalled, said Lina Oster in Arvale.', entities);
    expect(t).toContain('arvale');
    expect(t).toContain('lina oster');
    expect(t).not.toContain('the');
    expect(t).not.toContain('talks');
    expect(t).not.toContain('tensions');
  });
  it('drops the possessive', () => {
    expect(storyTerms('Storm hits\n\nOn Saturday, Arvale\'s mayor spoke; Arvale was calm.', entities)).toContain('arvale');
  });
});

describe('groupStories', () => {
  it('puts articles about one event together and keeps another event apart', () => {
    const { stories, storyOf } = groupStories([...flood, ...merger]);
    expect(stories).toHaveLength(2);
    expect(new Set(storyOf.slice(0, 3)).size).toBe(1);
    expect(new Set(storyOf.slice(3)).size).toBe(1);
    expect(storyOf[0]).not.toBe(storyOf[3]);
  });
  it('gives the same stories, ids and titles whatever the order', () => {
    const a = groupStories([...flood, ...merger]);
    const b = groupStories([...merger, ...flood].sort((x, y) => (x.path < y.path ? -1 : 1)));
    expect(b.stories.map((s) => [s.id, s.title])).toEqual(a.stories.map((s) => [s.id, s.title]));
  });
  it('puts documents that name nothing together rather than each alone', () => {
    const plain = [doc('c/1.txt', 'the flood killed 9 people.'), doc('c/2.txt', 'the flood killed 40 people.')];
    const { storyOf } = groupStories([...flood, ...plain]);
    expect(storyOf[3]).toBe(storyOf[4]);
    expect(storyOf[3]).not.toBe(storyOf[0]);
  });
});

describe('words and time', () => {
  const lexicon = loadLexicon();
  it('reads the lemmas of the words the lexicon knows, in the lead or repeated, marked apart from names', () => {
    const t = contentTerms('Senate passes infrastructure bill\n\nThe Senate passed the bill on Tuesday. Broadband grants follow.', lexicon);
    expect(t).toContain('~infrastructure');
    expect(t).toContain('~bill');
    expect(t).toContain('~grant');
    expect(t).not.toContain('~the');
    expect(storyTerms('Senate passes infrastructure bill\n\nThe Senate met.', entities, lexicon)).toEqual(expect.arrayContaining(['senate', '~infrastructure']));
  });

  it('leaves likeness whole within a week or without a date, and halves it every two weeks beyond, down to 0.7', () => {
    expect(timeFactor(100, 107)).toBe(1);
    expect(timeFactor(100, NaN)).toBe(1);
    expect(timeFactor(100, 114)).toBeCloseTo(Math.SQRT1_2);
    expect(timeFactor(100, 121)).toBe(0.7);
    expect(timeFactor(100, 1500)).toBe(0.7);
  });

  // Two reports and a long article about something else that uses, once each, the reports' own
  // names and words: every term in two documents, so all weigh alike.
  const wide = Array.from({ length: 200 }, (_, k) => `c${k}`);
  const other = (own: string[]): StoryInput[] => [
    { path: 'y/1.txt', title: null, date: null, terms: [...own, ...wide] },
    { path: 'y/2.txt', title: null, date: null, terms: wide },
  ];
  const report = (path: string, date: string, names: string[], words: string[]): StoryInput => ({ path, title: null, date, terms: [...names, ...words] });

  it('words decide a pair that a shared name proposes: one name of six is too little, with three words it is one story', () => {
    const own = ['a1', 'a2', 'a3', 'a4', 'a5', 'b1', 'b2', 'b3', 'b4', 'b5'];
    const names = (x: string): string[] => ['labor', ...[1, 2, 3, 4, 5].map((k) => `${x}${k}`)];
    const words = ['~unemployment', '~payroll', '~claim'];
    const withWords = groupStories([report('j/1.txt', '2021-05-07', names('a'), words), report('j/2.txt', '2021-05-07', names('b'), words), ...other(own)]).storyOf;
    expect(withWords[0]).toBe(withWords[1]);
    const namesOnly = groupStories([report('j/1.txt', '2021-05-07', names('a'), []), report('j/2.txt', '2021-05-07', names('b'), []), ...other(own)]).storyOf;
    expect(namesOnly[0]).not.toBe(namesOnly[1]);
  });

  it('keeps two reports alike only as two of one kind are apart when months apart, not when days apart', () => {
    // One name and two words shared of eleven terms each: likeness 0.27, above the story
    // threshold, under it once time takes its 30%.
    const own = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', '~a8', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', '~b8'];
    const one = (path: string, date: string, x: string): StoryInput =>
      report(path, date, ['labor', ...[1, 2, 3, 4, 5, 6, 7].map((k) => `${x}${k}`)], ['~unemployment', '~payroll', `~${x}8`]);
    const near = groupStories([one('j/1.txt', '2021-05-07', 'a'), one('j/2.txt', '2021-05-10', 'b'), ...other(own)]).storyOf;
    expect(near[0]).toBe(near[1]);
    const far = groupStories([one('j/1.txt', '2021-01-08', 'a'), one('j/2.txt', '2021-06-04', 'b'), ...other(own)]).storyOf;
    expect(far[0]).not.toBe(far[1]);
  });
});
