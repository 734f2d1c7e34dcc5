/** Search end to end: Ctrl+F, results as you type grouped with citations, stepping through marked hits. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endSuite, screenshot, startSuite, type AppPage } from './harness';

let browser: Browser;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  ({ browser, app, page } = await startSuite());
  await page.waitForFunction(() => document.documentElement.dataset.searchIndex !== undefined);
});

afterAll(() => endSuite({ browser, app }));

const status = () => page.getByTestId('search-status').textContent();

describe('search', () => {
  it('opens with Ctrl+F and shows grouped results with citations as you type', async () => {
    await page.locator('#reader-scroll').focus();
    await page.keyboard.press('Control+f');
    const input = page.getByRole('searchbox', { name: '搜索报告' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await input.fill('煤炭');
    await expect.poll(() => page.locator('[data-group="body"] .search__result').count()).toBeGreaterThan(1);
    const first = page.locator('[data-group="body"] .search__place').first();
    await expect(first.textContent()).resolves.toMatch(/^第.+段$/);
    await expect(page.locator('[data-group="body"] mark').first().textContent()).resolves.toBe('煤炭');
    // Every hit is marked in the reading pane, and the count matches a literal count of the text.
    const literal = await page.evaluate(() =>
      [...document.querySelectorAll('[data-block-id]')].reduce(
        (n, el) => n + (el.textContent?.split('煤炭').length ?? 1) - 1,
        0,
      ),
    );
    await expect.poll(() => page.locator('mark.search-hit[data-hit]').count()).toBe(literal);
    await expect.poll(status).toContain(`/ ${literal}`);
    await screenshot(page, 'search-results');
  });

  it('steps through hits with Enter and Shift+Enter, the current one in view', async () => {
    const input = page.getByRole('searchbox', { name: '搜索报告' });
    await input.press('Enter');
    await expect.poll(status).toMatch(/第 1 \//);
    await input.press('Enter');
    await expect.poll(status).toMatch(/第 2 \//);
    const current = page.locator('mark.search-hit--current');
    expect(await current.count()).toBe(1);
    const box = await current.boundingBox();
    const viewport = page.viewportSize();
    expect(box !== null && viewport !== null && box.y > 48 && box.y < viewport.height).toBe(true);
    await input.press('Shift+Enter');
    await expect.poll(status).toMatch(/第 1 \//);
    await page.keyboard.press('F3');
    await expect.poll(status).toMatch(/第 2 \//);
    await screenshot(page, 'search-step');
  });

  it('finds figures, quoted terms without quotes, full-width forms and page-break-split text', async () => {
    const input = page.getByRole('searchbox', { name: '搜索报告' });
    for (const [query, expected] of [
      ['432.7', '432.7'],
      ['双减', '双减'],
      ['５Ｇ', '5G'],
      ['第一方阵', '第一方阵'],
      ['PM2.5', 'PM2.5'],
    ] as const) {
      await input.fill(query);
      await expect.poll(() => page.locator('mark.search-hit').count(), { message: query }).toBeGreaterThan(0);
      const marked = await page
        .locator('mark.search-hit[data-hit]')
        .first()
        .evaluate((el) => {
          const key = el.getAttribute('data-hit') ?? '';
          return [...document.querySelectorAll(`[data-hit="${key}"], mark.search-hit`)]
            .map((m) => m.textContent)
            .join('');
        });
      expect(marked, query).toContain(expected);
    }
  });

  it('lists glossary matches and never throws on query syntax', async () => {
    const input = page.getByRole('searchbox', { name: '搜索报告' });
    await input.fill('双控');
    await expect
      .poll(() => page.locator('[data-group="glossary"] .search__result').count())
      .toBeGreaterThan(0);
    for (const query of ['~', 'text:', '+-^*', '*']) {
      await input.fill(query);
      await expect.poll(status).not.toBe('');
    }
    expect(app.consoleErrors).toEqual([]);
  });

  it('clears with Esc', async () => {
    const input = page.getByRole('searchbox', { name: '搜索报告' });
    await input.fill('丹河新城');
    await expect.poll(() => page.locator('mark.search-hit').count()).toBeGreaterThan(0);
    await input.press('Escape');
    await expect.poll(() => page.locator('mark.search-hit').count()).toBe(0);
    await expect(input.inputValue()).resolves.toBe('');
  });
});
