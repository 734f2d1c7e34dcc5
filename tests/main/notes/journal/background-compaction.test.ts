/**
 * A routine compaction of a large store runs in the background: saves go on (and are acknowledged) while the
 * snapshot is written, then one short step swaps in a journal of the lines after it. Nothing acknowledged is lost,
 * whether the background snapshot finishes, fails, or a full compaction overtakes it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeFs } from '../../../../main/notes/journal/fs-seam';
import type { FsSeam } from '../../../../main/notes/journal/fs-seam';
import { decodeJournal } from '../../../../main/notes/journal/journal-format';
import { ids, note, open, pathsOf, REPORT, reopenAfterCrash, runThenCrash, tempDir } from './helpers';

/** The real file system, with the snapshot's temp file held open until `release()`, or made to fail. */
function gatedSnapshots() {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let failNext = false;
  let gated = 0;
  const fsx: FsSeam = {
    ...nodeFs,
    open: async (path, flags) => {
      if (/snapshot\.json\.tmp-/.test(path) && flags === 'wx') {
        gated++;
        await gate;
        if (failNext) {
          failNext = false;
          throw Object.assign(new Error('EIO (simulated)'), { code: 'EIO' });
        }
      }
      return nodeFs.open(path, flags);
    },
  };
  return {
    fsx,
    gated: () => gated,
    release: () => release(),
    failNextSnapshot: () => (failNext = true),
  };
}

describe('background compaction', () => {
  it('acknowledges saves while the snapshot is held up, then keeps only the later lines in the journal', async () => {
    const dir = tempDir();
    const gate = gatedSnapshots();
    const store = await open(dir, { fs: gate.fsx, compactEvery: 5, backgroundCompactionFrom: 0 });
    for (let i = 0; i < 5; i++) expect((await store.put(note(i))).ok).toBe(true);
    // The fifth put filled the journal: the background snapshot is now waiting at the gate.
    await expect.poll(() => gate.gated()).toBe(1);
    for (let i = 5; i < 9; i++) expect((await store.put(note(i))).ok).toBe(true);
    gate.release();
    await store.settled();
    const journal = decodeJournal(readFileSync(pathsOf(dir).journal, 'utf8'), REPORT);
    expect(journal.badLines).toBe(0);
    expect(journal.entries.map((e) => e.seq)).toEqual([6, 7, 8, 9]);
    await store.close();
    const again = await open(dir);
    expect(again.status.notices).toEqual([]);
    expect(ids(again.list())).toEqual(ids(Array.from({ length: 9 }, (_, i) => note(i))));
  });

  it('a background snapshot that fails costs nothing: the journal still holds every change', async () => {
    const dir = tempDir();
    const gate = gatedSnapshots();
    gate.failNextSnapshot();
    gate.release();
    await runThenCrash(dir, { fs: gate.fsx, compactEvery: 3, backgroundCompactionFrom: 0 }, async (store) => {
      for (let i = 0; i < 7; i++) expect((await store.put(note(i))).ok).toBe(true);
    });
    const again = await reopenAfterCrash(dir);
    expect(ids(again.list())).toEqual(ids(Array.from({ length: 7 }, (_, i) => note(i))));
  });

  it('a full compaction that overtakes a background one waits for it and wins; the old swap never runs', async () => {
    const dir = tempDir();
    const gate = gatedSnapshots();
    const store = await open(dir, { fs: gate.fsx, compactEvery: 3, backgroundCompactionFrom: 0 });
    for (let i = 0; i < 3; i++) expect((await store.put(note(i))).ok).toBe(true);
    await expect.poll(() => gate.gated()).toBe(1);
    expect((await store.put(note(3))).ok).toBe(true);
    const full = store.compact(); // waits behind the background snapshot
    gate.release();
    expect((await full).ok).toBe(true);
    expect((await store.put(note(4))).ok).toBe(true);
    await store.settled();
    const journal = decodeJournal(readFileSync(pathsOf(dir).journal, 'utf8'), REPORT);
    expect(journal).toMatchObject({ badLines: 0 });
    expect(journal.entries.map((e) => e.seq)).toEqual([5]);
    await store.close();
    expect(ids((await open(dir)).list())).toEqual(ids(Array.from({ length: 5 }, (_, i) => note(i))));
  });
});
