// A change by a share: signed by its direction, keyed by what moved and when in its period.
import { describe, expect, test } from 'vitest';
import { extractText } from '../../src/engine/scan.js';
import { compileForRun } from '../../src/rules/compile.js';
import { loadRuleSet } from '../../src/rules/load.js';

const rules = compileForRun(loadRuleSet({ builtin: true }));
const changes = (text: string) =>
  extractText(text, rules).filter((a) => a.rule === 'generic-quantity' && a.scope['predicate'] === 'change');

describe('changes by a share', () => {
  test.each([
    ['Veridane shares closed down 11.4% on Thursday.', -11.4, { thing: 'share', modifier: 'close', actor: 'veridane' }],
    ["Investors were unforgiving: Veridane's shares closed 14% lower.", -14, { thing: 'share', modifier: 'close' }],
    ['Shares fell about 11% in extended trading.', -11, { thing: 'share', modifier: 'extended trading' }],
    ['Domestic tuition will climb 5.4 per cent next year.', 5.4, { thing: 'tuition', modifier: 'domestic', modality: 'planned' }],
    ['Tuition for domestic undergraduate students will increase by 4.5 per cent.', 4.5, { thing: 'tuition' }],
    ['Domestic undergraduate fees go up 4.5 per cent.', 4.5, { thing: 'fee' }],
    ['The commission recommends a 6.4% increase in the national minimum hourly rate.', 6.4, { thing: 'rate' }],
    ['The agency will reduce the total volume of water distributed by 25 percent.', -25, { thing: 'volume' }],
    ['Its third-quarter operating profit fell 13% to 2.1 billion euros.', -13, { thing: 'profit', modifier: 'third-quarter operating' }],
  ])('%s', (text, value, scope) => {
    const [claim, ...rest] = changes(text);
    expect(rest).toEqual([]);
    expect(claim?.value).toMatchObject({ number: value, unit: '%' });
    expect(claim?.scope).toMatchObject(scope);
  });

  test.each([
    // A level, not a move: "rose to 64%"; an earlier level: "up from 5.8%".
    'Turnout rose to 64% this time.',
    'Unemployment was 6.1%, up from 5.8%.',
    // A running change over an open period moves every day.
    'Shares have fallen 30% so far this year.',
    'House prices have risen 12% over the past two years.',
  ])('no change read: %s', (text) => {
    expect(changes(text)).toEqual([]);
  });

  test('a fall and a rise of one thing the same day, at one point in it, conflict; at the close and premarket do not', async () => {
    const { scanDocuments } = await import('../../src/engine/scan.js');
    const { documentFromText } = await import('../../src/inputs/index.js');
    const docs = [
      documentFromText('a.txt', 'Harbour shares\nPublished: 28 October 2025\n\nHarbour shares fell about 11% in after-hours trading on Tuesday.'),
      documentFromText('b.txt', 'Harbour update\nPublished: 28 October 2025\n\nHarbour shares were up 3% in after-hours trading on Tuesday.'),
      documentFromText('c.txt', 'Harbour close\nPublished: 28 October 2025\n\nHarbour shares closed down 6% on Tuesday.'),
    ];
    const report = scanDocuments(docs, rules);
    const found = report.conflicts.filter((c) => c.relation === 'contradiction' && c.subject.includes('change'));
    expect(found).toHaveLength(1);
    expect(found[0]?.claims.map((i) => report.assertions[i]?.written).sort()).toEqual(['3%', 'about 11%']);
  });
});
