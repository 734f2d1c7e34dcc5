/** Highlights and notes end to end: select → colour → note → 批注 pane → undo/redo → restart → still there. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/annotations/model';
import {
  endSuite,
  restartApp,
  screenshot,
  selectTextIn,
  startSuite,
  waitForReady,
  type AppPage,
} from './harness';

let browser: Browser;
let app: AppPage;
let page: Page;
const APP_FRAME = { senderFrame: { url: 'yandu://app/index.html' } };

beforeAll(async () => {
  ({ browser, app, page } = await startSuite());
  await page.waitForFunction(() => document.documentElement.dataset.annotations !== undefined);
});

afterAll(() => endSuite({ browser, app }));

const selectText = (text: string) => selectTextIn(page, text);
const saved = () => page.waitForFunction(() => document.documentElement.dataset.pendingSaves === '0');
const stored = async (): Promise<Annotation[]> => {
  const result = await app.services.handlers.listAnnotations(APP_FRAME, { reportId: await reportId() });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.annotations;
};
const reportId = () => page.evaluate(() => document.documentElement.dataset.reportId ?? '');
const openBackupMenu = () => page.getByRole('button', { name: '备份与恢复' }).click();
/** The number a colour chip of the 批注 pane shows. */
const chipCount = (key: string) =>
  page.locator(`.notes__colors [data-color="${key}"] .chip__count`).textContent().then(Number);
/** How many lines an element's text takes on screen. */
const lineCount = (selector: string) =>
  page.evaluate((sel) => {
    return [...document.querySelectorAll(sel)].map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
  }, selector);

