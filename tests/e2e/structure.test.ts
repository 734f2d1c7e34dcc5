/**
 * A report that is not the bundled one, end to end: its appendices apart in 目录, its 一是/二是 points under their
 * part, the text kept out of the report listed with why (未收入正文的内容), and the structure warnings shown once
 * when a doubtful report opens. Screenshots at 1024×700 in both themes.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endSuite, launchBrowser, openApp, screenshot, waitForReady, type AppPage } from './harness';

let browser: Browser;
let app: AppPage;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  app = await openApp(browser, { viewport: { width: 1024, height: 700 } });
  page = app.page;
  await waitForReady(page);
});

afterAll(() => endSuite({ browser, app }));

const fixture = (name: string) => readFileSync(`tests/fixtures/reports/${name}.txt`, 'utf8');

/** The appendix fixture as a website would have it: a category line above, a share bar and links below. */
const WEB_PAGE = `工作报告\n${fixture('appendix-items-glossary')}\n分享到：\nQQ空间\n微信\n上一篇：\n江南省2025年政府工作报告\n`;

async function drop(name: string, text: string): Promise<void> {
  const before = await page.evaluate(() => document.documentElement.dataset.reportId);
  await page.evaluate(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'text/plain' }));
      const target = document.querySelector('.app');
      target?.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      target?.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    },
    [name, text] as const,
  );
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.reportId)).not.toBe(before);
  await waitForReady(page);
}

describe('a report with appendices and text set aside', () => {
  it('shows its appendices apart from the parts, with their items, and 一是 points under their part', async () => {
    await drop('jiangbei-2025.txt', WEB_PAGE);
    const outline = page.locator('#outline-pane');
    await expect.poll(() => outline.locator('.outline__appendices').textContent()).toBe('附件');
    const appendices = page.getByTestId('outline-appendices');
    await expect(appendices.locator('.outline__item').allTextContents()).resolves.toEqual([
      '附件1 2025年省十件民生实事',
      '一、提高城乡低保和特困人员保障水平。',
      '二、加快建立长期护理保险制度。',
      '三、提升普通高中办学条件。',
    ]);
    await expect(outline.locator('.outline__item--point').allTextContents()).resolves.toEqual([
      '一是扩大有效需求，经济运行稳中向好',
      '二是推进产业升级，新动能加快成长',
      '三是深化改革开放，发展活力持续增强',
    ]);
    // The report's two parts and the appendix are the top headings; the appendix items are not parts.
    await expect(page.locator('h2.heading--part').allTextContents()).resolves.toEqual([
      '一、2024年工作回顾',
      '二、2025年工作安排',
      '附件1 2025年省十件民生实事',
    ]);
    await appendices.locator('.outline__item', { hasText: '三、提升普通高中办学条件' }).click();
    await expect.poll(() => page.locator('#block-a1-i3').isVisible()).toBe(true);
  });

  it('lists what was kept out of the report, with why and where, and shows it in full when asked', async () => {
    const list = page.getByTestId('set-aside');
    await expect(list.locator('summary.set-aside__title').textContent()).resolves.toBe('未收入正文的内容3');
    await list.locator('summary.set-aside__title').click();
    await expect(list.locator('.set-aside__reason').allTextContents()).resolves.toEqual([
      '网页导航与相关链接',
      '网页分享栏',
      '网页导航与相关链接',
    ]);
    await expect(list.locator('.set-aside__place').first().textContent()).resolves.toBe('标题页');
    const shareBar = list.locator('.set-aside__item', { hasText: '网页分享栏' });
    await shareBar.locator('summary').click();
    await expect(shareBar.locator('.set-aside__full').textContent()).resolves.toBe('分享到：\nQQ空间\n微信');
    // What was set aside is not report text: search does not find it.
    await expect(page.locator('.report').textContent()).resolves.not.toContain('QQ空间');
    await page.locator('#outline-pane').evaluate((pane) => pane.scrollTo(0, pane.scrollHeight));
    await screenshot(page, 'outline-appendices-set-aside-light');
    const themeButton = page.locator('[data-theme-setting]');
    while ((await themeButton.getAttribute('data-theme-setting')) !== 'dark') await themeButton.click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await screenshot(page, 'outline-appendices-set-aside-dark');
    await page.locator('#outline-pane').evaluate((pane) => pane.scrollTo(0, 0));
    await screenshot(page, 'outline-appendices-dark-top');
    while ((await themeButton.getAttribute('data-theme-setting')) !== 'light') await themeButton.click();
  });

  it('shows the structure warnings once when a doubtful report opens', async () => {
    await drop('weitang.txt', fixture('doubtful-structure'));
    const notice = page.locator('.notice', { hasText: '这份报告的结构有4处可疑' });
    await expect.poll(() => notice.count()).toBe(1);
    await expect(notice.textContent()).resolves.toContain('第二部分缺少（二）');
    await screenshot(page, 'structure-warning-notice');
  });
});
