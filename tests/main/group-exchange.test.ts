/** Study-group exchange through the real handlers: two installations share, import, re-import, remove layers. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationPack } from '../../core/annotations/model';
import type { Result } from '../../core/result';
import { fakeParse } from './fake-report';
import { APP_EVENT, sampleAnnotation, startMain } from './main-under-test';
import { tempDir } from './temp-dir';

const TEXT = '政府工作报告（县）\n全年经济增长5%左右。\n粮食产量稳定在较高水平。\n';
const OTHER_TEXT = '另一份报告\n毫不相干的一段文字。\n';
const reportId = (fakeParse(TEXT) as { ok: true; value: { id: string } }).value.id;

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** One member's installation with the report open and their name set. */
async function member(authorId: string, name: string, dir = tempDir()) {
  const main = startMain(dir, { authorId });
  value(await main.handlers.importReportText(APP_EVENT, { fileName: 'r.txt', text: TEXT }));
  value(await main.handlers.updateSettings(APP_EVENT, { authorName: name }));
  const files = path.join(dir, 'files');
  fs.mkdirSync(files, { recursive: true });
  const note = (n: string, overrides: Partial<Annotation> = {}) =>
    sampleAnnotation(reportId, n, {
      author: { id: authorId, name },
      target: { blockId: 'p1', start: 2, end: 6, exact: '经济增长', prefix: '全年', suffix: '5%' },
      ...overrides,
    });
  const save = async (annotation: Annotation) =>
    value(await main.handlers.saveAnnotation(APP_EVENT, { annotation }));
  const list = async () =>
    value(await main.handlers.listAnnotations(APP_EVENT, { reportId })).annotations.sort((a, b) =>
      a.id.localeCompare(b.id),
    );
  const share = async (file: string, filter = {}) => {
    main.saveDialogAnswers.push(path.join(files, file));
    value(await main.handlers.exportSharePack(APP_EVENT, { reportId, filter }));
    return JSON.parse(fs.readFileSync(path.join(files, file), 'utf8')) as AnnotationPack;
  };
  const preview = async (...packFiles: string[]) => {
    main.dialogAnswers.push(packFiles);
    return main.handlers.previewImport(APP_EVENT, { reportId });
  };
  const importPacks = async (...packFiles: string[]) => {
    const shown = value(await preview(...packFiles));
    if (!shown) throw new Error('cancelled');
    value(await main.handlers.applyImport(APP_EVENT, { reportId, token: shown.token }));
    return shown;
  };
  return { main, files, note, save, list, share, preview, importPacks };
}

