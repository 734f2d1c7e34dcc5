/**
 * One writer per report folder: a lock file created with `wx`, naming the owner's pid, a token and its beacon (a
 * local socket the OS closes when the owner exits, beacon.ts). Two writers on one file lost half their updates in
 * our measurements (reliability notes §3.3), so a second process (or a second store in this process) gets a
 * read-only store. A lock whose beacon does not answer is stale — after a crash or a reboot, whatever process now has
 * its pid — and is taken over.
 */
import path from 'node:path';
import { beaconAnswers, beaconName, leftoverSocketFile, openBeacon } from './beacon';
import type { Beacon } from './beacon';
import { errorCode, readIfExists, utf8 } from './fs-seam';
import type { FsSeam } from './fs-seam';
import { fsyncDir, writeAll } from './safe-write';

/** Lock files held by stores in this process, by absolute path. */
const heldHere = new Set<string>();

/** Who a lock file names. A lock from before beacons names only a pid. */
export interface LockOwner {
  pid: number | null;
  token: string | null;
  beacon: string | null;
}

/** Whether the owner a lock names is a running writer; a test seam. */
export type IsAlive = (owner: LockOwner) => boolean | Promise<boolean>;

/** The outcome of trying to lock a folder. */
export type LockOutcome =
  { kind: 'held'; release: () => Promise<void> } | { kind: 'busy'; pid: number | null };

function defaultIsAlive(file: string): IsAlive {
  return async (owner) => {
    if (owner.pid === process.pid && heldHere.has(file)) return true;
    // A lock without a beacon comes from a build that cannot run beside this one (one app instance at a time).
    return owner.beacon !== null && (await beaconAnswers(owner.beacon));
  };
}

function readOwner(bytes: Uint8Array | null): LockOwner | null {
  try {
    const value = JSON.parse(utf8(bytes ?? new Uint8Array())) as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const { pid, token, beacon } = value as Record<string, unknown>;
    return {
      pid: typeof pid === 'number' && Number.isSafeInteger(pid) && pid > 0 ? pid : null,
      token: typeof token === 'string' ? token : null,
      beacon: typeof beacon === 'string' && beacon.length < 300 ? beacon : null,
    };
  } catch {
    return null;
  }
}

/** Takes the lock at `lockFile`, taking over a stale one; `busy` when a live writer holds it. */
export async function acquireLock(fsx: FsSeam, lockFile: string, isAlive?: IsAlive): Promise<LockOutcome> {
  const file = path.resolve(lockFile);
  const alive = isAlive ?? defaultIsAlive(file);
  const token = Math.random().toString(36).slice(2);
  // The beacon listens before the lock names it, so whoever reads the lock can already reach it.
  const beacon = await openBeacon(beaconName(file, token));
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      await setAsideIfNotAFile(fsx, file);
      const content = Buffer.from(JSON.stringify({ pid: process.pid, token, beacon: beacon.name }));
      // A lock that is there is looked at before anything is written (a full disk must not hide its owner).
      let created: 'held' | 'retry' | 'exists' = (await fsx.lstat(file)) === null ? 'retry' : 'exists';
      if (created === 'retry') {
        try {
          created = await createWithContent(fsx, file, content);
        } catch (error) {
          if (errorCode(error) !== 'EEXIST') throw error;
          created = 'exists';
        }
      }
      if (created === 'retry') continue;
      if (created === 'exists') {
        let owner = readOwner(await readIfExists(fsx, file));
        if (owner === null) {
          // A lock being written right now has no content yet: look again before calling it stale.
          await new Promise((resolve) => setTimeout(resolve, 50));
          owner = readOwner(await readIfExists(fsx, file));
        }
        if (owner !== null && (await alive(owner))) {
          await beacon.close();
          return { kind: 'busy', pid: owner.pid };
        }
        if (!(await takeOver(fsx, file, owner))) {
          await beacon.close();
          return { kind: 'busy', pid: owner?.pid ?? null };
        }
        continue;
      }
      await fsyncDir(fsx, path.dirname(file));
      heldHere.add(file);
      return { kind: 'held', release: () => release(fsx, file, token, beacon) };
    }
  } catch (error) {
    await beacon.close();
    throw error;
  }
  await beacon.close();
  return { kind: 'busy', pid: null };
}

/**
 * Creates the lock file with its content in one step: written to a file of its own, then hard-linked into place
 * (link fails with EEXIST when a lock exists), so no one ever reads a lock without an owner. Where hard links are
 * not supported, an exclusive create and a write; a reader then waits once for a lock still empty.
 */
async function createWithContent(fsx: FsSeam, file: string, content: Uint8Array): Promise<'held' | 'retry'> {
  const fresh = `${file}.new-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const fd = await fsx.open(fresh, 'wx');
  try {
    await writeAll(fsx, fd, content, 0);
    await fsx.fsync(fd);
  } finally {
    await fsx.close(fd);
  }
  try {
    await fsx.link(fresh, file);
    return 'held';
  } catch (error) {
    // Another holder cleaning up leftovers removed it in between: try again.
    if (errorCode(error) === 'ENOENT') return 'retry';
    if (errorCode(error) === 'EEXIST') throw error;
    return createExclusively(fsx, file, content);
  } finally {
    await fsx.unlink(fresh).catch(() => undefined);
  }
}

async function createExclusively(fsx: FsSeam, file: string, content: Uint8Array): Promise<'held'> {
  const fd = await fsx.open(file, 'wx');
  try {
    await writeAll(fsx, fd, content, 0);
    await fsx.fsync(fd);
  } finally {
    await fsx.close(fd);
  }
  return 'held';
}

/** A link (or folder) where the lock belongs is moved aside, never followed; leftovers are removed on open. */
async function setAsideIfNotAFile(fsx: FsSeam, file: string): Promise<void> {
  const kind = await fsx.lstat(file);
  if (kind !== null && kind !== 'file') await fsx.rename(file, staleName(file));
}

const staleName = (file: string) => `${file}.stale-${Math.random().toString(36).slice(2)}`;

/** Moves a stale lock aside; if another process took it over in the meantime, puts theirs back. */
async function takeOver(fsx: FsSeam, file: string, stale: LockOwner | null): Promise<boolean> {
  const aside = staleName(file);
  try {
    await fsx.rename(file, aside);
  } catch (error) {
    return errorCode(error) === 'ENOENT';
  }
  const moved = readOwner(await readIfExists(fsx, aside));
  if ((moved?.token ?? null) !== (stale?.token ?? null) || (moved?.pid ?? null) !== (stale?.pid ?? null)) {
    // Someone took the lock over meanwhile: put theirs back, without replacing a lock a third process has made.
    await fsx.link(aside, file).catch(() => undefined);
    await fsx.unlink(aside).catch(() => undefined);
    return false;
  }
  await fsx.unlink(aside).catch(() => undefined);
  const socket = stale?.beacon ? leftoverSocketFile(stale.beacon, path.dirname(file)) : null;
  if (socket) await fsx.unlink(socket).catch(() => undefined);
  return true;
}

async function release(fsx: FsSeam, file: string, token: string, beacon: Beacon): Promise<void> {
  heldHere.delete(file);
  try {
    const owner = readOwner(await readIfExists(fsx, file).catch(() => null));
    if (owner?.token === token) await fsx.unlink(file);
  } finally {
    // Not ours or unreadable: the lock is left alone; with the beacon closed it reads as stale.
    await beacon.close();
  }
}
