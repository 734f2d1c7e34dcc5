/**
 * No file size can hide notes: the journal is compacted by bytes as well as by count, batches too long for one line
 * are saved by a snapshot, and journals and snapshots are read as streams, so even a journal larger than V8's
 * longest string (about 512 M characters) is replayed in full.
 */
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NOTE_MAX_LENGTH } from '../../../../core/annotations/validate';
import { encodeEntry, encodeHeader } from '../../../../main/notes/journal/journal-format';
import { COMPACT_JOURNAL_BYTES, MAX_ENTRY_BYTES } from '../../../../main/notes/journal/limits';
import { encodeSnapshot } from '../../../../main/notes/journal/snapshot';
import { ids, note, open, pathsOf, reopenAfterCrash, runThenCrash, tempDir } from './helpers';

const AT = '2024-03-01T00:00:00.000Z';

describe('size bounds', () => {
  it('compacts a journal by bytes: many saves of very long notes never make it grow past the bound', async () => {
    const dir = tempDir();
    const long = 'a'.repeat(NOTE_MAX_LENGTH);
    let largest = 0;
    await runThenCrash(dir, { compactEvery: 10_000 }, async (store) => {
      for (let i = 0; i < 24; i++) {
        expect((await store.put(note(i % 3, { note: `${i}${long}`.slice(0, NOTE_MAX_LENGTH) }))).ok).toBe(
          true,
        );
        await store.settled(); // waits for a compaction the put started
        largest = Math.max(largest, statSync(pathsOf(dir).journal).size);
      }
    });
    expect(largest).toBeLessThan(COMPACT_JOURNAL_BYTES + 2 * (NOTE_MAX_LENGTH + 1000));
    const again = await reopenAfterCrash(dir);
    expect(again.status.notices).toEqual([]);
    expect(again.get('a-2')?.note.startsWith('23')).toBe(true);
  }, 60_000);

  it('saves a batch too long for one journal line through a snapshot, all or nothing', async () => {
    const dir = tempDir();
    const big = Array.from({ length: 6 }, (_, i) =>
      note(`big-${i}`, { note: '长'.repeat(NOTE_MAX_LENGTH / 4) }),
    );
    expect(big.reduce((sum, a) => sum + a.note.length * 6, 0)).toBeGreaterThan(MAX_ENTRY_BYTES);
    await runThenCrash(dir, {}, async (store) => {
      expect((await store.putMany(big)).ok).toBe(true);
    });
    const journal = statSync(pathsOf(dir).journal).size;
    expect(journal).toBeLessThan(1000);
    expect(ids((await reopenAfterCrash(dir)).list())).toEqual(big.map((a) => a.id).sort());
  }, 60_000);

  it('writes a snapshot as one line per note, so its size is bounded only by memory', () => {
    const notes = Array.from({ length: 5 }, (_, i) => note(i, { note: 'x'.repeat(100_000) }));
    const pieces = encodeSnapshot({
      reportId: notes[0]?.reportId ?? '',
      seq: 5,
      savedAt: AT,
      annotations: notes,
    });
    expect(pieces).toHaveLength(notes.length + 2);
    for (const piece of pieces) expect(piece.length).toBeLessThan(101_000);
  });

  it('replays a journal longer than V8 can hold as one string', async () => {
    const dir = tempDir();
    const first = await open(dir);
    await first.put(note('first'));
    await first.close();
    // 280 saves of a 2 M-character note (the same note, so memory holds one): ~560 MB of journal.
    const fd = openSync(pathsOf(dir).journal, 'w');
    try {
      writeSync(fd, encodeHeader(note(0).reportId, 1));
      const body = 'z'.repeat(NOTE_MAX_LENGTH - 10);
      for (let seq = 2; seq < 282; seq++) {
        writeSync(
          fd,
          encodeEntry({ seq, op: 'put', at: AT, annotation: note('big', { note: `${seq}:${body}` }) }),
        );
      }
      writeSync(fd, encodeEntry({ seq: 282, op: 'put', at: AT, annotation: note('last') }));
    } finally {
      closeSync(fd);
    }
    expect(statSync(pathsOf(dir).journal).size).toBeGreaterThan(2 ** 29);
    const store = await open(dir);
    expect(store.status).toEqual({ readOnly: false, notices: [] });
    expect(ids(store.list())).toEqual(['a-big', 'a-first', 'a-last']);
    expect(store.get('a-big')?.note.startsWith('281:')).toBe(true);
    await store.close();
    expect(statSync(pathsOf(dir).journal).size).toBeLessThan(1000);
  }, 240_000);
});
