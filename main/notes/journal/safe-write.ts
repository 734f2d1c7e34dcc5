/**
 * Writes that cannot leave a half-written file in place of a good one (DESIGN §5): every byte count
 * is checked, short writes loop, and a file is only renamed over its predecessor after fsync and a
 * byte-for-byte re-read. conf/atomically ignore short writes, which truncates files on a full disk.
 */
import path from 'node:path';
import { errorCode } from './fs-seam';
import type { FsSeam } from './fs-seam';

/** Temp files this module creates: `<name>.tmp-<pid>-<random>`. Left over only after a crash. */
export const TEMP_FILE = /\.tmp-\d+-[0-9a-z]+$/;

/** A write that made no progress: the disk is full even if the system did not say ENOSPC. */
export class ShortWriteError extends Error {
  readonly code = 'ESHORTWRITE';
  constructor(written: number, wanted: number) {
    super(`short write: ${written} of ${wanted} bytes`);
  }
}

/** Writes all of `bytes` at `position`, looping on short writes; throws when a write makes no progress. */
export async function writeAll(fsx: FsSeam, fd: number, bytes: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const n = await fsx.write(fd, bytes, done, bytes.length - done, position + done);
    if (!Number.isInteger(n) || n <= 0 || n > bytes.length - done)
      throw new ShortWriteError(done, bytes.length);
    done += n;
  }
}

/** Makes a rename or file creation in `dir` durable. Skipped where folders cannot be fsynced (Windows). */
export async function fsyncDir(fsx: FsSeam, dir: string): Promise<void> {
  let fd: number;
  try {
    fd = await fsx.open(dir, 'r');
  } catch (error) {
    if (['EISDIR', 'EPERM', 'EACCES'].includes(errorCode(error) ?? '')) return;
    throw error;
  }
  try {
    await fsx.fsync(fd);
  } catch (error) {
    if (!['EINVAL', 'EPERM', 'EBADF'].includes(errorCode(error) ?? '')) throw error;
  } finally {
    await fsx.close(fd);
  }
}

/** What a safe write takes: text, bytes, or bytes in pieces (a snapshot line by line, never one huge buffer). */
export type WriteData = string | Uint8Array | readonly Uint8Array[];

function pieces(data: WriteData): readonly Uint8Array[] {
  if (typeof data === 'string') return [Buffer.from(data, 'utf8')];
  return data instanceof Uint8Array ? [data] : data;
}

/**
 * Replaces `file` with `data` atomically: temp file, full write, fsync, close, re-read and compare byte for byte,
 * rename, fsync the folder. On any failure the temp file is removed and `file` is left as it was.
 */
export async function safeWrite(fsx: FsSeam, file: string, data: WriteData): Promise<void> {
  const parts = pieces(data);
  const temp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  const fd = await fsx.open(temp, 'wx');
  try {
    try {
      let position = 0;
      for (const part of parts) {
        await writeAll(fsx, fd, part, position);
        position += part.length;
      }
      await fsx.fsync(fd);
    } finally {
      await fsx.close(fd);
    }
    if (!(await sameBytes(fsx, temp, parts))) {
      throw Object.assign(new Error(`verification failed: ${temp}`), { code: 'EVERIFY' });
    }
    await fsx.rename(temp, file);
  } catch (error) {
    await fsx.unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDir(fsx, path.dirname(file));
}

/** Whether `file` holds exactly `parts`, read back in bounded chunks. */
async function sameBytes(fsx: FsSeam, file: string, parts: readonly Uint8Array[]): Promise<boolean> {
  const fd = await fsx.open(file, 'r');
  const buffer = new Uint8Array(1024 * 1024);
  let position = 0;
  try {
    for (const part of parts) {
      for (let done = 0; done < part.length;) {
        const n = await fsx.read(fd, buffer, 0, Math.min(buffer.length, part.length - done), position);
        if (n <= 0) return false;
        if (!Buffer.from(buffer.buffer, 0, n).equals(part.subarray(done, done + n))) return false;
        done += n;
        position += n;
      }
    }
    // Nothing may follow what was written.
    return (await fsx.read(fd, buffer, 0, 1, position)) === 0;
  } finally {
    await fsx.close(fd);
  }
}
