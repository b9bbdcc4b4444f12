// Session 16, from a blind round: what a resultative verb counts, a modal over a second verb, an age
// after a people's name, and two spellings or parts of one person's name.
import { describe, expect, test } from 'vitest';
import { extractText, scanDocuments } from '../../src/engine/scan.js';
import { documentFromText } from '../../src/inputs/index.js';
import { compileForRun } from '../../src/rules/compile.js';
import { loadRuleSet } from '../../src/rules/load.js';

const rules = compileForRun(loadRuleSet({ builtin: true }));
const frames = (text: string) => extractText(text, rules).filter((a) => a.rule === 'generic-quantity');
const scanTwo = (a: string, b: string) =>
  scanDocuments([documentFromText('story/a.txt', `One\n\n${a}\n`), documentFromText('story/b.txt', `Two\n\n${b}\n`)], rules).conflicts
    .filter((c) => c.rule === 'generic-quantity');

describe('resultative verbs count the state they put their object in', () => {
  test.each([
    ['The crane fell onto the deck, leaving five workers injured.', 5, 'injure'],
    ['The flood left 40 villagers stranded.', 40, 'strand'],
    ['Some 60 villagers were left stranded by the water.', 60, 'strand'],
    ['The storm left 300 people homeless.', 300, 'homeless'],
    ['About 250 people were made homeless.', 250, 'homeless'],
    // A preposition is no state: the verb keeps its own sense.
    ['The company left 40 staff behind.', 40, 'leave'],
    // "in" before a determiner is a preposition after any verb.
    ["More than 600 fish died in the aquarium's reef tank.", 600, 'die'],
    // "in total" after a passive is an adverbial, no particle of the verb.
    ['Three workers were injured in total.', 3, 'injure'],
  ])('%s', (text, value, predicate) => {
    const claim = frames(text).find((a) => a.value.kind === 'quantity' && a.value.number === value);
    expect(claim?.scope['predicate']).toBe(predicate);
  });

  test('"leaving five workers injured" meets "three workers were injured"', () => {
    expect(scanTwo('The crane fell onto the deck, leaving five workers injured.', 'Three workers were injured in the collapse.')).toHaveLength(1);
  });
});

describe('a modal governs a second verb joined by "and"', () => {
  test.each([
    ['Elbtal will close its 8-inch line in Dresden and cut 470 jobs.', 470, 'planned'],
    // A past after "and" is a verb of its own, regular or not.
    ['Officials will meet the union leaders on Friday morning and said 40 jobs were lost.', 40, 'fact'],
    ['Officials will meet the union leaders on Friday morning and reported 40 jobs lost.', 40, 'fact'],
  ])('%s', (text, value, modality) => {
    const claim = frames(text).find((a) => a.value.kind === 'quantity' && a.value.number === value);
    expect(claim?.scope['modality']).toBe(modality);
  });
});

describe('ages and the names of people', () => {
  test('"the 27-year-old Hungarian" is the person just named, not a person named Hungarian', () => {
    const ages = frames('Judit Varga of Budapest won the final. Varga ran 52.1 seconds. The 27-year-old Hungarian became an overnight sensation.')
      .filter((a) => a.scope['thing'] === 'age');
    expect(ages.map((a) => a.scope['actor'])).toEqual(['varga']);
  });

  test('"the 17-year-old Murray" stays Murray: a surname WordNet also knows is a name', () => {
    const ages = frames('Tim Henman lost in the final. The 17-year-old Murray won his first match.').filter((a) => a.scope['thing'] === 'age');
    expect(ages.map((a) => a.scope['actor'])).toEqual(['murray']);
  });

  test.each([
    // Written with and without accents.
    ['The cyclist Radek Vrána, 24, was banned for two years.', 'The cyclist Radek Vrana, 27, was banned for two years.'],
    // A given name alone against the full name another article gives (two Trelawneys there: the given name says which).
    ['Maya, who was three at the time, was sent home.', 'Maya Trelawney, who was five at the time, was sent home. Her father, Owen Trelawney, complained.'],
  ])('%s / %s: one person, two ages', (a, b) => {
    expect(scanTwo(a, b)).toHaveLength(1);
  });
});

describe('an apposition before the claim speaks of its noun, not of the claim', () => {
  const claim = (text: string, value: number) => frames(text).find((a) => a.value.kind === 'quantity' && a.value.number === value);
  test('"The vessel, built in 1998 at a yard in Gdansk, had 221 passengers aboard": no 1998, no Gdansk', () => {
    const read = claim('The vessel, built in 1998 at a yard in Gdansk, had 221 passengers aboard.', 221);
    expect(read?.scope).toMatchObject({ thing: 'passenger', predicate: 'be', place: '*' });
    expect(read?.time).toBeNull();
  });

  test('a bare time set off by commas still dates the claim', () => {
    expect(claim('The last major quake, in 1968, killed more than 300 people.', 300)?.time?.start).toBe('1968-01-01');
  });
});

describe('counts told over time', () => {
  test('a count so far, a day later and higher, is a change', () => {
    const docs = [
      documentFromText('story/a.txt', 'One\nSource: A; Published: 2026-02-04\n\nAbout 400 employees had signed an online petition by Wednesday afternoon, the works council said.\n'),
      documentFromText('story/b.txt', 'Two\nSource: B; Published: 2026-02-05\n\nMore than 600 employees had signed an online petition by Thursday morning, the works council said.\n'),
    ];
    const found = scanDocuments(docs, rules).conflicts.filter((c) => c.rule === 'generic-quantity');
    expect(found.map((c) => c.relation)).toEqual(['change']);
  });

  test('a count of the event\'s own moment, told days later, is still a contradiction', () => {
    const docs = [
      documentFromText('story/a.txt', 'One\nSource: A; Published: 2025-06-14\n\nThe ferry was carrying 212 passengers when it ran aground.\n'),
      documentFromText('story/b.txt', 'Two\nSource: B; Published: 2025-06-19\n\nThe ferry had 221 passengers aboard at the time.\n'),
    ];
    const found = scanDocuments(docs, rules).conflicts.filter((c) => c.rule === 'generic-quantity');
    expect(found.map((c) => c.relation)).toEqual(['contradiction']);
  });
});
