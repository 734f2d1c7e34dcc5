/**
 * The study-group calls (exportSharePack, previewImport, applyImport, removeLayer) and the ownership rule of
 * saveAnnotation / deleteAnnotation, through the real handlers: each member is a startMain on a folder of its own,
 * with the same report open, and packs travel between them as files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describe as describeTarget, resolve } from '../../../core/annotations/anchor';
import { buildPack } from '../../../core/annotations/exchange';
import type { Annotation, AnnotationTarget } from '../../../core/annotations/model';
import type { ShareFilter } from '../../../core/annotations/share';
import { validatePack } from '../../../core/annotations/validate';
import { compareStrings } from '../../../core/compare';
import { parseReport } from '../../../core/report/parse';
import { APP_EVENT, NOW, sampleAnnotation, startMain } from '../main-under-test';
import { tempDir } from '../temp-dir';
import { snapshot, value } from '../results';

/** A report with a preamble, two parts and a sub-part, parsed by the real parser so sections are real. */
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

/** A target on the first `exact` in the block, with its context as the reader makes it (across blocks). */
function on(blockId: string, exact: string): AnnotationTarget {
  const start = doc.blocks.find((b) => b.id === blockId)?.text.indexOf(exact) ?? -1;
  if (start < 0) throw new Error(`“${exact}” is not in ${blockId}`);
  return describeTarget(doc, blockId, start, start + exact.length);
}

const PLACES = {
  preamble: on('p0-2', '市人民政府'),
  part1: on('p1-1', '经济增长5%'),
  sub1: on('p1-s1-1', '粮食产量'),
  part2: on('p2-1', '高质量发展'),
};

const byId = (a: Annotation, b: Annotation): number => compareStrings(a.id, b.id);

/** One member: an installation with its own folder, author id and name, the report open. */
async function member(authorId: string, name: string) {
  const dir = tempDir();
  const main = startMain(dir, { authorId, parse: parseReport });
  const session = value(
    await main.handlers.importReportText(APP_EVENT, { fileName: 'report.txt', text: TEXT }),
  );
  expect(session.report.id).toBe(reportId);
  value(await main.handlers.updateSettings(APP_EVENT, { authorName: name }));
  const files = path.join(dir, 'files');
  fs.mkdirSync(files);
  const userData = path.join(dir, 'userData');
  /** A note of mine; the author's name is left blank unless given, as a fresh installation writes it. */
  const note = (n: string, overrides: Partial<Annotation> = {}) =>
    sampleAnnotation(reportId, n, { author: { id: authorId, name: '' }, target: PLACES.part1, ...overrides });
  const save = async (annotation: Annotation) =>
    value(await main.handlers.saveAnnotation(APP_EVENT, { annotation }));
  const remove = async (id: string) =>
    value(await main.handlers.deleteAnnotation(APP_EVENT, { reportId, id }));
  /** The live notes, by id (the store keeps insertion order, which is no part of the contract). */
  const list = async () =>
    value(await main.handlers.listAnnotations(APP_EVENT, { reportId })).annotations.sort(byId);
  /** Shares into files/<name>; returns the call's value and the pack as written. */
  const share = async (name: string, filter: ShareFilter = {}) => {
    const file = path.join(files, name);
    main.saveDialogAnswers.push(file);
    const shared = value(await main.handlers.exportSharePack(APP_EVENT, { reportId, filter }));
    const pack = value(validatePack(JSON.parse(fs.readFileSync(file, 'utf8'))));
    return { shared, pack, file };
  };
  const preview = async (...packFiles: string[]) => {
    main.dialogAnswers.push(packFiles);
    return main.handlers.previewImport(APP_EVENT, { reportId });
  };
  const importPacks = async (...packFiles: string[]) => {
    const shown = value(await preview(...packFiles));
    if (!shown) throw new Error('the preview was cancelled');
    const applied = value(await main.handlers.applyImport(APP_EVENT, { reportId, token: shown.token }));
    return { shown, applied };
  };
  const close = () => main.annotations.closeAll();
  return { main, dir, files, userData, note, save, remove, list, share, preview, importPacks, close };
}

type Member = Awaited<ReturnType<typeof member>>;

