/**
 * Deletes propagate whatever the clock says, and a note stays editable whatever time it carries: deletes are stamped
 * like edits (later than the version they replace), and every time the store writes lies in the accepted range.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeAnnotations } from '../../../../core/annotations/merge';
import { updateAnnotation } from '../../../../core/annotations/ops';
import { validateAnnotation } from '../../../../core/annotations/validate';
import { rmSync } from 'node:fs';
import { listBackups } from '../../../../main/notes/journal/backups';
import { nodeFs } from '../../../../main/notes/journal/fs-seam';
import { note, open, pathsOf, tempDir } from './helpers';

const LAST = '9999-12-31T23:59:59.999Z';

describe('a delete', () => {
  it('made while the clock is behind is still later than the version it deletes, and wins the merge', async () => {
    const edited = note(1, { updatedAt: '2024-06-01T12:00:00.000Z' });
    const store = await open(tempDir(), { now: () => new Date('2020-01-01T00:00:00.000Z') });
    expect((await store.put(edited)).ok).toBe(true);
    const removed = await store.remove('a-1');
    expect(removed.ok).toBe(true);
    if (!removed.ok) return;
    expect(Date.parse(removed.value.updatedAt)).toBeGreaterThan(Date.parse(edited.updatedAt));
    // Another member still holds the edited version: the delete must reach them.
    const merged = mergeAnnotations([edited], [removed.value]);
    expect(merged[0]?.deletedAt).toBeDefined();
  });

  it('with any clock and any stored time: later than what it deletes, or the range end', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.date({ min: new Date(0), max: new Date(LAST), noInvalidDate: true }),
        fc.date({ min: new Date(-1e14), max: new Date(8.64e15), noInvalidDate: true }),
        async (stored, clock) => {
          const store = await open(tempDir(), { now: () => clock });
          const before = note(1, { createdAt: stored.toISOString(), updatedAt: stored.toISOString() });
          expect((await store.put(before)).ok).toBe(true);
          const removed = await store.remove('a-1');
          expect(removed.ok).toBe(true);
          if (!removed.ok) return;
          expect(validateAnnotation(removed.value).ok).toBe(true);
          const after = Date.parse(removed.value.updatedAt);
          expect(after > stored.getTime() || removed.value.updatedAt === LAST).toBe(true);
          await store.close();
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('a note at the edge of the time range', () => {
  it('stored with the last instant of the range can be edited and deleted again and again', async () => {
    const dir = tempDir();
    const store = await open(dir, { now: () => new Date('2026-01-01T00:00:00.000Z') });
    let current = note(1, { createdAt: LAST, updatedAt: LAST });
    expect((await store.put(current)).ok).toBe(true);
    for (let i = 0; i < 3; i++) {
      current = updateAnnotation(current, { note: `第${i}次修改` }, new Date().toISOString());
      expect(validateAnnotation(current).ok).toBe(true);
      expect((await store.put(current)).ok).toBe(true);
    }
    expect((await store.remove('a-1')).ok).toBe(true);
    await store.close();
    const again = await open(dir);
    expect(again.get('a-1')?.note).toBe('第2次修改');
    expect(again.get('a-1')?.deletedAt).toBe(LAST);
  });

  it.each([
    ['a year beyond 9999', '+010000-01-01T00:00:00.000Z'],
    ['an offset that lands beyond the range', '9999-12-31T23:59:59.999-01:00'],
    ['before 1970', '1969-12-31T23:59:59.999Z'],
  ])('refuses %s at the border, naming the range', (_, time) => {
    const checked = validateAnnotation(note(1, { updatedAt: time }));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error.message).toMatch(/修改时间/);
  });

  it('a clock beyond the range writes backups the store lists and restores from', async () => {
    const dir = tempDir();
    const s = await open(dir, { now: () => new Date(8.64e15) });
    expect((await s.put(note(1))).ok).toBe(true);
    await s.close();
    expect(await listBackups(nodeFs, pathsOf(dir).backups)).toHaveLength(1);
    rmSync(pathsOf(dir).snapshot);
    const again = await open(dir);
    expect(again.list().map((a) => a.id)).toEqual(['a-1']);
  });

  it('a clock beyond the range still makes versions the schema accepts', async () => {
    const store = await open(tempDir(), { now: () => new Date(8.64e15) });
    expect((await store.put(note(1))).ok).toBe(true);
    const removed = await store.remove('a-1');
    expect(removed.ok && removed.value.updatedAt).toBe(LAST);
  });
});
