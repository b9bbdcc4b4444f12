// The time of day an event happened, as outlets write it: keyed by the event's verb, widened
// by its hedge; a live blog's entry stamps, plans and the time something was said are not read.
import { describe, expect, test } from 'vitest';
import { extractText, scanDocuments } from '../../src/engine/scan.js';
import { documentFromText } from '../../src/inputs/index.js';
import { compileForRun } from '../../src/rules/compile.js';
import { loadRuleSet } from '../../src/rules/load.js';

const rules = compileForRun(loadRuleSet({ builtin: true }));
const clocks = (text: string) => extractText(text, rules).filter((a) => a.rule === 'generic-clock');
const minutes = (text: string) => clocks(text).map((a) => (a.value.kind === 'quantity' ? a.value.number : NaN));

describe('generic clock', () => {
  test.each([
    ['The outage began at 6:42 p.m. on Tuesday.', 18 * 60 + 42, 'onset:outage'],
    ['The cut of the service began at 4:42 in the afternoon.', 16 * 60 + 42, 'begin'],
    ['The rocket lifted off from Kestrel Point Spaceport at 9:17 a.m. on Thursday.', 9 * 60 + 17, 'lift off'],
    ['The fire broke out just before midnight on Tuesday.', 0, 'onset:fire'],
    ['At 02:10 on Wednesday, 8 October 2025, a fire broke out in production hall 3.', 2 * 60 + 10, 'onset:fire'],
    ['The ferry sank at about 2.40am, the coastguard said.', 2 * 60 + 40, 'sink'],
    // A connective and the time's own words before it; a subject of several words and accented names after it.
    ['Then, at around 11:40, the carrying cable of the chairlift of the Crêt Blanc tore.', 11 * 60 + 40, 'tear'],
    ['Shortly before 10:45 on Saturday morning, the haul cable on the Crêt Blanc chairlift at Vallorne snapped.', 10 * 60 + 45, 'snap'],
  ])('%s', (text, value, event) => {
    expect(minutes(text)).toEqual([value]);
    expect(clocks(text)[0]?.scope['event']).toBe(event);
  });

  test.each([
    '14:05 — Police say the search for the leopard continues.',
    // An entry's stamp dates the entry: the tornado's own time is not given.
    'Update, 9:15 p.m.: A separate, weaker tornado touched down near Ashby.',
    'The council will meet at 9 a.m. on Monday.',
    'The minister said at a 4 p.m. briefing that talks would continue.',
    'The index closed at 7.25 on Friday.',
  ])('no claim: %s', (text) => {
    expect(clocks(text)).toEqual([]);
  });

  const doc = (path: string, body: string) => documentFromText(path, `Headline\n\nPublished: 2025-03-12\n\n${body}\n`);
  const contradictions = (a: string, b: string) =>
    scanDocuments([doc('a.txt', a), doc('b.txt', b)], rules).conflicts.filter((c) => c.rule === 'generic-clock' && c.relation === 'contradiction');

  test('two outlets’ times of one event conflict; a hedge that reaches the other does not', () => {
    expect(contradictions('The leopard was recaptured at about 2:30 p.m. on Tuesday.', 'The leopard was recaptured at 4:35 p.m. on Tuesday.')).toHaveLength(1);
    expect(contradictions('The leopard was recaptured at about 2:30 p.m. on Tuesday.', 'The leopard was recaptured at 2:40 p.m. on Tuesday.')).toEqual([]);
    expect(contradictions('The outage began at 6:42 p.m. on Tuesday.', 'Power was restored at 9:10 p.m. on Tuesday.')).toEqual([]);
    // "just before midnight" ends the day: 23:40 fits it.
    expect(contradictions('The patient was discharged just before midnight on Tuesday.', 'The patient was discharged at 23:40 on Tuesday.')).toEqual([]);
    expect(contradictions('The patient was discharged just before midnight on Tuesday.', 'The patient was discharged at 21:40 on Tuesday.')).toHaveLength(1);
  });
});