describe('study-group exchange', () => {
  it('shares only my notes, filtered, with my deletions as bare tombstones and my name on them', async () => {
    const zhang = await member('zhang', '张伟');
    await zhang.save(zhang.note('1', { color: 'red', tags: ['审议'], author: { id: 'zhang', name: '' } }));
    await zhang.save(zhang.note('2', { color: 'green' }));
    await zhang.save(zhang.note('3', { color: 'red', note: '不该外传的删除内容', tags: ['私'] }));
    value(await zhang.main.handlers.deleteAnnotation(APP_EVENT, { reportId, id: 'a-3' }));
    const all = await zhang.share('all.yandu.json');
    expect(all.exportedBy).toEqual({ id: 'zhang', name: '张伟' });
    expect(all.annotations.map((a) => a.id)).toEqual(['a-1', 'a-2', 'a-3']);
    expect(all.annotations.every((a) => a.author.name === '张伟')).toBe(true);
    const tombstone = all.annotations.find((a) => a.id === 'a-3')!;
    expect(tombstone.deletedAt).toBeDefined();
    expect([tombstone.note, tombstone.tags]).toEqual(['', []]);
    const red = await zhang.share('red.yandu.json', { colors: ['red'] });
    expect(red.annotations.map((a) => a.id)).toEqual(['a-1', 'a-3']);
    const tagged = await zhang.share('tagged.yandu.json', { tags: ['审议'] });
    expect(tagged.annotations.map((a) => a.id)).toEqual(['a-1']);
  });

  it('imports after a preview per member; a second import of the same pack changes nothing', async () => {
    const zhang = await member('zhang', '张伟');
    const li = await member('li', '李娜');
    await zhang.save(zhang.note('z1'));
    await zhang.save(zhang.note('z2', { color: 'green' }));
    await li.save(li.note('l1'));
    await zhang.share('zhang.yandu.json');
    const packFile = path.join(zhang.files, 'zhang.yandu.json');

    const shown = await li.importPacks(packFile);
    expect(shown.fileNames).toEqual(['zhang.yandu.json']);
    expect(shown.members).toEqual([
      expect.objectContaining({ author: { id: 'zhang', name: '张伟' }, added: 2, updated: 0, deleted: 0 }),
    ]);
    expect((await li.list()).map((a) => a.id)).toEqual(['a-l1', 'a-z1', 'a-z2']);

    const store = path.join(path.dirname(li.main.settingsFile), 'annotations');
    const bytes = () =>
      fs
        .readdirSync(store, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => `${entry.name}:${fs.statSync(path.join(entry.parentPath, entry.name)).size}`)
        .sort();
    const before = bytes();
    const again = value(await li.preview(packFile))!;
    expect(again.totals).toMatchObject({ added: 0, updated: 0, deleted: 0, unchanged: 2 });
    value(await li.main.handlers.applyImport(APP_EVENT, { reportId, token: again.token }));
    expect((await li.list()).map((a) => a.id)).toEqual(['a-l1', 'a-z1', 'a-z2']);
    // Nothing was written: every file of the store has the size it had.
    expect(bytes()).toEqual(before);
  });

  it('a newer pack from the same member updates their layer, deletions included, in any order', async () => {
    const zhang = await member('zhang', '张伟');
    await zhang.save(zhang.note('z1'));
    await zhang.save(zhang.note('z2'));
    await zhang.share('v1.yandu.json');
    await zhang.save(zhang.note('z1', { note: '改过的笔记', updatedAt: '2024-03-02T08:00:00.000Z' }));
    value(await zhang.main.handlers.deleteAnnotation(APP_EVENT, { reportId, id: 'a-z2' }));
    await zhang.share('v2.yandu.json');
    const v1 = path.join(zhang.files, 'v1.yandu.json');
    const v2 = path.join(zhang.files, 'v2.yandu.json');

    const inOrder = await member('li', '李娜');
    await inOrder.importPacks(v1);
    const update = await inOrder.importPacks(v2);
    expect(update.totals).toMatchObject({ added: 0, updated: 1, deleted: 1 });
    const reversed = await member('wang', '王芳');
    await reversed.importPacks(v2);
    const stale = await reversed.importPacks(v1);
    // Both of v1's versions are older than what v2 brought (an edit and a delete): nothing goes back.
    expect(stale.totals).toMatchObject({ added: 0, updated: 0, deleted: 0, older: 2 });
    const together = await member('zhao', '赵磊');
    await together.importPacks(v1, v2);
    const expected = await inOrder.list();
    expect(expected.map((a) => [a.id, a.note])).toEqual([['a-z1', '改过的笔记']]);
    expect(await reversed.list()).toEqual(expected);
    expect(await together.list()).toEqual(expected);
  });

  it('keeps other members’ notes read-only in main, adopts a copy, and removes or restores a layer', async () => {
    const zhang = await member('zhang', '张伟');
    const li = await member('li', '李娜');
    await zhang.save(zhang.note('z1'));
    await zhang.share('zhang.yandu.json');
    const packFile = path.join(zhang.files, 'zhang.yandu.json');
    await li.importPacks(packFile);
    const [theirs] = await li.list();

    const edited = { ...theirs!, note: '李娜改的', updatedAt: '2024-03-09T08:00:00.000Z' };
    const refusedSave = await li.main.handlers.saveAnnotation(APP_EVENT, { annotation: edited });
    expect(refusedSave).toMatchObject({ ok: false, error: { code: 'not-own-annotation' } });
    const hijack = { ...edited, author: { id: 'li', name: '李娜' } };
    expect(await li.main.handlers.saveAnnotation(APP_EVENT, { annotation: hijack })).toMatchObject({
      ok: false,
    });
    const refusedDelete = await li.main.handlers.deleteAnnotation(APP_EVENT, { reportId, id: theirs!.id });
    expect(refusedDelete).toMatchObject({ ok: false, error: { code: 'not-own-annotation' } });
    expect(await li.list()).toEqual([theirs]);

    await li.save({ ...theirs!, id: 'adopted', author: { id: 'li', name: '李娜' } });
    expect((await li.list()).map((a) => [a.id, a.author.id])).toEqual([
      ['a-z1', 'zhang'],
      ['adopted', 'li'],
    ]);

    expect(await li.main.handlers.removeLayer(APP_EVENT, { reportId, authorId: 'li' })).toMatchObject({
      ok: false,
      error: { code: 'own-layer' },
    });
    const removed = value(await li.main.handlers.removeLayer(APP_EVENT, { reportId, authorId: 'zhang' }));
    expect(removed.annotations.map((a) => a.id)).toEqual(['adopted']);
    const back = await li.importPacks(packFile);
    expect(back.totals.added).toBe(1);
    expect((await li.list()).map((a) => a.id)).toEqual(['a-z1', 'adopted']);
  });

  it('refuses the whole import when one file is bad, naming it, and changes nothing', async () => {
    const zhang = await member('zhang', '张伟');
    const li = await member('li', '李娜');
    await zhang.save(zhang.note('z1'));
    await zhang.share('zhang.yandu.json');
    await li.save(li.note('l1'));
    const good = path.join(zhang.files, 'zhang.yandu.json');
    const bad: [string, string | Buffer, RegExp][] = [
      ['broken.yandu.json', '{"format":', /broken\.yandu\.json.*JSON/],
      ['future.yandu.json', '{"format":"yandu.annotations","version":7}', /future\.yandu\.json.*更新版本/],
      [
        'photo.yandu.json',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]),
        /不是文本文件/,
      ],
    ];
    for (const [name, content, message] of bad) {
      const file = path.join(li.files, name);
      fs.writeFileSync(file, content);
      const before = await li.list();
      const refused = await li.preview(good, file);
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.message).toMatch(message);
      expect(await li.list()).toEqual(before);
    }
  });

  it('refuses a pack of another report whose quotes do not anchor here; an expired token; a cancel is null', async () => {
    const dir = tempDir();
    const stranger = startMain(dir, { authorId: 'stranger' });
    const other = value(
      await stranger.handlers.importReportText(APP_EVENT, { fileName: 'o.txt', text: OTHER_TEXT }),
    );
    value(
      await stranger.handlers.saveAnnotation(APP_EVENT, {
        annotation: sampleAnnotation(other.report.id, 'o1', {
          author: { id: 'stranger', name: '外人' },
          target: { blockId: 'p1', start: 0, end: 4, exact: '毫不相干', prefix: '', suffix: '的一段' },
        }),
      }),
    );
    const file = path.join(dir, 'other.yandu.json');
    stranger.saveDialogAnswers.push(file);
    value(await stranger.handlers.exportSharePack(APP_EVENT, { reportId: other.report.id, filter: {} }));

    const li = await member('li', '李娜');
    const refused = await li.preview(file);
    expect(refused).toMatchObject({ ok: false, error: { code: 'other-report' } });
    if (!refused.ok) expect(refused.error.message).toContain('other.yandu.json');
    expect(await li.main.handlers.applyImport(APP_EVENT, { reportId, token: 'made-up' })).toMatchObject({
      ok: false,
      error: { code: 'import-expired' },
    });
    expect(value(await li.preview())).toBeNull();
  });
});
