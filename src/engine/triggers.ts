// What admits a sentence: the prefilter (any check's trigger, at the start of a
// word) and then each check's own trigger, found in one pass over the sentence.
// Tested one check at a time, every candidate sentence was scanned once per check
// (every built-in rule): once the largest single cost of extraction.

import type { CompiledCheck } from '../checks/types.js';
import { escapeRegExp } from './regexp.js';

/** For each check, in order, whether its trigger admits `text`. */
export type TriggerTest = (text: string) => boolean[];

/** Whether a sentence may yield anything: false means no check's trigger admits it. */
export interface Prefilter {
  test(text: string): boolean;
}

/**
 * The union of every check's trigger at the start of a word: a sentence it rejects yields nothing.
 * A trigger on the linear-time engine (a user pack's regular expression) is tested on its own:
 * written into the union, it would run on V8's backtracking engine.
 */
export function compilePrefilter(all: readonly CompiledCheck[]): Prefilter {
  // Name checks are tested apart (engine/extract.ts): their trigger would admit nearly every sentence.
  const checks = all.filter((c) => !c.namesOnly);
  const linear = checks.filter((c) => c.triggerWords === null && !(c.trigger instanceof RegExp)).map((c) => c.trigger);
  const union = unionOf(checks.filter((c) => !linear.includes(c.trigger)));
  if (linear.length === 0) return union;
  return { test: (text) => union.test(text) || linear.some((t) => t.test(text)) };
}

function unionOf(checks: readonly CompiledCheck[]): RegExp {
  if (checks.length === 0) return /(?!)/;
  // Plain words bare and each once (a plural ending never decides whether one is found):
  // a third of the expression the checks' own triggers made, and faster to search.
  const words = [...new Set(checks.flatMap((c) => [...(c.triggerWords ?? []), ...(c.pairedTrigger?.words ?? [])]).map((w) => w.toLowerCase()))].map(escapeRegExp);
  const expressions = checks.filter((c) => c.triggerWords === null).map((c) => c.trigger.source);
  // Trigger words start words: anchoring the union at a word boundary lets the engine skip
  // every position inside a word (about a third of the prefilter's time on news text).
  return new RegExp(`\\b(?:${[...words, ...expressions].join('|')})`, 'i');
}

/**
 * Every check's trigger tested at once: one search for all plain words (any case, anywhere),
 * and the expression of each trigger that has a regular expression on its own.
 */
export function compileTriggers(checks: readonly CompiledCheck[]): TriggerTest {
  // Each word marks a slot: check i's own words (slot 3i), its paired words (3i+1), its context (3i+2).
  const byWord = new Map<string, number[]>();
  const alone: number[] = [];
  const mark = (words: readonly string[], slot: number): void => {
    for (const word of words.map((w) => w.toLowerCase())) byWord.set(word, [...(byWord.get(word) ?? []), slot]);
  };
  checks.forEach((check, i) => {
    if (check.namesOnly) return;
    if (check.triggerWords === null) alone.push(i);
    else {
      mark(check.triggerWords, 3 * i);
      if (check.pairedTrigger) {
        mark(check.pairedTrigger.words, 3 * i + 1);
        mark(check.pairedTrigger.context, 3 * i + 2);
      }
    }
  });
  // Longest first: at each place the search reports the longest word found there, and every
  // other word found at that place begins it, so a word admits its prefixes' checks too.
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length);
  const admits = new Map(words.map((w) => [w, [...new Set(words.filter((p) => w.startsWith(p)).flatMap((p) => byWord.get(p) ?? []))]]));
  // A lookahead, so that a word inside another ("in" in "killing") is seen at its own place.
  const union = words.length > 0 ? new RegExp(`(?=(${words.map(escapeRegExp).join('|')}))`, 'gi') : null;
  return (text) => {
    const admitted = new Array<boolean>(checks.length).fill(false);
    for (const i of alone) admitted[i] = checks[i]?.trigger.test(text) === true;
    if (!union) return admitted;
    const seen = new Uint8Array(3 * checks.length);
    union.lastIndex = 0;
    for (let m = union.exec(text); m !== null; m = union.exec(text)) {
      for (const slot of admits.get((m[1] ?? '').toLowerCase()) ?? []) seen[slot] = 1;
      union.lastIndex++;
    }
    for (let i = 0; i < checks.length; i++) admitted[i] ||= seen[3 * i] === 1 || (seen[3 * i + 1] === 1 && seen[3 * i + 2] === 1);
    return admitted;
  };
}
