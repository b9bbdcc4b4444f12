// Events within a story: claims of one key whose sentences name different people or
// companies, and whose articles do not name each other's, are two events, not a
// contradiction; two accounts of one event that name different speakers still conflict.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { scan } from '../../src/index.js';

const root = mkdtempSync(join(tmpdir(), 'claimdiff-anchors-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const [file, body] of Object.entries(files)) writeFileSync(join(dir, file), `${body}\n`);
  return dir;
}

const contradictions = async (dir: string) =>
  (await scan({ paths: [dir], groupBy: 'folder' })).conflicts.filter((c) => c.relation === 'contradiction');

describe('events within a story', () => {
  test('a company named in full, by its initials or short is one anchor', async () => {
    const dir = folder('short-names', {
      'a.txt': 'Wessex Vale Trains results\n\nPublished: 2025-01-17\n\nWessex Vale Trains (WVT) reported its figures on Friday.\n\nPassengers made 38 million journeys on Wessex Vale Trains services in 2024.',
      'b.txt': 'Rail operator lifts fares\n\nPublished: 2025-01-17\n\nWessex Vale Trains will raise fares in March.\n\nWessex Vale carried 33 million passenger journeys in 2024, the operator said.',
    });
    expect((await contradictions(dir)).map((c) => c.subject)).toEqual(['passenger journey: * · *']);
  });

  test('two shareholders’ stakes are two events, though one article names the other in passing', async () => {
    const dir = folder('stakes', {
      'a.txt': 'Rensford offer lifts Ashby Rovers shares\n\nPublished: 2025-02-03\n\nShares in Ashby Rovers rose on Monday after a new offer from Mr Rensford.\n\nMr Rensford and his family hold a stake of 28.1% in the club.\n\nAshby Rovers said its board would study the offer.',
      'b.txt': 'Calloway eyes Wearbridge control\n\nPublished: 2025-02-03\n\nMr Calloway, who has followed the Rensford bid for Ashby Rovers, wants full control of Wearbridge.\n\nMr Calloway already holds a 37.6% stake, making him the largest shareholder in Wearbridge.\n\nWearbridge declined to comment.',
    });
    expect(await contradictions(dir)).toEqual([]);
  });

  test('one event told by two speakers is still a contradiction', async () => {
    const dir = folder('speakers', {
      'a.txt': 'Pellham cuts jobs\n\nPublished: 2025-02-03\n\nPellham Motors will cut 1,200 jobs at its Dunmore plant, chief executive Ada Rowe said on Monday.',
      'b.txt': 'Pellham job cuts\n\nPublished: 2025-02-03\n\nPellham Motors will cut 2,000 jobs at its Dunmore plant, union leader Sam Kerr said on Monday.',
    });
    const found = await contradictions(dir);
    expect(found.map((c) => c.rule)).toEqual(['jobs-cut']);
  });

  test('two values in one sentence are a contrast, not an article contradicting itself', async () => {
    const dir = folder('contrast', {
      'a.txt': 'Jobless rate\n\nPublished: 2025-02-03\n\n"In the region today the unemployment rate is 12%, in some areas it is 15%," the mayor said.',
    });
    expect(await contradictions(dir)).toEqual([]);
  });

  test('an article that gives two values for one thing in two sentences still contradicts itself', async () => {
    const dir = folder('itself', {
      'a.txt': 'Pellham cuts jobs\n\nPublished: 2025-02-03\n\nPellham Motors will cut 1,200 jobs at its Dunmore plant, the company said on Monday.\n\nThe carmaker is cutting 2,000 jobs at the Dunmore plant, according to the statement.',
    });
    const found = await contradictions(dir);
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('warning');
  });

  test('an acronym and the name in full are one anchor', async () => {
    const dir = folder('acronym', {
      'a.txt': 'Kidney study\n\nPublished: 2025-02-03\n\nThe Northern Valley Kidney Study enrolled 4,280 patients, its organisers said.',
      'b.txt': 'NVKS results\n\nPublished: 2025-02-03\n\nNVKS enrolled 2,840 patients, according to a report from the Dunmore clinic.',
    });
    expect((await contradictions(dir)).map((c) => c.rule)).toEqual(['generic-quantity']);
  });

  test('two places one article names for two figures are two things it counts', async () => {
    const dir = folder('places', {
      'a.txt': 'House prices\n\nPublished: 2025-02-03\n\nIn London, annual house price inflation was 7.1% in November.\n\nThe North East showed the highest rate of house price inflation at 26.2%.',
    });
    expect(await contradictions(dir)).toEqual([]);
  });

  test('figures written to a tenth of a billion are not widened past the next tenth', async () => {
    const dir = folder('precision', {
      'a.txt': 'Wall money\n\nPublished: 2019-02-15\n\nVeltrane Holdings reported annual revenue of $3.5 billion on Friday.',
      'b.txt': 'Wall money\n\nPublished: 2019-02-15\n\nVeltrane Holdings reported annual revenue of $3.6 billion on Friday.',
    });
    expect((await contradictions(dir)).map((c) => c.rule)).toEqual(['revenue']);
  });

  test('a status its speaker gives of himself is about him: another named person is another event', async () => {
    const dir = folder('people', {
      'a.txt': 'Rowe says he will never quit\n\nPublished: 2025-02-03\n\nDefiant Ada Rowe says he will not quit as Ashby coach even if his side loses to Wearbridge.\n\nAshby face Wearbridge on Saturday, a week after Kerr left the Wearbridge job.',
      'b.txt': 'Hale backs Brant for Wearbridge\n\nPublished: 2025-02-03\n\nHale is favourite to take over from Kerr, who resigned on Monday. Hale played for Ashby. Wearbridge will name the new coach this week.',
    });
    expect(await contradictions(dir)).toEqual([]);
  });

  test('a figure whose actor is unsaid is about what its own article is about, not a firm it names in passing', async () => {
    const dir = folder('unsaid', {
      'a.txt': 'Pellham plans job cuts after takeover\n\nPellham Motors said it expects to cut around 12,800 jobs following its takeover of Dunmore Cars.',
      'b.txt': 'Verrin seals takeover of Castor\n\nVerrin has won a takeover battle for Castor. Dunmore Cars was bought by Pellham Motors last year. Castor went bust in 2002: shareholders lost $18bn when the company collapsed, while 20,000 workers lost their jobs. Castor and Verrin will merge their plants.',
    });
    expect(await contradictions(dir)).toEqual([]);
  });

  test('a kind of the thing counted below the thing itself is a part: civil service jobs in all jobs', async () => {
    const part = folder('part', {
      'a.txt': 'Job cuts plan\n\nPublished: 2025-02-03\n\nPlans to shed 71,000 civil service jobs in Karvenia will prove a false economy, a union report said.',
      'b.txt': 'Job cuts begin\n\nPublished: 2025-02-03\n\nThe Karvenia finance minister said 104,000 jobs would be cut.',
    });
    expect(await contradictions(part)).toEqual([]);
    const whole = folder('whole', {
      'a.txt': 'Job cuts plan\n\nPublished: 2025-02-03\n\nPlans to shed 71,000 jobs in Karvenia will prove a false economy, a union report said.',
      'b.txt': 'Job cuts begin\n\nPublished: 2025-02-03\n\nThe Karvenia finance minister said 104,000 jobs would be cut.',
    });
    expect((await contradictions(whole)).map((c) => c.rule)).toEqual(['jobs-cut']);
  });

  test('a ward the other article never names is part of the whole, not a rival; a ward both name is compared', async () => {
    const ward = 'By-election result\n\nPublished: 2026-03-06\n\nIn the Millbrook ward, turnout topped 52%, the highest in the seat.';
    const apart = folder('ward-apart', { 'a.txt': 'Marsh wins\n\nPublished: 2026-03-06\n\nTurnout was 41.3%, the returning officer said.', 'b.txt': ward });
    expect(await contradictions(apart)).toEqual([]);
    const named = folder('ward-named', { 'a.txt': 'Marsh wins\n\nPublished: 2026-03-06\n\nTurnout was 41.3%, the returning officer said. Voters in Millbrook came late.', 'b.txt': ward });
    expect(await contradictions(named)).toHaveLength(1);
  });
});
