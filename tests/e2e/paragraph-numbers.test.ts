/**
 * Paragraph numbers in the margin (issue 14): a setting that shows each paragraph's 第N段 — the end of its
 * citation — beside it, with a PDF's 第N页 kept; off by default, kept after a reload. Screenshots at 1024×700 and
 * 1920×1080, light and dark.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, removeDir, screenshot, waitForReady, type AppPage } from './harness';

const SAMPLES = path.resolve(import.meta.dirname, '../fixtures/samples');

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

/** Every paragraph's margin label beside the citation it must end with (the block's title), and its text. */
const labels = () =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.paragraph[data-block-id]')].map((p) => ({
      label: p.dataset.paraLabel,
      citation: p.title,
      shown: getComputedStyle(p, '::after').content,
      text: p.textContent ?? '',
    })),
  );

async function setTheme(theme: 'light' | 'dark'): Promise<void> {
  const button = page.locator('[data-theme-setting]');
  while ((await button.getAttribute('data-theme-setting')) !== theme) await button.click();
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
}

describe('paragraph numbers in the margin', () => {
  it('are off at first and shown for every paragraph when asked for, as its citation ends', async () => {
    expect((await labels()).every((p) => p.label === undefined)).toBe(true);
    const toggle = page.getByRole('button', { name: '显示段落编号' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    const shown = await labels();
    expect(shown.length).toBeGreaterThan(50);
    for (const p of shown) {
      expect(p.label).toMatch(/^第\d+段$/);
      expect(p.citation.endsWith(p.label!)).toBe(true);
      expect(p.shown).toBe(`"${p.label}"`);
      // Drawn by CSS: the text (offsets, copies, search) holds no number.
      expect(p.text.startsWith(p.label!)).toBe(false);
    }
    // Headings carry none.
    expect(await page.locator('.heading[data-para-label]').count()).toBe(0);
    const section = page.locator('.outline__item', { hasText: '（三）' }).first();
    await section.click();
    await expect.poll(() => section.getAttribute('aria-current')).toBe('location');
    await page.mouse.move(600, 400);
    await screenshot(page, 'paragraph-numbers-1024-light');
    await setTheme('dark');
    await screenshot(page, 'paragraph-numbers-1024-dark');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'paragraph-numbers-1920-dark');
    await setTheme('light');
    await screenshot(page, 'paragraph-numbers-1920-light');
  });

  it('are kept after a reload, and read ¶N in English', async () => {
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'report');
    await expect
      .poll(() => app.services.handlers.getSession({ senderFrame: { url: 'yandu://app/index.html' } }))
      .toMatchObject({ ok: true, value: { settings: { paragraphNumbers: true } } });
    await page.reload();
    await waitForReady(page);
    await expect.poll(async () => (await labels())[0]?.label).toMatch(/^第\d+段$/);
    await page.getByRole('button', { name: '语言' }).click();
    await expect.poll(async () => (await labels())[0]?.label).toMatch(/^¶\d+$/);
    await page.getByRole('button', { name: 'Language' }).click();
    await expect.poll(async () => (await labels())[0]?.label).toMatch(/^第\d+段$/);
  });

  it('stand with a PDF’s 第N页, neither hiding the other', async () => {
    const bytes = readFileSync(path.join(SAMPLES, 'gansu-2025.pdf'));
    await page.evaluate((base64) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], 'gansu-2025.pdf'));
      const target = document.querySelector('.app');
      target?.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      target?.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }, bytes.toString('base64'));
    await expect
      .poll(() => page.locator('.toolbar__subtitle').textContent(), { timeout: 20_000 })
      .toContain('gansu-2025.pdf');
    const both = page.locator('.paragraph[data-para-label][data-page-label]').first();
    await expect.poll(() => both.count()).toBe(1);
    // The page label moves under the number: two lines, not one over the other.
    const tops = await both.evaluate((el) => [
      parseFloat(getComputedStyle(el, '::after').top),
      parseFloat(getComputedStyle(el, '::before').top),
    ]);
    expect(tops[1]! - tops[0]!).toBeGreaterThanOrEqual(16);
    await both.scrollIntoViewIfNeeded();
    await screenshot(page, 'paragraph-numbers-pdf-1920-light');
    await page.setViewportSize({ width: 1024, height: 700 });
    await both.scrollIntoViewIfNeeded();
    await screenshot(page, 'paragraph-numbers-pdf-1024-light');
    await setTheme('dark');
    await screenshot(page, 'paragraph-numbers-pdf-1024-dark');
    await setTheme('light');
  });

  it('logged no errors', () => {
    expect(app.consoleErrors).toEqual([]);
  });
});
