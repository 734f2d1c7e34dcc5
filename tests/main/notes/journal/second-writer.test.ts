/**
 * Two writers on one folder (two conf processes lost about half of 600 updates, reliability notes
 * §3.3). The second store, in this process or another, must open read-only and say so; the writer's
 * acknowledged changes must all survive; a lock left by a dead process must not block the next start.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startWriter } from './child';
import { filesUnder, ids, note, open, pathsOf, tempDir } from './helpers';

const BUSY = /^另一个研读窗口（进程 \d+）正在编辑这份报告的批注，本窗口以只读方式打开/;

describe('a second writer', () => {
  it('in the same process: the second store is read-only, changes nothing, and loses nothing', async () => {
    const dir = tempDir();
    const first = await open(dir);
    await first.put(note(1));
    const second = await open(dir);
    expect(second.status.readOnly).toBe(true);
    expect(second.status.notices).toEqual([expect.stringMatching(BUSY)]);
    expect(ids(second.list())).toEqual(['a-1']);

    const before = filesUnder(pathsOf(dir).dir);
    expect(await second.put(note(2))).toEqual({
      ok: false,
      error: { code: 'read-only', message: '批注为只读（见提示），此修改未保存' },
    });
    expect((await second.remove('a-1')).ok).toBe(false);
    await second.close();
    expect(filesUnder(pathsOf(dir).dir)).toEqual(before);

    expect((await first.put(note(3))).ok).toBe(true);
    await first.close();
    const after = await open(dir);
    expect(after.status).toEqual({ readOnly: false, notices: [] });
    expect(ids(after.list())).toEqual(['a-1', 'a-3']);
  });

  it('in another process: read-only while it lives, writable once it is killed (stale lock taken over)', async () => {
    const dir = tempDir();
    const child = startWriter(dir, 'holder', 'hold');
    try {
      expect(await child.waitFor('held ')).toBe('held true');
      const mine = await open(dir);
      expect(mine.status.readOnly).toBe(true);
      expect(mine.status.notices[0]).toContain(`进程 ${child.process.pid}`);
      expect((await mine.put(note('mine'))).ok).toBe(false);
      await mine.close();
    } finally {
      child.process.kill('SIGKILL');
      await child.exited;
    }
    const after = await open(dir);
    expect(after.status).toEqual({ readOnly: false, notices: [] });
    expect(ids(after.list())).toEqual(['a-holder-held']);
  });

  it('two processes racing on one folder: one writes, the other is refused, no acknowledged update is lost', async () => {
    const dir = tempDir();
    const racers = [startWriter(dir, 'left'), startWriter(dir, 'right')];
    const opened = await Promise.all(racers.map((r) => r.waitFor('open ')));
    const statuses = opened.map((line) => JSON.parse(line.slice(5)) as { readOnly: boolean });
    expect(statuses.map((s) => s.readOnly).sort()).toEqual([false, true]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    for (const r of racers) r.process.kill('SIGKILL');
    await Promise.all(racers.map((r) => r.exited));

    const acked = racers.flatMap((r) => r.lines.filter((l) => l.startsWith('put ')).map((l) => l.slice(4)));
    const reader = racers.find((_, i) => statuses[i]?.readOnly);
    expect(reader?.lines.some((l) => l.startsWith('put '))).toBe(false);
    expect(acked.length).toBeGreaterThan(5);
    const store = await open(dir);
    const present = new Set(store.list().map((a) => a.id));
    expect(acked.filter((id) => !present.has(id))).toEqual([]);
  }, 20_000);

  it.each([
    ['a dead process', JSON.stringify({ pid: 2 ** 22 + 12345, token: 'old' })],
    ['garbage', '\u0000\u0000'],
  ])('a lock file left by %s is taken over without a notice', async (_, content) => {
    const dir = tempDir();
    const first = await open(dir);
    await first.put(note(1));
    await first.close();
    writeFileSync(pathsOf(dir).lock, content);
    const store = await open(dir);
    expect(store.status).toEqual({ readOnly: false, notices: [] });
    expect((await store.put(note(2))).ok).toBe(true);
  });
});
