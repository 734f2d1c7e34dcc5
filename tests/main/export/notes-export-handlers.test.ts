/**
 * The meeting-room calls (exportNotes, printPage, savePagePdf) through the real handlers: files land at the path
 * the save dialog answers, hold every live note with its quote and nothing deleted, honour kind and filter, and a
 * cancel or an unwritable place writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { describe as describeTarget } from '../../../core/annotations/anchor';
import { buildPack } from '../../../core/annotations/exchange';
import type { Annotation, AnnotationTarget } from '../../../core/annotations/model';
import type { NotesModel } from '../../../core/export/notes-model';
import { parseReport } from '../../../core/report/parse';
import { APP_EVENT, NOW, sampleAnnotation, startMain } from '../main-under-test';
import { tempDir } from '../temp-dir';
import { snapshot, value } from '../results';

/** A report with a preamble, two parts and a sub-part, parsed by the real parser so citations are real. */
const TEXT = [
  '政府工作报告',
  '——2024年1月10日在市人民代表大会上',
  '各位代表：',
  '现在我代表市人民政府向大会报告工作。',
  '一、过去一年的工作',
  '全年经济增长5%左右。',
  '（一）稳住农业基本盘。',
  '粮食产量稳定在较高水平。',
  '二、今年的主要任务',
  '推动高质量发展取得新成效。',
  '',
].join('\n');
const parsed = parseReport(TEXT);
if (!parsed.ok) throw new Error(parsed.error.message);
const doc = parsed.value;
const reportId = doc.id;
const DATE = '2024-03-05';

/** A target on the first `exact` in the block, with its context as the reader makes it (across blocks). */
function on(blockId: string, exact: string): AnnotationTarget {
  const start = doc.blocks.find((b) => b.id === blockId)?.text.indexOf(exact) ?? -1;
  if (start < 0) throw new Error(`“${exact}” is not in ${blockId}`);
  return describeTarget(doc, blockId, start, start + exact.length);
}

const mine = (n: string, overrides: Partial<Annotation>) =>
  sampleAnnotation(reportId, n, { tags: [], ...overrides });

/** My notes: one per colour, in reading order key, tagged, ask, idea, plain; `gone` is deleted. */
const MY_NOTES = {
  tagged: mine('tagged', {
    color: 'blue',
    tags: ['建议'],
    note: '蓝色但标了建议',
    target: on('p0-2', '市人民政府'),
  }),
  key: mine('key', {
    color: 'yellow',
    tags: ['重点'],
    note: '重点关注增速',
    target: on('p1-1', '经济增长5%'),
  }),
  ask: mine('ask', { color: 'red', note: '口径是什么？', target: on('p1-s1-1', '粮食产量') }),
  idea: mine('idea', { color: 'green', note: '建议加大投入', target: on('p2-1', '高质量发展') }),
  plain: mine('plain', { color: 'purple', note: '紫色随手记', target: on('p2-1', '新成效') }),
};
const GONE = mine('gone', { color: 'green', note: '已经删除的笔记', target: on('p1-1', '左右') });
/** Another member's note, imported from their pack. */
const THEIRS = sampleAnnotation(reportId, 'li', {
  color: 'yellow',
  tags: [],
  note: '李娜的批注',
  author: { id: 'u2', name: '李娜' },
  target: on('p1-s1-1', '较高水平'),
});
/** Every live note, in reading order. */
const LIVE = [MY_NOTES.tagged, MY_NOTES.key, MY_NOTES.ask, THEIRS, MY_NOTES.idea, MY_NOTES.plain];
const DRAFT = [MY_NOTES.tagged, MY_NOTES.ask, MY_NOTES.idea];

