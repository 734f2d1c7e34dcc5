/**
 * The file operations the annotation store uses, as one injectable object: the store never touches
 * `node:fs` directly, so tests can simulate short writes, a full disk or a failing fsync.
 */
import fs from 'node:fs';

/** What lstat says a path is, without following a link; null when nothing is there. */
export type PathKind = 'file' | 'dir' | 'link' | 'other';

/**
 * Promise-based, descriptor-level file operations; every call runs off the UI thread (libuv pool). Opens never
 * follow a symbolic link (ELOOP instead): the store must not read or write outside its folder.
 */
export interface FsSeam {
  /** `wx` fails with EEXIST when the path exists (used for the lock and temp files). */
  open(path: string, flags: 'r' | 'r+' | 'w' | 'wx'): Promise<number>;
  /** Writes at an explicit position and returns the byte count, which may be short. */
  write(fd: number, data: Uint8Array, offset: number, length: number, position: number): Promise<number>;
  /** Reads at an explicit position; 0 at the end of the file. */
  read(fd: number, into: Uint8Array, offset: number, length: number, position: number): Promise<number>;
  fsync(fd: number): Promise<void>;
  ftruncate(fd: number, length: number): Promise<void>;
  close(fd: number): Promise<void>;
  /** Reads a whole (small) file; rejects with ENOENT when it does not exist, ELOOP when it is a link. */
  readFile(path: string): Promise<Uint8Array>;
  /** What is at `path`, links not followed; null when nothing is. */
  lstat(path: string): Promise<PathKind | null>;
  rename(from: string, to: string): Promise<void>;
  /** A hard link: fails with EEXIST when `to` exists, so it creates a file atomically, content and all. */
  link(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Creates the folder and its parents; succeeds when it exists. */
  mkdir(path: string): Promise<void>;
  /** Names in a folder; rejects with ENOENT when it does not exist. */
  readdir(path: string): Promise<string[]>;
}

const { O_RDONLY, O_RDWR, O_WRONLY, O_CREAT, O_EXCL, O_TRUNC } = fs.constants;
// Windows has no O_NOFOLLOW; links there need privileges to create, and lstat still catches them.
const NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;
const FLAGS = {
  r: O_RDONLY | NOFOLLOW,
  'r+': O_RDWR | NOFOLLOW,
  w: O_WRONLY | O_CREAT | O_TRUNC | NOFOLLOW,
  wx: O_WRONLY | O_CREAT | O_EXCL | NOFOLLOW,
} as const;

function kindOf(stats: fs.Stats): PathKind {
  if (stats.isSymbolicLink()) return 'link';
  if (stats.isFile()) return 'file';
  return stats.isDirectory() ? 'dir' : 'other';
}

function call<T>(run: (done: (error: NodeJS.ErrnoException | null, value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value))));
}

/** The real file system. Files are created owner-only (0600): notes are private. */
export const nodeFs: FsSeam = {
  open: (path, flags) => call<number>((done) => fs.open(path, FLAGS[flags], 0o600, done)),
  write: (fd, data, offset, length, position) =>
    call<number>((done) => fs.write(fd, data, offset, length, position, (e, n) => done(e, n))),
  read: (fd, into, offset, length, position) =>
    call<number>((done) => fs.read(fd, into, offset, length, position, (e, n) => done(e, n))),
  fsync: (fd) => call<void>((done) => fs.fsync(fd, (e) => done(e, undefined))),
  ftruncate: (fd, length) => call<void>((done) => fs.ftruncate(fd, length, (e) => done(e, undefined))),
  close: (fd) => call<void>((done) => fs.close(fd, (e) => done(e, undefined))),
  readFile: async (path) => {
    const handle = await fs.promises.open(path, FLAGS.r);
    try {
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  },
  lstat: async (path) => {
    try {
      return kindOf(await fs.promises.lstat(path));
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  },
  rename: (from, to) => fs.promises.rename(from, to),
  link: (from, to) => fs.promises.link(from, to),
  unlink: (path) => fs.promises.unlink(path),
  mkdir: async (path) => void (await fs.promises.mkdir(path, { recursive: true, mode: 0o700 })),
  readdir: (path) => fs.promises.readdir(path),
};

/** The errno code of a thrown file-system error, or undefined. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error as { code: unknown };
  return typeof code === 'string' ? code : undefined;
}

/** Bytes as UTF-8 text; invalid sequences become U+FFFD, which then fails the checksum. */
export function utf8(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

/** Reads a file, or returns null when it does not exist; every other error propagates. */
export async function readIfExists(fsx: FsSeam, path: string): Promise<Uint8Array | null> {
  try {
    return await fsx.readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Lists a folder, or returns [] when it does not exist. */
export async function listIfExists(fsx: FsSeam, path: string): Promise<string[]> {
  try {
    return await fsx.readdir(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}
