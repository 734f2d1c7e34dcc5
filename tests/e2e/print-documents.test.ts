/**
 * The set documents end to end (issue 16): the 审议发言提纲 and the 代表建议 in the print preview with the options
 * that apply to each, saved as PDF through Chromium's printing pipeline (read back with poppler, pages as PNG in
 * tests/.artifacts), and exported as Word and Markdown read back from disk.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPack, packLines } from '../../core/annotations/exchange';
import type { Annotation } from '../../core/annotations/model';
import { allSaved, endSuite, screenshot, selectTextIn, startSuite, type AppPage } from './harness';

let browser: Browser;
let app: AppPage;
let page: Page;
const HOSTILE = '<script>window.__pwned=1</script> **不是粗体** # 不是标题';

beforeAll(async () => {
  ({ browser, app, page } = await startSuite());
  await page.waitForFunction(() => document.documentElement.dataset.annotations !== undefined);
  await annotate('432.7亿元', '数据核对', '与统计公报核对口径');
  await annotate('丹河新城实现了由', '重点', '');
  await annotate('第一方阵', '疑问', '“第一方阵”由谁评定？');
  await annotate('5G基站', '建议', '建议明确今年新建5G基站的数量');
  await annotate('晋钢智造科技产业园', '建议', '建议公布产业园投资到位情况');
  await annotate('营商环境', '建议', HOSTILE);
  await annotate('乡村振兴', '建议', '建议加大山区乡镇资金倾斜');
  await annotate('生态环境', '建议', '建议公开空气质量月度排名');
  // More suggestions in another part of the report: '5G基站' first occurs in 第二部分（二）, the last in report order.
  await annotate('承上启下', '建议', '建议列出今年必须完成的十件实事');
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

const APP_FRAME = { senderFrame: { url: 'yandu://app/index.html' } };
const stored = async (): Promise<Annotation[]> => {
  const reportId = await page.evaluate(() => document.documentElement.dataset.reportId ?? '');
  const result = await app.services.handlers.listAnnotations(APP_FRAME, { reportId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.annotations;
};
const preview = () => page.getByRole('dialog', { name: '打印与导出' });
const printReady = (value: string) =>
  page.waitForFunction((v) => document.documentElement.dataset.printReady === v, value);
const compact = (text: string) => text.replace(/\s+/g, '');
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
/** In reading order rather than laid out: a table cell's wrapped lines stay together. */
const pdfRawText = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
const pageCount = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

async function save(name: string, button: string): Promise<string> {
  const file = join(app.dataDir, name);
  app.services.saveDialogAnswers.push(file);
  await preview().getByRole('button', { name: button, exact: true }).click();
  await expect.poll(() => existsSync(file), { timeout: 20_000 }).toBe(true);
  return file;
}

function pdfPages(file: string, name: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join('tests/.artifacts', name)]);
}

const wordText = (file: string) =>
  strFromU8(unzipSync(readFileSync(file))['word/document.xml']!)
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '');

