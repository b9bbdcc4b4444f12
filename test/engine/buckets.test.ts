import { describe, expect, it } from 'vitest';
import { bucketize } from '../../src/engine/buckets.js';
import type { Assertion } from '../../src/model.js';

// Only the key, the role and the document decide a bucket.
const claim = (key: string): Assertion => ({ key, role: 'count', document: 0 }) as unknown as Assertion;
const frame = (modifier: string, predicate: string): string =>
  `generic-quantity|count|thing=budget|modifier=${modifier}|predicate=${predicate}|unit=USD|place=*`;
const buckets = (keys: string[]): string[][] =>
  bucketize(keys.map(claim), () => 'g', () => true)
    .map((b) => b.members.map((i) => keys[i] ?? '').sort())
    .sort();

describe('unify', () => {
  it('joins a noun with fewer modifiers to the one that names it more precisely', () => {
    const keys = [frame('first-half net', '*'), frame('net', '*')];
    expect(buckets(keys)).toEqual([[...keys].sort()]);
  });

  it('keeps two modifiers that are not one within the other apart', () => {
    const keys = [frame('first-half net', '*'), frame('third-quarter net', '*')];
    expect(buckets(keys)).toHaveLength(2);
  });

  it('leaves a vague key alone when it fits two groups equally', () => {
    const keys = [frame('first-half net', '*'), frame('third-quarter net', '*'), frame('net', '*')];
    expect(buckets(keys)).toHaveLength(3);
  });

  it('joins keys that say nothing of what is counted but the same class, when only a place is unsaid', () => {
    const rate = (place: string): string => `generic-quantity|rate|thing=*|kind=vehicle|modifier=*|predicate=*|unit=-|place=${place}`;
    expect(buckets([rate('*'), rate('tewha river')])).toHaveLength(1);
    // With more than the place apart, they stay two: nothing identifies the count.
    expect(buckets([rate('*'), rate('tewha river').replace('predicate=*', 'predicate=be')])).toHaveLength(2);
  });

  it('prefers the group that says what it says outright', () => {
    const city = frame('city', 'approve');
    const general = frame('general operating', '*');
    const vague = frame('*', 'approve');
    expect(buckets([city, general, vague])).toEqual([[city, vague].sort(), [general]].sort());
  });

  it('joins a day with no object named to the one event of its verb', () => {
    const keys = ['generic-day|count|event=detect|object=intrusion|day=*', 'generic-day|count|event=detect|object=*|day=*'];
    expect(buckets(keys)).toEqual([[...keys].sort()]);
  });

  it('joins two verbs its kind calls one act, and only then', () => {
    const keys = ['generic-day|count|event=sink|object=*|day=*', 'generic-day|count|event=go down|object=*|day=*'];
    const same = (_base: string, dim: string, a: string, b: string): boolean => dim === 'event' && [a, b].sort().join('/') === 'go down/sink';
    expect(bucketize(keys.map(claim), () => 'g', () => true, same)).toHaveLength(1);
    expect(bucketize(keys.map(claim), () => 'g', () => true)).toHaveLength(2);
  });
});

describe('one count told with two verbs (engine/loose.ts)', () => {
  const DAY = { start: '2025-02-12', end: '2025-02-12' };
  const told = (predicate: string, document: number, n: number, time: typeof DAY | null = DAY, place = '*'): Assertion =>
    ({
      key: `generic-quantity|count|thing=resident|kind=person|modifier=*|predicate=${predicate}|unit=-|place=${place}|actor=-|modality=fact`,
      role: 'count', document, time, value: { kind: 'quantity', number: n },
    }) as unknown as Assertion;
  const sizes = (claims: Assertion[]): number[] => bucketize(claims, () => 'g', () => true).map((b) => b.members.length).sort();

  it('joins the counts when each article counts the thing once', () => {
    expect(sizes([told('leave', 0, 800), told('evacuate', 1, 2300)])).toEqual([2]);
  });

  it('keeps the verbs apart when one article counts the thing under both', () => {
    expect(sizes([told('leave', 0, 800), told('evacuate', 1, 2300), told('leave', 1, 500)])).toEqual([1, 2]);
  });

  it('joins a count that names no place to the one family that names one, never to two', () => {
    expect(sizes([told('transfer', 0, 62), told('move', 1, 26, DAY, 'portugal')])).toEqual([2]);
    expect(sizes([told('transfer', 0, 62), told('move', 1, 26, DAY, 'portugal'), told('relocate', 2, 40, DAY, 'spain')])).toEqual([1, 1, 1]);
  });

  it('keeps counts far apart, or undated, apart', () => {
    expect(sizes([told('treat', 0, 3), told('deploy', 1, 130)])).toEqual([1, 1]);
    expect(sizes([told('leave', 0, 800, null), told('evacuate', 1, 2300)])).toEqual([1, 1]);
  });
});

describe('one act counted with two nouns of one class (engine/loose.ts)', () => {
  const DAY = { start: '2026-04-19', end: '2026-04-19' };
  const counted = (thing: string, kind: string, document: number, n: number): Assertion =>
    ({
      key: `generic-quantity|count|thing=${thing}|kind=${kind}|modifier=*|predicate=start|unit=-|place=*|actor=-|modality=fact`,
      role: 'count', document, time: DAY, value: { kind: 'quantity', number: n },
    }) as unknown as Assertion;
  const sizes = (claims: Assertion[]): number[] => bucketize(claims, () => 'g', () => true).map((b) => b.members.length).sort();

  it('joins two persons counted once each', () => {
    expect(sizes([counted('runner', 'person', 0, 11400), counted('participant', 'person', 1, 14100)])).toEqual([2]);
  });

  it('keeps things of no class, and an article that counts both, apart', () => {
    expect(sizes([counted('store', '-', 0, 80), counted('branch', '-', 1, 120)])).toEqual([1, 1]);
    expect(sizes([counted('runner', 'person', 0, 11400), counted('participant', 'person', 1, 14100), counted('runner', 'person', 1, 9000)])).toEqual([1, 2]);
  });
});
