import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../core/contract';
import type { Session } from '../../core/contract';
import { buildPack } from '../../core/annotations/exchange';
import type { Annotation } from '../../core/annotations/model';
import { validatePack } from '../../core/annotations/validate';
import type { Result } from '../../core/result';
import { DEFAULT_SETTINGS, FONT_SIZE } from '../../core/settings';
import type { IpcEventLike } from '../../main/handlers';
import { fakeParse } from './fake-report';
import { APP_EVENT, CITY_TEXT, HOSTILE_NOTE, NOW, sampleAnnotation, startMain } from './main-under-test';
import { tempDir } from './temp-dir';
import { snapshot, value } from './results';

const cityId = (fakeParse(CITY_TEXT) as { ok: true; value: { id: string } }).value.id;

/** Valid arguments for each call, so refusals can be shown to come from the sender or the argument. */
const VALID_ARGS: Record<(typeof CALL_NAMES)[number], unknown[]> = {
  getSession: [],
  openRecentReport: [{ reportId: cityId }],
  chooseReportFile: [],
  importReportText: [{ fileName: 'city.txt', text: CITY_TEXT }],
  forgetRecentReport: [{ reportId: cityId }],
  updateSettings: [{ theme: 'dark' }],
  saveReadingPosition: [{ reportId: cityId, blockId: 'p1' }],
  listAnnotations: [{ reportId: cityId }],
  saveAnnotation: [{ annotation: sampleAnnotation(cityId, 1) }],
  deleteAnnotation: [{ reportId: cityId, id: 'a-1' }],
  exportAnnotations: [{ reportId: cityId, format: 'pack' }],
  previewRestore: [{ reportId: cityId }],
  applyRestore: [{ reportId: cityId, token: 'none' }],
  exportSharePack: [{ reportId: cityId, filter: {} }],
  previewImport: [{ reportId: cityId }],
  applyImport: [{ reportId: cityId, token: 'none' }],
  removeLayer: [{ reportId: cityId, authorId: 'someone-else' }],
  exportNotes: [{ reportId: cityId, format: 'md', kind: 'notes', filter: {} }],
  printPage: [],
  savePagePdf: [{ reportId: cityId, kind: 'notes' }],
  writeClipboardText: [{ text: '“引文”（第一部分第1段）' }],
  showContextMenu: [{ kind: 'text', hasSelection: true, readOnly: false }],
};

