import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/inputs/', import.meta.url));
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

export function fixture(...parts: string[]): string {
  return path.join(FIXTURES, ...parts);
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimdiff-inputs-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Map a text offset through a document's sourceMap. */
export function mapOffset(map: ReadonlyArray<readonly [number, number]>, offset: number): number {
  let best: readonly [number, number] | undefined;
  for (const pair of map) if (pair[0] <= offset) best = pair;
  if (!best) return offset;
  return best[1] + (offset - best[0]);
}

export function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}
