/**
 * Notices (issue 14): they float over the workspace and never push it down; at most three at once; a
 * confirmation fades by itself while errors stay until dismissed; the notices about a report go when another
 * report opens. Screenshots at 1024×700 and 1920×1080, light and dark.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  openApp,
  removeDir,
  screenshot,
  selectTextIn,
  waitForReady,
  type AppPage,
} from './harness';

let browser: Browser;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openApp(browser, { viewport: { width: 1024, height: 700 } });
  page = app.page;
  await waitForReady(page);
  await page.waitForFunction(() => document.documentElement.dataset.annotations !== undefined);
});

afterAll(async () => {
  await app.close();
  await browser.close();
  removeDir(app.dataDir);
});

/** Where the workspace and the first line of the text are on screen. */
const layout = () =>
  page.evaluate(() => ({
    workspace: document.querySelector('.workspace')!.getBoundingClientRect().top,
    reader: document.getElementById('reader-scroll')!.getBoundingClientRect().height,
  }));

/** An error main reports (a failed write, a refused file): not about the open report. */
const mainError = (message: string) =>
  page.evaluate((m) => window.__yanduEmit?.('errorReported', { message: m }), message);

async function copyCitation(text: string): Promise<void> {
  await selectTextIn(page, text);
  await page.getByRole('toolbar', { name: '批注' }).getByRole('button', { name: '复制引用' }).click();
  await expect.poll(() => page.locator('.notices [data-kind="done"]').count()).toBe(1);
}

async function setTheme(theme: 'light' | 'dark'): Promise<void> {
  const button = page.locator('[data-theme-setting]');
  while ((await button.getAttribute('data-theme-setting')) !== theme) await button.click();
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
}

describe('notices', () => {
  it('float over the workspace: four of them move nothing, and at most three show', async () => {
    const before = await layout();
    for (const n of [1, 2, 3, 4]) await mainError(`第${n}个文件无法写入：磁盘已满`);
    await expect.poll(() => page.locator('.notices .notice').count()).toBeGreaterThanOrEqual(3);
    expect(await layout()).toEqual(before);
    expect(await page.locator('.notices .notice').count()).toBe(3);
    // The newest are shown.
    await expect(page.locator('.notices .notice').last().textContent()).resolves.toContain('第4个');
    await screenshot(page, 'notices-1024-light');
    await setTheme('dark');
    await screenshot(page, 'notices-1024-dark');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'notices-1920-dark');
    await setTheme('light');
    await screenshot(page, 'notices-1920-light');
    await page.setViewportSize({ width: 1024, height: 700 });
  });

  it('lets a confirmation fade by itself; errors stay until dismissed', async () => {
    await copyCitation('锚定全省');
    // The newest is shown; an error made room for it since all the others were errors.
    expect(await page.locator('.notices .notice').count()).toBe(3);
    await page.mouse.move(10, 300);
    await page.waitForFunction(
      () => document.querySelector('.notices [data-kind="done"]') === null,
      undefined,
      {
        timeout: 30_000,
      },
    );
    const errors = page.locator('.notices [data-kind="error"]');
    expect(await errors.count()).toBe(2);
    while ((await errors.count()) > 0) await errors.first().getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => page.locator('.notices').count()).toBe(0);
  });

  it('drops the notices about a report when another report opens, and keeps the others', async () => {
    await mainError('设置文件无法写入');
    await copyCitation('第一方阵');
    // Held while pointed at, so it is still there when the other report opens.
    await page.locator('.notices [data-kind="done"]').hover();
    const text = readFileSync('tests/fixtures/reports/national-no-subparts.txt', 'utf8');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'national-no-subparts.txt', { type: 'text/plain' }));
      const target = document.querySelector('.app');
      target?.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      target?.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }, text);
    await expect
      .poll(() => page.locator('.toolbar__subtitle').textContent())
      .toContain('national-no-subparts.txt');
    await expect.poll(() => page.locator('.notices [data-kind="done"]').count()).toBe(0);
    await expect(page.locator('.notices .notice').allTextContents()).resolves.toEqual([
      expect.stringContaining('设置文件无法写入'),
    ]);
  });

  it('logged no errors', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
