/**
 * Disk full and short writes (reliability notes §3.3: conf renames a truncated temp file over the good
 * one). Every test ends by reopening the store and checking that no acknowledged annotation is lost.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { faultyFs, ids, note, open, pathsOf, tempDir } from './helpers';

const FULL = '保存失败：磁盘空间不足，批注暂存在内存中，将自动重试';

describe('disk full and short writes', () => {
  it('loops on short writes: every write returning half its bytes still saves everything', async () => {
    const dir = tempDir();
    const fsx = faultyFs();
    fsx.halfWrites = true;
    const store = await open(dir, { fs: fsx, compactEvery: 3 });
    for (let i = 0; i < 8; i++) expect((await store.put(note(i))).ok).toBe(true);
    expect(fsx.writes).toBeGreaterThan(16); // the loop really ran
    await store.close();
    const again = await open(dir);
    expect(ids(again.list())).toEqual(ids([0, 1, 2, 3, 4, 5, 6, 7].map((i) => note(i))));
  });

  it('ENOSPC mid-line: the edit stays in memory, the files keep every acknowledged note, retry saves it', async () => {
    const dir = tempDir();
    const fsx = faultyFs();
    const store = await open(dir, { fs: fsx });
    for (let i = 0; i < 5; i++) expect((await store.put(note(i))).ok).toBe(true);

    fsx.spaceLeft = 100; // the next line is cut after 100 bytes, then ENOSPC
    const failed = await store.put(note('big', { note: '长'.repeat(5000) }));
    expect(failed).toEqual({ ok: false, error: { code: 'save-failed', message: FULL } });
    expect(store.pending()).toBe(1);
    expect(store.list().map((a) => a.id)).toContain('a-big');

    // A later edit while the disk is still full is kept too, in order.
    expect((await store.remove('a-1')).ok).toBe(false);
    expect(store.pending()).toBe(2);
    expect(store.listLive().map((a) => a.id)).not.toContain('a-1');

    // What is on disk right now (read by a second, read-only store) still holds all acknowledged notes.
    const onDisk = await open(dir);
    expect(onDisk.status.readOnly).toBe(true);
    expect(ids(onDisk.list())).toEqual(['a-0', 'a-1', 'a-2', 'a-3', 'a-4']);

    fsx.spaceLeft = null; // space comes back
    expect(await store.retry()).toEqual({ ok: true, value: null });
    expect(store.pending()).toBe(0);
    expect((await store.put(note(5))).ok).toBe(true);
    await store.close();

    const again = await open(dir);
    expect(again.status).toEqual({ readOnly: false, notices: [] });
    expect(ids(again.listLive())).toEqual(['a-0', 'a-2', 'a-3', 'a-4', 'a-5', 'a-big']);
    expect(again.list().find((a) => a.id === 'a-1')?.deletedAt).toBeDefined();
  });

  it('a failed write never leaves a torn line that a later line is glued to', async () => {
    const dir = tempDir();
    const fsx = faultyFs();
    const store = await open(dir, { fs: fsx });
    await store.put(note(0));
    fsx.spaceLeft = 37;
    expect((await store.put(note(1))).ok).toBe(false);
    fsx.spaceLeft = null;
    // The next edit saves everything pending, through a fresh snapshot rather than after the torn tail.
    expect((await store.put(note(2))).ok).toBe(true);
    expect(store.pending()).toBe(0);
    const journal = readFileSync(pathsOf(dir).journal, 'utf8');
    expect(journal.endsWith('\n')).toBe(true);
    for (const line of journal.trim().split('\n')) expect(() => JSON.parse(line) as unknown).not.toThrow();
    await store.close();
    expect(ids((await open(dir)).list())).toEqual(['a-0', 'a-1', 'a-2']);
  });

  it('ENOSPC during compaction leaves the old snapshot byte-for-byte and no temp file', async () => {
    const dir = tempDir();
    const fsx = faultyFs();
    const store = await open(dir, { fs: fsx, compactEvery: 1000 });
    for (let i = 0; i < 20; i++) await store.put(note(i, { note: '数据'.repeat(200) }));
    expect((await store.compact()).ok).toBe(true);
    const before = readFileSync(pathsOf(dir).snapshot);
    for (let i = 20; i < 25; i++) await store.put(note(i));

    fsx.spaceLeft = 4096; // the snapshot is far bigger
    const result = await store.compact();
    expect(result.ok).toBe(false);
    expect(readFileSync(pathsOf(dir).snapshot).equals(before)).toBe(true);
    expect(readdirSync(pathsOf(dir).dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
    // The journal was untouched by the failed compaction, so appends go on (no snapshot rewrite needed).
    fsx.spaceLeft = null;
    expect((await store.put(note(25))).ok).toBe(true);
    expect(readFileSync(pathsOf(dir).snapshot).equals(before)).toBe(true);
    await store.close();
    expect((await open(dir)).list()).toHaveLength(26);
  });

  it('EIO from fsync is a failed save: kept in memory and saved on retry', async () => {
    const dir = tempDir();
    const fsx = faultyFs();
    const store = await open(dir, { fs: fsx });
    await store.put(note(0));
    fsx.failFsync = true;
    const failed = await store.put(note(1));
    expect(failed.ok || failed.error.message).toBe('保存失败：磁盘读写错误，批注暂存在内存中，将自动重试');
    expect(store.pending()).toBe(1);
    fsx.failFsync = false;
    expect((await store.retry()).ok).toBe(true);
    await store.close();
    expect(ids((await open(dir)).list())).toEqual(['a-0', 'a-1']);
  });

  it('retries on its own once space returns', async () => {
    const dir = tempDir();
    const fsx = faultyFs();
    const store = await open(dir, { fs: fsx, retryDelayMs: 20 });
    fsx.spaceLeft = 0;
    expect((await store.put(note(0))).ok).toBe(false);
    fsx.spaceLeft = null;
    await expect.poll(() => store.pending(), { timeout: 2000, interval: 10 }).toBe(0);
    await store.close();
    expect(ids((await open(dir)).list())).toEqual(['a-0']);
  });

  it('a failed batch import is all-or-nothing on disk and complete after retry', async () => {
    const dir = tempDir();
    const fsx = faultyFs();
    const store = await open(dir, { fs: fsx });
    await store.put(note('kept'));
    fsx.spaceLeft = 2000;
    const batch = Array.from({ length: 50 }, (_, i) => note(`batch-${i}`));
    expect((await store.putMany(batch)).ok).toBe(false);
    expect(store.list()).toHaveLength(51);
    const onDisk = await open(dir);
    expect(ids(onDisk.list())).toEqual(['a-kept']); // none of the half-written batch
    fsx.spaceLeft = null;
    expect((await store.retry()).ok).toBe(true);
    await store.close();
    expect((await open(dir)).list()).toHaveLength(51);
  });
});
