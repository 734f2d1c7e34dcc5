/** Amendments (issue 16) go through the journal and the snapshot like every note, and come back whole. */
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../core/annotations/model';
import { decodeJournal, encodeEntry, encodeHeader } from '../../../../main/notes/journal/journal-format';
import { note, open, REPORT, reopenAfterCrash, runThenCrash, tempDir } from './helpers';

const AT = '2024-03-01T09:00:00.000Z';
const amendments: Annotation[] = [
  note('r', { kind: 'amendment', amendment: { action: 'replace', text: '增长5.5%' }, note: '与省里一致' }),
  note('i', { kind: 'amendment', amendment: { action: 'insertAfter', text: '以上' }, note: '' }),
  note('d', { kind: 'amendment', amendment: { action: 'delete', text: '' }, tags: ['删改'] }),
];

describe('amendments in the journal', () => {
  it('are stored, replayed after a crash, and compacted into the snapshot unchanged', async () => {
    const dir = tempDir();
    await runThenCrash(dir, {}, async (store) => {
      for (const a of amendments) expect((await store.put(a)).ok).toBe(true);
    });
    const replayed = await reopenAfterCrash(dir);
    expect(replayed.status.notices).toEqual([]);
    expect(replayed.list()).toEqual(expect.arrayContaining(amendments));
    await replayed.close();
    const fromSnapshot = await open(dir);
    expect(fromSnapshot.list()).toEqual(expect.arrayContaining(amendments));
  });

  it('refuses an amendment the schema refuses, before it is written', async () => {
    const store = await open(tempDir());
    const bad = note('x', { kind: 'amendment', amendment: { action: 'replace', text: '' } });
    const put = await store.put(bad);
    expect(put.ok || put.error.message).toMatch(/修改意见缺少修改后的文字/);
    expect(store.list()).toEqual([]);
  });

  it('a line holding an invalid amendment costs that line only', () => {
    const bad = {
      ...note('y'),
      kind: 'amendment',
      amendment: { action: 'rewrite', text: 'x' },
    } as unknown as Annotation;
    const text = [
      encodeHeader(REPORT, 0),
      encodeEntry({ seq: 1, op: 'put', at: AT, annotation: amendments[0] as Annotation }),
      encodeEntry({ seq: 2, op: 'put', at: AT, annotation: bad }),
    ].join('');
    const decoded = decodeJournal(text, REPORT);
    expect(decoded.badLines).toBe(1);
    expect(decoded.entries).toEqual([{ seq: 1, op: 'put', at: AT, annotation: amendments[0] }]);
  });
});