describe('createHandlers', () => {
  it('has one async handler per contract call', () => {
    const { handlers } = startMain(tempDir());
    expect(Object.keys(handlers).sort()).toEqual([...CALL_NAMES].sort());
  });

  describe('refuses', () => {
    const untrusted: IpcEventLike[] = [
      { senderFrame: null },
      { senderFrame: { url: 'https://evil.example/' } },
      { senderFrame: { url: 'yandu://app.evil.com/index.html' } },
      { senderFrame: { url: 'about:blank' } },
      { senderFrame: { url: 'data:text/html,hi' } },
      { senderFrame: { url: 'file:///home/user/index.html' } },
    ];

    it.each(CALL_NAMES)('%s from an untrusted sender, writing nothing', async (name) => {
      const dir = tempDir();
      const main = startMain(dir);
      const before = snapshot(dir);
      for (const event of untrusted) {
        const result = await (
          main.handlers[name] as (e: IpcEventLike, ...a: unknown[]) => Promise<Result<unknown>>
        )(event, ...VALID_ARGS[name]);
        expect(result).toEqual({
          ok: false,
          error: { code: 'untrusted-sender', message: expect.stringMatching(/不受信任/) },
        });
      }
      expect(snapshot(dir)).toEqual(before);
      expect(main.dialogAnswers).toEqual([]);
    });

    it.each(CALL_NAMES)('%s with invalid or extra arguments, writing nothing', async (name) => {
      const dir = tempDir();
      const main = startMain(dir);
      const before = snapshot(dir);
      const handler = main.handlers[name] as (e: IpcEventLike, ...a: unknown[]) => Promise<Result<unknown>>;
      const invalid: unknown[][] = [
        [...VALID_ARGS[name], 'extra'],
        [{ __proto__: { reportId: 'x' } }],
        [{ panes: { outline: { __proto__: { width: 300 } } } }],
        [{ reportId: 'x'.repeat(201), blockId: 'b', fileName: 'a', text: 'b' }],
        ['string'],
        [null],
        [[1, 2]],
      ];
      for (const args of invalid) {
        expect(await handler(APP_EVENT, ...args)).toEqual({
          ok: false,
          error: { code: 'invalid-argument', message: expect.stringMatching(/参数无效/) },
        });
      }
      await fc.assert(
        fc.asyncProperty(
          fc
            .anything()
            .filter((v) => v !== undefined && !(typeof v === 'object' && v !== null && !Array.isArray(v))),
          async (junk) => {
            const result = await handler(APP_EVENT, junk);
            expect(result.ok).toBe(false);
          },
        ),
        { numRuns: 50 },
      );
      expect(snapshot(dir)).toEqual(before);
    });
  });

  it('starts on the bundled report, with default settings', async () => {
    const { handlers } = startMain(tempDir());
    const session = value(await handlers.getSession(APP_EVENT));
    expect(session).toMatchObject({
      bundled: true,
      fileName: 'zezhou-2022.txt',
      settings: { theme: DEFAULT_SETTINGS.theme },
    });
    expect(session.settings.recentReports[0]).toMatchObject({ bundled: true, openedAt: NOW.toISOString() });
    expect(session.notice).toBeUndefined();
  });

  it('imports a text, lists it, and reopens it after a restart', async () => {
    const dir = tempDir();
    const first = startMain(dir);
    const imported = value(
      await first.handlers.importReportText(APP_EVENT, { fileName: 'city.txt', text: CITY_TEXT }),
    );
    expect(imported).toMatchObject({ bundled: false, fileName: 'city.txt', report: { id: cityId } });
    expect(imported.settings.recentReports.map((r) => r.fileName)).toEqual(['city.txt']);

    const restarted = startMain(dir);
    const session = value(await restarted.handlers.getSession(APP_EVENT));
    expect(session).toMatchObject({ bundled: false, fileName: 'city.txt', report: { id: cityId } });
  });

  it('falls back to the bundled report, with a notice, when the last one cannot be reopened', async () => {
    const dir = tempDir();
    const first = startMain(dir);
    await first.handlers.importReportText(APP_EVENT, { fileName: 'city.txt', text: CITY_TEXT });
    fs.rmSync(first.reportsDir, { recursive: true });
    const session = value(await startMain(dir).handlers.getSession(APP_EVENT));
    expect(session.bundled).toBe(true);
    expect(session.notice).toMatch(/上次阅读的报告无法打开.*已改为显示内置报告/);
  });

  it('shows the start-up notice with the first session only', async () => {
    const { handlers } = startMain(tempDir(), { startupNotice: '设置文件已损坏，已恢复为默认设置。' });
    expect(value(await handlers.getSession(APP_EVENT)).notice).toBe('设置文件已损坏，已恢复为默认设置。');
    expect(value(await handlers.getSession(APP_EVENT)).notice).toBeUndefined();
  });

  it('opens a chosen file, and answers null when the dialog is cancelled', async () => {
    const dir = tempDir();
    const main = startMain(dir);
    const file = path.join(dir, '市政府工作报告.txt');
    fs.writeFileSync(file, CITY_TEXT);
    main.dialogAnswers.push([file], []);
    expect(value(await main.handlers.chooseReportFile(APP_EVENT))).toMatchObject({
      fileName: '市政府工作报告.txt',
      bundled: false,
    });
    expect(await main.handlers.chooseReportFile(APP_EVENT)).toEqual({ ok: true, value: null });
  });

  it('passes the reader’s Chinese messages through for bad files', async () => {
    const dir = tempDir();
    const main = startMain(dir);
    const file = path.join(dir, 'scan.pdf');
    fs.writeFileSync(file, Buffer.from('%PDF-1.7\n\u0000\u0001\u0002'));
    main.dialogAnswers.push([file]);
    expect(await main.handlers.chooseReportFile(APP_EVENT)).toMatchObject({
      ok: false,
      error: { code: 'damaged-file', message: expect.stringMatching(/“scan\.pdf”已损坏，无法作为 PDF 读取/) },
    });
    expect(
      await main.handlers.importReportText(APP_EVENT, { fileName: 'x.txt', text: '无法解析' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'parse-failed', message: '无法识别报告结构：没有找到标题。' },
    });
  });

  it('reopens and forgets recent reports, but never the bundled one', async () => {
    const main = startMain(tempDir());
    const bundled = value(await main.handlers.getSession(APP_EVENT));
    await main.handlers.importReportText(APP_EVENT, { fileName: 'city.txt', text: CITY_TEXT });
    expect(
      value(await main.handlers.openRecentReport(APP_EVENT, { reportId: bundled.report.id })).bundled,
    ).toBe(true);
    expect(value(await main.handlers.openRecentReport(APP_EVENT, { reportId: cityId })).fileName).toBe(
      'city.txt',
    );

    expect(await main.handlers.forgetRecentReport(APP_EVENT, { reportId: bundled.report.id })).toMatchObject({
      ok: false,
      error: { code: 'cannot-forget-bundled', message: '内置报告不能从列表中移除。' },
    });
    const recents = value(await main.handlers.forgetRecentReport(APP_EVENT, { reportId: cityId }));
    expect(recents.map((r) => r.id)).toEqual([bundled.report.id]);
    expect(fs.readdirSync(main.reportsDir)).toEqual([]);
    expect(await main.handlers.openRecentReport(APP_EVENT, { reportId: cityId })).toMatchObject({
      ok: false,
      error: { code: 'report-missing' },
    });
  });

  it('updates settings with clamping and saves reading positions', async () => {
    const dir = tempDir();
    const main = startMain(dir);
    const settings = value(
      await main.handlers.updateSettings(APP_EVENT, {
        fontSize: 500,
        theme: 'dark',
        panes: { outline: { collapsed: true } },
      }),
    );
    expect(settings).toMatchObject({
      fontSize: FONT_SIZE.max,
      theme: 'dark',
      panes: { outline: { collapsed: true } },
    });
    expect(
      await main.handlers.saveReadingPosition(APP_EVENT, { reportId: 'r1', blockId: 'p2-s1-3' }),
    ).toEqual({ ok: true, value: null });
    const session: Session = value(await startMain(dir).handlers.getSession(APP_EVENT));
    expect(session.settings.readingPositions).toEqual({ r1: 'p2-s1-3' });
    expect(session.settings.theme).toBe('dark');
  });

  it('turns unexpected exceptions into a logged Chinese error, never a throw', async () => {
    const main = startMain(tempDir(), {
      showOpenDialog: async () => {
        throw new Error('dialog crashed');
      },
    });
    expect(await main.handlers.chooseReportFile(APP_EVENT)).toEqual({
      ok: false,
      error: { code: 'unexpected-error', message: expect.stringMatching(/意外错误/) },
    });
    expect(main.logged).toHaveLength(1);
  });

  it('says so when a setting cannot be saved, keeping it for this run', async () => {
    const failing = {
      get: () => undefined,
      set: () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    const main = startMain(tempDir(), { settingsStore: failing });
    expect(await main.handlers.updateSettings(APP_EVENT, { theme: 'dark' })).toEqual({
      ok: false,
      error: { code: 'settings-not-saved', message: expect.stringMatching(/未能保存/) },
    });
    expect(await main.handlers.saveReadingPosition(APP_EVENT, { reportId: 'r', blockId: 'b' })).toMatchObject(
      { ok: false },
    );
    // The report still opens; the recent list just could not be saved.
    const session = value(await main.handlers.getSession(APP_EVENT));
    expect(session.settings.theme).toBe('dark');
    expect(session.notice).toMatch(/无法保存“最近打开”列表/);
  });

  describe('annotations', () => {
    it('saves, lists and deletes; what was acknowledged is there after a restart', async () => {
      const dir = tempDir();
      const first = startMain(dir);
      const hostile = sampleAnnotation(cityId, 1, { note: HOSTILE_NOTE });
      expect(value(await first.handlers.saveAnnotation(APP_EVENT, { annotation: hostile }))).toEqual(hostile);
      value(await first.handlers.saveAnnotation(APP_EVENT, { annotation: sampleAnnotation(cityId, 2) }));
      const deleted = value(
        await first.handlers.deleteAnnotation(APP_EVENT, { reportId: cityId, id: 'a-2' }),
      );
      expect(deleted.deletedAt).toEqual(expect.any(String));
      expect(await first.annotations.closeAll()).toBe(0);

      const restarted = startMain(dir);
      const snapshot = value(await restarted.handlers.listAnnotations(APP_EVENT, { reportId: cityId }));
      expect(snapshot).toEqual({
        reportId: cityId,
        annotations: [hostile],
        readOnly: false,
        notices: [],
        pending: 0,
      });
      expect(snapshot.annotations[0]?.note).toBe(HOSTILE_NOTE);
      await restarted.annotations.closeAll();
    });

    it('refuses an invalid annotation with the validator’s Chinese message, writing nothing', async () => {
      const dir = tempDir();
      const main = startMain(dir);
      const before = snapshot(dir);
      const invalid: unknown[] = [
        { ...sampleAnnotation(cityId, 1), color: 'pink' },
        { ...sampleAnnotation(cityId, 1), extra: true },
        { ...sampleAnnotation(cityId, 1), target: { ...sampleAnnotation(cityId, 1).target, start: 20 } },
        { ...sampleAnnotation(cityId, 1), createdAt: 'yesterday' },
        { ...sampleAnnotation(cityId, 1), id: '' },
      ];
      for (const annotation of invalid) {
        expect(await main.handlers.saveAnnotation(APP_EVENT, { annotation })).toEqual({
          ok: false,
          error: {
            code: 'invalid-argument',
            message: expect.stringMatching(/^请求参数无效，操作未执行：批注/),
          },
        });
      }
      expect(await main.handlers.saveAnnotation(APP_EVENT, { annotation: invalid[0] })).toMatchObject({
        error: { message: '请求参数无效，操作未执行：批注：颜色“pink”无效' },
      });
      expect(snapshot(dir)).toEqual(before);
      expect(main.events).toEqual([]);
    });

    it('a second window gets a read-only store that refuses writes and says why', async () => {
      const dir = tempDir();
      const first = startMain(dir);
      value(await first.handlers.saveAnnotation(APP_EVENT, { annotation: sampleAnnotation(cityId, 1) }));
      const second = startMain(dir);
      const listed = value(await second.handlers.listAnnotations(APP_EVENT, { reportId: cityId }));
      expect(listed).toMatchObject({ readOnly: true, annotations: [sampleAnnotation(cityId, 1)] });
      expect(
        await second.handlers.saveAnnotation(APP_EVENT, { annotation: sampleAnnotation(cityId, 2) }),
      ).toEqual({
        ok: false,
        error: { code: 'read-only', message: expect.stringMatching(/^此修改未保存：另一个研读窗口.*只读/) },
      });
      await second.annotations.closeAll();
      await first.annotations.closeAll();
    });
  });

  describe('export and restore', () => {
    /** A report whose first paragraph starts with an emoji, so UTF-16 and code-point offsets differ. */
    const EMOJI_TEXT = '政府工作报告（市）\n😀经济增长5%左右。\n第二段。\n';
    const emojiId = (fakeParse(EMOJI_TEXT) as { ok: true; value: { id: string } }).value.id;
    const TOMBSTONE = { deletedAt: '2024-03-02T08:00:00.000Z' };

    /** Main with the emoji report imported and `notes` saved on it; `files` is a folder outside userData. */
    async function withNotes(notes: Annotation[], dir = tempDir()) {
      const main = startMain(dir);
      const session = value(
        await main.handlers.importReportText(APP_EVENT, { fileName: 'c.txt', text: EMOJI_TEXT }),
      );
      for (const annotation of notes) value(await main.handlers.saveAnnotation(APP_EVENT, { annotation }));
      const files = path.join(dir, 'files');
      fs.mkdirSync(files);
      return { main, dir, files, author: session.author, userData: path.join(dir, 'userData') };
    }

    const note = (n: number | string, overrides: Partial<Annotation> = {}) =>
      sampleAnnotation(emojiId, n, {
        target: { blockId: 'p1', start: 3, end: 6, exact: '济增长', prefix: '😀经', suffix: '5%' },
        ...overrides,
      });

    function writePack(
      file: string,
      annotations: Annotation[],
      report = { id: emojiId, title: '政府工作报告（市）' },
    ) {
      const pack = buildPack(report, { id: 'u9', name: '李委员' }, annotations, '2024-03-04T08:00:00.000Z');
      fs.writeFileSync(file, JSON.stringify(pack));
    }

    it('exports a backup pack (tombstones included) that validates and restores to the same notes', async () => {
      const { main, files, author } = await withNotes([note(1), note(2)]);
      value(await main.handlers.deleteAnnotation(APP_EVENT, { reportId: emojiId, id: 'a-2' }));
      const file = path.join(files, 'backup.yandu.json');
      main.saveDialogAnswers.push(file);
      expect(
        value(await main.handlers.exportAnnotations(APP_EVENT, { reportId: emojiId, format: 'pack' })),
      ).toEqual({
        fileName: 'backup.yandu.json',
      });
      expect(main.saveDialogRequests).toEqual([
        {
          defaultPath: '政府工作报告（市）-批注备份-2024-03-05.yandu.json',
          extension: 'yandu.json',
          filterName: '研读批注备份',
        },
      ]);
      const pack = value(validatePack(JSON.parse(fs.readFileSync(file, 'utf8'))));
      expect(pack).toMatchObject({
        report: { id: emojiId, title: '政府工作报告（市）' },
        exportedBy: author,
        exportedAt: NOW.toISOString(),
      });
      expect(pack.annotations.map((a) => [a.id, a.deletedAt !== undefined])).toEqual([
        ['a-1', false],
        ['a-2', true],
      ]);
      const before = value(await main.handlers.listAnnotations(APP_EVENT, { reportId: emojiId }));

      // Change the notes, then restore the backup: the state exported comes back.
      value(await main.handlers.saveAnnotation(APP_EVENT, { annotation: note(1, { note: '改过' }) }));
      value(await main.handlers.saveAnnotation(APP_EVENT, { annotation: note(3) }));
      main.dialogAnswers.push([file]);
      const preview = value(await main.handlers.previewRestore(APP_EVENT, { reportId: emojiId }));
      expect(preview).toMatchObject({
        fileName: 'backup.yandu.json',
        added: 0,
        changed: 1,
        unchanged: 0,
        removed: 1,
        total: 1,
      });
      expect(preview?.otherReportTitle).toBeUndefined();
      const restored = value(
        await main.handlers.applyRestore(APP_EVENT, { reportId: emojiId, token: preview?.token ?? '' }),
      );
      expect(restored.annotations).toEqual(before.annotations);
      await main.annotations.closeAll();
      const restarted = startMain(path.dirname(files));
      const again = value(await restarted.handlers.listAnnotations(APP_EVENT, { reportId: emojiId }));
      expect(again).toMatchObject({ annotations: before.annotations, readOnly: false });
      await restarted.annotations.closeAll();
    });

    it('exports live notes as W3C JSON-LD with code-point positions', async () => {
      const { main, files } = await withNotes([note(1), note(2)]);
      value(await main.handlers.deleteAnnotation(APP_EVENT, { reportId: emojiId, id: 'a-2' }));
      const file = path.join(files, 'notes.jsonld');
      main.saveDialogAnswers.push(file);
      value(await main.handlers.exportAnnotations(APP_EVENT, { reportId: emojiId, format: 'jsonld' }));
      expect(main.saveDialogRequests[0]).toEqual({
        defaultPath: '政府工作报告（市）-批注-2024-03-05.jsonld',
        extension: 'jsonld',
        filterName: 'W3C Web Annotation (JSON-LD)',
      });
      const ld = JSON.parse(fs.readFileSync(file, 'utf8')) as {
        '@context': unknown;
        type: string;
        items: { id: string; motivation: string; target: { source: string; selector: { type: string }[] } }[];
      };
      expect(JSON.stringify(ld['@context'])).toContain('http://www.w3.org/ns/anno.jsonld');
      expect(ld.type).toBe('AnnotationCollection');
      expect(ld.items.map((i) => i.id)).toEqual(['urn:yandu:annotation:a-1']);
      expect(ld.items[0]).toMatchObject({ type: 'Annotation', motivation: 'commenting' });
      expect(ld.items[0]?.target.source).toBe(`urn:yandu:report:${emojiId}`);
      expect(ld.items[0]?.target.selector).toEqual([
        { type: 'TextQuoteSelector', exact: '济增长', prefix: '😀经', suffix: '5%' },
        { type: 'TextPositionSelector', start: 2, end: 5 },
        { type: 'FragmentSelector', value: 'p1' },
      ]);
      await main.annotations.closeAll();
    });

    it('answers null when the save or open dialog is cancelled, writing nothing', async () => {
      const { main, files, userData } = await withNotes([note(1)]);
      const before = snapshot(userData);
      expect(await main.handlers.exportAnnotations(APP_EVENT, { reportId: emojiId, format: 'pack' })).toEqual(
        {
          ok: true,
          value: null,
        },
      );
      expect(await main.handlers.previewRestore(APP_EVENT, { reportId: emojiId })).toEqual({
        ok: true,
        value: null,
      });
      expect(fs.readdirSync(files)).toEqual([]);
      expect(snapshot(userData)).toEqual(before);
      await main.annotations.closeAll();
    });

    it('previews added, changed, unchanged and removed, then replaces all; a token works once', async () => {
      const { main, files } = await withNotes([note('same'), note('edited'), note('only-here')]);
      const file = path.join(files, 'b.yandu.json');
      const incoming = [note('same'), note('edited', { note: '改了' }), note('new'), note('gone', TOMBSTONE)];
      writePack(file, incoming);
      main.dialogAnswers.push([file]);
      const preview = value(await main.handlers.previewRestore(APP_EVENT, { reportId: emojiId }));
      expect(preview).toEqual({
        token: expect.any(String),
        fileName: 'b.yandu.json',
        exportedBy: { id: 'u9', name: '李委员' },
        exportedAt: '2024-03-04T08:00:00.000Z',
        added: 1,
        changed: 1,
        unchanged: 1,
        removed: 1,
        total: 3,
      });
      const token = preview?.token ?? '';
      expect(
        await main.handlers.applyRestore(APP_EVENT, { reportId: emojiId, token: 'not-the-token' }),
      ).toMatchObject({
        ok: false,
        error: { code: 'restore-expired', message: expect.stringMatching(/预览已失效/) },
      });
      const restored = value(await main.handlers.applyRestore(APP_EVENT, { reportId: emojiId, token }));
      expect(restored.annotations.map((a) => a.id).sort()).toEqual(['a-edited', 'a-new', 'a-same']);
      expect(restored.annotations.find((a) => a.id === 'a-edited')?.note).toBe('改了');
      expect(value(await main.annotations.listAll(emojiId)).find((a) => a.id === 'a-gone')?.deletedAt).toBe(
        TOMBSTONE.deletedAt,
      );
      expect(await main.handlers.applyRestore(APP_EVENT, { reportId: emojiId, token })).toMatchObject({
        ok: false,
        error: { code: 'restore-expired' },
      });
      await main.annotations.closeAll();
    });

    it('a newer preview replaces the pending one', async () => {
      const { main, files } = await withNotes([note(1)]);
      const file = path.join(files, 'b.yandu.json');
      writePack(file, [note(2)]);
      main.dialogAnswers.push([file], [file]);
      const first = value(await main.handlers.previewRestore(APP_EVENT, { reportId: emojiId }));
      const second = value(await main.handlers.previewRestore(APP_EVENT, { reportId: emojiId }));
      expect(second?.token).not.toBe(first?.token);
      expect(
        await main.handlers.applyRestore(APP_EVENT, { reportId: emojiId, token: first?.token ?? '' }),
      ).toMatchObject({ ok: false, error: { code: 'restore-expired' } });
      expect(
        value(await main.handlers.listAnnotations(APP_EVENT, { reportId: emojiId })).annotations,
      ).toEqual([note(1)]);
      value(await main.handlers.applyRestore(APP_EVENT, { reportId: emojiId, token: second?.token ?? '' }));
      await main.annotations.closeAll();
    });

    it('restores a backup of another report onto this one, saying which report it came from', async () => {
      const { main, files } = await withNotes([note(1)]);
      const file = path.join(files, 'other.yandu.json');
      writePack(file, [sampleAnnotation('r-other', 7)], { id: 'r-other', title: '某省政府工作报告' });
      main.dialogAnswers.push([file]);
      const preview = value(await main.handlers.previewRestore(APP_EVENT, { reportId: emojiId }));
      expect(preview).toMatchObject({ otherReportTitle: '某省政府工作报告', added: 1, removed: 1, total: 1 });
      const restored = value(
        await main.handlers.applyRestore(APP_EVENT, { reportId: emojiId, token: preview?.token ?? '' }),
      );
      expect(restored.annotations).toEqual([sampleAnnotation(emojiId, 7)]);
      await main.annotations.closeAll();
    });

    it.each([
      ['malformed JSON', () => '{"format": "yandu.annotations"', 'bad-json', /不是有效的 JSON/],
      [
        'another format',
        (p: object) => JSON.stringify({ ...p, format: 'zotero' }),
        'invalid-pack',
        /不是研读批注文件/,
      ],
      ['a future version', (p: object) => JSON.stringify({ ...p, version: 3 }), 'future-version', /更新版本/],
      [
        'wrong types',
        (p: object) => JSON.stringify({ ...p, annotations: [{ id: 1 }] }),
        'invalid-pack',
        /第1条批注/,
      ],
      [
        'binary bytes',
        () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00, 0x81]),
        'not-text',
        /不是文本文件/,
      ],
    ])('refuses %s with a Chinese message, changing nothing', async (_label, content, code, message) => {
      const { main, files, userData } = await withNotes([note(1)]);
      const file = path.join(files, 'bad.yandu.json');
      const good = buildPack(
        { id: emojiId, title: 't' },
        { id: 'u9', name: '' },
        [note(2)],
        NOW.toISOString(),
      );
      fs.writeFileSync(file, content(good));
      const before = snapshot(userData);
      main.dialogAnswers.push([file]);
      const result = await main.handlers.previewRestore(APP_EVENT, { reportId: emojiId });
      expect(result).toEqual({ ok: false, error: { code, message: expect.stringMatching(message) } });
      expect(result.ok ? '' : result.error.message).toContain('bad.yandu.json');
      expect(snapshot(userData)).toEqual(before);
      expect(
        value(await main.handlers.listAnnotations(APP_EVENT, { reportId: emojiId })).annotations,
      ).toEqual([note(1)]);
      await main.annotations.closeAll();
    });

    it('refuses a file over 50 MB without reading it', async () => {
      const { main, files } = await withNotes([note(1)]);
      const file = path.join(files, 'huge.yandu.json');
      fs.writeFileSync(file, '{');
      fs.truncateSync(file, 50 * 1024 * 1024 + 1); // sparse: no 50 MB written
      main.dialogAnswers.push([file]);
      expect(await main.handlers.previewRestore(APP_EVENT, { reportId: emojiId })).toEqual({
        ok: false,
        error: { code: 'file-too-large', message: expect.stringMatching(/超过 50 MB/) },
      });
      await main.annotations.closeAll();
    });

    it('applies nothing when the store is read-only (another window holds it)', async () => {
      const dir = tempDir();
      const { main: first, files } = await withNotes([note(1)], dir);
      const second = startMain(dir);
      const file = path.join(files, 'b.yandu.json');
      writePack(file, [note(2)]);
      second.dialogAnswers.push([file]);
      const preview = value(await second.handlers.previewRestore(APP_EVENT, { reportId: emojiId }));
      expect(
        await second.handlers.applyRestore(APP_EVENT, { reportId: emojiId, token: preview?.token ?? '' }),
      ).toMatchObject({ ok: false, error: { code: 'read-only', message: expect.stringMatching(/只读/) } });
      expect(
        value(await first.handlers.listAnnotations(APP_EVENT, { reportId: emojiId })).annotations,
      ).toEqual([note(1)]);
      await second.annotations.closeAll();
      await first.annotations.closeAll();
    });
  });

  it('gives every session the same author id, made once per installation, and the name from settings', async () => {
    const dir = tempDir();
    const first = startMain(dir, { authorId: null });
    const session = value(await first.handlers.getSession(APP_EVENT));
    expect(session.author).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: '' });
    value(await first.handlers.updateSettings(APP_EVENT, { authorName: '  王代表 ' }));
    const again = value(await startMain(dir, { authorId: null }).handlers.getSession(APP_EVENT));
    expect(again.author).toEqual({ id: session.author.id, name: '王代表' });
    const elsewhere = value(await startMain(tempDir(), { authorId: null }).handlers.getSession(APP_EVENT));
    expect(elsewhere.author.id).not.toBe(session.author.id);
  });
});

