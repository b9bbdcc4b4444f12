// Built-in packs validated at build time are reused only while their text is unchanged.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { memoisedPack } from '../../dist/rules/memo.js';
import { readPack } from '../../dist/rules/load.js';
import { root } from '../helpers.js';

describe('memoised built-in packs (dist/rules/builtin-packs.json)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimdiff-memo-'));
  const copy = join(dir, 'forces.yaml');
  copyFileSync(join(root, 'rules', 'forces.yaml'), copy);

  test('an unchanged pack is the same pack as a full validation gives, under its own path', () => {
    const memo = memoisedPack(copy, 'elsewhere/forces.yaml');
    const full = readPack(copy, 'elsewhere/forces.yaml').pack;
    expect(memo).not.toBeNull();
    expect(memo).toEqual(full);
    expect(memo?.rules[0]?.origin).toMatch(/^elsewhere\/forces\.yaml:\d+:\d+$/);
  });

  test('an edited pack is not taken from the memo, so it is validated again', () => {
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('tolerance: 0.05', 'tolerance: 5'));
    expect(memoisedPack(copy, 'forces.yaml')).toBeNull();
    expect(readPack(copy, 'forces.yaml', true).errors.map(String)).toEqual([
      expect.stringMatching(/^forces\.yaml:\d+:\d+: tolerance must be a number between 0 and 1/),
    ]);
  });
});
