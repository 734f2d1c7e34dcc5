/**
 * Truncated and garbage files. The store must load the newest valid snapshot or backup plus every
 * journal line that verifies, move what it cannot read to quarantine/ (never delete it), say so in
 * Chinese, and leave the folder repaired: the next open is clean.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { encodeSnapshot } from '../../../../main/notes/journal/snapshot';
import { ids, note, pathsOf, REPORT, reopenAfterCrash, runThenCrash, tempDir } from './helpers';

let dir: string;
const ALL = ids(Array.from({ length: 12 }, (_, i) => note(i)));

/**
 * Snapshot at seq 10 (a-0…a-9), backups at seq 10 and 5, journal lines 11–13 (a-10, a-11, delete a-3),
 * then a crash: no close, so the journal is not compacted away.
 */
beforeEach(async () => {
  dir = tempDir();
  await runThenCrash(dir, { compactEvery: 5 }, async (store) => {
    for (let i = 0; i < 12; i++) expect((await store.put(note(i))).ok).toBe(true);
    expect((await store.remove('a-3', '2024-03-02T00:00:00.000Z')).ok).toBe(true);
  });
});

function quarantined(): string[] {
  const q = pathsOf(dir).quarantine;
  return existsSync(q) ? readdirSync(q).sort() : [];
}

function journalLines(): string[] {
  return readFileSync(pathsOf(dir).journal, 'utf8').split('\n');
}

async function expectCleanAfterRepair(expected: string[]) {
  const again = await reopenAfterCrash(dir);
  expect(again.status).toEqual({ readOnly: false, notices: [] });
  expect(ids(again.list())).toEqual(expected);
  expect((await again.put(note('after'))).ok).toBe(true);
}

describe('a damaged snapshot', () => {
  const damage: [string, (bytes: Buffer) => Buffer | string, RegExp][] = [
    ['truncated to half', (b) => b.subarray(0, b.length >> 1), /内容不完整/],
    ['with a bad checksum', (b) => b.toString('utf8').replace('第7条笔记', '第8条笔记'), /校验和不符/],
    [
      'replaced by random bytes',
      () => Buffer.from(Array.from({ length: 3000 }, () => (Math.random() * 256) | 0)),
      /内容不完整|格式不符/,
    ],
    ['empty', () => '', /文件为空/],
  ];

  it.each(damage)(
    '%s: restored from the newest backup plus the journal, file quarantined',
    async (_, spoil, why) => {
      const { snapshot } = pathsOf(dir);
      const bad = spoil(readFileSync(snapshot));
      writeFileSync(snapshot, bad);

      const store = await reopenAfterCrash(dir);
      expect(store.status.readOnly).toBe(false);
      const [notice] = store.status.notices;
      expect(notice).toMatch(why);
      expect(notice).toMatch(
        /^批注快照文件已损坏.*已从 .* 的备份恢复，并重放了之后的 3 条修改。损坏的文件已移至 quarantine\/snapshot\.json\.corrupt-.*，未被删除。$/,
      );
      expect(ids(store.list())).toEqual(ALL);
      expect(store.list().find((a) => a.id === 'a-3')?.deletedAt).toBe('2024-03-02T00:00:00.000Z');

      const [moved] = quarantined();
      expect(moved).toMatch(/^snapshot\.json\.corrupt-/);
      expect(readFileSync(path.join(pathsOf(dir).quarantine, moved ?? '')).equals(Buffer.from(bad))).toBe(
        true,
      );
      await store.close();
      await expectCleanAfterRepair(ALL);
    },
  );

  it('and a damaged newest backup: falls back to the next backup, quarantines both, reports the gap', async () => {
    const { snapshot, backups } = pathsOf(dir);
    writeFileSync(snapshot, 'garbage');
    const newest = readdirSync(backups).sort().reverse()[0] ?? '';
    writeFileSync(path.join(backups, newest), readFileSync(path.join(backups, newest)).subarray(0, 100));

    const store = await reopenAfterCrash(dir);
    const notices = store.status.notices.join('\n');
    expect(notices).toMatch(/已从 .* 的备份恢复/);
    expect(notices).toMatch(/有 1 个备份文件已损坏，已移至 quarantine\/snapshot-0*10-/);
    expect(notices).toMatch(/批注修改日志不完整：有 1 处修改记录缺失/);
    // The seq-5 backup (a-0…a-4) plus journal lines 11–13: a-5…a-9 were only in the two damaged files.
    expect(ids(store.list())).toEqual(['a-0', 'a-1', 'a-10', 'a-11', 'a-2', 'a-3', 'a-4']);
    expect(quarantined()).toHaveLength(2);
  });

  it('a record that no longer validates is skipped, the others load, the original is kept', async () => {
    const { snapshot } = pathsOf(dir);
    const good = Array.from({ length: 10 }, (_, i) => note(i));
    const pink = { ...note(99), color: 'pink' } as unknown as (typeof good)[number];
    writeFileSync(
      snapshot,
      Buffer.concat(
        encodeSnapshot({
          reportId: REPORT,
          seq: 10,
          savedAt: '2024-03-01T00:00:00Z',
          annotations: [...good, pink],
        }),
      ),
    );
    const store = await reopenAfterCrash(dir);
    expect(store.status.notices).toEqual([
      '批注快照中有 1 条批注无法读取，已跳过；原文件会另存到 quarantine/ 文件夹，不会被删除。',
    ]);
    expect(ids(store.list())).toEqual(ALL);
    const [copy] = quarantined();
    expect(readFileSync(path.join(pathsOf(dir).quarantine, copy ?? ''), 'utf8')).toContain('"pink"');
  });
});

