/**
 * One writer per report folder: a lock file created with `wx` holding the owner's pid. Two writers on
 * one file lost half their updates in our measurements (reliability notes §3.3), so a second process
 * (or a second store in this process) gets a read-only store instead.
 */
import path from 'node:path';
import { errorCode, readIfExists, utf8 } from './fs-seam';
import type { FsSeam } from './fs-seam';
import { fsyncDir, writeAll } from './safe-write';

/** Lock files held by stores in this process, by absolute path. */
const heldHere = new Set<string>();

/** Whether a process is running. A lock naming a dead process is stale and may be taken over. */
export type IsAlive = (pid: number) => boolean;

/** The outcome of trying to lock a folder. */
export type LockOutcome =
  { kind: 'held'; release: () => Promise<void> } | { kind: 'busy'; pid: number | null };

function defaultIsAlive(file: string): IsAlive {
  return (pid) => {
    // Our own pid in a lock we do not hold: left by an earlier run that had the same pid (containers).
    if (pid === process.pid) return heldHere.has(file);
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return errorCode(error) === 'EPERM';
    }
  };
}

function ownerPid(bytes: Uint8Array | null): number | null {
  try {
    const { pid } = JSON.parse(utf8(bytes ?? new Uint8Array())) as { pid?: unknown };
    return typeof pid === 'number' && Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock at `lockFile`, taking over a stale one; `busy` when a live process holds it. */
export async function acquireLock(fsx: FsSeam, lockFile: string, isAlive?: IsAlive): Promise<LockOutcome> {
  const file = path.resolve(lockFile);
  const alive = isAlive ?? defaultIsAlive(file);
  const token = Math.random().toString(36).slice(2);
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = await fsx.open(file, 'wx');
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
      let pid = ownerPid(await readIfExists(fsx, file));
      if (pid === null) {
        // A lock being written right now has no pid yet: look again before calling it stale.
        await new Promise((resolve) => setTimeout(resolve, 50));
        pid = ownerPid(await readIfExists(fsx, file));
      }
      if (pid !== null && alive(pid)) return { kind: 'busy', pid };
      if (!(await takeOver(fsx, file, pid))) return { kind: 'busy', pid };
      continue;
    }
    try {
      await writeAll(fsx, fd, Buffer.from(JSON.stringify({ pid: process.pid, token })), 0);
      await fsx.fsync(fd);
    } finally {
      await fsx.close(fd);
    }
    await fsyncDir(fsx, path.dirname(file));
    heldHere.add(file);
    return { kind: 'held', release: () => release(fsx, file, token) };
  }
  return { kind: 'busy', pid: null };
}

/** Moves a stale lock aside; if another process took it over in the meantime, puts theirs back. */
async function takeOver(fsx: FsSeam, file: string, stalePid: number | null): Promise<boolean> {
  const aside = `${file}.stale-${Math.random().toString(36).slice(2)}`;
  try {
    await fsx.rename(file, aside);
  } catch (error) {
    return errorCode(error) === 'ENOENT';
  }
  if (ownerPid(await readIfExists(fsx, aside)) !== stalePid) {
    await fsx.rename(aside, file).catch(() => undefined);
    return false;
  }
  await fsx.unlink(aside).catch(() => undefined);
  return true;
}

async function release(fsx: FsSeam, file: string, token: string): Promise<void> {
  heldHere.delete(file);
  const bytes = await readIfExists(fsx, file).catch(() => null);
  try {
    const content = JSON.parse(utf8(bytes ?? new Uint8Array())) as { token?: unknown };
    if (content.token === token) await fsx.unlink(file);
  } catch {
    // Not ours or unreadable: leave it; a stale lock is taken over on the next start.
  }
}
