/** Shared pieces for the journal fault tests: temp folders, annotations, and a file system that fails on cue. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Annotation } from '../../../../core/annotations/model';
import { REPORT } from './sample';
import { openAnnotationStore } from '../../../../main/notes/journal/annotation-store';
import type { AnnotationStore, OpenStoreOptions } from '../../../../main/notes/journal/annotation-store';
import { nodeFs } from '../../../../main/notes/journal/fs-seam';
import type { FsSeam } from '../../../../main/notes/journal/fs-seam';
import { storePaths } from '../../../../main/notes/journal/store-paths';
import type { StorePaths } from '../../../../main/notes/journal/store-paths';

export { note, REPORT } from './sample';

const made: string[] = [];
const opened: AnnotationStore[] = [];

afterEach(async () => {
  for (const store of opened.splice(0)) await store.close().catch(() => undefined);
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh data folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'yandu-journal-'));
  made.push(dir);
  return dir;
}

/** The store's file paths for REPORT under `dataDir`. */
export function pathsOf(dataDir: string): StorePaths {
  return storePaths(dataDir, REPORT);
}

/** Opens a store for REPORT with quiet logs and no automatic retry; closed after the test. */
export async function open(
  dataDir: string,
  options: Partial<OpenStoreOptions> = {},
): Promise<AnnotationStore> {
  const store = await openAnnotationStore({
    dataDir,
    reportId: REPORT,
    retryDelayMs: 0,
    log: () => undefined,
    ...options,
  });
  opened.push(store);
  return store;
}

/** Ids of a list, sorted, for comparisons. */
export function ids(list: readonly Annotation[]): string[] {
  return list.map((a) => a.id).sort();
}

/** Every file under a folder with its bytes, to prove a store changed nothing. */
export function filesUnder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, name);
    try {
      out.set(name, readFileSync(file).toString('base64'));
    } catch {
      // a folder
    }
  }
  return out;
}

function fsError(code: string): Error {
  return Object.assign(new Error(`${code} (simulated)`), { code });
}

/** A real file system whose writes can run out of space, come back short, or whose fsync can fail. */
export interface FaultyFs extends FsSeam {
  /** Bytes that still fit; null = unlimited. A write past it is short, the next one throws ENOSPC. */
  spaceLeft: number | null;
  /** Every write writes only half of what it was asked to (at least one byte). */
  halfWrites: boolean;
  /** fsync throws EIO. */
  failFsync: boolean;
  /** Writes attempted so far. */
  writes: number;
  /** The process "dies": open files are closed and every later call throws EIO. */
  crash(): void;
}

/** Wraps the real file system (or `base`) with switchable faults. */
export function faultyFs(base: FsSeam = nodeFs): FaultyFs {
  const fds = new Set<number>();
  let dead = false;
  const alive = <T>(run: () => Promise<T>): Promise<T> => (dead ? Promise.reject(fsError('EIO')) : run());
  const seam: FaultyFs = {
    spaceLeft: null,
    halfWrites: false,
    failFsync: false,
    writes: 0,
    crash() {
      dead = true;
      for (const fd of fds) void base.close(fd).catch(() => undefined);
      fds.clear();
    },
    open: (p, flags) =>
      alive(async () => {
        const fd = await base.open(p, flags);
        fds.add(fd);
        return fd;
      }),
    write: (fd, data, offset, length, position) =>
      alive(async () => {
        seam.writes++;
        let n = seam.halfWrites ? Math.max(1, Math.floor(length / 2)) : length;
        if (seam.spaceLeft !== null) {
          if (seam.spaceLeft <= 0) throw fsError('ENOSPC');
          n = Math.min(n, seam.spaceLeft);
        }
        const written = await base.write(fd, data, offset, n, position);
        if (seam.spaceLeft !== null) seam.spaceLeft -= written;
        return written;
      }),
    read: (fd, into, offset, length, position) => alive(() => base.read(fd, into, offset, length, position)),
    fsync: (fd) => alive(() => (seam.failFsync ? Promise.reject(fsError('EIO')) : base.fsync(fd))),
    ftruncate: (fd, length) => alive(() => base.ftruncate(fd, length)),
    close: (fd) =>
      alive(() => {
        fds.delete(fd);
        return base.close(fd);
      }),
    readFile: (p) => alive(() => base.readFile(p)),
    lstat: (p) => alive(() => base.lstat(p)),
    rename: (a, b) => alive(() => base.rename(a, b)),
    link: (a, b) => alive(() => base.link(a, b)),
    unlink: (p) => alive(() => base.unlink(p)),
    mkdir: (p) => alive(() => base.mkdir(p)),
    readdir: (p) => alive(() => base.readdir(p)),
  };
  return seam;
}

/** Opens a store on a file system that can "die", runs `work`, then kills it: no close, no compaction. */
export async function runThenCrash(
  dataDir: string,
  options: Partial<OpenStoreOptions>,
  work: (s: AnnotationStore) => Promise<void>,
) {
  const fsx = faultyFs();
  const store = await open(dataDir, { ...options, fs: fsx });
  await work(store);
  // The fixtures describe a settled folder; crashes in the middle of a compaction are the SIGKILL and model tests'.
  await store.settled();
  fsx.crash();
}

/** Opens after a crash of a store in this process: the lock it left names a "dead" process. */
export function reopenAfterCrash(
  dataDir: string,
  options: Partial<OpenStoreOptions> = {},
): Promise<AnnotationStore> {
  return open(dataDir, { isAlive: () => false, ...options });
}
