/**
 * Study groups end to end (issue #6): two members annotate on their own data folders, share packs, import each
 * other's, see both layers, re-import without change, hide / remove a layer, adopt a note; and the first-run welcome.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation, AnnotationPack } from '../../core/annotations/model';
import {
  allSaved,
  launchBrowser,
  openApp,
  removeDir,
  screenshot,
  selectTextIn,
  waitForReady,
  type AppPage,
} from './harness';

const APP_FRAME = { senderFrame: { url: 'yandu://app/index.html' } };
let browser: Browser;
let zhang: AppPage;
let li: AppPage;

beforeAll(async () => {
  browser = await launchBrowser();
  zhang = await openApp(browser, { authorName: '张伟' });
  li = await openApp(browser, { authorName: '李娜' });
  for (const app of [zhang, li]) {
    await waitForReady(app.page);
    await app.page.waitForFunction(() => document.documentElement.dataset.annotations !== undefined);
  }
});

afterAll(async () => {
  for (const app of [zhang, li]) {
    await app?.close();
    if (app) removeDir(app.dataDir);
  }
  await browser?.close();
});

const reportId = (page: Page) => page.evaluate(() => document.documentElement.dataset.reportId ?? '');
async function stored(app: AppPage): Promise<Annotation[]> {
  const result = await app.services.handlers.listAnnotations(APP_FRAME, {
    reportId: await reportId(app.page),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.annotations;
}

async function highlight(app: AppPage, text: string, label: string): Promise<void> {
  await selectTextIn(app.page, text);
  await app.page
    .getByRole('toolbar', { name: '批注' })
    .getByRole('button', { name: `标为“${label}”` })
    .click();
  await allSaved(app.page);
}

async function share(app: AppPage, file: string): Promise<AnnotationPack> {
  app.services.saveDialogAnswers.push(file);
  await app.page.getByRole('tab', { name: /批注/ }).click();
  await app.page.getByRole('button', { name: '分享我的批注…' }).click();
  const dialog = app.page.getByRole('dialog', { name: '分享我的批注' });
  await expect.poll(() => dialog.getByTestId('share-count').textContent()).toMatch(/将分享 \d+ 条批注/);
  await screenshot(app.page, 'share-dialog');
  await dialog.getByRole('button', { name: '保存分享文件…' }).click();
  await expect.poll(() => dialog.count()).toBe(0);
  return JSON.parse(readFileSync(file, 'utf8')) as AnnotationPack;
}

async function openImport(app: AppPage, files: string[]) {
  app.services.dialogAnswers.push(files);
  await app.page.getByRole('tab', { name: /批注/ }).click();
  await app.page.getByRole('button', { name: '导入小组批注…' }).click();
  const dialog = app.page.getByRole('dialog', { name: '导入小组成员的批注' });
  await expect.poll(() => dialog.count()).toBe(1);
  return dialog;
}

const cell = (dialog: ReturnType<Page['getByRole']>, member: string, column: string) =>
  dialog.locator(`tr[data-member="${member}"] td[data-column="${column}"]`).textContent();

let zhangPack: string;
let liPack: string;

describe('study group exchange', () => {
  it('each member annotates alone and shares a pack of their own notes', async () => {
    await highlight(zhang, '432.7亿元', '数据核对');
    await highlight(zhang, '丹河新城实现了由', '重点');
    await highlight(li, '432.7亿元', '疑问');
    await highlight(li, '第一方阵', '建议');
    zhangPack = join(zhang.dataDir, '张伟.yandu.json');
    liPack = join(li.dataDir, '李娜.yandu.json');
    const fromZhang = await share(zhang, zhangPack);
    expect(fromZhang.exportedBy.name).toBe('张伟');
    expect(fromZhang.annotations.map((a) => a.target.exact).sort()).toEqual([
      '432.7亿元',
      '丹河新城实现了由',
    ]);
    expect(fromZhang.annotations.every((a) => a.author.name === '张伟')).toBe(true);
    const fromLi = await share(li, liPack);
    expect(fromLi.annotations).toHaveLength(2);
  });

  it('imports a member’s pack after a preview: their notes become a read-only layer', async () => {
    const dialog = await openImport(li, [zhangPack]);
    await expect(cell(dialog, '张伟', 'added')).resolves.toBe('2');
    await screenshot(li.page, 'import-preview');
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(async () => (await stored(li)).length).toBe(4);
    await expect.poll(() => li.page.locator('mark.hl--member').count()).toBeGreaterThan(0);
    const layers = li.page.getByTestId('layers');
    await expect(layers.locator('[data-layer="张伟"] .pane__count').textContent()).resolves.toBe('2');
    await expect.poll(() => li.page.locator('.note-card[data-author="张伟"]').count()).toBe(2);
    await screenshot(li.page, 'layers-view');
  });

  it('importing the same pack again changes nothing', async () => {
    const before = await stored(li);
    const dialog = await openImport(li, [zhangPack]);
    await expect(cell(dialog, '张伟', 'unchanged')).resolves.toBe('2');
    await expect(cell(dialog, '张伟', 'added')).resolves.toBe('0');
    expect(await dialog.getByRole('button', { name: '导入', exact: true }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await stored(li)).toEqual(before);
  });

  it('shows where several members marked the same words, and arranges notes by member', async () => {
    await li.page.getByRole('radio', { name: /讨论点/ }).click();
    const points = li.page.locator('[data-discussion]');
    await expect.poll(() => points.count()).toBe(1);
    await expect(points.first().locator('.discussion__quote').textContent()).resolves.toBe('432.7亿元');
    await expect(points.first().locator('.note-card').count()).resolves.toBe(2);
    await screenshot(li.page, 'discussion-points');
    await li.page.getByRole('radio', { name: '按成员' }).click();
    await expect.poll(() => li.page.locator('[data-member-group]').count()).toBe(2);
    await li.page.getByRole('radio', { name: '按章节' }).click();
  });

  it('hides and shows a layer without touching its notes', async () => {
    await li.page.getByLabel('显示张伟的批注').uncheck();
    await expect.poll(() => li.page.locator('mark.hl--member').count()).toBe(0);
    await expect.poll(() => li.page.locator('.note-card[data-author="张伟"]').count()).toBe(0);
    expect(await stored(li)).toHaveLength(4);
    await li.page.getByLabel('显示张伟的批注').check();
    await expect.poll(() => li.page.locator('.note-card[data-author="张伟"]').count()).toBe(2);
  });

  it('keeps other members’ notes read-only, and adopts one into mine', async () => {
    await li.page.locator('mark.hl--member').filter({ hasText: '丹河新城' }).click();
    const editor = li.page.getByRole('dialog', { name: '编辑批注' });
    await expect(editor.locator('.annotation-editor__owner').textContent()).resolves.toBe(
      '张伟的批注（只读）',
    );
    expect(await editor.getByRole('button', { name: '删除' }).count()).toBe(0);
    await screenshot(li.page, 'member-note-readonly');
    await editor.getByRole('button', { name: '采用为我的批注' }).click();
    await allSaved(li.page);
    const all = await stored(li);
    expect(all).toHaveLength(5);
    const adopted = all.filter((a) => a.target.exact === '丹河新城实现了由');
    expect(adopted.map((a) => a.author.name).sort()).toEqual(['张伟', '李娜']);
    // Main refuses to change someone else's note even if asked directly.
    const theirs = adopted.find((a) => a.author.name === '张伟')!;
    const refused = await li.services.handlers.deleteAnnotation(APP_FRAME, {
      reportId: theirs.reportId,
      id: theirs.id,
    });
    expect(refused.ok).toBe(false);
  });

  it('removes a layer after asking, and a re-import brings it back', async () => {
    await li.page
      .getByTestId('layers')
      .locator('[data-layer="张伟"]')
      .getByRole('button', { name: '移除' })
      .click();
    const confirm = li.page.getByRole('dialog', { name: '移除' });
    await confirm.getByRole('button', { name: '移除' }).click();
    await expect.poll(async () => (await stored(li)).length).toBe(3);
    await expect.poll(() => li.page.getByTestId('layers').count()).toBe(0);
    const dialog = await openImport(li, [zhangPack]);
    await expect(cell(dialog, '张伟', 'added')).resolves.toBe('2');
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(async () => (await stored(li)).length).toBe(5);
  });

  it('the other member imports too: both see both layers', async () => {
    const dialog = await openImport(zhang, [liPack]);
    await expect(cell(dialog, '李娜', 'added')).resolves.toBe('2');
    await dialog.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(async () => (await stored(zhang)).length).toBe(4);
    await expect(
      zhang.page.getByTestId('layers').locator('[data-layer="李娜"] .pane__count').textContent(),
    ).resolves.toBe('2');
    await screenshot(zhang.page, 'layers-view-other-member');
    // Printing with two layers: my notes by default, the other member's on request.
    await zhang.page.getByRole('button', { name: '打印与导出…' }).click();
    const print = zhang.page.getByRole('dialog', { name: '打印与导出' });
    await zhang.page.waitForFunction(() => document.documentElement.dataset.printReady === 'notes:2');
    await print.getByRole('checkbox', { name: '李娜' }).check();
    await zhang.page.waitForFunction(() => document.documentElement.dataset.printReady === 'notes:4');
    await screenshot(zhang.page, 'print-preview-members');
    await print.getByRole('button', { name: '关闭' }).click();
    // The same view in the dark theme and in English, to look at marks and labels there too.
    await zhang.page.keyboard.press('Control+Shift+L');
    await zhang.page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await zhang.page.getByRole('radio', { name: /讨论点/ }).click();
    await screenshot(zhang.page, 'layers-dark');
    await zhang.page.keyboard.press('Control+Shift+L');
    await zhang.page.getByRole('radio', { name: '按章节' }).click();
  });

  it('draws my highlight on top of a member’s on the same words, and asks which to open, mine first', async () => {
    const page = zhang.page;
    // 张伟 marked 432.7亿元 数据核对 first; 李娜's 疑问 on the same words is newer, and is drawn under mine.
    const both = page.locator('mark.hl', { hasText: '432.7亿元' });
    await both.scrollIntoViewIfNeeded();
    const classes = (await both.getAttribute('class')) ?? '';
    expect(classes).toContain('hl--blue');
    expect(classes).toContain('hl--overlap');
    expect(classes).toContain('hl--member');
    await expect(both.evaluate((el) => el.style.boxShadow)).resolves.toContain('--hl-red-ink');
    await screenshot(page, 'members-overlap');
    await both.click();
    const chooser = page.getByRole('dialog', { name: '这里有 2 条批注，请选择一条' });
    await expect.poll(() => chooser.count()).toBe(1);
    const items = chooser.locator('.highlight-chooser__item');
    await expect(items.nth(0).textContent()).resolves.toMatch(/数据核对我/);
    await expect(items.nth(1).textContent()).resolves.toMatch(/疑问.*李娜/);
    await screenshot(page, 'members-chooser');
    await items.nth(1).click();
    const editor = page.getByRole('dialog', { name: '编辑批注' });
    await expect(editor.locator('.annotation-editor__owner').textContent()).resolves.toBe(
      '李娜的批注（只读）',
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => editor.count()).toBe(0);
  });

  it('fits a member’s note editor in a 1024×700 window, with 采用 and 完成 in view', async () => {
    const page = zhang.page;
    await page.setViewportSize({ width: 1024, height: 700 });
    try {
      const mark = page.locator('mark.hl--member', { hasText: '第一方阵' });
      for (const bottom of [200, 320, 420, 500, 600, 690]) {
        await mark.evaluate((el, y) => {
          const scroller = document.getElementById('reader-scroll')!;
          scroller.scrollTop += el.getBoundingClientRect().bottom - y;
        }, bottom);
        await mark.click();
        const editor = page.getByRole('dialog', { name: '编辑批注' });
        await expect.poll(() => editor.count()).toBe(1);
        const box = (await editor.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(700);
        for (const name of ['采用为我的批注', '完成']) {
          const button = (await editor.getByRole('button', { name }).boundingBox())!;
          expect(button.y + button.height).toBeLessThanOrEqual(700);
        }
        expect(await editor.evaluate((el) => el.contains(document.activeElement))).toBe(true);
        if (bottom === 420) await screenshot(page, 'member-note-editor-1024');
        await page.keyboard.press('Escape');
        await expect.poll(() => editor.count()).toBe(0);
      }
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it('refuses a bad pack with a Chinese message and changes nothing', async () => {
    const before = await stored(zhang);
    const bogus = join(zhang.dataDir, 'bogus.yandu.json');
    writeFileSync(bogus, '{"format":"yandu.annotations","version":99,"annotations":[]}');
    zhang.services.dialogAnswers.push([liPack, bogus]);
    await zhang.page.getByRole('button', { name: '导入小组批注…' }).click();
    await expect.poll(() => zhang.page.getByRole('alert').last().textContent()).toContain('更新版本');
    expect(await zhang.page.getByRole('dialog', { name: '导入小组成员的批注' }).count()).toBe(0);
    expect(await stored(zhang)).toEqual(before);
  });
});

describe('forged packs', () => {
  it('refuses versions that would change someone else’s notes, and says so in the preview', async () => {
    const before = await stored(zhang);
    const mine = before.find((a) => a.author.name === '张伟')!;
    const forged = join(zhang.dataDir, 'forged.yandu.json');
    const later = '2030-01-01T00:00:00.000Z';
    const pack = JSON.parse(readFileSync(liPack, 'utf8')) as AnnotationPack;
    pack.annotations = [{ ...mine, note: '被改写', author: pack.exportedBy, updatedAt: later }];
    writeFileSync(forged, JSON.stringify(pack));
    const dialog = await openImport(zhang, [forged]);
    await expect(cell(dialog, '李娜', 'refused')).resolves.toBe('1');
    await screenshot(zhang.page, 'import-refused');
    expect(await dialog.getByRole('button', { name: '导入', exact: true }).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await stored(zhang)).toEqual(before);
  });
});

describe('first run', () => {
  it('asks for the name notes are signed with, and uses it', async () => {
    const fresh = await openApp(browser, { authorName: '' });
    try {
      await waitForReady(fresh.page);
      const welcome = fresh.page.getByRole('dialog', { name: '欢迎使用研读' });
      await expect.poll(() => welcome.count()).toBe(1);
      await screenshot(fresh.page, 'welcome');
      await welcome.getByLabel('您的姓名').fill('王芳');
      await welcome.getByLabel('学习小组（可选）').fill('第三代表小组');
      await welcome.getByRole('button', { name: '开始阅读' }).click();
      await expect.poll(() => welcome.count()).toBe(0);
      await fresh.page.waitForFunction(() => document.documentElement.dataset.annotations !== undefined);
      await highlight(fresh, '第一方阵', '重点');
      const [note] = await stored(fresh);
      expect(note?.author.name).toBe('王芳');
    } finally {
      await fresh.close();
      removeDir(fresh.dataDir);
    }
  });
});