/** Main with the report open, my notes saved (one deleted) and another member's pack imported. */
async function withNotes() {
  const dir = tempDir();
  const main = startMain(dir, { authorId: 'u1', parse: parseReport });
  value(await main.handlers.importReportText(APP_EVENT, { fileName: 'report.txt', text: TEXT }));
  value(await main.handlers.updateSettings(APP_EVENT, { authorName: '王代表', groupName: '第一小组' }));
  for (const annotation of [...Object.values(MY_NOTES), GONE])
    value(await main.handlers.saveAnnotation(APP_EVENT, { annotation }));
  value(await main.handlers.deleteAnnotation(APP_EVENT, { reportId, id: GONE.id }));
  const files = path.join(dir, 'files');
  fs.mkdirSync(files);
  const packFile = path.join(files, 'li.yandu.json');
  fs.writeFileSync(
    packFile,
    JSON.stringify(
      buildPack({ id: reportId, title: '政府工作报告' }, THEIRS.author, [THEIRS], NOW.toISOString()),
    ),
  );
  main.dialogAnswers.push([packFile]);
  const preview = value(await main.handlers.previewImport(APP_EVENT, { reportId }));
  value(await main.handlers.applyImport(APP_EVENT, { reportId, token: preview?.token ?? '' }));
  fs.rmSync(packFile);
  expect(value(await main.handlers.listAnnotations(APP_EVENT, { reportId })).annotations).toHaveLength(
    LIVE.length,
  );

  /** Exports through the handler to files/<name>; returns the bytes written there. */
  const exportTo = async (
    name: string,
    format: 'md' | 'docx' | 'json',
    kind: 'notes' | 'draft' = 'notes',
    filter: {
      colors?: Annotation['color'][];
      authorIds?: string[];
      tags?: string[];
      sectionIds?: string[];
    } = {},
  ) => {
    const file = path.join(files, name);
    main.saveDialogAnswers.push(file);
    expect(value(await main.handlers.exportNotes(APP_EVENT, { reportId, format, kind, filter }))).toEqual({
      fileName: name,
    });
    return fs.readFileSync(file);
  };
  let exported = 0;
  const json = async (kind: 'notes' | 'draft', filter = {}) =>
    JSON.parse(
      (await exportTo(`${kind}-${(exported += 1)}.json`, 'json', kind, filter)).toString('utf8'),
    ) as NotesModel;
  return { main, dir, files, exportTo, json };
}

