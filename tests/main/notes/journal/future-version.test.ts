/**
 * Files written by a newer 研读 (format version 99): the store opens read-only, says so, shows what it
 * can read, and never changes a byte, whatever the user tries.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seal } from '../../../../main/notes/journal/checksum';
import { filesUnder, ids, note, open, pathsOf, REPORT, tempDir } from './helpers';

async function folderWith(files: { snapshot?: string; journal?: string }): Promise<string> {
  const dir = tempDir();
  const first = await open(dir);
  await first.put(note(1));
  await first.close();
  if (files.snapshot !== undefined) writeFileSync(pathsOf(dir).snapshot, files.snapshot);
  if (files.journal !== undefined) writeFileSync(pathsOf(dir).journal, files.journal);
  return dir;
}

async function expectReadOnlyAndUntouched(dir: string, notice: RegExp) {
  const before = filesUnder(pathsOf(dir).dir);
  const store = await open(dir, { compactEvery: 1 });
  expect(store.status.readOnly).toBe(true);
  expect(store.status.notices).toEqual([expect.stringMatching(notice)]);
  for (const attempt of [
    () => store.put(note(2)),
    () => store.remove('a-1'),
    () => store.putMany([note(3)]),
    () => store.replaceAll([]),
    () => store.compact(),
    () => store.retry(),
  ]) {
    const result = await attempt();
    expect(result.ok || result.error.code).toBe('read-only');
  }
  await store.close();
  expect(filesUnder(pathsOf(dir).dir)).toEqual(before);
  return store;
}

describe('data from a future version', () => {
  it('a version-99 snapshot: read-only, its readable records shown, bytes unchanged', async () => {
    const snapshot = `${JSON.stringify({
      format: 'yandu.snapshot',
      version: 99,
      reportId: REPORT,
      seq: 7,
      savedAt: '2031-01-01T00:00:00Z',
      annotations: [note('future'), { id: 'x', shape: 'unknown to v1' }],
      signature: 'sha3-…',
    })}\n`;
    const dir = await folderWith({ snapshot });
    const store = await expectReadOnlyAndUntouched(
      dir,
      /^批注快照文件来自更新版本的研读（格式版本 99），本窗口以只读方式打开，不会改动这些文件。/,
    );
    expect(ids(store.list())).toEqual(['a-future']);
  });

  it('a version-99 journal header: read-only, bytes unchanged', async () => {
    const header = seal(JSON.stringify({ format: 'yandu.journal', version: 99, reportId: REPORT }));
    const dir = await folderWith({ journal: `${header}\n{"seq":2,"op":"rename","v99":true}\n` });
    await expectReadOnlyAndUntouched(dir, /^批注修改日志来自更新版本的研读（格式版本 99）/);
  });

  it('a version-99 journal that checksums differently is still recognised, not quarantined', async () => {
    const header = JSON.stringify({ format: 'yandu.journal', version: 99, reportId: REPORT, sha256: 'abc' });
    const dir = await folderWith({ journal: `${header}\n` });
    await expectReadOnlyAndUntouched(dir, /格式版本 99/);
  });
});
