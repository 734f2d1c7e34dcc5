/** The reader end to end: open → outline → glossary term → occurrence → theme/font → reload/restart → settings kept. */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endSuite, restartApp, screenshot, startSuite, waitForReady, type AppPage } from './harness';

let browser: Browser;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  ({ browser, app, page } = await startSuite());
});

afterAll(() => endSuite({ browser, app }));

/** Top of an element relative to the reading pane's visible top. */
async function offsetInReader(selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    const pane = document.getElementById('reader-scroll');
    if (!element || !pane) return Number.NaN;
    return element.getBoundingClientRect().top - pane.getBoundingClientRect().top;
  }, selector);
}

describe('the reader', () => {
  it('shows the bundled report as a document with its title page and structure', async () => {
    await expect(page.locator('.title-block__title').textContent()).resolves.toBe('政府工作报告');
    await expect(page.locator('.title-block__classification').textContent()).resolves.toBe('内部资料');
    await expect(page.locator('.title-block__speaker').textContent()).resolves.toContain('张军');
    expect(await page.locator('h2.heading--part').count()).toBe(3);
    expect(await page.locator('h3.heading--sub').count()).toBe(8);
    // PM_{2.5} is rendered as PM with a real subscript.
    await expect(page.locator('.report sub', { hasText: '2.5' }).count()).resolves.toBeGreaterThan(0);
    // Run-in leads are bold.
    await expect(page.locator('.paragraph strong', { hasText: '完善城市功能。' }).count()).resolves.toBe(1);
    await screenshot(page, 'reader-light');
  });

  it('navigates by the outline and marks the current section', async () => {
    const target = page.locator('.outline__item', { hasText: '（三）' });
    await target.click();
    const sectionId = await target.getAttribute('data-section-id');
    expect(sectionId).toBeTruthy();
    const offset = await offsetInReader(`[data-block-id="${sectionId}"]`);
    expect(offset).toBeGreaterThanOrEqual(-2);
    expect(offset).toBeLessThan(80);
    await expect.poll(() => target.getAttribute('aria-current')).toBe('location');
    // The part containing it is marked too.
    await expect.poll(() => page.locator('.outline__item.is-current').count()).toBe(2);
  });

  it('shows a definition on hover and selects the entry on click', async () => {
    const term = page.locator('.term[data-term-id]', { hasText: '双控' }).first();
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip.textContent()).resolves.toContain('能耗总量和强度双控');
    await screenshot(page, 'term-tooltip');
    await term.click();
    const termId = await term.getAttribute('data-term-id');
    const entry = page.locator(`.glossary__entry[data-term-id="${termId}"]`);
    await expect.poll(() => entry.getAttribute('class')).toContain('is-selected');
    expect(await entry.isVisible()).toBe(true);
  });

  it('jumps from a glossary citation to the occurrence in the text', async () => {
    const entry = page.locator('.glossary__entry.is-selected');
    const citations = entry.locator('.citation');
    expect(await citations.count()).toBeGreaterThan(1);
    const last = citations.last();
    const label = await last.textContent();
    expect(label).toMatch(/^第.+段$|^第.+部分/);
    await last.click();
    const flashed = page.locator('.term.flash');
    await expect.poll(() => flashed.count()).toBe(1);
    const box = await flashed.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.y > 48 && box.y < viewport.height).toBe(true);
    await screenshot(page, 'glossary-jump');
  });

  it('lists quoted jargon the glossary does not explain', async () => {
    const unexplained = page.locator('.glossary__unexplained summary');
    const texts = await unexplained.allTextContents();
    expect(texts.some((t) => t.includes('放管服'))).toBe(true);
    expect(texts.some((t) => t.includes('专精特新'))).toBe(true);
  });

  it('changes theme and font size, and keeps them after a reload and a restart', async () => {
    const fontSize = page.getByTestId('font-size');
    const before = Number(await fontSize.textContent());
    await page.getByRole('button', { name: '增大字号' }).click();
    await page.getByRole('button', { name: '增大字号' }).click();
    await expect.poll(() => fontSize.textContent()).toBe(String(before + 2));
    const themeButton = page.locator('[data-theme-setting]');
    while ((await themeButton.getAttribute('data-theme-setting')) !== 'dark') await themeButton.click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await screenshot(page, 'reader-dark');

    // Let the reading position be saved, then reload: settings come back from main.
    const section = await page
      .locator('.outline__item[aria-current="location"]')
      .last()
      .getAttribute('data-section-id');
    await page.waitForFunction(() => {
      const top = (document.getElementById('reader-scroll')?.getBoundingClientRect().top ?? 0) + 40;
      const first = [...document.querySelectorAll<HTMLElement>('[data-block-id]')].find(
        (b) => b.getBoundingClientRect().bottom > top,
      );
      return first !== undefined && document.documentElement.dataset.savedPosition === first.dataset.blockId;
    });
    await page.reload();
    await waitForReady(page);
    await expect(fontSize.textContent()).resolves.toBe(String(before + 2));
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect
      .poll(() =>
        page.locator('.outline__item[aria-current="location"]').last().getAttribute('data-section-id'),
      )
      .toBe(section);

    // Restart the main side on the same data folder.
    app = await restartApp(browser, app);
    page = app.page;
    await expect(page.getByTestId('font-size').textContent()).resolves.toBe(String(before + 2));
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });

  it('works from the keyboard', async () => {
    await page.locator('#reader-scroll').focus();
    const current = () =>
      page.locator('.outline__item[aria-current="location"]').last().getAttribute('data-section-id');
    const start = await current();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(current).not.toBe(start);
    await page.keyboard.press('Control+Shift+3');
    await expect.poll(() => page.locator('#glossary-pane').count()).toBe(0);
    await page.keyboard.press('Control+Shift+3');
    await expect.poll(() => page.locator('#glossary-pane').count()).toBe(1);
    await page.keyboard.press('Control+1');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('#outline-pane') !== null))
      .toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
      .toContain('outline__item');
  });

  it('resizes a pane from the keyboard and remembers its width', async () => {
    const separator = page.getByRole('separator').first();
    const before = Number(await separator.getAttribute('aria-valuenow'));
    await separator.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await separator.getAttribute('aria-valuenow'))).toBe(before + 32);
    const width = await page.locator('#left-pane').evaluate((el) => el.getBoundingClientRect().width);
    expect(Math.round(width)).toBe(before + 32);
    await expect
      .poll(() => app.services.handlers.getSession({ senderFrame: { url: 'yandu://app/index.html' } }))
      .toMatchObject({ ok: true, value: { settings: { panes: { outline: { width: before + 32 } } } } });
  });

  it('switches the interface to English', async () => {
    await page.getByRole('button', { name: '语言' }).click();
    await expect.poll(() => page.locator('#outline-pane').getAttribute('aria-label')).toBe('Contents');
    await screenshot(page, 'reader-english');
    await page.getByRole('button', { name: 'Language' }).click();
    await expect.poll(() => page.locator('#outline-pane').getAttribute('aria-label')).toBe('目录');
  });

  it('opens a dropped report text and remembers it among recent reports', async () => {
    const text = readFileSync('tests/fixtures/reports/national-no-subparts.txt', 'utf8');
    await dropFile(page, 'national-no-subparts.txt', text);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.reportId))
      .not.toBe(undefined);
    await expect
      .poll(() => page.locator('.toolbar__subtitle').textContent())
      .toContain('national-no-subparts.txt');
    await page.getByRole('button', { name: '最近打开' }).click();
    const items = page.locator('.recent-list__open');
    expect(await items.count()).toBe(2);
    await screenshot(page, 'recent-reports');
    await page.locator('.recent-list__open', { hasText: '内置报告' }).click();
    await expect.poll(() => page.locator('h3.heading--sub').count()).toBe(8);
  });

  it('explains in Chinese why a dropped file cannot be opened', async () => {
    await dropFile(page, 'empty.txt', '   \n');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/[\u4e00-\u9fff]/);
    // The report on screen stays.
    expect(await page.locator('h3.heading--sub').count()).toBe(8);
  });

  it('never touched the network and logged no errors', () => {
    expect(app.blockedRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});

async function dropFile(target: Page, name: string, text: string): Promise<void> {
  await target.evaluate(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'text/plain' }));
      const app = document.querySelector('.app');
      app?.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      app?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [name, text] as const,
  );
}
