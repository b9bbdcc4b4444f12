// A news page saved from a browser (nav, share buttons, a ticker, related links, comments,
// scripts, JSON-LD) gives the same claims as the same article saved as plain text, and its
// line numbers point into the HTML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../helpers.js';
import { claimdiff } from './cli.js';

interface Claim { document: string; line: number; column: number; rule: string; value: string; key: string; text: string }

function extract(file: string): { claims: Claim[]; documents: Array<{ date: string | null; source: string | null; title: string | null }> } {
  const r = claimdiff(['extract', file, '--format', 'json', '--no-config']);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  const j = JSON.parse(r.stdout) as { assertions: Claim[]; documents: Array<{ date: string | null; source: string | null; title: string | null }> };
  // Names are compared apart: the saved page has a figure caption ("near Port Alma") the text lacks.
  return { claims: j.assertions.filter((c) => c.rule !== 'name-variant'), documents: j.documents };
}

const key = (c: Claim): string => `${c.rule} ${c.key} ${c.value}`;

describe('fixtures/html-parity: saved page vs plain text', () => {
  const html = extract('fixtures/html-parity/flood.html');
  const txt = extract('fixtures/html-parity/flood.txt');

  test('same assertions (rule, scope, value as written)', () => {
    expect(html.claims.length).toBeGreaterThan(3);
    expect(html.claims.map(key)).toEqual(txt.claims.map(key));
  });

  test('nothing from the nav, ticker, related links, comments or scripts', () => {
    const values = html.claims.map((c) => c.value);
    for (const bad of ['9,999', '500', '2,000', '90', 'collapsed']) expect(values).not.toContain(bad);
  });

  test('metadata from the page: JSON-LD date, outlet, title without the site name', () => {
    expect(html.documents[0]).toMatchObject({ date: '2024-10-14', source: 'Riverside Post', title: 'River flood leaves 38 dead in Valdoria, officials say' });
  });

  test('line and column point at the written value inside the HTML source', () => {
    const lines = readFileSync(join(root, 'fixtures/html-parity/flood.html'), 'utf8').split('\n');
    const txtLines = readFileSync(join(root, 'fixtures/html-parity/flood.txt'), 'utf8').split('\n');
    const at = (ls: string[], c: Claim): string => (ls[c.line - 1] ?? '').slice(c.column - 1, c.column - 1 + c.value.length);
    html.claims.forEach((c, i) => {
      expect(at(lines, c)).toBe(c.value);
      expect(at(txtLines, txt.claims[i]!)).toBe(c.value);
    });
    // The headline claim points at the <h1>, not at <title> or og:title.
    expect(lines[(html.claims[0]?.line ?? 0) - 1]).toContain('<h1>');
  });
});