/** 张伟 (u1) with four notes across the sections, one of them deleted. */
async function zhangWithNotes(): Promise<Member> {
  const zhang = await member('u1', '张伟');
  await zhang.save(zhang.note('1', { color: 'yellow', tags: ['重点'], target: PLACES.part1 }));
  await zhang.save(zhang.note('2', { color: 'red', tags: ['疑问'], target: PLACES.sub1 }));
  await zhang.save(
    zhang.note('3', { color: 'green', tags: [], target: PLACES.part2, author: { id: 'u1', name: '张代表' } }),
  );
  await zhang.save(
    zhang.note('4', { color: 'red', note: '不该外传的内容', tags: ['疑问', '私'], target: PLACES.preamble }),
  );
  await zhang.remove('a-4');
  return zhang;
}

describe('study-group exchange through the handlers', () => {
  it('uses places that anchor exactly where they were made (so section filters follow the text)', () => {
    for (const target of Object.values(PLACES))
      expect(resolve(doc, target)).toEqual({
        status: 'exact',
        blockId: target.blockId,
        start: target.start,
        end: target.end,
      });
  });

  describe('sharing', () => {
    it('writes a pack of only my notes, names filled in, my deletion as an empty tombstone', async () => {
      const zhang = await zhangWithNotes();
      // Another member's notes in my store must not travel in my pack.
      const li = await member('u2', '李娜');
      await li.save(li.note('l1', { target: PLACES.part1 }));
      const fromLi = await li.share('li.yandu.json');
      await zhang.importPacks(fromLi.file);
      expect((await zhang.list()).map((a) => a.author.id)).toEqual(['u1', 'u1', 'u1', 'u2']);

      const stored = value(await zhang.main.annotations.listAll(reportId));
      const { shared, pack, file } = await zhang.share('all.yandu.json');
      expect(shared).toEqual({ fileName: 'all.yandu.json', count: 3 });
      expect(zhang.main.saveDialogRequests.at(-1)).toEqual({
        defaultPath: '政府工作报告-张伟的批注-2024-03-05.yandu.json',
        extension: 'yandu.json',
        filterName: '研读批注文件',
      });
      expect(pack).toMatchObject({
        format: 'yandu.annotations',
        version: 1,
        report: { id: reportId, title: '政府工作报告' },
        exportedBy: { id: 'u1', name: '张伟' },
        exportedAt: NOW.toISOString(),
      });
      expect(pack.annotations.map((a) => a.id)).toEqual(['a-1', 'a-2', 'a-3', 'a-4']);
      // A blank name is filled with my settings name; a name the note carries is kept.
      expect(pack.annotations.map((a) => a.author)).toEqual([
        { id: 'u1', name: '张伟' },
        { id: 'u1', name: '张伟' },
        { id: 'u1', name: '张代表' },
        { id: 'u1', name: '张伟' },
      ]);
      // Live notes travel as stored, apart from the name.
      for (const id of ['a-1', 'a-2']) {
        const original = stored.find((a) => a.id === id)!;
        expect(pack.annotations.find((a) => a.id === id)).toEqual({
          ...original,
          author: { id: 'u1', name: '张伟' },
        });
      }
      const tombstone = pack.annotations.find((a) => a.id === 'a-4')!;
      const deleted = stored.find((a) => a.id === 'a-4')!;
      expect(deleted.deletedAt).toEqual(expect.any(String));
      expect(tombstone).toEqual({ ...deleted, note: '', tags: [], author: { id: 'u1', name: '张伟' } });
      expect(fs.readFileSync(file, 'utf8')).not.toContain('不该外传的内容');
      expect(fs.readFileSync(file, 'utf8')).not.toContain('私');
      // Sharing writes nothing into the store.
      expect(value(await zhang.main.annotations.listAll(reportId))).toEqual(stored);
      await zhang.close();
      await li.close();
    });

    it.each<[string, ShareFilter, string[], number]>([
      ['no filter', {}, ['a-1', 'a-2', 'a-3', 'a-4'], 3],
      ['empty lists', { colors: [], tags: [], sectionIds: [] }, ['a-1', 'a-2', 'a-3', 'a-4'], 3],
      ['a colour', { colors: ['red'] }, ['a-2', 'a-4'], 1],
      ['two colours', { colors: ['yellow', 'green'] }, ['a-1', 'a-3'], 2],
      ['a tag', { tags: ['重点'] }, ['a-1'], 1],
      ['a tag a deleted note had', { tags: ['私'] }, ['a-4'], 0],
      ['a part (with its sub-part)', { sectionIds: ['p1'] }, ['a-1', 'a-2'], 2],
      ['a sub-part', { sectionIds: ['p1-s1'] }, ['a-2'], 1],
      ['the preamble', { sectionIds: ['preamble'] }, ['a-4'], 0],
      ['colour and section together', { colors: ['red', 'green'], sectionIds: ['p2'] }, ['a-3'], 1],
      ['a filter nothing passes', { colors: ['purple'] }, [], 0],
    ])('honours the filter: %s', async (_label, filter, ids, count) => {
      const zhang = await zhangWithNotes();
      const { shared, pack } = await zhang.share('f.yandu.json', filter);
      expect(pack.annotations.map((a) => a.id)).toEqual(ids);
      expect(shared).toEqual({ fileName: 'f.yandu.json', count });
      for (const a of pack.annotations.filter((x) => x.deletedAt !== undefined))
        expect([a.note, a.tags]).toEqual(['', []]);
      await zhang.close();
    });

    it('answers null when the save dialog is cancelled, and a Chinese refusal when the file cannot be written', async () => {
      const zhang = await zhangWithNotes();
      const before = snapshot(zhang.dir);
      expect(await zhang.main.handlers.exportSharePack(APP_EVENT, { reportId, filter: {} })).toEqual({
        ok: true,
        value: null,
      });
      expect(snapshot(zhang.dir)).toEqual(before);
      zhang.main.saveDialogAnswers.push(path.join(zhang.files, 'no-such-folder', 'mine.yandu.json'));
      expect(await zhang.main.handlers.exportSharePack(APP_EVENT, { reportId, filter: {} })).toEqual({
        ok: false,
        error: { code: 'export-failed', message: expect.stringMatching(/^无法写入“mine\.yandu\.json”/) },
      });
      expect(snapshot(zhang.dir)).toEqual(before);
      await zhang.close();
    });
  });

  describe('importing', () => {
    it('previews per member, applies, and a second import of the same pack changes and writes nothing', async () => {
      const zhang = await zhangWithNotes();
      const li = await member('u2', '李娜');
      await li.save(li.note('l1', { target: PLACES.sub1 }));
      const { pack, file } = await zhang.share('zhang.yandu.json');

      const before = await li.list();
      const preview = value(await li.preview(file));
      expect(preview).toEqual({
        token: expect.any(String),
        fileNames: ['zhang.yandu.json'],
        members: [
          {
            author: { id: 'u1', name: '张伟' },
            isMe: false,
            // The tombstone of a note never seen here changes nothing the reader sees.
            added: 3,
            updated: 0,
            unchanged: 1,
            deleted: 0,
            older: 0,
            refused: 0,
          },
        ],
        totals: { added: 3, updated: 0, unchanged: 1, deleted: 0, older: 0, refused: 0 },
        // The tombstone is stored all the same, so an older pack cannot bring the note back.
        writes: 4,
      });
      // A preview writes nothing.
      expect(await li.list()).toEqual(before);

      const applied = value(
        await li.main.handlers.applyImport(APP_EVENT, { reportId, token: preview!.token }),
      );
      const live = pack.annotations.filter((a) => a.deletedAt === undefined);
      const expected = [...before, ...live].sort(byId);
      expect([...applied.annotations].sort(byId)).toEqual(expected);
      expect(await li.list()).toEqual(expected);
      expect((await li.list()).filter((a) => a.author.id === 'u1').map((a) => a.note)).toEqual([
        '第1条笔记',
        '第2条笔记',
        '第3条笔记',
      ]);
      // The tombstone is kept, so an older pack cannot bring the note back.
      expect(value(await li.main.annotations.listAll(reportId)).find((a) => a.id === 'a-4')?.deletedAt).toBe(
        pack.annotations.find((a) => a.id === 'a-4')?.deletedAt,
      );

      // The same pack again: nothing to add, update or delete, and nothing written.
      const listed = await li.list();
      const onDisk = snapshot(li.userData);
      const again = value(await li.preview(file))!;
      expect(again.members).toEqual([
        expect.objectContaining({ author: { id: 'u1', name: '张伟' }, added: 0, updated: 0, deleted: 0 }),
      ]);
      expect(again.totals).toEqual({ added: 0, updated: 0, unchanged: 4, deleted: 0, older: 0, refused: 0 });
      expect(again.writes).toBe(0);
      const reapplied = value(
        await li.main.handlers.applyImport(APP_EVENT, { reportId, token: again.token }),
      );
      expect([...reapplied.annotations].sort(byId)).toEqual(listed);
      expect(await li.list()).toEqual(listed);
      expect(snapshot(li.userData)).toEqual(onDisk);
      await zhang.close();
      await li.close();
    });

    it('a newer pack updates one note and deletes another', async () => {
      const zhang = await zhangWithNotes();
      const li = await member('u2', '李娜');
      const v1 = await zhang.share('v1.yandu.json');
      await li.importPacks(v1.file);

      await zhang.save(zhang.note('1', { note: '改过的笔记', updatedAt: '2024-03-06T08:00:00.000Z' }));
      await zhang.remove('a-2');
      const v2 = await zhang.share('v2.yandu.json');
      const { shown } = await li.importPacks(v2.file);
      expect(shown.members).toEqual([
        {
          author: { id: 'u1', name: '张伟' },
          isMe: false,
          added: 0,
          updated: 1,
          unchanged: 2,
          deleted: 1,
          older: 0,
          refused: 0,
        },
      ]);
      expect(shown.totals).toMatchObject({ added: 0, updated: 1, deleted: 1 });
      expect((await li.list()).map((a) => [a.id, a.note])).toEqual([
        ['a-1', '改过的笔记'],
        ['a-3', '第3条笔记'],
      ]);
      // And the older pack now brings nothing back.
      const stale = value(await li.preview(v1.file))!;
      expect(stale.totals).toMatchObject({ added: 0, updated: 0, deleted: 0, older: 2 });
      await zhang.close();
      await li.close();
    });

    it('gives the same notes whatever order the packs are imported in', async () => {
      const zhang = await zhangWithNotes();
      const v1 = await zhang.share('v1.yandu.json');
      await zhang.save(zhang.note('1', { note: '改过的笔记', updatedAt: '2024-03-06T08:00:00.000Z' }));
      await zhang.remove('a-2');
      await zhang.save(zhang.note('5', { target: PLACES.part2, color: 'blue' }));
      const v2 = await zhang.share('v2.yandu.json');
      const wang = await member('u3', '王芳');
      await wang.save(wang.note('w1', { target: PLACES.sub1, note: '王芳的看法' }));
      const fromWang = await wang.share('wang.yandu.json');

      const orders = [
        [[v1.file], [fromWang.file], [v2.file]],
        [[v2.file], [v1.file], [fromWang.file]],
        [[fromWang.file, v2.file], [v1.file]],
        [[v2.file, fromWang.file, v1.file]],
        [[v1.file, v2.file, fromWang.file]],
      ];
      const results: Annotation[][] = [];
      for (const [index, order] of orders.entries()) {
        const reader = await member(`reader-${index}`, `读者${index}`);
        for (const files of order) await reader.importPacks(...files);
        results.push(await reader.list());
        await reader.close();
      }
      expect(results[0]?.map((a) => [a.id, a.author.id, a.note])).toEqual([
        ['a-1', 'u1', '改过的笔记'],
        ['a-3', 'u1', '第3条笔记'],
        ['a-5', 'u1', '第5条笔记'],
        ['a-w1', 'u3', '王芳的看法'],
      ]);
      for (const result of results) expect(result).toEqual(results[0]);
      await zhang.close();
      await wang.close();
    });

    it('imports a pack made on another text of the report when its quotes anchor here, saying so', async () => {
      const li = await member('u2', '李娜');
      const file = path.join(li.files, 'older-text.yandu.json');
      const foreign = sampleAnnotation('r-older-text', 'x1', {
        author: { id: 'u9', name: '赵磊' },
        target: { ...PLACES.part2, blockId: 'b7', start: 0, end: 5 },
      });
      const pack = buildPack(
        { id: 'r-older-text', title: '政府工作报告（征求意见稿）' },
        foreign.author,
        [foreign],
        NOW.toISOString(),
      );
      fs.writeFileSync(file, JSON.stringify(pack));
      const preview = value(await li.preview(file))!;
      expect(preview.otherReport).toEqual({ title: '政府工作报告（征求意见稿）', anchored: 1, total: 1 });
      expect(preview.members).toEqual([
        expect.objectContaining({ author: { id: 'u9', name: '赵磊' }, added: 1 }),
      ]);
      value(await li.main.handlers.applyImport(APP_EVENT, { reportId, token: preview.token }));
      // Attached to this report.
      expect(await li.list()).toEqual([{ ...foreign, reportId }]);
      await li.close();
    });
  });

  describe('ownership', () => {
    it('refuses to save or delete another member’s note, changing nothing; adopting a copy is mine', async () => {
      const zhang = await zhangWithNotes();
      const li = await member('u2', '李娜');
      await li.importPacks((await zhang.share('zhang.yandu.json')).file);
      const theirs = (await li.list()).find((a) => a.id === 'a-1')!;
      expect(theirs.author.id).toBe('u1');
      const listed = await li.list();
      const onDisk = snapshot(li.userData);
      const refusal = {
        ok: false,
        error: { code: 'not-own-annotation', message: expect.stringMatching(/其他成员的批注.*采用/) },
      };

      const edited = { ...theirs, note: '李娜改的', updatedAt: '2024-03-09T08:00:00.000Z' };
      // Edited as theirs, taken over under my name, or un-deleted under my name: all refused.
      expect(await li.main.handlers.saveAnnotation(APP_EVENT, { annotation: edited })).toEqual(refusal);
      expect(
        await li.main.handlers.saveAnnotation(APP_EVENT, {
          annotation: { ...edited, author: { id: 'u2', name: '李娜' } },
        }),
      ).toEqual(refusal);
      expect(
        await li.main.handlers.saveAnnotation(APP_EVENT, {
          annotation: li.note('4', { author: { id: 'u2', name: '李娜' } }),
        }),
      ).toEqual(refusal);
      // A new note claiming to be someone else's.
      expect(
        await li.main.handlers.saveAnnotation(APP_EVENT, {
          annotation: li.note('forged', { author: { id: 'u1', name: '张伟' } }),
        }),
      ).toEqual(refusal);
      expect(await li.main.handlers.deleteAnnotation(APP_EVENT, { reportId, id: 'a-1' })).toEqual(refusal);
      expect(await li.list()).toEqual(listed);
      expect(snapshot(li.userData)).toEqual(onDisk);

      // Adopting: a copy with a new id and my name, which I may then edit and delete.
      const adopted = { ...theirs, id: 'adopted-1', author: { id: 'u2', name: '李娜' } };
      expect(await li.main.handlers.saveAnnotation(APP_EVENT, { annotation: adopted })).toEqual({
        ok: true,
        value: adopted,
      });
      await li.save({ ...adopted, note: '我的看法', updatedAt: '2024-03-09T08:00:00.000Z' });
      expect((await li.list()).map((a) => [a.id, a.author.id, a.note])).toEqual([
        ['a-1', 'u1', '第1条笔记'],
        ['a-2', 'u1', '第2条笔记'],
        ['a-3', 'u1', '第3条笔记'],
        ['adopted-1', 'u2', '我的看法'],
      ]);
      // My pack carries the adopted copy, not the original.
      const mine = await li.share('li.yandu.json');
      expect(mine.pack.annotations.map((a) => a.id)).toEqual(['adopted-1']);
      await li.remove('adopted-1');
      expect((await li.list()).map((a) => a.id)).toEqual(['a-1', 'a-2', 'a-3']);
      await zhang.close();
      await li.close();
    });

    it('removes another member’s layer outright, and importing their pack again brings it back', async () => {
      const zhang = await zhangWithNotes();
      const li = await member('u2', '李娜');
      await li.save(li.note('l1', { target: PLACES.sub1 }));
      const { file } = await zhang.share('zhang.yandu.json');
      await li.importPacks(file);
      const withLayer = await li.list();
      expect(withLayer.map((a) => a.id)).toEqual(['a-1', 'a-2', 'a-3', 'a-l1']);

      const removed = value(await li.main.handlers.removeLayer(APP_EVENT, { reportId, authorId: 'u1' }));
      expect(removed.annotations.map((a) => a.id)).toEqual(['a-l1']);
      expect(await li.list()).toEqual([li.note('l1', { target: PLACES.sub1 })]);
      // Not tombstoned: nothing of theirs is left, so their pack counts as new again.
      expect(value(await li.main.annotations.listAll(reportId)).map((a) => a.author.id)).toEqual(['u2']);

      const { shown } = await li.importPacks(file);
      expect(shown.totals).toMatchObject({ added: 3, updated: 0, deleted: 0 });
      expect(await li.list()).toEqual(withLayer);
      await zhang.close();
      await li.close();
    });

    it('refuses to remove my own layer, changing nothing', async () => {
      const zhang = await zhangWithNotes();
      const listed = await zhang.list();
      const onDisk = snapshot(zhang.userData);
      expect(await zhang.main.handlers.removeLayer(APP_EVENT, { reportId, authorId: 'u1' })).toEqual({
        ok: false,
        error: { code: 'own-layer', message: expect.stringMatching(/不能移除自己的批注层/) },
      });
      expect(await zhang.list()).toEqual(listed);
      expect(snapshot(zhang.userData)).toEqual(onDisk);
      // A member with no notes here: nothing to remove, nothing written.
      expect(
        value(
          await zhang.main.handlers.removeLayer(APP_EVENT, { reportId, authorId: 'nobody' }),
        ).annotations.sort(byId),
      ).toEqual(listed);
      expect(snapshot(zhang.userData)).toEqual(onDisk);
      await zhang.close();
    });
  });

  describe('refusals', () => {
    it('refuses a pack of another report whose quotes do not anchor here, naming the file', async () => {
      const li = await member('u2', '李娜');
      await li.save(li.note('l1'));
      const file = path.join(li.files, '外省报告.yandu.json');
      const stranger = sampleAnnotation('r-province', 's1', {
        author: { id: 'u9', name: '外人' },
        target: { blockId: 'p3-2', start: 0, end: 6, exact: '毫不相干的话', prefix: '', suffix: '。' },
      });
      fs.writeFileSync(
        file,
        JSON.stringify(
          buildPack(
            { id: 'r-province', title: '某省政府工作报告' },
            stranger.author,
            [stranger],
            NOW.toISOString(),
          ),
        ),
      );
      const listed = await li.list();
      const onDisk = snapshot(li.userData);
      expect(await li.preview(file)).toEqual({
        ok: false,
        error: {
          code: 'other-report',
          message:
            '“外省报告.yandu.json”是另一份报告《某省政府工作报告》的批注，其引文在本报告中都找不到，未导入任何批注。',
        },
      });
      expect(await li.list()).toEqual(listed);
      expect(snapshot(li.userData)).toEqual(onDisk);
      await li.close();
    });

    it.each<[string, string | Buffer, string, RegExp]>([
      ['malformed JSON', '{"format": "yandu.annotations", ', 'bad-json', /不是有效的 JSON/],
      [
        'a future version',
        JSON.stringify({
          ...buildPack({ id: reportId, title: 't' }, { id: 'u9', name: '' }, [], NOW.toISOString()),
          version: 3,
        }),
        'future-version',
        /更新版本/,
      ],
      [
        'binary bytes',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]),
        'not-text',
        /不是文本文件/,
      ],
    ])(
      'refuses the whole import when one of several packs is %s, naming it, changing nothing',
      async (_label, content, code, message) => {
        const zhang = await zhangWithNotes();
        const wang = await member('u3', '王芳');
        await wang.save(wang.note('w1'));
        const li = await member('u2', '李娜');
        await li.save(li.note('l1'));
        const good = (await zhang.share('zhang.yandu.json')).file;
        const alsoGood = (await wang.share('wang.yandu.json')).file;
        const bad = path.join(li.files, '坏文件.yandu.json');
        fs.writeFileSync(bad, content);

        const listed = await li.list();
        const onDisk = snapshot(li.userData);
        const refused = await li.preview(good, bad, alsoGood);
        expect(refused).toEqual({ ok: false, error: { code, message: expect.stringMatching(message) } });
        const text = refused.ok ? '' : refused.error.message;
        expect(text).toContain('坏文件.yandu.json');
        expect(text).not.toContain('zhang.yandu.json');
        expect(text).toMatch(/未导入任何批注/);
        expect(await li.list()).toEqual(listed);
        expect(snapshot(li.userData)).toEqual(onDisk);
        await zhang.close();
        await wang.close();
        await li.close();
      },
    );

    it('refuses an unknown, used or replaced token, writing nothing', async () => {
      const zhang = await zhangWithNotes();
      const li = await member('u2', '李娜');
      const { file } = await zhang.share('zhang.yandu.json');
      const expired = {
        ok: false,
        error: { code: 'import-expired', message: expect.stringMatching(/预览已失效/) },
      };
      expect(await li.list()).toEqual([]); // opens the store: its empty journal and lock are made now
      const onDisk = snapshot(li.userData);
      expect(await li.main.handlers.applyImport(APP_EVENT, { reportId, token: 'made-up' })).toEqual(expired);

      const first = value(await li.preview(file))!;
      const second = value(await li.preview(file))!;
      expect(second.token).not.toBe(first.token);
      expect(await li.main.handlers.applyImport(APP_EVENT, { reportId, token: first.token })).toEqual(
        expired,
      );
      // A token is for its report only.
      expect(
        await li.main.handlers.applyImport(APP_EVENT, { reportId: 'r-other', token: second.token }),
      ).toEqual(expired);
      expect(await li.list()).toEqual([]);
      expect(snapshot(li.userData)).toEqual(onDisk);

      value(await li.main.handlers.applyImport(APP_EVENT, { reportId, token: second.token }));
      expect(await li.list()).toHaveLength(3);
      expect(await li.main.handlers.applyImport(APP_EVENT, { reportId, token: second.token })).toEqual(
        expired,
      );
      await zhang.close();
      await li.close();
    });

    it('answers null when the open dialog is cancelled, writing nothing', async () => {
      const li = await member('u2', '李娜');
      await li.save(li.note('l1'));
      const onDisk = snapshot(li.dir);
      expect(await li.preview()).toEqual({ ok: true, value: null });
      expect(await li.main.handlers.previewImport(APP_EVENT, { reportId })).toEqual({
        ok: true,
        value: null,
      });
      expect(snapshot(li.dir)).toEqual(onDisk);
      await li.close();
    });
  });

  describe('forged packs', () => {
    it('cannot change, delete or sign notes that are not the sender’s; the preview says they were refused', async () => {
      const li = await member('u2', '李娜');
      await li.save(li.note('mine', { note: '我自己的笔记' }));
      const before = await li.list();
      const forged = path.join(li.files, 'forged.yandu.json');
      const later = '2030-01-01T00:00:00.000Z';
      const [own] = before;
      fs.writeFileSync(
        forged,
        JSON.stringify(
          buildPack(
            { id: reportId, title: '报告' },
            { id: 'u1', name: '张伟' },
            [
              { ...own!, note: '被改写', author: { id: 'u1', name: '张伟' }, updatedAt: later },
              { ...own!, id: 'in-my-name', author: { id: 'u2', name: '李娜' }, updatedAt: later },
            ],
            later,
          ),
        ),
      );
      const shown = value(await li.preview(forged))!;
      expect(shown.totals).toMatchObject({ added: 0, updated: 0, deleted: 0, refused: 2 });
      expect(shown.writes).toBe(0);
      value(await li.main.handlers.applyImport(APP_EVENT, { reportId, token: shown.token }));
      expect(await li.list()).toEqual(before);
      await li.close();
    });
  });
});
