/**
 * The window at every size (issue 14): side panes float over the text rather than squeeze it below ~28
 * characters a line; resizing keeps the reading position and the outline's mark; screenshots at 1024×700 and
 * 1920×1080, light and dark.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, removeDir, screenshot, waitForReady, type AppPage } from './harness';

let browser: Browser;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openApp(browser, { viewport: { width: 1024, height: 700 } });
  page = app.page;
  await waitForReady(page);
});

afterAll(async () => {
  await app.close();
  await browser.close();
  removeDir(app.dataDir);
});

/** Characters of the current text size that fit on one line of a body paragraph. */
const lineChars = () =>
  page.evaluate(() => {
    const p = document.querySelector<HTMLElement>('.paragraph');
    if (!p) return 0;
    return p.getBoundingClientRect().width / parseFloat(getComputedStyle(p).fontSize);
  });

async function setTheme(theme: 'light' | 'dark'): Promise<void> {
  const button = page.locator('[data-theme-setting]');
  while ((await button.getAttribute('data-theme-setting')) !== theme) await button.click();
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
}

/** The block at the top of the reading pane, as the reader computes it. */
const topBlock = () =>
  page.evaluate(() => {
    const pane = document.getElementById('reader-scroll')!;
    const top = pane.getBoundingClientRect().top + 40;
    return [...document.querySelectorAll<HTMLElement>('[data-block-id]')].find(
      (b) => b.getBoundingClientRect().bottom > top,
    )?.dataset.blockId;
  });

const currentSection = () =>
  page.locator('.outline__item[aria-current="location"]').last().getAttribute('data-section-id');

describe('a narrow window', () => {
  it('keeps at least 28 characters a line at 1024×700: the glossary floats over the text when asked for', async () => {
    expect(await lineChars()).toBeGreaterThanOrEqual(28);
    // The outline still sits beside the text; the glossary is one click away.
    expect(await page.locator('#left-pane').getAttribute('data-mode')).toBe('docked');
    expect(await page.locator('#right-pane').count()).toBe(0);
    const toggle = page.getByRole('button', { name: '显示/隐藏名词解释' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await screenshot(page, 'layout-1024-light');

    const before = await lineChars();
    await toggle.click();
    await expect.poll(() => page.locator('#right-pane').getAttribute('data-mode')).toBe('overlay');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    // Floating: the text under it keeps its measure.
    expect(await lineChars()).toBe(before);
    await screenshot(page, 'layout-1024-glossary-light');
    await page.locator('#glossary-pane').getByRole('button').first().focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#right-pane').count()).toBe(0);
    // Esc closes it from the toolbar too, where the toggle left the focus.
    await toggle.click();
    await expect.poll(() => page.locator('#right-pane').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#right-pane').count()).toBe(0);
    // The choice to hide it was not saved: a wide window shows it again; narrow again, it starts closed.
    await toggle.click();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(() => page.locator('#right-pane').getAttribute('data-mode')).toBe('docked');
    await page.setViewportSize({ width: 1024, height: 700 });
    await expect.poll(() => page.locator('#right-pane').count()).toBe(0);
  });

  it('opens 名词解释 over the text when a term is clicked, and closes it by a click on the text', async () => {
    const term = page.locator('.term[data-term-id]').first();
    await term.scrollIntoViewIfNeeded();
    await term.click();
    await expect.poll(() => page.locator('#right-pane').getAttribute('data-mode')).toBe('overlay');
    await expect.poll(() => page.locator('.glossary__entry.is-selected').count()).toBe(1);
    await page
      .locator('.paragraph')
      .nth(3)
      .click({ position: { x: 20, y: 10 } });
    await expect.poll(() => page.locator('#right-pane').count()).toBe(0);
  });

  it('floats both panes with 30 px text and still keeps 28 characters a line', async () => {
    const larger = page.getByRole('button', { name: '增大字号' });
    while (Number(await page.getByTestId('font-size').textContent()) < 30) await larger.click();
    await expect.poll(() => page.locator('#left-pane').count()).toBe(0);
    expect(await lineChars()).toBeGreaterThanOrEqual(28);
    await screenshot(page, 'layout-1024-30px-light');
    await page.getByRole('button', { name: '显示/隐藏目录' }).click();
    await expect.poll(() => page.locator('#left-pane').getAttribute('data-mode')).toBe('overlay');
    // Choosing a section reads it: the floating outline gives the text back.
    await page.locator('.outline__item', { hasText: '（二）' }).first().click();
    await expect.poll(() => page.locator('#left-pane').count()).toBe(0);
    await setTheme('dark');
    await screenshot(page, 'layout-1024-30px-dark');
    await page.getByRole('button', { name: '显示/隐藏目录' }).click();
    await screenshot(page, 'layout-1024-30px-outline-dark');
    await page.keyboard.press('Escape');
    const smaller = page.getByRole('button', { name: '减小字号' });
    while (Number(await page.getByTestId('font-size').textContent()) > 18) await smaller.click();
    await setTheme('light');
  });
});

describe('resizing the window', () => {
  it('keeps the paragraph being read at the top, and the outline marks its section', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(() => page.locator('#right-pane').count()).toBe(1);
    await page.locator('.outline__item', { hasText: '（三）' }).first().click();
    // Into the section: a paragraph part-way down, as a reader would be.
    await page.locator('#reader-scroll').evaluate((el) => el.scrollBy(0, 500));
    await expect.poll(topBlock).not.toBe(undefined);
    const block = await topBlock();
    await expect.poll(currentSection).toContain('p2-s3');
    const section = await currentSection();
    await screenshot(page, 'layout-resize-1920-dark');

    for (const size of [
      { width: 1024, height: 700 },
      { width: 1440, height: 900 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      await expect.poll(topBlock).toBe(block);
      await expect.poll(currentSection).toBe(section);
    }
    await page.setViewportSize({ width: 1024, height: 700 });
    await expect.poll(topBlock).toBe(block);
    await screenshot(page, 'layout-resize-1024-light');
  });
});

describe('the window at 1920×1080', () => {
  it('docks both panes', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect.poll(() => page.locator('#right-pane').getAttribute('data-mode')).toBe('docked');
    expect(await page.locator('#left-pane').getAttribute('data-mode')).toBe('docked');
    expect(await lineChars()).toBeGreaterThanOrEqual(28);
    await screenshot(page, 'layout-1920-light');
    await setTheme('dark');
    await screenshot(page, 'layout-1920-dark');
    await setTheme('light');
  });

  it('logged no errors', () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.blockedRequests).toEqual([]);
  });
});
