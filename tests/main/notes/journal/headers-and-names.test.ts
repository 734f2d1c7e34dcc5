/**
 * Values a store takes from files other than journal lines: a journal header's seq, a snapshot header's seq, a
 * backup's name, a missing snapshot. None may hide a change acknowledged after it, and a store never opens silently
 * with less than it had.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seal } from '../../../../main/notes/journal/checksum';
import { encodeHeader } from '../../../../main/notes/journal/journal-format';
import { MAX_SEQ } from '../../../../main/notes/journal/limits';
import { ids, note, open, pathsOf, REPORT, reopenAfterCrash, runThenCrash, tempDir } from './helpers';

async function withNote(): Promise<string> {
  const dir = tempDir();
  const first = await open(dir);
  expect((await first.put(note('before'))).ok).toBe(true);
  await first.close();
  return dir;
}

async function expectAfterSurvives(dir: string, how: 'crash' | 'close'): Promise<void> {
  if (how === 'crash') {
    await runThenCrash(dir, {}, async (s) => {
      expect((await s.put(note('after'))).ok).toBe(true);
    });
  } else {
    const s = await open(dir);
    expect((await s.put(note('after'))).ok).toBe(true);
    await s.close();
  }
  const again = await reopenAfterCrash(dir);
  expect(ids(again.list())).toEqual(expect.arrayContaining(['a-after', 'a-before']));
  await again.close();
  const clean = await open(dir);
  expect(clean.status.notices).toEqual([]);
}

describe('seqs from headers and names', () => {
  it.each(['crash', 'close'] as const)(
    'a stray backup named with a seq at MAX_SEQ hides nothing (%s)',
    async (how) => {
      const dir = await withNote();
      writeFileSync(path.join(pathsOf(dir).backups, `snapshot-${MAX_SEQ}-2024.json`), 'garbage');
      await expectAfterSurvives(dir, how);
    },
  );

  it.each(['crash', 'close'] as const)(
    'a verifying journal header naming a seq ahead of the store hides nothing (%s)',
    async (how) => {
      const dir = await withNote();
      writeFileSync(pathsOf(dir).journal, encodeHeader(REPORT, 1e12));
      await expectAfterSurvives(dir, how);
    },
  );

  it('a verifying snapshot header at MAX_SEQ: later changes are still read back', async () => {
    const dir = tempDir();
    mkdirSync(pathsOf(dir).dir, { recursive: true });
    const header = {
      format: 'yandu.snapshot',
      version: 1,
      reportId: REPORT,
      seq: MAX_SEQ,
      savedAt: '2024-03-01T00:00:00Z',
    };
    writeFileSync(
      pathsOf(dir).snapshot,
      `${seal(JSON.stringify({ ...header, annotations: [note('before')] }))}\n`,
    );
    await expectAfterSurvives(dir, 'crash');
  });
});

describe('a missing snapshot with no backup', () => {
  it('is said, and the notes added afterwards survive a crash', async () => {
    const dir = tempDir();
    const s = await open(dir);
    for (let i = 0; i < 3; i++) expect((await s.put(note(i))).ok).toBe(true);
    await s.close(); // snapshot at 3, a journal that continues it
    rmSync(pathsOf(dir).snapshot);
    rmSync(pathsOf(dir).backups, { recursive: true });
    await runThenCrash(dir, {}, async (st) => {
      expect(st.status.notices).toEqual([expect.stringMatching(/^批注快照文件缺失，也没有可用的备份/)]);
      expect((await st.put(note('new'))).ok).toBe(true);
    });
    const again = await reopenAfterCrash(dir);
    expect(ids(again.list())).toContain('a-new');
  });

  it('the snapshot and the newest backup lost: the notes added afterwards survive a crash', async () => {
    const dir = tempDir();
    const first = await open(dir, { compactEvery: 2 });
    for (let i = 0; i < 4; i++) expect((await first.put(note(i))).ok).toBe(true);
    await first.close();
    const p = pathsOf(dir);
    writeFileSync(p.snapshot, 'garbage');
    const names = readdirSync(p.backups).sort();
    rmSync(path.join(p.backups, names.at(-1) ?? ''));
    await runThenCrash(dir, {}, async (s) => {
      expect((await s.put(note('after'))).ok).toBe(true);
    });
    expect(ids((await reopenAfterCrash(dir)).list())).toContain('a-after');
  });
});
