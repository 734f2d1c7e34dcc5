/**
 * Search end to end: Ctrl+F, results as you type grouped with citations, stepping through marked hits; only
 * exact occurrences are counted, marked and stepped, partial matches are listed apart as 相关结果.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, endSuite, openApp, screenshot, startSuite, waitForReady, type AppPage } from './harness';

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
    // Before any step: how many, never 第 0 / N.
    await expect.poll(status).toBe(`共 ${literal} 处`);
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

/** The text of every search mark, joined per occurrence (a mark may be cut where a term or highlight starts). */
const markedOccurrences = (target: Page) =>
  target.evaluate(() => {
    const out: string[] = [];
    for (const mark of document.querySelectorAll('mark.search-hit')) {
      if (mark.hasAttribute('data-hit')) out.push(mark.textContent ?? '');
      else out[out.length - 1] = (out[out.length - 1] ?? '') + (mark.textContent ?? '');
    }
    return out;
  });

describe('search counts what the text holds', () => {
  it('counts, marks and steps the 20 occurrences of 高质量发展 only; look-alikes are 相关结果', async () => {
    const input = page.getByRole('searchbox', { name: '搜索报告' });
    await input.fill('高质量发展');
    await expect.poll(status).toBe('共 20 处');
    expect(await markedOccurrences(page)).toEqual(Array.from({ length: 20 }, () => '高质量发展'));
    // Exact hits in reading order: the order of their blocks on the page.
    const listed = await page
      .locator('[data-group="body"] [data-result-block]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-result-block') ?? ''));
    const onPage = await page.evaluate(() =>
      [...document.querySelectorAll('[data-block-id]')].map((el) => el.getAttribute('data-block-id') ?? ''),
    );
    expect(listed.length).toBeGreaterThan(1);
    expect(listed).toEqual(onPage.filter((id) => listed.includes(id)));
    expect(await page.locator('[data-group="body"] .is-partial').count()).toBe(0);
    // Partial matches: labelled, apart, and none of them holds the phrase.
    const related = page.locator('[data-group="related"]');
    await expect(related.locator('h3').textContent()).resolves.toMatch(/^相关结果/);
    const snippets = await related.locator('.snippet').allTextContents();
    expect(snippets.length).toBeGreaterThan(0);
    for (const text of snippets) expect(text).not.toContain('高质量发展');
    // Enter walks the 20 and wraps to the first.
    for (let i = 1; i <= 20; i++) {
      await input.press('Enter');
      await expect.poll(status).toBe(`第 ${i} / 20 处`);
    }
    await expect(page.locator('mark.search-hit--current').first().textContent()).resolves.toMatch(/^高/);
    await input.press('Enter');
    await expect.poll(status).toBe('第 1 / 20 处');
    // lunr ranks 相关结果 once its index is built in the worker.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.searchRanked))
      .toBe(await page.evaluate(() => document.documentElement.dataset.reportId));
  });

  it('lists exact hits by relevance when asked, counting and stepping the same', async () => {
    const input = page.getByRole('searchbox', { name: '搜索报告' });
    await input.fill('发展');
    await expect.poll(status).toMatch(/^共 \d+ 处$/);
    const ids = () =>
      page
        .locator('[data-group="body"] [data-result-block]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-result-block') ?? ''));
    const reading = await ids();
    const count = await status();
    await page.getByRole('combobox', { name: '排序', exact: true }).selectOption('relevance');
    await expect.poll(ids).not.toEqual(reading);
    expect([...(await ids())].sort()).toEqual([...reading].sort());
    expect(await status()).toBe(count);
    await page.getByRole('combobox', { name: '排序', exact: true }).selectOption('reading');
    await expect.poll(ids).toEqual(reading);
  });

  it('never shows a position past the count after another report opens', async () => {
    const input = page.getByRole('searchbox', { name: '搜索报告' });
    await input.fill('高质量发展');
    await expect.poll(status).toBe('共 20 处');
    for (let i = 0; i < 3; i++) await input.press('Enter');
    await expect.poll(status).toBe('第 3 / 20 处');
    const bundled = await page.evaluate(() => document.documentElement.dataset.reportId);
    await dropFile(
      page,
      'national-no-subparts.txt',
      readFileSync('tests/fixtures/reports/national-no-subparts.txt', 'utf8'),
    );
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.searchIndex))
      .not.toBe(bundled);
    // The same query in the new report: it occurs once there, and no step is current.
    await expect.poll(status).toBe('共 1 处');
    await input.fill('新质生产力');
    await expect.poll(status).toBe('共 1 处');
    expect(await markedOccurrences(page)).toEqual(['新质生产力']);
    await input.press('Enter');
    await expect.poll(status).toBe('第 1 / 1 处');
    await page.getByRole('button', { name: '语言' }).click();
    // A new query has no current step; in English the count is singular.
    const box = page.locator('.search__input');
    await box.fill('');
    await box.fill('新质生产力');
    await expect.poll(status).toBe('1 occurrence');
    await page.getByRole('button', { name: 'Language' }).click();
    await page.getByRole('button', { name: '最近打开' }).click();
    await page.locator('.recent-list__open', { hasText: '内置报告' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.searchIndex)).toBe(bundled);
    expect(app.consoleErrors).toEqual([]);
  });

  it('shows exact hits and 相关结果 at 1024×700, in light and dark', async () => {
    const small = await openApp(browser, { viewport: { width: 1024, height: 700 } });
    try {
      await waitForReady(small.page);
      const p = small.page;
      await p.waitForFunction(() => document.documentElement.dataset.searchIndex !== undefined);
      await p.locator('#reader-scroll').focus();
      await p.keyboard.press('Control+f');
      await p.getByRole('searchbox', { name: '搜索报告' }).fill('高质量发展');
      await expect.poll(() => p.getByTestId('search-status').textContent()).toBe('共 20 处');
      const box = p.getByRole('searchbox', { name: '搜索报告' });
      const pane = p.locator('#search-pane');
      // Nothing in the pane is cut off sideways: no element reaches past the pane's right edge.
      const overflow = () =>
        pane.evaluate((el) => {
          const right = el.getBoundingClientRect().right;
          return [...el.querySelectorAll('*')].filter((c) => c.getBoundingClientRect().right > right + 1)
            .length;
        });
      expect(await overflow()).toBe(0);
      for (const theme of ['light', 'dark'] as const) {
        const button = p.locator('[data-theme-setting]');
        while ((await button.getAttribute('data-theme-setting')) !== theme) await button.click();
        await expect.poll(() => p.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        await box.fill('');
        await box.fill('高质量发展');
        await expect.poll(() => p.getByTestId('search-status').textContent()).toBe('共 20 处');
        await box.press('Enter');
        await expect.poll(() => p.getByTestId('search-status').textContent()).toBe('第 1 / 20 处');
        await screenshot(p, `search-exact-1024-${theme}`);
        // A query with a few exact hits and a few related ones shows both groups at once.
        await box.fill('经济发展');
        await expect
          .poll(() => p.locator('[data-group="related"] .search__result').count())
          .toBeGreaterThan(0);
        expect(await overflow()).toBe(0);
        await screenshot(p, `search-exact-related-1024-${theme}`);
        // Scrolled to 相关结果: the box and the count stay in view above them.
        await p.locator('[data-group="related"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await expect(p.getByTestId('search-status').isVisible()).resolves.toBe(true);
        await pane.screenshot({ path: join(ARTIFACTS, `search-pane-related-1024-${theme}.png`) });
      }
      expect(small.consoleErrors).toEqual([]);
    } finally {
      await small.close();
    }
  });
});

async function dropFile(target: Page, name: string, text: string): Promise<void> {
  await target.evaluate(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'text/plain' }));
      const root = document.querySelector('.app');
      root?.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      root?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [name, text] as const,
  );
}
