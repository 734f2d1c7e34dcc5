/**
 * Accessibility of every main screen (issue 14): axe-core on the reader in both themes, each pane, the dialogs,
 * the print preview and the first-run welcome. No serious or critical violation may remain. Every screen is
 * also photographed at 1024×700 and 1920×1080. The counts are written to tests/.artifacts/axe.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allSaved,
  ARTIFACTS,
  blocking,
  openApp,
  removeDir,
  runAxe,
  screenshot,
  selectTextIn,
  unreachableScrollers,
  startSuite,
  waitForReady,
  type AppPage,
  type AxeViolation,
} from './harness';

let browser: Browser;
let app: AppPage;
let page: Page;
const report: Record<string, { total: number; blocking: number; rules: Record<string, number> }> = {};
const details: Record<string, AxeViolation[]> = {};

beforeAll(async () => {
  ({ browser, app, page } = await startSuite());
  await page.waitForFunction(() => document.documentElement.dataset.annotations !== undefined);
  await selectTextIn(page, '432.7亿元');
  await page.getByRole('toolbar', { name: '批注' }).getByRole('button', { name: '标为“数据核对”' }).click();
  await allSaved(page);
});

afterAll(async () => {
  writeFileSync(join(ARTIFACTS, 'axe.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(ARTIFACTS, 'axe-details.json'), `${JSON.stringify(details, null, 2)}\n`);
  await endAll();
});

async function endAll(): Promise<void> {
  await app.close();
  await browser.close();
  removeDir(app.dataDir);
}

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1920, height: 1080 },
] as const;

/**
 * Runs axe on the screen at both window sizes (a pane may only scroll, or text only wrap, in the smaller one),
 * photographs it at each, and records the counts. Returns the serious and critical violations.
 */
async function audit(name: string, on: Page = page): Promise<AxeViolation[]> {
  // A confirmation fading out is between two states: audit the screen once it has gone.
  await on.waitForFunction(() => document.querySelector('.notices [data-kind="done"]') === null, undefined, {
    timeout: 30_000,
  });
  const before = on.viewportSize();
  const found: AxeViolation[] = [];
  for (const size of SIZES) {
    await on.setViewportSize(size);
    const violations = [...(await runAxe(on)), ...(await unreachableScrollers(on))];
    for (const v of violations) {
      const same = found.find((f) => f.id === v.id);
      if (!same) found.push(v);
      else if (v.count > same.count) Object.assign(same, v);
    }
    await screenshot(on, `a11y-${name}-${size.width}`);
  }
  if (before) await on.setViewportSize(before);
  const bad = blocking(found);
  report[name] = {
    total: found.reduce((n, v) => n + v.count, 0),
    blocking: bad.reduce((n, v) => n + v.count, 0),
    rules: Object.fromEntries(found.map((v) => [`${v.id} (${v.impact})`, v.count])),
  };
  details[name] = found;
  return bad;
}

async function setTheme(theme: 'light' | 'dark'): Promise<void> {
  const button = page.locator('[data-theme-setting]');
  while ((await button.getAttribute('data-theme-setting')) !== theme) await button.click();
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
}

