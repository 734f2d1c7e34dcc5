/**
 * Journal lines that verify but carry hostile values (a seq near Number.MAX_SAFE_INTEGER, or wider than the backup
 * names' digits): such a line may cost at most itself. Every change acknowledged before and after it stays visible,
 * snapshots stay readable and every backup written stays listed.
 */
import { appendFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../../main/notes/journal/backups';
import { nodeFs } from '../../../../main/notes/journal/fs-seam';
import { encodeEntry } from '../../../../main/notes/journal/journal-format';
import { ids, note, open, pathsOf, reopenAfterCrash, runThenCrash, tempDir } from './helpers';

const AT = '2024-03-01T00:00:00.000Z';

/** A line with a valid checksum and a well-formed note, at any seq. */
function verifyingLine(seq: number, n: number | string): string {
  return encodeEntry({ seq, op: 'put', at: AT, annotation: note(`hostile-${n}`) });
}

/** Opens, adds notes, adds more after reopening, and checks that everything acknowledged is there, twice over. */
async function expectNothingLost(dir: string, before: string[], compactEvery: number): Promise<void> {
  const reopened = await reopenAfterCrash(dir, { compactEvery });
  expect(reopened.status.readOnly).toBe(false);
  expect(ids(reopened.list())).toEqual(expect.arrayContaining(before));
  const after: string[] = [];
  for (let i = 0; i < 7; i++) {
    const put = await reopened.put(note(`after-${i}`));
    expect(put.ok).toBe(true);
    after.push(`a-after-${i}`);
  }
  await reopened.close();
  const again = await open(dir, { compactEvery });
  expect(again.status.notices).toEqual([]);
  expect(ids(again.list())).toEqual(expect.arrayContaining([...before, ...after]));
  await again.close();
  // Every compaction left a backup the store can still see, and the newest one holds every change.
  const listed = await listBackups(nodeFs, pathsOf(dir).backups);
  expect(listed.length).toBe(readdirSync(pathsOf(dir).backups).length);
  expect(listed.length).toBeGreaterThan(0);
}

describe('journal lines that verify but carry hostile values', () => {
  it.each([
    ['near Number.MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER - 1],
    ['at Number.MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER],
    ['wider than the backup names (10^12)', 1e12],
    ['far ahead (10^15)', 1e15],
  ])('a seq %s costs at most its own line', async (_, seq) => {
    const dir = tempDir();
    await runThenCrash(dir, { compactEvery: 3 }, async (store) => {
      for (let i = 0; i < 2; i++) expect((await store.put(note(i))).ok).toBe(true);
    });
    appendFileSync(pathsOf(dir).journal, verifyingLine(seq, 'x'));
    await expectNothingLost(dir, ['a-0', 'a-1'], 3);
  });

  it('any hostile seq anywhere among good lines costs at most itself (fuzzed)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.integer({ min: -5, max: 5 }),
            fc.integer({ min: 1e11, max: Number.MAX_SAFE_INTEGER }),
            fc.constantFrom(Number.MAX_SAFE_INTEGER, 2 ** 53, 1.5, -1, 0),
          ),
          { minLength: 1, maxLength: 3 },
        ),
        fc.nat({ max: 4 }),
        async (hostileSeqs, goodBefore) => {
          const dir = tempDir();
          const before: string[] = [];
          await runThenCrash(dir, { compactEvery: 1000 }, async (store) => {
            for (let i = 0; i < goodBefore; i++) {
              expect((await store.put(note(i))).ok).toBe(true);
              before.push(`a-${i}`);
            }
          });
          for (const [i, seq] of hostileSeqs.entries())
            appendFileSync(pathsOf(dir).journal, verifyingLine(seq, i));
          await expectNothingLost(dir, before, 4);
        },
      ),
      { numRuns: 25 },
    );
  });
});
