import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReadFs } from '../../../main/reports/read-regular-file';
import { readProblemOf, readRegularFile } from '../../../main/reports/read-regular-file';
import { tempDir } from '../temp-dir';

const posix = process.platform !== 'win32';

/** The problem readRegularFile reports for `target`, or 'read' when it reads. */
async function problem(target: string, maxBytes = 100, fsp?: ReadFs): Promise<string> {
  try {
    await readRegularFile(target, maxBytes, fsp);
    return 'read';
  } catch (error) {
    return readProblemOf(error);
  }
}

describe('readRegularFile', () => {
  it('reads a regular file up to and including the cap', async () => {
    const file = path.join(tempDir(), 'r.txt');
    fs.writeFileSync(file, 'x'.repeat(100));
    expect(Buffer.from(await readRegularFile(file, 100)).toString()).toBe('x'.repeat(100));
    fs.appendFileSync(file, 'y');
    expect(await problem(file, 100)).toBe('too-large');
  });

  it('follows a symbolic link to a regular file (a user may name a link)', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'r.txt'), 'text');
    fs.symlinkSync(path.join(dir, 'r.txt'), path.join(dir, 'link.txt'));
    expect(Buffer.from(await readRegularFile(path.join(dir, 'link.txt'), 100)).toString()).toBe('text');
  });

  it('names a missing file, a directory and an unreadable file', async () => {
    const dir = tempDir();
    expect(await problem(path.join(dir, 'gone.txt'))).toBe('not-found');
    expect(await problem(path.join(dir, 'gone', 'x.txt'))).toBe('not-found');
    expect(await problem(dir)).toBe('directory');
    const file = path.join(dir, 'secret.txt');
    fs.writeFileSync(file, 'x');
    const denied: ReadFs = {
      stat: fs.promises.stat,
      open: () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })),
    };
    expect(await problem(file, 100, denied)).toBe('not-readable');
  });

  it.runIf(posix)(
    'refuses a FIFO without waiting for a writer, and a device without reading it',
    async () => {
      const fifo = path.join(tempDir(), 'pipe');
      execFileSync('mkfifo', [fifo]);
      expect(await problem(fifo)).toBe('not-regular');
      expect(await problem('/dev/zero')).toBe('not-regular');
    },
  );

  it.runIf(posix)('refuses a path that became a FIFO after the stat, without blocking on open', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    fs.writeFileSync(path.join(dir, 'r.txt'), 'text');
    // stat sees a regular file, then the descriptor opened is the FIFO: the fstat is what counts.
    const swapped: ReadFs = {
      stat: () => fs.promises.stat(path.join(dir, 'r.txt')),
      open: (_path, flags) => fs.promises.open(fifo, flags),
    };
    expect(await problem(fifo, 100, swapped)).toBe('not-regular');
  });

  it('refuses a file that grows past the cap while it is read, reading at most cap + 1 bytes', async () => {
    const file = path.join(tempDir(), 'log.txt');
    fs.writeFileSync(file, 'small');
    let readBytes = 0;
    // fstat says 5 bytes; every read then finds more, as a file being appended to would.
    const growing: ReadFs = {
      stat: fs.promises.stat,
      open: (async (target: string, flags: number) => {
        const handle = await fs.promises.open(target, flags);
        return Object.assign(handle, {
          read: async (buffer: Buffer, offset: number, length: number) => {
            buffer.fill(0x61, offset, offset + length);
            readBytes += length;
            return { bytesRead: length, buffer };
          },
        });
      }) as ReadFs['open'],
    };
    expect(await problem(file, 1000, growing)).toBe('too-large');
    expect(readBytes).toBe(1001);
  });

  it('maps other system errors to a read failure', () => {
    expect(readProblemOf(Object.assign(new Error('EIO'), { code: 'EIO' }))).toBe('failed');
    expect(readProblemOf('not an error')).toBe('failed');
    expect(readProblemOf(null)).toBe('failed');
  });
});