/** The text of a Word file's body, tags removed and entities decoded. */
function docxText(bytes: Buffer): string {
  const parts = unzipSync(new Uint8Array(bytes));
  const xml = parts['word/document.xml'];
  if (!xml) throw new Error('no word/document.xml');
  return strFromU8(xml)
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

const ids = (model: NotesModel): string[] =>
  [...model.sections.flatMap((s) => s.items), ...model.orphans].map((item) => item.id);

describe('notes export through the handlers', () => {
  describe('exportNotes', () => {
    it('writes the study sheet as Markdown: every live note with its quote, nothing deleted', async () => {
      const { main, exportTo } = await withNotes();
      const markdown = (await exportTo('学习笔记.md', 'md')).toString('utf8');
      expect(main.saveDialogRequests).toEqual([
        { defaultPath: `政府工作报告-学习笔记-${DATE}.md`, extension: 'md', filterName: 'Markdown' },
      ]);
      for (const a of LIVE) {
        expect(markdown).toContain(a.note);
        expect(markdown).toContain(a.target.exact);
      }
      expect(markdown).toContain('王代表');
      expect(markdown).toContain('李娜');
      expect(markdown).toContain('第一部分（一）第1段');
      expect(markdown).not.toContain(GONE.note);
      // In reading order.
      const positions = LIVE.map((a) => markdown.indexOf(a.note));
      expect(positions).toEqual([...positions].sort((x, y) => x - y));
      await main.annotations.closeAll();
    });

    it('writes the draft as Markdown with only the 建议 and 疑问 notes', async () => {
      const { main, exportTo } = await withNotes();
      const markdown = (await exportTo('draft.md', 'md', 'draft')).toString('utf8');
      expect(main.saveDialogRequests.at(-1)?.defaultPath).toBe(`政府工作报告-审议意见稿-${DATE}.md`);
      for (const a of DRAFT) {
        expect(markdown).toContain(a.note);
        expect(markdown).toContain(a.target.exact);
      }
      for (const a of [MY_NOTES.key, MY_NOTES.plain, THEIRS, GONE]) expect(markdown).not.toContain(a.note);
      expect(markdown).toMatch(/建议/);
      expect(markdown).toMatch(/疑问/);
      await main.annotations.closeAll();
    });

    it('writes Word files for both kinds, with the notes and quotes in word/document.xml', async () => {
      const { main, exportTo } = await withNotes();
      const sheet = docxText(await exportTo('notes.docx', 'docx'));
      expect(main.saveDialogRequests.at(-1)).toEqual({
        defaultPath: `政府工作报告-学习笔记-${DATE}.docx`,
        extension: 'docx',
        filterName: 'Word 文档',
      });
      for (const a of LIVE) {
        expect(sheet).toContain(a.note);
        expect(sheet).toContain(a.target.exact);
      }
      expect(sheet).not.toContain(GONE.note);

      const draft = docxText(await exportTo('draft.docx', 'docx', 'draft'));
      expect(main.saveDialogRequests.at(-1)?.defaultPath).toBe(`政府工作报告-审议意见稿-${DATE}.docx`);
      for (const a of DRAFT) {
        expect(draft).toContain(a.note);
        expect(draft).toContain(a.target.exact);
      }
      for (const a of [MY_NOTES.key, MY_NOTES.plain, THEIRS, GONE]) expect(draft).not.toContain(a.note);
      await main.annotations.closeAll();
    });

    it('writes the JSON model: live notes in reading order with their quotes; the draft keeps green, red and tagged', async () => {
      const { main, exportTo, json } = await withNotes();
      const bytes = await exportTo('notes.json', 'json');
      expect(main.saveDialogRequests.at(-1)).toEqual({
        defaultPath: `政府工作报告-学习笔记-${DATE}.json`,
        extension: 'json',
        filterName: 'JSON',
      });
      const model = JSON.parse(bytes.toString('utf8')) as NotesModel;
      expect(model.report).toEqual({
        id: reportId,
        title: '政府工作报告',
        subtitle: '——2024年1月10日在市人民代表大会上',
      });
      expect(ids(model)).toEqual(LIVE.map((a) => a.id));
      expect(model.total).toBe(LIVE.length);
      const items = model.sections.flatMap((s) => s.items);
      expect(items.map((i) => [i.quote, i.note, i.author.id])).toEqual(
        LIVE.map((a) => [a.target.exact, a.note, a.author.id]),
      );
      expect(model.orphans).toEqual([]);

      const draft = await json('draft');
      expect(ids(draft)).toEqual(DRAFT.map((a) => a.id));
      expect(draft.sections.flatMap((s) => s.items).map((i) => i.color)).toEqual(['blue', 'red', 'green']);
      await main.annotations.closeAll();
    });

    it.each<[string, 'notes' | 'draft', object, Annotation[]]>([
      ['a colour', 'notes', { colors: ['red'] }, [MY_NOTES.ask]],
      ['two colours', 'notes', { colors: ['yellow', 'purple'] }, [MY_NOTES.key, THEIRS, MY_NOTES.plain]],
      ['another member', 'notes', { authorIds: ['u2'] }, [THEIRS]],
      [
        'me',
        'notes',
        { authorIds: ['u1'] },
        [MY_NOTES.tagged, MY_NOTES.key, MY_NOTES.ask, MY_NOTES.idea, MY_NOTES.plain],
      ],
      ['colour and member together', 'notes', { colors: ['yellow'], authorIds: ['u1'] }, [MY_NOTES.key]],
      ['nobody', 'notes', { authorIds: ['someone-else'] }, []],
      ['empty lists mean all', 'notes', { colors: [], authorIds: [] }, LIVE],
      ['a tag', 'notes', { tags: ['重点'] }, [MY_NOTES.key]],
      ['a part with its sub-part', 'notes', { sectionIds: ['p1'] }, [MY_NOTES.key, MY_NOTES.ask, THEIRS]],
      ['a colour, in the draft', 'draft', { colors: ['red'] }, [MY_NOTES.ask]],
      ['a colour the draft never has', 'draft', { colors: ['yellow'] }, []],
    ])('honours the filter: %s (%s)', async (_label, kind, filter, expected) => {
      const { main, json } = await withNotes();
      const model = await json(kind, filter);
      expect(ids(model)).toEqual(expected.map((a) => a.id));
      expect(model.total).toBe(expected.length);
      await main.annotations.closeAll();
    });

    it('honours the filter in Markdown and Word too', async () => {
      const { main, exportTo } = await withNotes();
      const markdown = (await exportTo('li.md', 'md', 'notes', { authorIds: ['u2'] })).toString('utf8');
      expect(markdown).toContain(THEIRS.note);
      for (const a of Object.values(MY_NOTES)) expect(markdown).not.toContain(a.note);
      const word = docxText(await exportTo('red.docx', 'docx', 'notes', { colors: ['red'] }));
      expect(word).toContain(MY_NOTES.ask.note);
      for (const a of [MY_NOTES.key, MY_NOTES.idea, MY_NOTES.plain, MY_NOTES.tagged, THEIRS])
        expect(word).not.toContain(a.note);
      await main.annotations.closeAll();
    });

    it.each(['md', 'docx', 'json'] as const)(
      'answers null on cancel (%s), writing nothing',
      async (format) => {
        const { main, dir } = await withNotes();
        const before = snapshot(dir);
        for (const kind of ['notes', 'draft'] as const)
          expect(await main.handlers.exportNotes(APP_EVENT, { reportId, format, kind, filter: {} })).toEqual({
            ok: true,
            value: null,
          });
        expect(main.saveDialogRequests).toHaveLength(2);
        expect(snapshot(dir)).toEqual(before);
        await main.annotations.closeAll();
      },
    );

    it.each(['md', 'docx', 'json'] as const)(
      'refuses an unwritable place (%s) in Chinese, naming the file, writing nothing',
      async (format) => {
        const { main, dir, files } = await withNotes();
        const before = snapshot(dir);
        main.saveDialogAnswers.push(path.join(files, 'no-such-folder', `笔记.${format}`));
        expect(
          await main.handlers.exportNotes(APP_EVENT, { reportId, format, kind: 'notes', filter: {} }),
        ).toEqual({
          ok: false,
          error: {
            code: 'export-failed',
            message: expect.stringMatching(new RegExp(`^无法写入“笔记\\.${format}”`)),
          },
        });
        expect(fs.existsSync(path.join(files, 'no-such-folder'))).toBe(false);
        expect(snapshot(dir)).toEqual(before);
        await main.annotations.closeAll();
      },
    );

    it('refuses a report that is not on this computer, before asking where to save', async () => {
      const { main } = await withNotes();
      expect(
        await main.handlers.exportNotes(APP_EVENT, {
          reportId: 'r-missing',
          format: 'md',
          kind: 'notes',
          filter: {},
        }),
      ).toEqual({
        ok: false,
        error: { code: 'report-missing', message: expect.stringMatching(/找不到这份报告/) },
      });
      expect(main.saveDialogRequests).toEqual([]);
      await main.annotations.closeAll();
    });
  });

  describe('printing and PDF', () => {
    it('saves the printer’s PDF bytes at the chosen path, named 学习笔记, 批注版 or 审议意见稿', async () => {
      const { main, files } = await withNotes();
      const expectedBytes = `%PDF-1.4\n% 政府工作报告\n%%EOF\n`;
      const notesPdf = path.join(files, 'sheet.pdf');
      main.saveDialogAnswers.push(notesPdf);
      expect(await main.handlers.savePagePdf(APP_EVENT, { reportId, kind: 'notes' })).toEqual({
        ok: true,
        value: { fileName: 'sheet.pdf' },
      });
      expect(fs.readFileSync(notesPdf, 'utf8')).toBe(expectedBytes);
      const reportPdf = path.join(files, 'report.pdf');
      main.saveDialogAnswers.push(reportPdf);
      value(await main.handlers.savePagePdf(APP_EVENT, { reportId, kind: 'report' }));
      expect(fs.readFileSync(reportPdf, 'utf8')).toBe(expectedBytes);
      main.saveDialogAnswers.push(path.join(files, 'draft.pdf'));
      value(await main.handlers.savePagePdf(APP_EVENT, { reportId, kind: 'draft' }));
      expect(main.saveDialogRequests).toEqual([
        { defaultPath: `政府工作报告-学习笔记-${DATE}.pdf`, extension: 'pdf', filterName: 'PDF' },
        { defaultPath: `政府工作报告-批注版-${DATE}.pdf`, extension: 'pdf', filterName: 'PDF' },
        { defaultPath: `政府工作报告-审议意见稿-${DATE}.pdf`, extension: 'pdf', filterName: 'PDF' },
      ]);
      expect(main.printed).toEqual([]);
      await main.annotations.closeAll();
    });

    it('answers null when the PDF save dialog is cancelled, and refuses an unwritable place in Chinese', async () => {
      const { main, dir, files } = await withNotes();
      const before = snapshot(dir);
      expect(await main.handlers.savePagePdf(APP_EVENT, { reportId, kind: 'notes' })).toEqual({
        ok: true,
        value: null,
      });
      main.saveDialogAnswers.push(path.join(files, 'missing', '批注版.pdf'));
      expect(await main.handlers.savePagePdf(APP_EVENT, { reportId, kind: 'report' })).toEqual({
        ok: false,
        error: { code: 'export-failed', message: expect.stringMatching(/^无法写入“批注版\.pdf”/) },
      });
      expect(snapshot(dir)).toEqual(before);
      await main.annotations.closeAll();
    });

    it('printPage reaches the printer, once per call, without a save dialog', async () => {
      const { main } = await withNotes();
      expect(await main.handlers.printPage(APP_EVENT)).toEqual({ ok: true, value: null });
      expect(main.printed).toEqual(['print']);
      value(await main.handlers.printPage(APP_EVENT));
      expect(main.printed).toEqual(['print', 'print']);
      expect(main.saveDialogRequests).toEqual([]);
      await main.annotations.closeAll();
    });
  });
});
