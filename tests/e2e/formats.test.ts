/** Word files, PDFs and a saved page dropped on the window: opened by main from their bytes, 第N页 for PDFs. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, removeDir, screenshot, waitForReady, type AppPage } from './harness';

const SAMPLES = path.resolve(import.meta.dirname, '../fixtures/samples');
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/sources');
const NAMES = ['guangdong-2025', 'gansu-2025', 'henan-2025', 'liaoning-2025'] as const;

let browser: Browser;
const apps: AppPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const app of apps) {
    await app.close();
    removeDir(app.dataDir);
  }
  await browser?.close();
});

/** Drops a file's bytes on the window, as a person dragging it from the desktop would. */
async function drop(page: Page, fileName: string, bytes: Buffer): Promise<void> {
  await page.evaluate(
    ([name, base64]) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name));
      const app = document.querySelector('.app');
      app?.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      app?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [fileName, bytes.toString('base64')] as const,
  );
  // Wait for the title page to name the file (a PDF of a Word file may have the same text, hence the same id).
  await expect
    .poll(
      () =>
        page
          .locator('[data-report-source]')
          .textContent()
          .catch(() => ''),
      { timeout: 30_000 },
    )
    .toContain(fileName);
  await waitForReady(page);
}

async function setDark(page: Page): Promise<void> {
  const theme = page.locator('[data-theme-setting]');
  while ((await theme.getAttribute('data-theme-setting')) !== 'dark') await theme.click();
}

async function open(viewport: { width: number; height: number }): Promise<Page> {
  const app = await openApp(browser, { viewport });
  apps.push(app);
  await waitForReady(app.page);
  return app.page;
}

describe('reports from Word, PDF and web pages', () => {
  it.each(NAMES)(
    '%s: the Word file and its PDF open; the PDF shows its pages in the margin',
    async (name) => {
      const page = await open({ width: 1920, height: 1080 });
      await drop(page, `${name}.docx`, readFileSync(path.join(SAMPLES, `${name}.docx`)));
      await expect(page.locator('[data-report-source]').textContent()).resolves.toBe(
        `来源文件：${name}.docx（Word 文档）`,
      );
      expect(await page.locator('[data-page-label]').count()).toBe(0);
      await screenshot(page, `format-${name}-docx-1920`);

      await drop(page, `${name}.pdf`, readFileSync(path.join(SAMPLES, `${name}.pdf`)));
      await expect(page.locator('[data-report-source]').textContent()).resolves.toMatch(
        new RegExp(`^来源文件：${name}\\.pdf（PDF，共 \\d+ 页）$`),
      );
      const labels = await page
        .locator('[data-page-label]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-page-label')));
      expect(labels[0]).toBe('第1页');
      expect(labels.length).toBeGreaterThan(5);
      // The label is drawn by CSS: a block's text is still exactly its text.
      const first = page.locator('[data-page-label]').nth(1);
      expect(await first.textContent()).not.toMatch(/^第\d+页/);
      await page.locator('[data-page-label]').nth(2).scrollIntoViewIfNeeded();
      await screenshot(page, `format-${name}-pdf-1920`);
    },
  );

  it('guangdong at 1024×700 and 1920×1080, light and dark', async () => {
    for (const viewport of [
      { width: 1024, height: 700 },
      { width: 1920, height: 1080 },
    ]) {
      const page = await open(viewport);
      for (const kind of ['docx', 'pdf'] as const) {
        await drop(
          page,
          `guangdong-2025.${kind}`,
          readFileSync(path.join(SAMPLES, `guangdong-2025.${kind}`)),
        );
        await page.locator('.block').nth(12).scrollIntoViewIfNeeded();
        await screenshot(page, `format-guangdong-${kind}-${viewport.width}-light`);
      }
      await setDark(page);
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await screenshot(page, `format-guangdong-pdf-${viewport.width}-dark`);
    }
  });

  it('a saved web page opens as its article; a scan is refused with a message', async () => {
    const page = await open({ width: 1440, height: 900 });
    await drop(page, 'saved-page.gbk.html', readFileSync(path.join(FIXTURES, 'saved-page.gbk.html')));
    const text = await page.locator('.report').textContent();
    expect(text).toContain('现在，我代表市人民政府，向大会报告工作');
    expect(text).not.toMatch(/分享到|版权所有|网站首页/);
    await screenshot(page, 'format-saved-page');
    const id = await page.evaluate(() => document.documentElement.dataset.reportId);
    await page.evaluate(
      ([base64]) => {
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], '扫描件.pdf'));
        document
          .querySelector('.app')
          ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      [readFileSync(path.join(FIXTURES, 'no-text-layer.pdf')).toString('base64')] as const,
    );
    await expect.poll(() => page.locator('body').textContent()).toMatch(/没有文字层，像是扫描件/);
    expect(await page.evaluate(() => document.documentElement.dataset.reportId)).toBe(id);
    await screenshot(page, 'format-scan-refused');
  });
});
