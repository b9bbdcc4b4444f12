// Who said a quotation: one quotation, two named speakers, is a conflict; a spokeswoman is nobody's name.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, scanDocuments } from '../../src/engine/scan.js';
import { documentFromText } from '../../src/inputs/index.js';
import { compileForRun } from '../../src/rules/compile.js';
import { loadRuleSet } from '../../src/rules/load.js';
import { speakerSurname } from '../../src/checks/quote.js';
import { loadLexicon } from '../../src/lexicon/index.js';
import { root } from '../helpers.js';

const rules = compileForRun(loadRuleSet({ builtin: true }));
const lexicon = loadLexicon();

describe('quote speakers', () => {
  test.each([
    ['Governor Marta Ilves', 'ilves'],
    ['Chief Financial Officer Marcus Lindqvist', 'lindqvist'],
    ['Dana Okafor, Chief Executive Officer of Quillmark', 'okafor'],
    ['Ms Okafor', 'okafor'],
    ['a company spokeswoman', null],
    ['the Kerrow Regional Emergency Service', null],
    // An employer before the person: the person is the speaker, even one whose surname is a word.
    ['Corrin Airways chief operating officer Helen Marsh', 'marsh'],
    ["Kelsham Airport's operations director, Tom Reddan", 'reddan'],
    // A surname that is a word after a given name or a title (session 14, a blind round's "Dr Helen Marsh"); not a place.
    ['Helen Marsh', 'marsh'],
    ['Professor Sir Gordon Pike', 'pike'],
    ['Marianne Koto, President and Chief Executive Officer of Corvane', 'koto'],
    ['Downing Street', null],
    ['Scotland Yard', null],
    ['The Guardian', null],
    // A possessive names whose the speaker is; an "of" part names an employer; a hyphenated given name.
    ["Hoshida's chief safety officer, Laura Brennan", 'brennan'],
    ["Mr Peston's book claimed that Mr Brown", 'brown'],
    [null, null],
  ])('%s: %s', (speaker, surname) => {
    expect(speakerSurname(speaker, lexicon)).toBe(surname);
  });

  test.each([
    // Named right beside the quotation, after it or before it; never a pronoun's guess.
    ['"The crew did exactly what they are trained to do," said Corrin Airways chief operating officer Helen Marsh.', ['marsh']],
    ['Deputy Prime Minister Mr Prescott told BBC News: "They told us very clearly, it was the troops."', ['prescott']],
    ['"We will not rest until every one of these men is home," Governor Marta Ilves told reporters.', ['ilves']],
    ['"While the party has turned its back on the people, I shall not," he said.', []],
    // An apposition between the quotation and its verb; an "of" part is the employer.
    ['"We are deeply sorry to every customer affected," Hoshida\'s chief safety officer, Laura Brennan, said in a video message.', ['brennan']],
    ['Defector Cho Myung-Chul, of the Korea Institute for International Economic Policy, said: "North Koreans think being fat is good."', ['myung-chul']],
    // A surname alone; a role in lower case before the name; a quotation that runs past its sentence.
    ['"This is a fair deal for both coastal communities," Sveinsdóttir told reporters.', ['sveinsdottir']],
    ['"We are deeply sorry for the worry," managing director Fiona Carrick said in a statement.', ['carrick']],
    ['Claire Mostyn, Managing Director of Wessex Vale Trains, said: "We know this is not welcome news for passengers.', ['mostyn']],
    // A closing mark opens nothing: the words after it are no quotation.
    ['which is usually a sign," the minister told reporters after the long meeting in the capital.', []],
    // A pronoun right after a sentence in which a named person spoke is that person; with none just before, nobody.
    ['Chief executive Ruth Halcrow said engineers would study the data. "Rockets are hard, and first flights are hardest of all," she said.', ['halcrow']],
    ["Marisa Llorens, president of a parents' federation, said families were angry. \"We will not allow a single child back into those canteens,\" she told reporters.", ['llorens']],
    ['The count ended at dawn. Turnout was low. "Every single vote was counted, checked and counted again," she said.', []],
    // A title's full stop; a surname with a capital inside.
    ['"This is the worst night in our history," said Dr. Lorraine Whitcombe, the chief executive.', ['whitcombe']],
    ['"A home is not a speculative asset," MacIsaac said afterwards.', ['macisaac']],
    // A verb of speaking and a colon before the quotation.
    ['Chief engineer Tomasz Lewandowski has spoken briefly to journalists at the gate: "Rockets are hard, and first flights are hardest."', ['lewandowski']],
  ])('%s', (text, speakers) => {
    const found = extractText(text, rules).filter((a) => a.rule === 'quote-speaker');
    expect(found.map((a) => (a.value as { state: string }).state)).toEqual(speakers);
  });

  test('a mine-rescue fixture: the governor and the chief executive are given one quotation', () => {
    const folder = join(root, 'fixtures/gold/tamsen-deep-mine-rescue');
    const documents = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()
      .map((f) => documentFromText(join(folder, f), readFileSync(join(folder, f), 'utf8')));
    const report = scanDocuments(documents, rules);
    const quotes = report.conflicts.filter((c) => c.rule === 'quote-speaker');
    expect(quotes).toHaveLength(1);
    const speakers = quotes[0]?.claims.map((i) => (report.assertions[i]?.value as { state: string }).state).sort();
    expect(speakers).toEqual(['ilves', 'vos']);
  });
});
