import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { ruleProblems } from '../../src/rules/errors.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the file's tests. */
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'claimdiff-rules-'));
  dirs.push(d);
  return d;
}

/** Write `text` to dir/name (creating folders) and return the path. */
export function write(dir: string, name: string, text: string): string {
  const p = join(dir, name);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
  return p;
}

/** The problem lines thrown by fn, or [] when it does not throw. Other errors are rethrown. */
export function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    const p = ruleProblems(e);
    if (p) return p.map(String);
    throw e;
  }
  return [];
}

/** A quantity pack with one rule, with `extra` lines added to the rule. */
export function quantityPack(extra = '', id = 'bed-count'): string {
  return `pack: beds
rules:
  - id: ${id}
    kind: quantity
    subject: hospital beds
    lexicon:
      nouns: [beds]
${extra}`;
}
