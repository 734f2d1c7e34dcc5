/**
 * The real thing: a tiny tmpfs that actually fills up (reliability notes §3.3 reproduced conf's data
 * loss this way). Needs root and mount(8); elsewhere it is skipped with the reason shown, never silently.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSnapshot } from '../../../../main/notes/journal/snapshot';
import { ids, note, open, pathsOf, REPORT, tempDir } from './helpers';

/** Mounts a tmpfs of `size` at a new folder, or says why it cannot. */
function mountTmpfs(size: string): { dir: string; unmount: () => void } | { reason: string } {
  if (process.platform !== 'linux') return { reason: `needs Linux (this is ${process.platform})` };
  if (process.getuid?.() !== 0) return { reason: 'needs root to mount a tmpfs' };
  const dir = path.join(tempDir(), 'tmpfs');
  mkdirSync(dir);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    return {
      reason: `mount -t tmpfs failed: ${String((error as { stderr?: unknown }).stderr ?? error).trim()}`,
    };
  }
  return { dir, unmount: () => execFileSync('umount', [dir]) };
}

/** Fills the file system holding `dir` until it reports ENOSPC. */
function fill(file: string): void {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(64 * 1024, 120);
  try {
    for (;;) if (writeSync(fd, chunk) < chunk.length) break;
  } catch {
    // ENOSPC: full
  } finally {
    closeSync(fd);
  }
}

describe('a real full disk (tmpfs)', () => {
  it('keeps every acknowledged note and saves the kept edit once space is freed', async (ctx) => {
    const mounted = mountTmpfs('2m');
    if ('reason' in mounted) {
      console.warn(`[journal] real disk-full test skipped: ${mounted.reason}`);
      ctx.skip(`real disk-full test skipped: ${mounted.reason}`);
      return;
    }
    try {
      const dataDir = mounted.dir;
      const store = await open(dataDir, { compactEvery: 10 });
      for (let i = 0; i < 30; i++)
        expect((await store.put(note(i, { note: '笔记'.repeat(2000) }))).ok).toBe(true);
      const filler = path.join(dataDir, 'filler');
      fill(filler);

      const failed = await store.put(note('big', { note: '长'.repeat(100_000) }));
      expect(failed.ok || failed.error.message).toMatch(/^保存失败：磁盘空间不足/);
      expect(store.pending()).toBe(1);
      expect((await store.compact()).ok).toBe(false);
      const snapshot = readFileSync(pathsOf(dataDir).snapshot, 'utf8');
      expect(decodeSnapshot(snapshot, REPORT).kind).toBe('ok');

      const onDisk = await open(dataDir);
      expect(onDisk.status.readOnly).toBe(true);
      expect(onDisk.list()).toHaveLength(30);
      expect(onDisk.status.notices.filter((n) => !n.startsWith('另一个研读窗口'))).toEqual([]);

      rmSync(filler);
      expect((await store.retry()).ok).toBe(true);
      await store.close();
      await onDisk.close();
      const again = await open(dataDir);
      expect(again.status).toEqual({ readOnly: false, notices: [] });
      expect(ids(again.list())).toContain('a-big');
      expect(again.list()).toHaveLength(31);
      await again.close();
    } finally {
      mounted.unmount();
    }
  });
});
