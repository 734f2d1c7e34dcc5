/**
 * Amendments (修改意见) end to end (issue 16): select words → 建议修改 → 改为 / 在其后增加 / 删去 with a reason → the
 * change shown in the text (struck words, new words drawn after them, the block's own text untouched) and in the
 * 批注 pane → edited, kept after a restart, deleted.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/annotations/model';
import {
  allSaved,
  blocking,
  endSuite,
  restartApp,
  runAxe,
  screenshot,
  selectTextIn,
  startSuite,
  type AppPage,
} from './harness';

let browser: Browser;
let app: AppPage;
let page: Page;
const APP_FRAME = { senderFrame: { url: 'yandu://app/index.html' } };
const WORDS = '机电装备产业园';

beforeAll(async () => {
  ({ browser, app, page } = await startSuite());
  await page.waitForFunction(() => document.documentElement.dataset.annotations !== undefined);
});

afterAll(() => endSuite({ browser, app }));

const editor = () => page.getByRole('dialog', { name: '修改意见' });
const reportId = () => page.evaluate(() => document.documentElement.dataset.reportId ?? '');
const amendments = async (): Promise<Annotation[]> => {
  const result = await app.services.handlers.listAnnotations(APP_FRAME, { reportId: await reportId() });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.annotations.filter((a) => a.kind === 'amendment' && a.deletedAt === undefined);
};
/** The text of the block holding the first amendment mark, as the DOM has it (what selections count in). */
const markedBlockText = () =>
  page.evaluate(() => document.querySelector('mark.amend')?.closest('[data-block-id]')?.textContent ?? '');
const suggest = async (words: string) => {
  await selectTextIn(page, words);
  await page.getByRole('toolbar', { name: '批注' }).getByRole('button', { name: '建议修改' }).click();
  await expect.poll(() => editor().count()).toBe(1);
};

describe('amendments', () => {
  it('asks for the new words before it saves, and saves nothing when cancelled', async () => {
    await suggest(WORDS);
    await editor().getByRole('button', { name: '保存' }).click();
    await expect.poll(() => editor().getByRole('alert').textContent()).toBe('请填写修改后的文字');
    await editor().getByRole('button', { name: '取消' }).click();
    await expect.poll(() => editor().count()).toBe(0);
    expect(await amendments()).toEqual([]);
    expect(await page.locator('mark.amend').count()).toBe(0);
  });

  it('proposes new wording: the old words struck, the new drawn after them, the report text unchanged', async () => {
    const before = await page.evaluate(
      (w) =>
        [...document.querySelectorAll('[data-block-id]')].find((b) => b.textContent?.includes(w))
          ?.textContent,
      WORDS,
    );
    await suggest(WORDS);
    await expect
      .poll(() => editor().getByRole('radio', { name: '改为' }).getAttribute('aria-checked'))
      .toBe('true');
    await editor().getByLabel('修改后的文字').fill('机电装备制造产业园');
    await editor().getByLabel('理由（可不填）').fill('与规划名称一致');
    await screenshot(page, 'amendment-editor');
    expect(blocking(await runAxe(page, '.amendment-editor'))).toEqual([]);
    await editor().getByRole('button', { name: '保存' }).click();
    await allSaved(page);
    const mark = page.locator('mark.amend');
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.textContent()).toBe(WORDS);
    expect(await mark.getAttribute('class')).toContain('amend--struck');
    expect(await mark.getAttribute('data-insert')).toBe('机电装备制造产业园');
    const drawn = await mark.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(drawn).toBe('"机电装备制造产业园"');
    expect(await markedBlockText()).toBe(before);
    const [stored] = await amendments();
    expect(stored?.amendment).toEqual({ action: 'replace', text: '机电装备制造产业园' });
    expect(stored?.note).toBe('与规划名称一致');
    expect(stored?.target.exact).toBe(WORDS);
    await screenshot(page, 'amendment-in-text');
  });

  it('adds words after others, kept rather than struck', async () => {
    await suggest('中通快递物流园开工建设');
    await editor().getByRole('radio', { name: '在其后增加' }).click();
    await editor().getByLabel('增加的文字').fill('，年内完成主体工程');
    await editor().getByRole('button', { name: '保存' }).click();
    await allSaved(page);
    const added = page.locator('mark.amend--kept');
    await expect.poll(() => added.count()).toBe(1);
    expect(await added.textContent()).toBe('中通快递物流园开工建设');
    expect(await added.getAttribute('data-insert')).toBe('，年内完成主体工程');
    expect((await amendments()).map((a) => a.amendment?.action).sort()).toEqual(['insertAfter', 'replace']);
  });

  it('lists both in the 批注 pane with the change spelled out', async () => {
    await page.getByRole('tab', { name: /批注/ }).click();
    const cards = page.locator('.note-card__amendment');
    await expect.poll(() => cards.count()).toBe(2);
    // A kind of its own in the filter, not 未标颜色.
    const chip = page.locator('.notes__colors [data-color="amendment"]');
    expect(await chip.textContent()).toBe('修改意见 2');
    expect(await page.locator('.notes__colors [data-color="none"]').count()).toBe(0);
    const texts = await cards.allTextContents();
    expect(texts.some((text) => text.includes('改为') && text.includes('机电装备制造产业园'))).toBe(true);
    expect(texts.some((text) => text.includes('在其后增加') && text.includes('年内完成主体工程'))).toBe(true);
    expect(await page.locator('.note-card__amendment del').first().textContent()).toBeTruthy();
    await screenshot(page, 'amendment-cards');
  });

  it('turns one into a deletion with Esc keeping the change, and keeps it after a restart', async () => {
    await page.locator('mark.amend--struck').first().click();
    await expect.poll(() => editor().count()).toBe(1);
    await editor().getByRole('radio', { name: '删去' }).click();
    await expect.poll(() => editor().getByLabel('修改后的文字').count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => editor().count()).toBe(0);
    await allSaved(page);
    await expect
      .poll(async () => (await amendments()).find((a) => a.target.exact === WORDS)?.amendment)
      .toEqual({ action: 'delete', text: '' });

    app = await restartApp(browser, app);
    page = app.page;
    await page.waitForFunction(() => document.documentElement.dataset.annotations === '2');
    const struck = page.locator('mark.amend--struck');
    await expect.poll(() => struck.count()).toBe(1);
    expect(await struck.getAttribute('data-insert')).toBeNull();
    await expect.poll(() => page.locator('mark.amend--kept').count()).toBe(1);
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      await struck.scrollIntoViewIfNeeded();
      await screenshot(page, `amendment-${theme}`);
      // The struck and the added words keep their contrast in both themes.
      expect(blocking(await runAxe(page, '[data-block-id]:has(mark.amend)'))).toEqual([]);
    }
    await page.evaluate(() => delete document.documentElement.dataset.theme);
  });

  it('deletes an amendment from its editor', async () => {
    await page.locator('mark.amend--kept').click();
    await editor().getByRole('button', { name: '删除此修改意见' }).click();
    await allSaved(page);
    await expect.poll(() => page.locator('mark.amend--kept').count()).toBe(0);
    expect((await amendments()).map((a) => a.amendment?.action)).toEqual(['delete']);
  });
});
