/** Notes for the meeting room through the real handlers: Markdown, Word and JSON files, PDF and the print dialog. */
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/annotations/model';
import type { Result } from '../../core/result';
import { fakeParse } from './fake-report';
import { APP_EVENT, sampleAnnotation, startMain } from './main-under-test';
import { tempDir } from './temp-dir';

const TEXT = '政府工作报告（县）\n全年经济增长5%左右。\n粮食产量稳定在较高水平。\n';
const reportId = (fakeParse(TEXT) as { ok: true; value: { id: string } }).value.id;

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

const target = (blockId: string, start: number, exact: string, text: string) => ({
  blockId,
  start,
  end: start + exact.length,
  exact,
  prefix: text.slice(Math.max(0, start - 32), start),
  suffix: text.slice(start + exact.length, start + exact.length + 32),
});

async function withNotes() {
  const dir = tempDir();
  const main = startMain(dir);
  value(await main.handlers.importReportText(APP_EVENT, { fileName: 'r.txt', text: TEXT }));
  value(await main.handlers.updateSettings(APP_EVENT, { authorName: '王代表', groupName: '第一小组' }));
  const notes: Annotation[] = [
    sampleAnnotation(reportId, 'key', {
      color: 'yellow',
      note: '重点关注增速',
      target: target('p1', 2, '经济增长5%', '全年经济增长5%左右。'),
    }),
    sampleAnnotation(reportId, 'ask', {
      color: 'red',
      note: '口径是什么？<b>粗</b>',
      target: target('p2', 0, '粮食产量', '粮食产量稳定在较高水平。'),
    }),
    sampleAnnotation(reportId, 'idea', {
      color: 'green',
      note: '',
      target: target('p2', 4, '稳定', '粮食产量稳定在较高水平。'),
    }),
    sampleAnnotation(reportId, 'gone', { color: 'green', note: '已经删除的笔记' }),
  ];
  for (const annotation of notes) value(await main.handlers.saveAnnotation(APP_EVENT, { annotation }));
  value(await main.handlers.deleteAnnotation(APP_EVENT, { reportId, id: 'a-gone' }));
  const files = path.join(dir, 'files');
  fs.mkdirSync(files);
  const exportTo = async (
    name: string,
    format: 'md' | 'docx' | 'json',
    kind: 'notes' | 'draft' = 'notes',
    filter = {},
  ) => {
    const file = path.join(files, name);
    main.saveDialogAnswers.push(file);
    const result = value(await main.handlers.exportNotes(APP_EVENT, { reportId, format, kind, filter }));
    expect(result).toEqual({ fileName: name });
    return fs.readFileSync(file);
  };
  return { main, files, exportTo };
}

describe('notes export', () => {
  it('writes the study sheet as Markdown with every live note, quote and citation, and no deleted one', async () => {
    const { main, exportTo } = await withNotes();
    const markdown = (await exportTo('notes.md', 'md')).toString('utf8');
    for (const text of ['经济增长5%', '重点关注增速', '粮食产量', '口径是什么', '稳定', '王代表', '第一小组'])
      expect(markdown).toContain(text);
    expect(markdown).not.toContain('已经删除的笔记');
    expect(markdown).not.toContain('<b>');
    expect(main.saveDialogRequests.at(-1)).toMatchObject({ extension: 'md', filterName: 'Markdown' });
    expect(main.saveDialogRequests.at(-1)?.defaultPath).toMatch(/学习笔记-\d{4}-\d{2}-\d{2}\.md$/);
  });

  it('writes Word files: the study sheet, and the draft with only 建议 and 疑问 notes', async () => {
    const { exportTo } = await withNotes();
    const sheet = unzipSync(new Uint8Array(await exportTo('notes.docx', 'docx')));
    const sheetText = strFromU8(sheet['word/document.xml']!).replace(/<[^>]+>/g, '');
    expect(sheetText).toContain('重点关注增速');
    expect(sheetText).toContain('口径是什么？&lt;b&gt;粗&lt;/b&gt;');
    expect(sheetText).not.toContain('已经删除的笔记');
    const draft = unzipSync(new Uint8Array(await exportTo('draft.docx', 'docx', 'draft')));
    const draftText = strFromU8(draft['word/document.xml']!).replace(/<[^>]+>/g, '');
    expect(draftText).toContain('审议意见');
    expect(draftText).toContain('口径是什么');
    expect(draftText).toContain('（请填写）');
    expect(draftText).not.toContain('重点关注增速');
  });

  it('honours the filter in the JSON model', async () => {
    const { exportTo } = await withNotes();
    const all = JSON.parse((await exportTo('all.json', 'json')).toString('utf8')) as { total: number };
    expect(all.total).toBe(3);
    const red = JSON.parse(
      (await exportTo('red.json', 'json', 'notes', { colors: ['red'] })).toString('utf8'),
    ) as {
      total: number;
      sections: { items: { note: string }[] }[];
    };
    expect(red.total).toBe(1);
    expect(red.sections.flatMap((s) => s.items.map((i) => i.note))).toEqual(['口径是什么？<b>粗</b>']);
    const nobody = JSON.parse(
      (await exportTo('nobody.json', 'json', 'notes', { authorIds: ['someone-else'] })).toString('utf8'),
    ) as { total: number };
    expect(nobody.total).toBe(0);
  });

  it('answers null on cancel and a Chinese refusal when the file cannot be written, writing nothing', async () => {
    const { main, files } = await withNotes();
    expect(
      value(
        await main.handlers.exportNotes(APP_EVENT, { reportId, format: 'md', kind: 'notes', filter: {} }),
      ),
    ).toBeNull();
    main.saveDialogAnswers.push(path.join(files, 'missing-folder', 'notes.md'));
    const refused = await main.handlers.exportNotes(APP_EVENT, {
      reportId,
      format: 'md',
      kind: 'notes',
      filter: {},
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'export-failed' } });
    if (!refused.ok) expect(refused.error.message).toContain('notes.md');
    expect(fs.readdirSync(files)).toEqual([]);
  });

  it('saves the printed page as PDF where the user chooses, and sends it to the print dialog', async () => {
    const { main, files } = await withNotes();
    const file = path.join(files, 'sheet.pdf');
    main.saveDialogAnswers.push(file);
    expect(value(await main.handlers.savePagePdf(APP_EVENT, { reportId, kind: 'notes' }))).toEqual({
      fileName: 'sheet.pdf',
    });
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^%PDF-.*政府工作报告（县）/s);
    expect(main.saveDialogRequests.at(-1)?.defaultPath).toMatch(/学习笔记-.*\.pdf$/);
    main.saveDialogAnswers.push(path.join(files, 'report.pdf'));
    value(await main.handlers.savePagePdf(APP_EVENT, { reportId, kind: 'report' }));
    expect(main.saveDialogRequests.at(-1)?.defaultPath).toMatch(/批注版-.*\.pdf$/);
    value(await main.handlers.printPage(APP_EVENT));
    expect(main.printed).toEqual(['print']);
  });
});
