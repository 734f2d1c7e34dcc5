/**
 * Print and export end to end (issue #5): the print preview for the study sheet, the annotated report and the
 * deliberation draft; Save as PDF through Chromium's printing pipeline (the one Electron's printToPDF uses), read
 * back with poppler; Word, Markdown and JSON exports read back from disk.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allSaved, endSuite, screenshot, selectTextIn, startSuite, type AppPage } from './harness';

let browser: Browser;
let app: AppPage;
let page: Page;
const HOSTILE = '<script>window.__pwned=1</script> **不是粗体** # 不是标题';

beforeAll(async () => {
  ({ browser, app, page } = await startSuite());
  await page.waitForFunction(() => document.documentElement.dataset.annotations !== undefined);
  await annotate('432.7亿元', '数据核对', '核实统计口径\n第二行');
  await annotate('丹河新城实现了由', '建议', '建议补充投资明细');
  await annotate('第一方阵', '疑问', HOSTILE);
  await annotate('5G基站', '重点', '');
  // A note written and then deleted must never be printed.
  await annotate('晋钢智造科技产业园', '其他', '这条已删除');
  await page.locator('mark.hl--purple').first().click();
  await page.getByRole('dialog', { name: '编辑批注' }).getByRole('button', { name: '删除' }).click();
  await allSaved(page);
});

afterAll(() => endSuite({ browser, app }));

async function annotate(text: string, label: string, note: string): Promise<void> {
  await selectTextIn(page, text);
  await page
    .getByRole('toolbar', { name: '批注' })
    .getByRole('button', { name: `标为“${label}”` })
    .click();
  if (note) {
    await page.locator('mark.hl').filter({ hasText: text }).first().click();
    const editor = page.getByRole('dialog', { name: '编辑批注' });
    await editor.getByLabel('批注内容').fill(note);
    await editor.getByRole('button', { name: '完成' }).click();
  }
  await allSaved(page);
}

const preview = () => page.getByRole('dialog', { name: '打印与导出' });
const printReady = (value: string) =>
  page.waitForFunction((v) => document.documentElement.dataset.printReady === v, value);

async function savePdf(name: string): Promise<string> {
  const file = join(app.dataDir, `${name}.pdf`);
  app.services.saveDialogAnswers.push(file);
  await preview().getByRole('button', { name: '存为 PDF…' }).click();
  await expect.poll(() => existsSync(file), { timeout: 20_000 }).toBe(true);
  return file;
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
const compact = (text: string) => text.replace(/\s+/g, '');

/** Renders the PDF's pages as PNG (for looking at them) and returns their paths. */
function pdfPages(file: string, name: string): string[] {
  const prefix = join('tests/.artifacts', name);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, prefix]);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  return Array.from(
    { length: pages },
    (_, i) => `${prefix}-${pages >= 10 ? String(i + 1).padStart(2, '0') : i + 1}.png`,
  );
}

/** Every element of the paper lies within the printed page's width (nothing cut at the edges). */
async function overflowingElements(): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  try {
    return await page.evaluate(() => {
      const doc = document.querySelector('.print-doc')!;
      const right = doc.getBoundingClientRect().right + 0.5;
      return [...doc.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > right)
        .map((el) => `${el.tagName}.${el.className}`);
    });
  } finally {
    // null restores the default, so printing (page.pdf) uses print media again.
    await page.emulateMedia({ media: null });
  }
}

