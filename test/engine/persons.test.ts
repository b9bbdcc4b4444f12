// Whom an epithet with no name points back to: the person the text has just named.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { personSurnames, recentPerson } from '../../src/engine/persons.js';
import { splitSentences } from '../../src/engine/sentences.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { extractText } from '../../src/engine/scan.js';
import { compileForRun } from '../../src/rules/compile.js';
import { loadRuleSet } from '../../src/rules/load.js';
import { root } from '../helpers.js';

const lexicon = loadLexicon();

test('a person is a full name the text also writes alone; a street or a body is not', () => {
  const text = 'Eleanor Marsh won the seat. She taught at Hatherley Road Primary School. Marsh said she was delighted, and the Board of Ashcombe Town Club thanked her. The Club said so.';
  expect([...personSurnames(text, lexicon)]).toEqual(['marsh']);
});

test('a title before a surname alone is a second reference', () => {
  const text = 'Police named the driver as Graham Petrie. Mr Petrie was taken to hospital.';
  expect([...personSurnames(text, lexicon)]).toEqual(['petrie']);
});

test('the epithet takes the nearest person named before it, the first of two', () => {
  const text = 'Ines Ruivo beat Tomasz Kerel in the final. Ruivo thanked Kerel afterwards. The 29-year-old grandmaster wept.';
  const sentences = splitSentences(text);
  const persons = personSurnames(text, lexicon);
  const at = text.indexOf('29');
  expect(recentPerson(text, sentences, 2, at, persons)).toBe('ruivo');
  // Nobody named within reach: nobody.
  expect(recentPerson('The 29-year-old grandmaster wept.', [{ start: 0, end: 33 }], 0, 4, persons)).toBeNull();
});

test('a fixture feature: "The 48-year-old" after the sacked manager is his age', () => {
  const text = readFileSync(join(root, 'fixtures/gold/football-ashbury-relegation/feature.txt'), 'utf8');
  const sentences = splitSentences(text);
  const at = text.indexOf('The 48-year-old');
  const index = sentences.findIndex((s) => s.start <= at && at < s.end);
  expect(recentPerson(text, sentences, index, at + 4, personSurnames(text, lexicon))).toBe('hardacre');
});

test('a given name alone is the one full name that has it; a surname never is', async () => {
  const { surnamesByGiven } = await import('../../src/engine/persons.js');
  const text = 'The photograph of Davi Rocha is on the gate. Davi, who was 17, died last week. Dana Whitcombe won. Whitcombe, 47, smiled.';
  const map = surnamesByGiven(text);
  expect(map.get('davi')).toBe('rocha');
  expect(map.has('whitcombe')).toBe(false);
});

test('two people of one surname: their given names tell their ages apart, a title or an opening word is no given name', async () => {
  const { sharedSurnames } = await import('../../src/engine/persons.js');
  expect([...sharedSurnames('Marcus Thelwell, 34, denies murder. His brother Liam Thelwell, 31, denies it too.', lexicon)]).toEqual(['thelwell']);
  expect([...sharedSurnames('Owen Garside, 52, ran the pub. Mr Garside banned him. For Garside, it was over for good.', lexicon)]).toEqual([]);
  const ages = extractText('Marcus Thelwell, 34, denies murder. His brother Liam Thelwell, 31, denies murder. Thelwell, 34, was calm.', compileForRun(loadRuleSet({ builtin: true })))
    .filter((a) => a.scope['thing'] === 'age')
    .map((a) => `${a.scope['actor']} ${a.written}`);
  expect(ages).toEqual(['marcus thelwell 34', 'liam thelwell 31']);
});
