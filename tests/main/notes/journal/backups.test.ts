/**
 * Verified rotating backups: each compaction leaves a backup that decodes, the newest N are kept, a
 * damaged one is quarantined rather than counted, and a restore (replaceAll) backs up what it replaces.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupSeq } from '../../../../main/notes/journal/backups';
import { decodeSnapshot } from '../../../../main/notes/journal/snapshot';
import { ids, note, open, pathsOf, REPORT, tempDir } from './helpers';

function backups(dir: string): string[] {
  return readdirSync(pathsOf(dir).backups).sort().reverse();
}

function decodeBackup(dir: string, name: string) {
  return decodeSnapshot(readFileSync(path.join(pathsOf(dir).backups, name), 'utf8'), REPORT);
}

describe('backups', () => {
  it('compaction writes a verified backup; the newest 3 are kept, newest first, each complete', async () => {
    const dir = tempDir();
    const store = await open(dir, { compactEvery: 4, keepBackups: 3 });
    for (let i = 0; i < 26; i++) expect((await store.put(note(i))).ok).toBe(true);
    await store.close();
    const names = backups(dir);
    expect(names.map(backupSeq)).toEqual([26, 24, 20]);
    for (const name of names) {
      const decoded = decodeBackup(dir, name);
      expect(decoded.kind).toBe('ok');
      if (decoded.kind === 'ok') expect(decoded.snapshot.annotations).toHaveLength(decoded.snapshot.seq);
    }
    // The newest backup is the snapshot itself, byte for byte.
    const snapshot = readFileSync(pathsOf(dir).snapshot);
    expect(readFileSync(path.join(pathsOf(dir).backups, names[0] ?? '')).equals(snapshot)).toBe(true);
  });

  it('a damaged backup is quarantined during rotation and never counts toward the ones kept', async () => {
    const dir = tempDir();
    const first = await open(dir, { compactEvery: 2, keepBackups: 2 });
    for (let i = 0; i < 4; i++) await first.put(note(i));
    await first.close();
    const [newest] = backups(dir);
    writeFileSync(path.join(pathsOf(dir).backups, newest ?? ''), 'not a snapshot');

    const store = await open(dir, { compactEvery: 2, keepBackups: 2 });
    for (let i = 4; i < 6; i++) await store.put(note(i));
    await store.retry(); // queued behind the compaction the last put started
    // Rotation sees seq 6 (good), 4 (damaged → quarantine), 2 (good): nothing is deleted.
    expect(backups(dir).map(backupSeq)).toEqual([6, 2]);
    expect(readdirSync(pathsOf(dir).quarantine)).toEqual([
      expect.stringMatching(/^snapshot-0*4-.*\.corrupt-/),
    ]);
  });

  it('replaceAll (restore from a backup) is all-or-nothing and backs up the state it replaces', async () => {
    const dir = tempDir();
    const store = await open(dir);
    await store.putMany([note(1), note(2)]);
    await store.put(note(3));

    const bad = await store.replaceAll([note(9), { ...note(10), color: 'pink' } as never]);
    expect(bad).toEqual({
      ok: false,
      error: { code: 'invalid-annotation', message: '第2条批注：颜色“pink”无效' },
    });
    expect(ids(store.list())).toEqual(['a-1', 'a-2', 'a-3']);

    expect(await store.replaceAll([note(9)])).toEqual({ ok: true, value: 1 });
    expect(ids(store.list())).toEqual(['a-9']);
    const restorable = backups(dir).map((name) => decodeBackup(dir, name));
    expect(
      restorable.some((d) => d.kind === 'ok' && ids(d.snapshot.annotations).join() === 'a-1,a-2,a-3'),
    ).toBe(true);
    await store.close();
    expect(ids((await open(dir)).list())).toEqual(['a-9']);
  });

  it('a missing snapshot is rebuilt from the newest backup and the journal', async () => {
    const dir = tempDir();
    const store = await open(dir, { compactEvery: 3 });
    for (let i = 0; i < 4; i++) await store.put(note(i));
    await store.close();
    const { snapshot } = pathsOf(dir);
    const { rmSync } = await import('node:fs');
    rmSync(snapshot);
    const again = await open(dir);
    expect(again.status.notices).toEqual([expect.stringMatching(/^批注快照文件缺失，已从 .* 的备份恢复/)]);
    expect(again.list()).toHaveLength(4);
  });
});
