// A rule's `max`: a figure above it is not a value of the subject. Two reports of
// one earthquake that disagree on its magnitude make one conflict, and the depths
// and distances in the same sentences (above 10) never join it.
import { describe, expect, test } from 'vitest';
import { scan } from '../../src/index.js';

const first = `Quake shakes Turkey

ANKARA, Feb. 6, 2023 (Wire One) - A magnitude 7.8 earthquake struck southern Turkey before dawn at a depth of 18 km, about 30 km from the city of Gaziantep.
`;
const second = `Turkey earthquake

ISTANBUL, Feb. 6, 2023 (Wire Two) - The quake, measuring 7.5, hit southern Turkey at a depth of 10 km.
`;

describe('quantity max', () => {
  test('magnitudes conflict; depths and distances above the max are not magnitudes', async () => {
    const report = await scan({ texts: [{ path: 'a.txt', text: first }, { path: 'b.txt', text: second }] });
    const magnitudes = report.assertions.filter((a) => a.rule === 'quake-magnitude');
    expect(magnitudes.map((a) => a.written).sort()).toEqual(['7.5', '7.8']);
    const conflicts = report.conflicts.filter((c) => c.rule === 'quake-magnitude');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.relation).toBe('contradiction');
  });
});