describe('the speaking outline and the suggestion draft', () => {
  it('shows the 审议发言提纲: five suggestions, the sixth named as left out, questions, each with its citation', async () => {
    await page.keyboard.press('Control+p');
    await preview().getByRole('radio', { name: '审议发言提纲' }).check();
    await printReady('outline:6');
    const paper = page.locator('.print-doc');
    await expect.poll(() => paper.locator('h1').textContent()).toBe('审议《政府工作报告》发言提纲');
    expect(await paper.locator('h2').allTextContents()).toEqual([
      '一、总体评价',
      '二、几点建议',
      '三、几个问题',
    ]);
    const hints = await preview().getByTestId('outline-hints').textContent();
    expect(hints).toMatch(/未列入提纲的建议 1 条（第二部分（二）第3段）/);
    // Colours and handwriting lines do not apply; large print does.
    for (const name of ['重点', '数据核对', '留出手写空白', '包括书签'])
      expect(await preview().getByRole('checkbox', { name, exact: true }).count()).toBe(0);
    await screenshot(page, 'print-outline');

    // Picking: take one out, and the sixth can go in.
    const picks = preview().getByTestId('outline-picks');
    const sixth = picks.getByRole('checkbox', { name: /5G基站的数量/ });
    await expect.poll(() => sixth.isDisabled()).toBe(true);
    await picks.getByRole('checkbox', { name: /空气质量/ }).uncheck();
    await sixth.check();
    await printReady('outline:6');
    expect(await paper.textContent()).toContain('建议明确今年新建5G基站的数量');
    expect(await paper.textContent()).not.toContain('建议公开空气质量月度排名');

    await preview().getByLabel('总体评价').fill('报告实事求是、重点突出，我完全赞成。');
    await preview().getByRole('checkbox', { name: '大字号' }).check();
    const pdf = await save('outline.pdf', '存为 PDF…');
    const text = compact(pdfText(pdf));
    expect(text).toContain('审议《政府工作报告》发言提纲');
    expect(text).toContain('报告实事求是、重点突出，我完全赞成。');
    expect(text).toContain('1．建议公布产业园投资到位情况（第一部分第3段：“晋钢智造科技产业园”）');
    expect(text).toContain('5．建议明确今年新建5G基站的数量（第二部分（二）第3段：“5G基站”）');
    expect(text).toContain(compact(HOSTILE));
    expect(text).toContain('“第一方阵”由谁评定？');
    expect(pageCount(pdf)).toBeLessThanOrEqual(2);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    pdfPages(pdf, 'print-outline-pdf');

    const docx = wordText(await save('outline.docx', '导出 Word'));
    expect(docx).toContain('二、几点建议');
    expect(docx).toContain('&lt;script&gt;');
    expect(docx).toContain('报告实事求是、重点突出，我完全赞成。');
    const md = readFileSync(await save('outline.md', '导出 Markdown'), 'utf8');
    expect(md).toMatch(/^# 审议《政府工作报告》发言提纲\n/);
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('建议列出今年必须完成的十件实事');
    await preview().getByRole('checkbox', { name: '大字号' }).uncheck();
  });

  it('drafts a 代表建议 from the notes the filters choose, and warns when they span parts', async () => {
    await preview().getByRole('radio', { name: '代表建议' }).check();
    await printReady('suggestion:9');
    expect(await preview().getByTestId('suggestion-warning').textContent()).toMatch(
      /所选批注分属报告的第一部分、第二部分.*一事一议/,
    );
    // The notes of one part: no warning, the title with the subject given.
    await preview().getByLabel('按章节筛选').selectOption({ label: '一、2021年工作回顾' });
    await printReady('suggestion:7');
    expect(await preview().getByTestId('suggestion-warning').count()).toBe(0);
    await preview().getByLabel('事由（关于……的建议）').fill('加快丹河新城建设');
    const paper = page.locator('.print-doc');
    await expect.poll(() => paper.locator('h1').textContent()).toBe('关于加快丹河新城建设的建议');
    expect(await paper.locator('h2').allTextContents()).toEqual([
      '一、基本情况',
      '二、问题分析',
      '三、具体建议',
    ]);
    expect(await paper.textContent()).toContain('涉及数据：432.7亿元');
    await screenshot(page, 'print-suggestion');

    const pdf = await save('suggestion.pdf', '存为 PDF…');
    const text = compact(pdfText(pdf));
    for (const expected of [
      '关于加快丹河新城建设的建议',
      '一、基本情况',
      '432.7亿元',
      '与统计公报核对口径',
      '领衔代表：',
      '附议代表：',
    ])
      expect(text).toContain(expected);
    pdfPages(pdf, 'print-suggestion-pdf');
    const docx = wordText(await save('suggestion.docx', '导出 Word'));
    expect(docx).toContain('关于加快丹河新城建设的建议');
    expect(docx).toContain('三、具体建议');
    const md = readFileSync(await save('suggestion.md', '导出 Markdown'), 'utf8');
    expect(md).toMatch(/^# 关于加快丹河新城建设的建议\n/);
  });

  it('collects every member’s opinions in the 意见汇总表, identical amendments merged with their members', async () => {
    await preview().getByRole('button', { name: '关闭' }).click();
    // 李代表's pack: a question on a passage of mine, and the same amendment twice over (by her and by 王代表).
    const mine = await stored();
    const onPark = mine.find((a) => a.target.exact === '晋钢智造科技产业园');
    if (!onPark) throw new Error('no note on the park');
    const other = (id: string, author: Annotation['author'], extra: Partial<Annotation>): Annotation => ({
      ...onPark,
      id,
      author,
      note: '',
      tags: [],
      ...extra,
    });
    const li = { id: 'member-li', name: '李代表' };
    const wang = { id: 'member-wang', name: '王代表' };
    const amendment = {
      kind: 'amendment' as const,
      color: undefined,
      amendment: { action: 'replace' as const, text: '晋钢智造产业园' },
    };
    const pack = buildPack(
      { id: onPark.reportId, title: '政府工作报告' },
      li,
      [
        other('li-1', li, { color: 'red', note: '产业园何时全面投产？' }),
        other('li-2', li, amendment),
        other('wang-1', wang, amendment),
      ],
      '2026-12-04T08:00:00.000Z',
    );
    const file = join(app.dataDir, '李代表.yandu.json');
    writeFileSync(file, packLines(pack).join(''));
    app.services.dialogAnswers.push([file]);
    await page.getByRole('tab', { name: /批注/ }).click();
    await page.getByRole('button', { name: '导入小组批注…' }).click();
    const importing = page.getByRole('dialog', { name: '导入小组成员的批注' });
    await importing.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => importing.count()).toBe(0);

    await page.keyboard.press('Control+p');
    await preview().getByRole('radio', { name: '意见汇总表' }).check();
    await preview().getByLabel('按章节筛选').selectOption('');
    // Seven of mine (six 建议, one 疑问) and three of theirs.
    // Every member's, not only mine as the other documents start: seven of mine (six 建议, one 疑问), three of theirs.
    await printReady('summary:10');
    const paper = page.locator('.print-doc');
    await expect.poll(() => paper.locator('h1').textContent()).toBe('《政府工作报告》意见汇总表');
    expect(await paper.locator('h2').allTextContents()).toEqual(['一、意见集中的段落', '二、逐段意见']);
    const text = compact((await paper.textContent()) ?? '');
    expect(text).toContain('共3位代表的10条意见');
    expect(text).toContain('第一部分第3段：疑问1条、建议1条、修改意见2条（3位代表）');
    expect(text).toContain('将“晋钢智造科技产业园”改为“晋钢智造产业园”');
    expect(text).toContain('李代表、王代表（2条）');
    await screenshot(page, 'print-summary');

    const pdf = await save('summary.pdf', '存为 PDF…');
    pdfPages(pdf, 'print-summary-pdf');
    const printed = compact(pdfRawText(pdf));
    for (const expected of ['意见汇总表', '二、逐段意见', '产业园何时全面投产？', '李代表、王代表（2条）'])
      expect(printed).toContain(expected);
    expect(printed).toContain(compact(HOSTILE));
    const docx = wordText(await save('summary.docx', '导出 Word'));
    expect(docx).toContain('意见汇总表');
    expect(docx).toContain('李代表、王代表（2条）');
    expect(docx).toContain('&lt;script&gt;');
    const md = readFileSync(await save('summary.md', '导出 Markdown'), 'utf8');
    expect(md).toMatch(/^# 《政府工作报告》意见汇总表\n/);
  });

  it('fits every set document whole in a narrow and a wide window, in both themes', async () => {
    for (const [kind, label] of [
      ['outline', '审议发言提纲'],
      ['suggestion', '代表建议'],
      ['summary', '意见汇总表'],
    ] as const) {
      await preview().getByRole('radio', { name: label }).check();
      await page.waitForFunction(
        (k) => document.documentElement.dataset.printReady?.startsWith(`${k}:`),
        kind,
      );
      for (const size of [
        { width: 1024, height: 700 },
        { width: 1920, height: 1080 },
      ]) {
        await page.setViewportSize(size);
        for (const theme of ['light', 'dark']) {
          await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
          const [pane, sheet] = await Promise.all([
            page.locator('.print-preview__paper').boundingBox(),
            page.locator('.print-doc').boundingBox(),
          ]);
          expect(sheet!.x).toBeGreaterThanOrEqual(pane!.x);
          expect(sheet!.x + sheet!.width).toBeLessThanOrEqual(pane!.x + pane!.width);
          await screenshot(page, `print-${kind}-${size.width}-${theme}`);
        }
      }
    }
    await page.evaluate(() => delete document.documentElement.dataset.theme);
    await page.setViewportSize({ width: 1440, height: 900 });
    await preview().getByRole('button', { name: '关闭' }).click();
  });
});