describe('highlights and notes', () => {
  it('highlights a selection in a meaningful colour, acknowledged on disk', async () => {
    await selectText('432.7亿元');
    const toolbar = page.getByRole('toolbar', { name: '批注' });
    await expect.poll(() => toolbar.count()).toBe(1);
    await screenshot(page, 'selection-toolbar');
    await toolbar.getByRole('button', { name: '标为“数据核对”' }).click();
    await expect.poll(() => page.locator('mark.hl--blue').textContent()).toBe('432.7亿元');
    await saved();
    const [annotation] = await stored();
    expect(annotation?.target.exact).toBe('432.7亿元');
    expect(annotation?.color).toBe('blue');
  });

  it('edits the note and tags of a highlight, and copes with hostile text', async () => {
    await page.locator('mark.hl--blue').click();
    const editor = page.getByRole('dialog', { name: '编辑批注' });
    const hostile =
      '核实增速口径 <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> 😀 مرحبا';
    await editor.getByLabel('批注内容').fill(hostile);
    await editor.getByLabel('标签').fill('数据, 审议');
    await screenshot(page, 'annotation-editor');
    await editor.getByRole('button', { name: '完成' }).click();
    await saved();
    const [annotation] = await stored();
    expect(annotation?.note).toBe(hostile);
    expect(annotation?.tags).toEqual(['数据', '审议']);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('lists annotations in the 批注 pane with citation, label, quote, note and tags, and filters them', async () => {
    await selectText('丹河新城实现了由');
    await page.getByRole('toolbar', { name: '批注' }).getByRole('button', { name: '标为“重点”' }).click();
    await saved();
    await page.getByRole('tab', { name: /批注/ }).click();
    const cards = page.locator('.note-card');
    await expect.poll(() => cards.count()).toBe(2);
    const first = cards.first();
    await expect(first.locator('.note-card__place').textContent()).resolves.toBe('第一部分第2段');
    await expect(first.locator('.note-card__note').textContent()).resolves.toContain('<img src=x');
    await expect(first.locator('.tag').allTextContents()).resolves.toEqual(['#数据', '#审议']);
    await page.locator('.notes__colors [data-color="yellow"]').click();
    await expect.poll(() => cards.count()).toBe(1);
    await page.getByRole('radio', { name: /全部/ }).click();
    await page.getByLabel('筛选批注').fill('口径');
    await expect.poll(() => cards.count()).toBe(1);
    await page.getByLabel('筛选批注').fill('');
    await page.getByLabel('按章节筛选').selectOption('p1');
    await expect.poll(() => cards.count()).toBe(2);
    await page.getByLabel('按章节筛选').selectOption('p2');
    await expect.poll(() => cards.count()).toBe(0);
    await page.getByLabel('按章节筛选').selectOption('');
    await expect.poll(() => cards.count()).toBe(2);
    // A card takes the reader to its highlight and flashes it.
    await cards.first().locator('.note-card__open').click();
    await expect.poll(() => page.locator('mark.hl--blue.flash').count()).toBe(1);
    await screenshot(page, 'annotations-pane');
  });

  it('undoes and redoes annotation actions with Ctrl+Z and Ctrl+Shift+Z', async () => {
    await page.locator('#reader-scroll').focus();
    await page.keyboard.press('Control+z');
    await saved();
    await expect.poll(() => page.locator('mark.hl--yellow').count()).toBe(0);
    expect((await stored()).length).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    await saved();
    await expect.poll(() => page.locator('mark.hl--yellow').count()).toBeGreaterThan(0);
    expect((await stored()).length).toBe(2);
  });

  it('keeps everything after the main side restarts on the same data folder', async () => {
    app = await restartApp(browser, app);
    page = app.page;
    await page.waitForFunction(() => document.documentElement.dataset.annotations === '2');
    await expect(page.locator('mark.hl--blue').textContent()).resolves.toBe('432.7亿元');
    await expect.poll(() => page.locator('mark.hl--yellow').count()).toBeGreaterThan(0);
  });

  it('lists an annotation whose text is no longer in the report as 未定位, without dropping it', async () => {
    const [template] = await stored();
    if (!template) throw new Error('no annotation stored');
    const orphan: Annotation = {
      ...template,
      id: 'orphan-1',
      target: {
        blockId: 'p1-2',
        start: 3,
        end: 12,
        exact: '这句话已经不在报告里了',
        prefix: '另一个版本的报告中，',
        suffix: '，此处已被删去。',
      },
      note: '旧版本上的批注',
    };
    const result = await app.services.handlers.saveAnnotation(APP_FRAME, { annotation: orphan });
    expect(result.ok).toBe(true);
    await page.reload();
    await waitForReady(page);
    await page.getByRole('tab', { name: /批注/ }).click();
    const orphans = page.locator('.notes__orphans .note-card');
    await expect.poll(() => orphans.count()).toBe(1);
    await expect(orphans.locator('.note-card__quote').textContent()).resolves.toBe('这句话已经不在报告里了');
    await screenshot(page, 'annotations-orphan');
  });

  it('finds notes in search under 我的批注', async () => {
    await page.locator('#reader-scroll').focus();
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: '搜索报告' }).fill('口径');
    const notesGroup = page.locator('[data-group="notes"] .search__result');
    await expect.poll(() => notesGroup.count()).toBe(1);
    await expect(notesGroup.locator('.search__place').textContent()).resolves.toBe('第一部分第2段');
    await page.getByRole('searchbox', { name: '搜索报告' }).fill('');
  });

  it('exports a backup and restores it after a preview, all or nothing', async () => {
    const backup = join(app.dataDir, 'backup.yandu.json');
    app.services.saveDialogAnswers.push(backup);
    await page.getByRole('tab', { name: /批注/ }).click();
    await openBackupMenu();
    await screenshot(page, 'annotations-backup-menu');
    await page.getByRole('button', { name: '导出备份' }).click();
    await expect.poll(() => existsSync(backup)).toBe(true);
    const pack = JSON.parse(readFileSync(backup, 'utf8')) as { format: string; annotations: Annotation[] };
    expect(pack.format).toBe('yandu.annotations');
    expect(pack.annotations.filter((a) => !a.deletedAt)).toHaveLength(3);

    const jsonLd = join(app.dataDir, 'notes.jsonld');
    app.services.saveDialogAnswers.push(jsonLd);
    // A plain name; the format is in the tooltip.
    await openBackupMenu();
    const jsonLdButton = page.getByRole('button', { name: '导出为通用批注格式' });
    await expect(jsonLdButton.getAttribute('title')).resolves.toContain('JSON-LD');
    await jsonLdButton.click();
    await expect.poll(() => existsSync(jsonLd)).toBe(true);
    expect((JSON.parse(readFileSync(jsonLd, 'utf8')) as { type: string }).type).toBe('AnnotationCollection');

    // Delete one, then restore the backup: the preview says what changes, and the note comes back.
    await page.locator('mark.hl--yellow').first().click();
    await page.getByRole('dialog', { name: '编辑批注' }).getByRole('button', { name: '删除' }).click();
    await saved();
    expect(await stored()).toHaveLength(2);
    app.services.dialogAnswers.push([backup]);
    await openBackupMenu();
    await page.getByRole('button', { name: '从备份恢复…' }).click();
    const dialog = page.getByRole('dialog', { name: '从备份恢复批注' });
    await expect.poll(() => dialog.count()).toBe(1);
    await expect(page.getByTestId('restore-preview').textContent()).resolves.toContain('新增1');
    await screenshot(page, 'restore-preview');
    await dialog.getByRole('button', { name: '恢复 3 条批注' }).click();
    await expect.poll(async () => (await stored()).length).toBe(3);
    await expect.poll(() => page.locator('.notes > .notes__list .note-card').count()).toBe(2);

    // A file that is not a backup is refused with a Chinese message, and nothing changes.
    const bogus = join(app.dataDir, 'bogus.yandu.json');
    writeFileSync(bogus, '{"format":"something-else"');
    app.services.dialogAnswers.push([bogus]);
    await openBackupMenu();
    await page.getByRole('button', { name: '从备份恢复…' }).click();
    await expect.poll(() => page.getByRole('alert').last().textContent()).toContain('不是有效的 JSON');
    expect(await stored()).toHaveLength(3);
  });

  it('bookmarks a paragraph and writes a paragraph note shown in the margin when there is room', async () => {
    const paragraph = page.locator('[data-block-id="p1-3"]');
    await paragraph.scrollIntoViewIfNeeded();
    await paragraph.hover();
    await page.getByRole('button', { name: '书签' }).click();
    await saved();
    await expect.poll(() => paragraph.getAttribute('data-bookmarked')).toBe('true');
    await paragraph.hover();
    await page.getByRole('button', { name: '为本段写批注' }).click();
    const editor = page.getByRole('dialog', { name: '编辑批注' });
    await editor.getByLabel('批注内容').fill('建议补充项目清单');
    await editor.getByRole('button', { name: '完成' }).click();
    await saved();
    const kinds = (await stored()).map((a) => a.kind).sort();
    expect(kinds).toEqual(['bookmark', 'highlight', 'highlight', 'highlight', 'note']);
    // Neither is a colour: a bookmark is a bookmark, a paragraph note has a colour only once the user picks one.
    const made = (await stored()).filter((a) => a.kind !== 'highlight');
    expect(made.map((a) => [a.kind, a.color])).toEqual(
      expect.arrayContaining([
        ['bookmark', undefined],
        ['note', undefined],
      ]),
    );
    // In the pane: a bookmark card with the paragraph's opening words, counted apart from the colours.
    await page.getByRole('tab', { name: /批注/ }).click();
    const bookmarkCard = page.locator('.note-card--bookmark');
    await expect(bookmarkCard.locator('.chip').textContent()).resolves.toBe('⚑ 书签');
    await expect(bookmarkCard.locator('.note-card__quote').textContent()).resolves.toMatch(
      /^这一年，我们牢记嘱托/,
    );
    await expect(page.locator('.note-card--none .chip').textContent()).resolves.toBe('段落批注');
    expect(await chipCount('purple')).toBe(0);
    expect(await chipCount('bookmark')).toBe(1);
    expect(await chipCount('none')).toBe(1);
    expect(await chipCount('all')).toBe(5);
    await screenshot(page, 'annotations-bookmark-paragraph-note');
    // With only the glossary side closed there is room beside the page: the note shows there (before, only with
    // both panes hidden).
    await page.keyboard.press('Control+Shift+3');
    const marginNote = page.locator('.margin-note', { hasText: '建议补充项目清单' });
    await expect.poll(() => marginNote.isVisible()).toBe(true);
    const [note, pageBox, pane] = await Promise.all([
      marginNote.boundingBox(),
      page.locator('.report').boundingBox(),
      page.locator('#reader-scroll').boundingBox(),
    ]);
    // Beside the page, inside the pane.
    expect(note!.x).toBeGreaterThanOrEqual(pageBox!.x + pageBox!.width);
    expect(note!.x + note!.width).toBeLessThanOrEqual(pane!.x + pane!.width);
    await screenshot(page, 'margin-notes');
    await page.keyboard.press('Control+Shift+3');
  });

  it('marks a highlight that carries a note, so it looks different from a bare one', async () => {
    const noted = page.locator('mark.hl', { hasText: '432.7亿元' });
    await expect(noted.getAttribute('class')).resolves.toContain('hl--noted');
    const dot = await noted.evaluate((el) => {
      const after = getComputedStyle(el, '::after');
      return { content: after.content, width: parseFloat(after.width) };
    });
    expect(dot.width).toBeGreaterThan(0);
    const bare = page.locator('mark.hl', { hasText: '丹河新城实现了由' });
    await expect(bare.getAttribute('class')).resolves.not.toContain('hl--noted');
  });

  it('keeps overlapping highlights visible, and asks which one to open', async () => {
    // 新城实现 inside the 重点 highlight 丹河新城实现了由 (the words occur earlier in the report too).
    await page.evaluate(() => {
      const mark = [...document.querySelectorAll('mark.hl')].find(
        (m) => m.textContent === '丹河新城实现了由',
      )!;
      const text = document.createTreeWalker(mark, NodeFilter.SHOW_TEXT).nextNode()!;
      mark.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(text, 2);
      range.setEnd(text, 6);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      mark.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    await page.getByRole('toolbar', { name: '批注' }).getByRole('button', { name: '标为“疑问”' }).click();
    await saved();
    const overlap = page.locator('mark.hl--overlap', { hasText: '新城实现' });
    await expect.poll(() => overlap.count()).toBe(1);
    // The newer one shades, the one under it is a band at the foot of the words.
    await expect(overlap.getAttribute('class')).resolves.toContain('hl--red');
    const shadow = await overlap.evaluate((el) => getComputedStyle(el).boxShadow);
    expect(shadow).toMatch(/inset/);
    await overlap.scrollIntoViewIfNeeded();
    await screenshot(page, 'annotations-overlap');
    await overlap.click();
    const chooser = page.getByRole('dialog', { name: '这里有 2 条批注，请选择一条' });
    await expect.poll(() => chooser.count()).toBe(1);
    await screenshot(page, 'annotations-chooser');
    const items = chooser.locator('.highlight-chooser__item');
    await expect(items.count()).resolves.toBe(2);
    await items.filter({ hasText: '丹河新城实现了由' }).click();
    const editor = page.getByRole('dialog', { name: '编辑批注' });
    await expect(editor.locator('.annotation-editor__quote').textContent()).resolves.toBe('丹河新城实现了由');
    await page.keyboard.press('Escape');
    await expect.poll(() => editor.count()).toBe(0);
    // Take the red one away again, so the rest of the file counts as before.
    await overlap.click();
    await chooser.locator('.highlight-chooser__item').filter({ hasText: '疑问' }).click();
    await editor.getByRole('button', { name: '删除' }).click();
    await saved();
    await expect.poll(() => page.locator('mark.hl--overlap').count()).toBe(0);
  });

  it('places the note editor by its size, inside a small window, with focus in it; Esc closes it', async () => {
    await page.setViewportSize({ width: 1024, height: 700 });
    try {
      const mark = page.locator('mark.hl', { hasText: '432.7亿元' });
      // The mark at several heights of the window: the editor always fits, buttons included.
      for (const bottom of [180, 300, 400, 470, 560, 680]) {
        await mark.evaluate((el, y) => {
          const scroller = document.getElementById('reader-scroll')!;
          scroller.scrollTop += el.getBoundingClientRect().bottom - y;
        }, bottom);
        await mark.click();
        const editor = page.getByRole('dialog', { name: '编辑批注' });
        await expect.poll(() => editor.count()).toBe(1);
        const box = (await editor.boundingBox())!;
        const done = (await editor.getByRole('button', { name: '完成' }).boundingBox())!;
        const remove = (await editor.getByRole('button', { name: '删除' }).boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(700);
        expect(done.y + done.height).toBeLessThanOrEqual(700);
        expect(remove.y + remove.height).toBeLessThanOrEqual(700);
        expect(await editor.evaluate((el) => el.contains(document.activeElement))).toBe(true);
        if (bottom === 470) await screenshot(page, 'annotation-editor-1024');
        await page.keyboard.press('Escape');
        await expect.poll(() => editor.count()).toBe(0);
      }
      // Esc takes the selection toolbar away too.
      await selectText('锚定全省');
      const toolbar = page.getByRole('toolbar', { name: '批注' });
      await expect.poll(() => toolbar.count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => toolbar.count()).toBe(0);
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
  });

  it('keeps each colour label of the selection toolbar on one line, whole', async () => {
    for (const size of [
      { width: 1024, height: 700 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      await selectText('锚定全省');
      await expect.poll(() => page.getByRole('toolbar', { name: '批注' }).count()).toBe(1);
      expect(await lineCount('.selection-toolbar .swatch__label')).toEqual([1, 1, 1, 1, 1]);
      expect(await page.locator('.selection-toolbar .swatch__label').allTextContents()).toEqual([
        '重点',
        '疑问',
        '建议',
        '数据核对',
        '其他',
      ]);
      const box = (await page.locator('.selection-toolbar').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      await screenshot(page, `selection-toolbar-${size.width}`);
      await page.keyboard.press('Escape');
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('shows the paragraph tools at 24 px or more, in full on hover and on focus', async () => {
    const paragraph = page.locator('[data-block-id="p1-4"]');
    await paragraph.scrollIntoViewIfNeeded();
    await paragraph.hover();
    const tools = page.locator('.para-tools');
    await expect.poll(() => tools.count()).toBe(1);
    for (const button of await tools.locator('button').all()) {
      const box = (await button.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    const opacity = () => tools.evaluate((el) => Number(getComputedStyle(el).opacity));
    expect(await opacity()).toBe(1);
    await tools.getByRole('button', { name: '书签' }).focus();
    expect(await opacity()).toBe(1);
    await screenshot(page, 'paragraph-tools');
  });

  it('filters the 批注 pane by tag, its counts follow every filter, long section names end with …', async () => {
    await page.getByRole('tab', { name: /批注/ }).click();
    // Clear buttons, not faint links.
    for (const name of ['分享我的批注…', '导入小组批注…', '打印与导出…'])
      await expect(page.getByRole('button', { name }).getAttribute('class')).resolves.toContain('button');
    expect(await page.locator('.notes__actions .link-button, .notes__secondary .link-button').count()).toBe(
      0,
    );
    // Every card shown, 未定位 ones included: what the 全部 chip counts.
    const cards = page.locator('.notes .note-card');
    const all = await cards.count();
    await page.getByLabel('按标签筛选').selectOption('数据');
    // The 432.7亿元 highlight and the 未定位 note copied from it.
    await expect.poll(() => cards.count()).toBe(2);
    expect(await chipCount('all')).toBe(2);
    expect(await chipCount('blue')).toBe(2);
    expect(await chipCount('yellow')).toBe(0);
    await page.getByLabel('按标签筛选').selectOption('');
    await page.getByLabel('筛选批注').fill('丹河');
    await expect.poll(() => cards.count()).toBe(1);
    expect(await chipCount('all')).toBe(1);
    expect(await chipCount('yellow')).toBe(1);
    expect(await chipCount('blue')).toBe(0);
    await page.getByLabel('筛选批注').fill('');
    await expect.poll(() => cards.count()).toBe(all);
    const options = await page
      .getByLabel('按章节筛选')
      .locator('option')
      .evaluateAll((list) =>
        list.map((o) => ({
          value: (o as HTMLOptionElement).value,
          text: o.textContent ?? '',
          title: o.getAttribute('title') ?? '',
        })),
      );
    const long = options.filter((o) => o.title.length > 24);
    expect(long.length).toBeGreaterThan(0);
    for (const option of long) {
      expect(option.text.trim().endsWith('…')).toBe(true);
      expect(option.title.startsWith(option.text.trim().slice(0, -1))).toBe(true);
    }
    // The chosen section's full name shows on hover.
    await page.getByLabel('按章节筛选').selectOption(long[0]!.value);
    await expect(page.getByLabel('按章节筛选').getAttribute('title')).resolves.toBe(long[0]!.title);
    await screenshot(page, 'annotations-pane-filters');
    await page.getByLabel('按章节筛选').selectOption('');
  });

  it('copies a passage with its citation: that text reaches the system clipboard', async () => {
    await selectText('锚定全省');
    await page.getByRole('toolbar', { name: '批注' }).getByRole('button', { name: '复制引用' }).click();
    await expect.poll(() => app.services.clipboard.at(-1)).toBe('锚定全省（《政府工作报告》第一部分第2段）');
    await expect.poll(() => page.locator('.notice', { hasText: '已复制引用' }).count()).toBeGreaterThan(0);
  });

  it('offers a right-click menu on selected text, a highlight and a text field, and does what is chosen', async () => {
    const menus = app.services.contextMenus;
    const before = (await stored()).length;
    // Selected report text → 高亮为 → 疑问.
    await selectText('坚持稳中求进');
    menus.answers.push({ action: 'highlight', color: 'red' });
    // Right-click on the selection itself, as a person does (elsewhere Chromium would move the selection).
    const box = await page.evaluate(() => {
      const rect = window.getSelection()?.getRangeAt(0).getBoundingClientRect();
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    });
    await page.mouse.click(box?.x ?? 0, box?.y ?? 0, { button: 'right' });
    await expect
      .poll(() => menus.requests.at(-1))
      .toEqual({ kind: 'text', hasSelection: true, readOnly: false });
    await saved();
    await expect.poll(async () => (await stored()).length).toBe(before + 1);
    const made = (await stored()).find((a) => a.target.exact === '坚持稳中求进');
    expect(made?.color).toBe('red');

    // That highlight → 删除批注.
    menus.answers.push({ action: 'delete' });
    await page
      .locator(`mark.hl[data-annotation-ids~="${made?.id ?? ''}"]`)
      .first()
      .click({ button: 'right' });
    await expect
      .poll(() => menus.requests.at(-1))
      .toEqual({ kind: 'highlight', mine: true, readOnly: false });
    await saved();
    await expect.poll(async () => (await stored()).find((a) => a.id === made?.id)).toBeUndefined();

    // A text field: the menu main builds has the editing roles; Electron carries them out.
    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox').first().click({ button: 'right' });
    await expect
      .poll(() => menus.requests.at(-1))
      .toEqual({ kind: 'field', hasSelection: false, editable: true });
    await page.keyboard.press('Escape');
  });

  it('lets the delegate rename what a colour means; notes keep their colour key', async () => {
    await page.getByRole('tab', { name: /批注/ }).click();
    await page.locator('.palette-editor summary').click();
    await page.getByLabel('原为“重点”的颜色的含义').fill('必读');
    await expect
      .poll(() => page.locator('.notes__colors [data-color="yellow"]').textContent())
      .toContain('必读');
    await selectText('锚定全省');
    await expect.poll(() => page.getByRole('button', { name: '标为“必读”' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    const result = await app.services.handlers.getSession(APP_FRAME);
    expect(result.ok && result.value.settings.palette.yellow.label).toBe('必读');
    const highlights = (await stored()).filter((a) => a.kind === 'highlight');
    expect(
      highlights.every((a) => ['yellow', 'red', 'green', 'blue', 'purple'].includes(a.color ?? '')),
    ).toBe(true);
  });

  it('lists 未释义术语 that look like terms, each with why, and folds away the honours, names and phrases', async () => {
    await page.getByRole('tab', { name: '名词解释' }).click();
    const section = page.getByRole('region', { name: '未释义术语' });
    await section.scrollIntoViewIfNeeded();
    // 69 quoted strings in the bundled report: 60 look like terms, 9 do not.
    await expect(section.locator('.glossary__group .pane__count').textContent()).resolves.toBe('60');
    const listed = section.locator(':scope > .glossary__jargon');
    await expect(listed.count()).resolves.toBe(60);
    await expect(listed.first().locator('summary').textContent()).resolves.toMatch(/^136 代号/);
    const others = page.getByTestId('jargon-others');
    await expect(others.locator('summary').first().textContent()).resolves.toBe('另有 9 处引号内容不像术语');
    await expect(
      others.locator('[data-jargon="山西省文旅建设先进县"] .glossary__reason').textContent(),
    ).resolves.toBe('像称号');
    await others.locator('summary').first().click();
    await others.scrollIntoViewIfNeeded();
    await screenshot(page, 'glossary-unexplained');
    await page.getByRole('tab', { name: /批注/ }).click();
  });

  it('logged no errors and touched no network', () => {
    expect(app.blockedRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});
