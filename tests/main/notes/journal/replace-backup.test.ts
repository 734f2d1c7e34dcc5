/**
 * A restore (replaceAll) and removing a member's layer replace every note; the state they replace is backed up
 * first, and the replace does not go on while that backup cannot be written: what was there stays in some file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs } from '../../../../main/notes/journal/fs-seam';
import type { FsSeam } from '../../../../main/notes/journal/fs-seam';
import { note, open, pathsOf, tempDir } from './helpers';

/** The real file system with backups refused while `full()` says the disk is full. */
function backupsRefused(full: () => boolean): FsSeam {
  return {
    ...nodeFs,
    open: async (p, flags) => {
      if (full() && flags === 'wx' && /backups[\\/]snapshot-.*\.tmp-/.test(p))
        throw Object.assign(new Error('ENOSPC (simulated)'), { code: 'ENOSPC' });
      return nodeFs.open(p, flags);
    },
  };
}

/** Every file of the store, as text. */
function everything(dir: string): string {
  const p = pathsOf(dir);
  const list = (d: string) => {
    try {
      return readdirSync(d).map((n) => path.join(d, n));
    } catch {
      return [];
    }
  };
  return [p.snapshot, p.journal, ...list(p.backups), ...list(p.quarantine)]
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}

describe('replacing every note', () => {
  it('waits while the backup of what it replaces cannot be written, and goes on once it can', async () => {
    const dir = tempDir();
    let full = false;
    const store = await open(dir, { fs: backupsRefused(() => full) });
    expect((await store.put(note('old-1'))).ok).toBe(true);
    expect((await store.put(note('old-2'))).ok).toBe(true);
    full = true;
    const refused = await store.replaceAll([note('new')]);
    expect(refused.ok || refused.error.code).toBe('save-failed');
    expect(everything(dir)).toContain('a-old-1');
    full = false;
    expect((await store.retry()).ok).toBe(true);
    await store.close();
    const again = await open(dir);
    expect(again.list().map((a) => a.id)).toEqual(['a-new']);
    expect(everything(dir)).toContain('a-old-1'); // in a backup
  });

  it('backs up the state it replaces even when the previous session’s last backup failed', async () => {
    const dir = tempDir();
    const first = await open(dir, { fs: backupsRefused(() => true) });
    expect((await first.put(note('old-1'))).ok).toBe(true);
    await first.close(); // the compaction on close writes the snapshot, but not its backup
    const store = await open(dir);
    expect((await store.replaceAll([note('new')])).ok).toBe(true);
    await store.close();
    const backups = readdirSync(pathsOf(dir).backups).map((n) =>
      readFileSync(path.join(pathsOf(dir).backups, n), 'utf8'),
    );
    expect(backups.some((text) => text.includes('a-old-1'))).toBe(true);
  });
});
