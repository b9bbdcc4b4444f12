// Readings the fourteenth blind round asked for: a past that is its base form, a member of a set,
// and a running total a day later.
import { expect, test } from 'vitest';
import { extractText, scanDocuments } from '../../src/engine/scan.js';
import { documentFromText } from '../../src/inputs/index.js';
import { compileForRun } from '../../src/rules/compile.js';
import { loadRuleSet } from '../../src/rules/load.js';

const rules = compileForRun(loadRuleSet({ builtin: true }));

test('"the quake hit at 3:17 a.m." is the arrival of the quake at a time; "will hit at" is none', () => {
  const clock = (text: string) => extractText(text, rules, '2025-03-04').filter((a) => a.rule === 'generic-clock');
  expect(clock('The quake, measured at magnitude 6.4, hit at 3:17 a.m. local time.').map((a) => a.scope['event'])).toEqual(['onset:quake']);
  expect(clock('Forecasters say the storm will hit at 3 a.m.')).toEqual([]);
});

test('"one of the victims" is no count of the dead', () => {
  const tolls = extractText('Davi, who was 17, died last week, one of the victims of the epidemic.', rules).filter((a) => a.rule === 'death-toll');
  expect(tolls.filter((a) => a.role === 'count')).toEqual([]);
});

test("a toll a day later and higher is a change; a day later and lower, a contradiction", () => {
  const docs = (later: string) => [
    documentFromText('a.txt', 'Quake\nPublished: 5 March 2025\n\nThe number of people killed by the earthquake rose to 41, officials said.'),
    documentFromText('b.txt', `Quake\nPublished: 6 March 2025\n\nThe number of people killed by the earthquake rose to ${later}, officials said.`),
  ];
  const relation = (later: string) => scanDocuments(docs(later), rules).conflicts.find((c) => c.rule === 'death-toll')?.relation;
  expect(relation('67')).toBe('change');
  expect(relation('30')).toBe('contradiction');
});