describe('generic day (built-in pack rules/days.yaml)', () => {
  const withDays = compileForRun(loadRuleSet({ builtin: true }));
  const doc = (path: string, published: string, body: string) => documentFromText(path, `Headline\n\nPublished: ${published}\n\n${body}\n`);
  const days = (a: string, b: string) =>
    scanDocuments([doc('a.txt', '2025-05-16', a), doc('b.txt', '2025-05-16', b)], withDays).conflicts.filter((c) => c.rule === 'generic-day');

  test('the day of one event, resolved against each article’s date, conflicts; "since" and plans are not read', () => {
    expect(days('The lunch was served at the school on Monday.', 'The lunch was served at the school on Tuesday.').map((c) => c.relation)).toEqual(['contradiction']);
    expect(days('The lunch was served at the school on Monday.', 'The lunch was served at the school on May 12.')).toEqual([]);
    expect(days('Talks have continued since Monday.', 'The council will meet on Tuesday.')).toEqual([]);
  });

  test('two things done on two days are two events: the object (or the passive subject) keys the day', () => {
    expect(days('The flight data recorder was found late on Sunday.', 'The cockpit voice recorder was found on Monday.')).toEqual([]);
    expect(days('The agency declared the outbreak on Friday.', 'The agency declared the outbreak on Wednesday.').map((c) => c.relation)).toEqual(['contradiction']);
    expect(days('About 120 people were being treated in hospital on Monday.', 'Nearly 190 people were being treated in hospital on Wednesday.')).toEqual([]);
  });

  test('a day after "than" dates the figure compared with, not the event', () => {
    expect(days('As of Thursday, 14 patients have tested positive, five more than on Monday.', 'The first patients tested positive on Tuesday.')).toEqual([]);
  });

  test('a dateline dates the report, not the event; a present in -s is no event', () => {
    expect(days('ASHCOMBE, England, May 14 (UKRW) - A leopard that escaped was caught.', 'The leopard escaped on Monday.')).toEqual([]);
    expect(days('Extra flights on Tuesday were added.', 'Extra flights on Monday were added.').filter((c) => c.subject.includes('flight'))).toEqual([]);
  });

  // A verb of arrival said of a happening or a natural phenomenon dates that event, whatever the verb.
  test('"tore through" and "struck" are one arrival of one tornado; a bare verb of another subject is not', () => {
    expect(days('A tornado tore through the town on Friday, killing five people.', 'Six people died when the tornado struck the town on Saturday.').map((c) => c.relation)).toEqual(['contradiction']);
    expect(days('The fire broke out in the tunnel on Wednesday.', 'Engineers had begun inspecting the tunnel on Thursday.')).toEqual([]);
  });

  test('a weekday\'s possessive names the event it dates: "Saturday\'s tornado" is the tornado\'s arrival', () => {
    expect(days('A tornado tore through the town on Friday.', 'The town counts the cost of Saturday\'s tornado.').map((c) => c.relation)).toEqual(['contradiction']);
    expect(days('Flights were grounded during Wednesday\'s strike.', 'Thousands marched in Tuesday\'s protest.')).toEqual([]);
  });

  test('a subject, the day, then the verb: "The central bank on Wednesday lowered its rate"', () => {
    expect(days('The central bank on Wednesday lowered its base interest rate.', 'The bank lowered its base interest rate on Thursday.').map((c) => c.relation)).toEqual(['contradiction']);
  });

  test('a compound adjective is no event: "the worst-hit streets" were not hit that day', () => {
    expect(days('The tornado struck the town on Saturday.', 'Crews searched the worst-hit streets on Sunday.')).toEqual([]);
  });
});

describe('days and years that date no one event (session 16, a blind round)', () => {
  const scanPair = (a: string, dateA: string, b: string, dateB: string) =>
    scanDocuments([
      documentFromText('story/a.txt', `One\nSource: A; Published: ${dateA}\n\n${a}\n`),
      documentFromText('story/b.txt', `Two\nSource: B; Published: ${dateB}\n\n${b}\n`),
    ], rules).conflicts;

  test('one weekday written by both, read a week apart against their dates, is no conflict', () => {
    const found = scanPair('Keepers discovered the problem shortly before 7 a.m. Monday.', '2025-09-16',
      'The problem was discovered early on Monday, the aquarium said.', '2025-09-22').filter((c) => c.rule === 'generic-day');
    expect(found).toEqual([]);
  });

  test('a year of a measured change ("rose 11 per cent in 2023") is no event year', () => {
    const years = extractText('Rents rose 11 per cent in 2023 alone.', rules, '2025-06-01').filter((a) => a.rule === 'generic-year');
    expect(years).toEqual([]);
  });

  test('a figure dated to a past year is no rival to one of an undated article', () => {
    const docs = [
      documentFromText('story/a.txt', 'One\nSource: A; Published: 2025-06-07\n\nThere was a smaller leak in 2019, when two staff members were treated.\n'),
      documentFromText('story/b.txt', 'Two\n\nAt least a dozen staff members were treated.\n'),
    ];
    expect(scanDocuments(docs, rules).conflicts.filter((c) => c.rule === 'generic-quantity')).toEqual([]);
  });
});
