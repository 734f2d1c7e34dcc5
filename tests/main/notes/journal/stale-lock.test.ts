/**
 * A lock left by a crash names a pid; after a reboot that pid may belong to any other program. Liveness is decided by
 * the writer's beacon (a socket the OS closes when the writer exits), so a lock whose pid is alive but is not a
 * running 研读 is taken over, while a live writer in another process still keeps the folder.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { beaconName } from '../../../../main/notes/journal/beacon';
import { startWriter } from './child';
import { ids, note, open, pathsOf, tempDir } from './helpers';

/** A process that is alive but is not 研读. */
function otherProgram() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)'], { stdio: 'ignore' });
  return { pid: child.pid ?? 0, stop: () => child.kill('SIGKILL') };
}

async function folderWithNote(): Promise<string> {
  const dir = tempDir();
  const first = await open(dir);
  await first.put(note(1));
  await first.close();
  return dir;
}

describe('a stale lock', () => {
  it.each([
    [
      'its pid now belongs to another program',
      (pid: number, file: string) => ({ pid, token: 'gone', beacon: beaconName(file, 'gone') }),
    ],
    ['from a build without beacons, with a live pid', (pid: number) => ({ pid, token: 'old' })],
    [
      'with our own pid (a container restart)',
      (_: number, file: string) => ({ pid: process.pid, token: 'x', beacon: beaconName(file, 'x') }),
    ],
  ])('is taken over when %s', async (_, content) => {
    const dir = await folderWithNote();
    const other = otherProgram();
    try {
      writeFileSync(pathsOf(dir).lock, JSON.stringify(content(other.pid, pathsOf(dir).lock)));
      const store = await open(dir);
      expect(store.status).toEqual({ readOnly: false, notices: [] });
      expect((await store.put(note(2))).ok).toBe(true);
      expect(ids(store.list())).toEqual(['a-1', 'a-2']);
      // The lock now names this store's own beacon.
      const held = JSON.parse(readFileSync(pathsOf(dir).lock, 'utf8')) as { pid: number; beacon: string };
      expect(held.pid).toBe(process.pid);
      expect(held.beacon).not.toBe(beaconName(pathsOf(dir).lock, 'gone'));
    } finally {
      other.stop();
    }
  });

  it('a stale lock’s socket file is removed only where the store makes them, never a path the lock merely names', async () => {
    const dir = await folderWithNote();
    const name = 'yandu-writer-0123456789abcdef-t.sock'; // the shape of our socket files
    const elsewhere = path.join(dir, 'elsewhere');
    mkdirSync(elsewhere);
    for (const [folder, label] of [
      [elsewhere, 'outside'],
      [path.dirname(pathsOf(dir).lock), 'beside the lock'],
    ] as const) {
      const file = path.join(folder, name);
      writeFileSync(file, label);
      writeFileSync(pathsOf(dir).lock, JSON.stringify({ pid: 1, token: 't', beacon: file }));
      const store = await open(dir);
      expect(store.status.readOnly).toBe(false);
      await store.close();
      expect(existsSync(file), label).toBe(folder === elsewhere);
    }
  });

  it('a live writer in another process is not taken over, and is once it exits', async () => {
    const dir = tempDir();
    const child = startWriter(dir, 'holder', 'hold');
    try {
      expect(await child.waitFor('held ')).toBe('held true');
      const mine = await open(dir);
      expect(mine.status.readOnly).toBe(true);
      await mine.close();
    } finally {
      child.process.kill('SIGKILL');
      await child.exited;
    }
    const after = await open(dir);
    expect(after.status.readOnly).toBe(false);
  }, 20_000);
});
