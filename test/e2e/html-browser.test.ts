// The HTML report in a real browser (issue 15): the page of the seeds and of a fixture with
// a change, rendered by the built CLI, opened from disk in headless Chromium (the system's,
// driven by playwright-core). Asserts what a person sees, that nothing leaves the page, that
// the CSP holds, and that axe-core finds no serious or critical violation. Screenshots are
// kept in test-artifacts/ (git-ignored). Skips with one line when there is no Chromium.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { formatHtml } from '../../src/formatters/html.js';
import { PAGE_SIZE } from '../../src/formatters/html/assets.js';
import { hasShared, root, shared } from '../helpers.js';
import { sampleReport } from '../formatters/sample-report.js';
import { claimdiff } from './cli.js';

const CANDIDATES = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const chromiumPath = CANDIDATES.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
if (!chromiumPath) console.log('skipped: no Chromium binary (apt-get install chromium, or set CHROMIUM_PATH)');
else if (!hasShared) console.log('skipped: the seeds page (../shared/seeds is absent)');

const artifacts = join(root, 'test-artifacts');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Opened {
  page: Page;
  consoleErrors: string[];
  requests: string[];
  url: string;
}

describe.skipIf(!chromiumPath)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    dir = mkdtempSync(join(tmpdir(), 'claimdiff-html-'));
    mkdirSync(artifacts, { recursive: true });
  });

  const sizes: Record<string, number> = {};

  afterAll(async () => {
    writeFileSync(join(artifacts, 'page-sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Renders `paths` to a page in the temp folder (exit code checked) and opens it. */
  async function open(name: string, paths: string[], code: number): Promise<Opened> {
    const r = claimdiff(['scan', '--format', 'html', '-q', ...paths]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(code);
    sizes[name] = Buffer.byteLength(r.stdout);
    return openHtml(name, r.stdout);
  }

  async function openHtml(name: string, html: string): Promise<Opened> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const consoleErrors: string[] = [];
    const requests: string[] = [];
    const url = pathToFileURL(file).href;
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    // Every request but the page itself, less those the CSP stopped before they left.
    page.on('request', (q) => {
      if (q.url() !== url) requests.push(q.url());
    });
    page.on('requestfailed', (q) => {
      if (/^csp$|BLOCKED_BY_CSP/i.test(q.failure()?.errorText ?? '')) requests.splice(requests.indexOf(q.url()), 1);
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, consoleErrors, requests, url };
  }

  /**
   * axe-core's serious and critical violations (run after the checks: it is injected by the
   * driver, not the page); every violation, of any impact, is kept in test-artifacts/axe-NAME.json.
   */
  async function axe(page: Page, name: string): Promise<Array<{ id: string; impact: string; nodes: number }>> {
    await page.evaluate(axeSource);
    const result = await page.evaluate(async () => {
      const w = window as unknown as { axe: { run: (ctx: Document, o: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } };
      const r = await w.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    writeFileSync(join(artifacts, `axe-${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
    return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  test.skipIf(!hasShared)('the seeds: conflict headings, both values, search and filters, no request, no serious axe violation', async () => {
    const { page, consoleErrors, requests } = await open('seeds', [join(shared, 'seeds')], 1);
    // Text content, not rendered text: conflicts off screen are not rendered (content-visibility: auto),
    // and the seeds' name variants now come first.
    const headings = (await page.locator('article.conflict h3').allTextContents()).map((h) => h.replace(/\s+/g, ' '));
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.some((h) => /contradiction/.test(h) && /US troops · Iraq/.test(h))).toBe(true);
    const troops = page.locator('article.conflict', { hasText: 'US troops · Iraq' }).first();
    const marks = await troops.locator('mark').allTextContents();
    expect(marks.some((m) => /5,000/.test(m))).toBe(true);
    expect(marks.some((m) => /2,500|3,000/.test(m))).toBe(true);
    await expect.poll(() => troops.isVisible()).toBe(true);
    // the search box narrows the page without a server
    const total = await page.locator('article.conflict').count();
    await page.fill('#f-q', 'US troops');
    const shown = await page.locator('article.conflict:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(total);
    expect(await page.locator('#f-count').innerText()).toMatch(/conflicts shown/);
    await page.fill('#f-q', 'zzzz-no-such-words');
    expect(await page.locator('article.conflict:visible').count()).toBe(0);
    await page.click('#f-reset');
    await page.selectOption('#f-kind', 'quantity');
    const quantities = await page.locator('article.conflict:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(quantities.length).toBeGreaterThan(0);
    expect(new Set(quantities)).toEqual(new Set(['quantity']));
    await page.click('#f-reset');
    // keyboard: "/" focuses the search box, "j" moves to a conflict
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('conflict'))).toBe(true);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-q');
    await page.screenshot({ path: join(artifacts, 'seeds.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(artifacts, 'seeds-print.png'), fullPage: true });
    expect(await page.locator('#filters').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
    expect(await axe(page, 'seeds')).toEqual([]);
  });

  test('a change (fixtures/toll-rising): the timeline SVG with points and hedged bars', async () => {
    const { page, consoleErrors, requests } = await open('toll-rising', ['fixtures/toll-rising'], 1);
    const change = page.locator('article.conflict[data-relation="change"]').first();
    await change.scrollIntoViewIfNeeded();
    await expect.poll(() => change.locator('h3').innerText()).toMatch(/change/);
    const svg = change.locator('svg.timeline');
    expect(await svg.count()).toBe(1);
    const box = await svg.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(200);
    expect(await svg.locator('circle.point').count()).toBeGreaterThanOrEqual(3);
    // "at least 12", "more than 100": hedged figures are bars
    expect(await svg.locator('rect.bar').count()).toBeGreaterThan(0);
    expect(await svg.locator('text').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/Jul 2025/)]));
    const marks = await change.locator('mark').allInnerTexts();
    expect(marks).toEqual(expect.arrayContaining(['45', '160']));
    await change.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'toll-rising.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
    expect(await axe(page, 'toll-rising')).toEqual([]);
  });

  test('the Content-Security-Policy blocks anything the page did not bring', async () => {
    const { page, requests } = await open('csp', ['fixtures/talks-change'], 0);
    expect(await page.locator('article.conflict svg.timeline').count()).toBe(1);
    const violations = await page.evaluate(async () => {
      const seen: string[] = [];
      const both = new Promise<void>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => {
          seen.push(e.violatedDirective);
          if (seen.length >= 2) resolve();
        });
      });
      const img = document.createElement('img');
      img.src = 'https://example.invalid/pixel.png';
      document.body.append(img);
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.body.append(s);
      await both;
      return { seen, ran: (window as unknown as { __ran?: boolean }).__ran === true };
    });
    expect(violations.ran).toBe(false);
    expect(violations.seen).toEqual(expect.arrayContaining([expect.stringMatching(/img-src/), expect.stringMatching(/script-src/)]));
    expect(requests.filter((u) => u.startsWith('http'))).toEqual([]);
  });

  test('a large archive: the first page of conflicts, then more on demand; the search covers them all', async () => {
    const r = sampleReport();
    const base = r.conflicts;
    r.conflicts = Array.from({ length: 250 }, (_, i) => {
      const c = structuredClone(base[i % base.length]);
      if (!c) throw new Error('sample has conflicts');
      return { ...c, id: `${c.id}${i}`, subject: `${c.subject} #${String(i).padStart(3, '0')}` };
    });
    const html = formatHtml(r, { color: false });
    sizes['synthetic-250'] = Buffer.byteLength(html);
    const { page, consoleErrors, requests } = await openHtml('large', html);
    expect(await page.locator('article.conflict:not([hidden])').count()).toBe(PAGE_SIZE);
    await page.click('#f-more');
    expect(await page.locator('article.conflict:not([hidden])').count()).toBe(2 * PAGE_SIZE);
    await page.fill('#f-q', '#249');
    expect(await page.locator('article.conflict:not([hidden])').count()).toBe(1);
    expect(await page.locator('#f-more').isHidden()).toBe(true);
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
  });

  test.skipIf(!existsSync(join(shared, 'corpus', 'bbc', 'business')))('the BBC business category: a page that opens clean', async () => {
    // Stories keep an archive's unrelated articles apart (no conflicts by default); every pair gives a full page.
    const { page, consoleErrors, requests } = await open('bbc-business', ['--group-by', 'none', join(shared, 'corpus', 'bbc', 'business')], 1);
    expect(await page.locator('article.conflict').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(artifacts, 'bbc-business.png') });
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
    expect(await axe(page, 'bbc-business')).toEqual([]);
  });
});