describe('a damaged journal', () => {
  it('garbage lines in the middle are skipped; every verified line around them is replayed', async () => {
    const lines = journalLines();
    lines.splice(2, 0, '{"seq":12,"op":"put","garbage', '\u0000\u0001\u0002 二进制垃圾');
    writeFileSync(pathsOf(dir).journal, lines.join('\n'));
    const store = await reopenAfterCrash(dir);
    expect(store.status.notices).toEqual([
      expect.stringMatching(
        /^批注修改日志中有 2 行已损坏，已跳过。原日志已保留为 quarantine\/journal\.jsonl\.corrupt-/,
      ),
    ]);
    expect(ids(store.list())).toEqual(ALL);
    expect(quarantined()).toEqual([expect.stringMatching(/^journal\.jsonl\.corrupt-/)]);
    await store.close();
    await expectCleanAfterRepair(ALL);
  });

  it('a line whose bytes changed is rejected by its checksum; later lines still apply', async () => {
    const lines = journalLines();
    lines[2] = (lines[2] ?? '').replace('第11条笔记', '第12条笔记'); // a-11's line
    writeFileSync(pathsOf(dir).journal, lines.join('\n'));
    const store = await reopenAfterCrash(dir);
    expect(store.status.notices).toEqual([
      '批注修改日志不完整：有 1 处修改记录缺失，相应的修改可能未能恢复。',
      expect.stringMatching(/^批注修改日志中有 1 行已损坏/),
    ]);
    expect(ids(store.list())).toEqual(ALL.filter((id) => id !== 'a-11'));
    expect(store.list().find((a) => a.id === 'a-3')?.deletedAt).toBeDefined(); // seq 13, after the bad line
  });

  it('random bytes instead of a journal: the snapshot still loads, the bytes are kept', async () => {
    writeFileSync(pathsOf(dir).journal, Buffer.from(Array.from({ length: 500 }, (_, i) => (i * 37) % 256)));
    const store = await reopenAfterCrash(dir);
    expect(store.status.notices.join('')).toMatch(/批注修改日志中有 \d+ 行已损坏/);
    expect(ids(store.list())).toEqual(ids(Array.from({ length: 10 }, (_, i) => note(i))));
    expect(quarantined()).toHaveLength(1);
  });

  it('an empty journal and an empty folder open cleanly and take writes', async () => {
    writeFileSync(pathsOf(dir).journal, '');
    const store = await reopenAfterCrash(dir);
    expect(store.status).toEqual({ readOnly: false, notices: [] });
    expect(store.list()).toHaveLength(10);
    expect((await store.put(note('x'))).ok).toBe(true);
    const fresh = await reopenAfterCrash(tempDir());
    expect(fresh.status).toEqual({ readOnly: false, notices: [] });
    expect(fresh.list()).toEqual([]);
  });

  it('a torn last line (a write the crash cut short, never acknowledged) is dropped silently, kept aside', async () => {
    const text = readFileSync(pathsOf(dir).journal, 'utf8');
    writeFileSync(pathsOf(dir).journal, text.slice(0, text.length - 40));
    const store = await reopenAfterCrash(dir);
    expect(store.status).toEqual({ readOnly: false, notices: [] });
    expect(store.list().find((a) => a.id === 'a-3')?.deletedAt).toBeUndefined();
    expect(quarantined()).toEqual([expect.stringMatching(/^journal\.jsonl\.corrupt-/)]);
    await store.close();
    await expectCleanAfterRepair(ALL);
  });

  it('leftover temp files from a crash mid-write are cleaned up, data untouched', async () => {
    writeFileSync(`${pathsOf(dir).snapshot}.tmp-123-abc`, '{"half":');
    const store = await reopenAfterCrash(dir);
    expect(store.status).toEqual({ readOnly: false, notices: [] });
    expect(ids(store.list())).toEqual(ALL);
    expect(readdirSync(pathsOf(dir).dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });
});