describe('clipboard and right-click menus through main', () => {
  it('copies text to the system clipboard, and says so when the clipboard refuses', async () => {
    const main = startMain(tempDir());
    expect(await main.handlers.writeClipboardText(APP_EVENT, { text: '“引文”（第一部分第1段）' })).toEqual({
      ok: true,
      value: null,
    });
    expect(main.clipboard).toEqual(['“引文”（第一部分第1段）']);
    const refusing = startMain(tempDir(), {
      clipboard: {
        writeText: () => {
          throw new Error('no clipboard');
        },
      },
    });
    const failed = await refusing.handlers.writeClipboardText(APP_EVENT, { text: 'x' });
    expect(failed).toMatchObject({
      ok: false,
      error: { code: 'clipboard-failed', message: /无法写入剪贴板/ },
    });
  });

  it('answers with the item chosen, or null when the menu is dismissed; refuses a request of another shape', async () => {
    const main = startMain(tempDir());
    main.contextMenuAnswers.push({ action: 'highlight', color: 'red' });
    const request = { kind: 'text', hasSelection: true, readOnly: false } as const;
    expect(await main.handlers.showContextMenu(APP_EVENT, request)).toEqual({
      ok: true,
      value: { action: 'highlight', color: 'red' },
    });
    expect(await main.handlers.showContextMenu(APP_EVENT, request)).toEqual({ ok: true, value: null });
    expect(main.contextMenuRequests).toEqual([request, request]);
    const odd = await main.handlers.showContextMenu(APP_EVENT, { kind: 'text', hasSelection: 'yes' });
    expect(odd).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
