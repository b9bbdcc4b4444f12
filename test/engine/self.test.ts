// An article against itself is reported only on strong evidence (engine/self.ts): its headline
// against its body, or two sentences naming the same things at one time. Every other pair of
// values in one article is two events, and says nothing.
import { describe, expect, test } from 'vitest';
import { scan } from '../../src/index.js';
import type { Report } from '../../src/model.js';

const own = (r: Report): string[][] =>
  r.conflicts.filter((c) => c.message.id === 'self-conflict').map((c) => c.claims.map((i) => r.assertions[i]?.written ?? ''));

const article = (title: string, body: string): { path: string; text: string; date: string } => ({ path: 'a.txt', date: '2024-10-07', text: `${title}\n\n${body}\n` });

describe('an article against itself', () => {
  test('a headline figure the body never gives, against the body', async () => {
    const r = await scan({ texts: [article('Mill fire in Brennock kills 40 people', 'A fire at the Calder textile mill in Brennock on Monday killed 9 people, the county fire service said.')] });
    expect(own(r)).toEqual([['9', '40']]);
  });

  test('a body that repeats the headline figure: its other figures are parts or other events', async () => {
    const r = await scan({
      texts: [article('Calder Mills to cut 2,850 jobs', 'Calder Mills is to cut 2,850 jobs. About 1,100 jobs will go in its weaving arm. Calder Mills will cut 900 jobs in Brennock by March.')],
    });
    expect(own(r)).toEqual([]);
  });

  test('two sentences that name different things, or nothing, are two events', async () => {
    const r = await scan({
      texts: [
        article('Job cuts', 'Calder Mills said it would cut 5,000 jobs. Harlow Textiles, its rival, said 6,000 jobs would go. Earlier, 12,000 jobs had been expected to go.'),
      ],
    });
    expect(own(r)).toEqual([]);
  });

  test('two sentences naming the same mill and town on one day are the article contradicting itself', async () => {
    const r = await scan({
      texts: [
        article(
          'Mill fire',
          'A fire at the Calder textile mill in Brennock on Monday killed 9 people, the county fire service said. An earlier wire report had said the fire at the Calder mill in Brennock killed 40 people.',
        ),
      ],
    });
    expect(own(r)).toEqual([['9', '40']]);
  });
});