describe('print and export', () => {
  it('shows the study sheet in a print preview and saves it as a PDF with Chinese fonts embedded', async () => {
    await page.keyboard.press('Control+p');
    await expect.poll(() => preview().count()).toBe(1);
    await printReady('notes:4');
    await screenshot(page, 'print-preview-notes');
    const file = await savePdf('study-sheet');
    const text = compact(pdfText(file));
    expect(text).toContain('《政府工作报告》学习笔记');
    expect(text).toContain('姓名：测试代表');
    for (const expected of ['432.7亿元', '核实统计口径', '第二行', '建议补充投资明细', '第一方阵', '5G基站'])
      expect(text).toContain(expected);
    expect(text).toContain(compact(HOSTILE));
    expect(text).toContain('第一部分第2段');
    expect(text).toContain('标记：数据核对');
    expect(text).toMatch(/第1页\/共\d+页/);
    expect(text).not.toContain('这条已删除');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    // Chromium's PDF backend embeds the CJK glyphs (as Type 3 fonts for Noto's CFF outlines) with a Unicode map:
    // every font must be embedded (emb) and map to Unicode (uni), so it prints and searches the same anywhere.
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      // Columns from the right: object id, generation, uni, sub, emb.
      const columns = line.trim().split(/\s+/);
      expect({ emb: columns.at(-5), uni: columns.at(-3) }).toEqual({ emb: 'yes', uni: 'yes' });
    }
    expect(await overflowingElements()).toEqual([]);
    pdfPages(file, 'print-study-sheet');
  });

  it('filters the sheet by colour and adds lines for handwriting and large print', async () => {
    await preview().getByRole('checkbox', { name: '重点' }).uncheck();
    await printReady('notes:3');
    await preview().getByRole('checkbox', { name: '留出手写空白' }).check();
    await preview().getByRole('checkbox', { name: '大字号' }).check();
    await expect.poll(() => page.locator('.sheet-item__lines').count()).toBe(3);
    await screenshot(page, 'print-preview-options');
    expect(await overflowingElements()).toEqual([]);
    await preview().getByRole('checkbox', { name: '重点' }).check();
    await preview().getByRole('checkbox', { name: '大字号' }).uncheck();
    await preview().getByRole('checkbox', { name: '留出手写空白' }).uncheck();
  });

  it('prints the annotated report with highlights that survive grey printing and numbered notes', async () => {
    await preview().getByRole('radio', { name: '批注版报告' }).check();
    await printReady('report:4');
    // Shading plus an underline: visible without colour.
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('.phl')].map((el) => {
        const style = getComputedStyle(el);
        const [r, g, b] = (style.backgroundColor.match(/\d+/g) ?? []).map(Number);
        const luminance = (0.2126 * (r ?? 255) + 0.7152 * (g ?? 255) + 0.0722 * (b ?? 255)) / 255;
        return { luminance, underline: style.textDecorationLine.includes('underline') };
      }),
    );
    expect(marks.length).toBeGreaterThanOrEqual(4);
    for (const mark of marks) {
      expect(mark.luminance).toBeLessThan(0.95);
      expect(mark.underline).toBe(true);
    }
    const file = await savePdf('annotated-report');
    const text = compact(pdfText(file));
    expect(text).toContain('2021年，在县委的坚强领导下');
    expect(text).toContain('核实统计口径');
    expect(text).not.toContain('这条已删除');
    await screenshot(page, 'print-preview-report');
    expect(await overflowingElements()).toEqual([]);
    const pages = pdfPages(file, 'print-annotated-report');
    expect(pages.length).toBeGreaterThan(3);
    await preview().getByLabel('批注位置').selectOption('margin');
    expect(await overflowingElements()).toEqual([]);
    await savePdf('annotated-report-margin').then((margin) => pdfPages(margin, 'print-annotated-margin'));
  });

  it('compiles the deliberation draft from 建议 and 疑问 notes into Word', async () => {
    await preview().getByRole('radio', { name: '审议意见稿' }).check();
    await printReady('draft:2');
    await screenshot(page, 'print-preview-draft');
    // Only what applies to a draft: its kinds of remark, not the five colours, and no bookmarks.
    for (const colour of ['重点', '数据核对', '其他'])
      expect(await preview().getByRole('checkbox', { name: colour }).count()).toBe(0);
    expect(await preview().getByRole('checkbox', { name: '包括书签' }).count()).toBe(0);
    await preview().getByRole('checkbox', { name: '疑问' }).uncheck();
    await printReady('draft:1');
    await preview().getByRole('checkbox', { name: '疑问' }).check();
    await printReady('draft:2');
    // The exports are buttons one sees, each saying in its tooltip what the file is.
    for (const [name, extension] of [
      ['导出 Word', '.docx'],
      ['导出 Markdown', '.md'],
      ['导出 JSON', '.json'],
    ] as const) {
      const button = preview().getByRole('button', { name, exact: true });
      await expect(button.getAttribute('class')).resolves.toMatch(/(^| )button( |$)/);
      await expect(button.getAttribute('title')).resolves.toContain(extension);
    }
    const file = join(app.dataDir, 'draft.docx');
    app.services.saveDialogAnswers.push(file);
    await preview().getByRole('button', { name: '导出 Word' }).click();
    await expect.poll(() => existsSync(file)).toBe(true);
    const parts = unzipSync(readFileSync(file));
    const xml = strFromU8(parts['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('审议意见');
    expect(text).toContain('建议补充投资明细');
    expect(text).toContain('第一方阵');
    expect(text).toContain('&lt;script&gt;');
    expect(text).not.toContain('核实统计口径');
    expect(strFromU8(parts['word/styles.xml']!)).toMatch(/仿宋|宋体/);
  });

  it('exports the study sheet as Markdown and JSON, and sends the page to the print dialog', async () => {
    await preview().getByRole('radio', { name: '学习笔记' }).check();
    await printReady('notes:4');
    const md = join(app.dataDir, 'notes.md');
    app.services.saveDialogAnswers.push(md);
    await preview().getByRole('button', { name: '导出 Markdown' }).click();
    await expect.poll(() => existsSync(md)).toBe(true);
    await expect.poll(() => page.getByTestId('print-message').textContent()).toContain('notes.md');
    const markdown = readFileSync(md, 'utf8');
    expect(markdown).toContain('核实统计口径');
    expect(markdown).not.toContain('<script>');
    expect(markdown.split('\n').filter((line) => line.startsWith('# '))).toHaveLength(1);
    const json = join(app.dataDir, 'notes.json');
    app.services.saveDialogAnswers.push(json);
    await preview().getByRole('button', { name: '导出 JSON' }).click();
    await expect.poll(() => existsSync(json)).toBe(true);
    expect((JSON.parse(readFileSync(json, 'utf8')) as { total: number }).total).toBe(4);
    // A file that cannot be written: said in the preview (it covers the window's notices), nothing else changes.
    app.services.saveDialogAnswers.push(join(app.dataDir, 'no-such-folder', 'notes.md'));
    await preview().getByRole('button', { name: '导出 Markdown' }).click();
    await expect.poll(() => page.getByTestId('print-message').textContent()).toContain('无法写入');
    await preview().getByRole('button', { name: '打印…' }).click();
    await expect.poll(() => app.printed.length).toBe(1);
    await preview().getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => preview().count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.printing)).toBeUndefined();
  });

  it('prints a paragraph note as a note on its paragraph and a bookmark only when asked, numbered as read', async () => {
    // A bookmark and a paragraph note on the paragraph that holds 第一方阵 and 432.7亿元.
    const paragraph = page.locator('.paragraph', { hasText: '432.7亿元' });
    await paragraph.scrollIntoViewIfNeeded();
    await paragraph.hover();
    await page.getByRole('button', { name: '书签' }).click();
    await paragraph.hover();
    await page.getByRole('button', { name: '为本段写批注' }).click();
    const editor = page.getByRole('dialog', { name: '编辑批注' });
    await editor.getByLabel('批注内容').fill('本段数据较多，会前核对');
    await editor.getByRole('button', { name: '完成' }).click();
    await allSaved(page);
    await page.keyboard.press('Control+p');
    // Five notes: the paragraph note is one, the bookmark is not.
    await printReady('notes:5');
    const item = page.locator('.sheet-item', { hasText: '本段数据较多' });
    await expect(item.locator('.sheet-item__marks').textContent()).resolves.toBe('段落批注');
    // Its paragraph's opening words, not the paragraph over again.
    const quote = (await item.locator('.sheet-item__quote').textContent()) ?? '';
    expect([...quote].length).toBeLessThanOrEqual(61);
    await preview().getByRole('checkbox', { name: '包括书签' }).check();
    await printReady('notes:6');
    await expect(page.locator('.sheet-item', { hasText: '书签' }).count()).resolves.toBe(1);
    await screenshot(page, 'print-preview-bookmark');
    await preview().getByRole('checkbox', { name: '包括书签' }).uncheck();
    // Not a 建议 unless the user says so: the draft stays as it was.
    await preview().getByRole('radio', { name: '审议意见稿' }).check();
    await printReady('draft:2');
    // The annotated report: references in the order one reads them, the paragraph note not shaded.
    await preview().getByRole('radio', { name: '批注版报告' }).check();
    await printReady('report:5');
    const refs = (await page.locator('.annotated .fn-ref').allTextContents()).map(Number);
    expect(refs).toEqual(refs.map((_, i) => i + 1));
    const listed = (await page.locator('.annotated .fn__num').allTextContents()).map(Number);
    expect(listed).toEqual(refs);
    const shaded = await page.locator('.annotated .phl').allTextContents();
    expect(shaded.some((text) => text.includes('432.7亿元') && text.length > 40)).toBe(false);
    await page.locator('.annotated__row', { hasText: '本段数据较多' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'print-preview-report-order');
    await preview().getByRole('button', { name: '关闭' }).click();
  });

  it('fits the sheet whole in a narrow window, in both themes', async () => {
    await page.keyboard.press('Control+p');
    await printReady('notes:5');
    for (const size of [
      { width: 1024, height: 700 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      for (const theme of ['light', 'dark']) {
        await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
        const [paper, sheet] = await Promise.all([
          page.locator('.print-preview__paper').boundingBox(),
          page.locator('.print-doc').boundingBox(),
        ]);
        expect(sheet!.x).toBeGreaterThanOrEqual(paper!.x);
        expect(sheet!.x + sheet!.width).toBeLessThanOrEqual(paper!.x + paper!.width);
        await screenshot(page, `print-preview-${size.width}-${theme}`);
      }
    }
    await page.evaluate(() => delete document.documentElement.dataset.theme);
    await page.setViewportSize({ width: 1440, height: 900 });
    await preview().getByRole('button', { name: '关闭' }).click();
  });

  it('never prints the draft’s signature line on a page of its own', { timeout: 120_000 }, async () => {
    // Opinions of growing length, so the signature meets the foot of a page at some of them.
    for (const lines of [18, 20, 22, 24, 30, 34]) {
      await page.locator('mark.hl--green').first().click();
      const editor = page.getByRole('dialog', { name: '编辑批注' });
      await editor
        .getByLabel('批注内容')
        .fill(Array.from({ length: lines }, (_, i) => `第${i + 1}行意见`).join('\n'));
      await editor.getByRole('button', { name: '完成' }).click();
      await allSaved(page);
      await page.keyboard.press('Control+p');
      await preview().getByRole('radio', { name: '审议意见稿' }).check();
      await printReady('draft:2');
      const file = await savePdf(`draft-${lines}`);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
      const last = compact(
        execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), file, '-'], {
          encoding: 'utf8',
        }),
      );
      // More on the last page than the signature and the footer (政府工作报告 第N页/共N页).
      const rest = last.replace('代表（签名）：', '').replace(/政府工作报告第\d+页\/共\d+页/, '');
      expect({ lines, rest: rest.length > 0 }).toEqual({ lines, rest: true });
      if (lines === 22) pdfPages(file, 'print-draft-signature');
      await preview().getByRole('button', { name: '关闭' }).click();
    }
  });
});