for (const theme of ['light', 'dark'] as const) {
  describe(`every screen in the ${theme} theme has no serious or critical axe violation`, () => {
    beforeAll(() => setTheme(theme));

    it('the reader with 目录 and 名词解释', async () => {
      await page.getByRole('tab', { name: '目录' }).click();
      await page.getByRole('tab', { name: '名词解释' }).click();
      expect.soft(await audit(`reader-${theme}`)).toEqual([]);
    });

    it('the search pane with results', async () => {
      await page.keyboard.press('Control+f');
      await page.getByRole('searchbox').fill('高质量发展');
      await expect.poll(() => page.locator('.search__result').count()).toBeGreaterThan(0);
      expect.soft(await audit(`search-${theme}`)).toEqual([]);
      await page.getByRole('tab', { name: '目录' }).click();
    });

    it('the 批注 pane', async () => {
      await page.getByRole('tab', { name: /批注/ }).click();
      await expect.poll(() => page.locator('.note-card').count()).toBeGreaterThan(0);
      expect.soft(await audit(`annotations-${theme}`)).toEqual([]);
      await page.getByRole('tab', { name: '名词解释' }).click();
    });

    it('the selection toolbar and the note editor', async () => {
      await selectTextIn(page, '丹河新城实现了由');
      await expect.poll(() => page.getByRole('toolbar', { name: '批注' }).count()).toBe(1);
      expect.soft(await audit(`selection-${theme}`)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.locator('mark.hl').first().click();
      const editor = page.getByRole('dialog', { name: '编辑批注' });
      await expect.poll(() => editor.count()).toBe(1);
      expect.soft(await audit(`editor-${theme}`)).toEqual([]);
      await editor.getByRole('button', { name: '完成' }).click();
    });

    it('the recent reports and the shortcuts dialog', async () => {
      await page.getByRole('button', { name: '最近打开' }).click();
      expect.soft(await audit(`recent-${theme}`)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
      expect.soft(await audit(`shortcuts-${theme}`)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    });

    it('the share dialog', async () => {
      await page.getByRole('tab', { name: /批注/ }).click();
      await page.getByRole('button', { name: '分享我的批注…' }).click();
      const dialog = page.getByRole('dialog', { name: '分享我的批注' });
      await expect.poll(() => dialog.count()).toBe(1);
      expect.soft(await audit(`share-${theme}`)).toEqual([]);
      const pack = join(app.dataDir, `a11y-${theme}.yandu.json`);
      app.services.saveDialogAnswers.push(pack);
      await dialog.getByRole('button', { name: '保存分享文件…' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
    });

    it('the import preview', async () => {
      const pack = join(app.dataDir, `a11y-${theme}.yandu.json`);
      app.services.dialogAnswers.push([pack]);
      await page.getByRole('button', { name: '导入小组批注…' }).click();
      const dialog = page.getByRole('dialog', { name: '导入小组成员的批注' });
      await expect.poll(() => dialog.count()).toBe(1);
      expect.soft(await audit(`import-${theme}`)).toEqual([]);
      await dialog.getByRole('button', { name: '取消' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      await page.getByRole('tab', { name: '名词解释' }).click();
    });

    it('a term’s definition on hover', async () => {
      const term = page.locator('.term[data-term-id]').first();
      await term.scrollIntoViewIfNeeded();
      await term.hover();
      await expect.poll(() => page.getByRole('tooltip').count()).toBe(1);
      expect.soft(await audit(`tooltip-${theme}`)).toEqual([]);
      await page.mouse.move(0, 0);
    });

    it('名词解释 floating over the text in a narrow window', async () => {
      await page.setViewportSize({ width: 1024, height: 700 });
      await page.getByRole('button', { name: '显示/隐藏名词解释' }).click({ timeout: 5000 });
      await expect.poll(() => page.locator('#right-pane').getAttribute('data-mode')).toBe('overlay');
      expect.soft(await audit(`overlay-${theme}`)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.setViewportSize({ width: 1440, height: 900 });
    });

    it('the print preview', async () => {
      await page.keyboard.press('Control+p');
      const preview = page.getByRole('dialog', { name: '打印与导出' });
      await expect.poll(() => preview.count()).toBe(1);
      await page.waitForFunction(() => document.documentElement.dataset.printReady !== undefined);
      expect.soft(await audit(`print-${theme}`)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => preview.count()).toBe(0);
    });
  });
}

/**
 * What an element looks like with the colours taken away: its visible borders, shadows, weight, decoration and
 * outline. Two states that differ only in colour have the same shape.
 */
async function shapeOf(on: Page, selector: string): Promise<string> {
  return on
    .locator(selector)
    .first()
    .evaluate((el) => {
      const style = getComputedStyle(el);
      const transparent = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
      const borders = (['top', 'right', 'bottom', 'left'] as const)
        .filter(
          (side) =>
            parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0 &&
            style.getPropertyValue(`border-${side}-style`) !== 'none' &&
            !transparent(style.getPropertyValue(`border-${side}-color`)),
        )
        .join(',');
      return JSON.stringify({
        borders,
        shadow: style.boxShadow.replace(/rgba?\([^)]*\)|#[0-9a-f]+/gi, 'C'),
        weight: style.fontWeight,
        decoration: style.textDecorationLine,
        outline: style.outlineStyle,
      });
    });
}

describe('no information by colour alone', () => {
  it('shows the pressed pane toggles, the current section, the current report and the current hit by shape too', async () => {
    await setTheme('light');
    // A pressed toggle (the pane shown) against the same toggle unpressed.
    const toggle = 'button[aria-label="显示/隐藏名词解释"]';
    const pressed = await shapeOf(page, toggle);
    await page.locator(toggle).click();
    await expect.poll(() => page.locator(toggle).getAttribute('aria-pressed')).toBe('false');
    await page.mouse.move(0, 400);
    const unpressed = await shapeOf(page, toggle);
    await page.locator(toggle).click();
    expect.soft(pressed).not.toBe(unpressed);

    // The part being read against another part in 目录.
    await page.getByRole('tab', { name: '目录' }).click();
    await page.locator('.outline__item', { hasText: '（三）' }).first().click();
    await expect.poll(() => page.locator('.outline__item--level1.is-current').count()).toBe(1);
    await page.mouse.move(0, 600);
    expect
      .soft(await shapeOf(page, '.outline__item--level1.is-current'))
      .not.toBe(await shapeOf(page, '.outline__item--level1:not(.is-current)'));

    // The report open now against another one in 最近打开 (the same row, before and after it opens).
    const fresh = await openApp(browser);
    try {
      await waitForReady(fresh.page);
      await fresh.page.getByRole('button', { name: '最近打开' }).click();
      await fresh.page.mouse.move(0, 600);
      const current = await shapeOf(fresh.page, '.recent-list li.is-current');
      await fresh.page.evaluate(() =>
        document.querySelector('.recent-list li.is-current')?.classList.remove('is-current'),
      );
      expect.soft(current).not.toBe(await shapeOf(fresh.page, '.recent-list li'));
    } finally {
      await fresh.close();
      removeDir(fresh.dataDir);
    }

    // The search hit being stepped against the other hits.
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox').fill('高质量发展');
    await page.getByRole('searchbox').press('Enter');
    await expect.poll(() => page.locator('.search-hit--current').count()).toBe(1);
    expect
      .soft(await shapeOf(page, '.search-hit--current'))
      .not.toBe(await shapeOf(page, '.search-hit:not(.search-hit--current)'));
    await page.getByRole('searchbox').fill('');
    await page.getByRole('tab', { name: '目录' }).click();
  });
});

describe('the first-run welcome', () => {
  it('has no serious or critical axe violation in either theme', async () => {
    const fresh = await openApp(browser, { authorName: '' });
    try {
      await waitForReady(fresh.page);
      const welcome = fresh.page.getByRole('dialog');
      await expect.poll(() => welcome.count()).toBe(1);
      const bad = await audit('welcome-light', fresh.page);
      await fresh.page.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(() => fresh.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect.soft([...bad, ...(await audit('welcome-dark', fresh.page))]).toEqual([]);
    } finally {
      await fresh.close();
      removeDir(fresh.dataDir);
    }
  });
});
