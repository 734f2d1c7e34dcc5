/**
 * Reading a file a person named (a report, a pack): only a regular file, and never more than a cap. A device
 * (`/dev/zero`), a FIFO or a socket is refused before a byte is read, and a file that grows while it is read is
 * refused once it passes the cap, so no file can block the reader or fill its memory.
 */
import fs from 'node:fs';

/** Why a file could not be read; callers word it for their readers. */
export type ReadProblem = 'not-found' | 'directory' | 'not-regular' | 'too-large' | 'not-readable' | 'failed';

/** The error readRegularFile throws for what it refuses itself; system errors pass through with their code. */
export class RefusedFileError extends Error {
  constructor(
    readonly code: 'EISDIR' | 'ENOTREGULAR' | 'EFBIG',
    filePath: string,
  ) {
    super(`${code}: ${filePath}`);
  }
}

/** What a failed readRegularFile means; any thrown value is accepted (a test seam may throw anything). */
export function readProblemOf(error: unknown): ReadProblem {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'not-found';
    case 'EISDIR':
      return 'directory';
    case 'ENOTREGULAR':
    case 'ENXIO': // a socket, or a FIFO on some systems
      return 'not-regular';
    case 'EFBIG':
      return 'too-large';
    case 'EACCES':
    case 'EPERM':
      return 'not-readable';
    default:
      return 'failed';
  }
}

/** The file operations used; a test seam (a handle whose file grows, lies about its size…). */
export interface ReadFs {
  stat(path: string): Promise<fs.Stats>;
  open(path: string, flags: number): Promise<fs.promises.FileHandle>;
}

// O_NONBLOCK: if the path became a FIFO after the stat, opening it must not wait for a writer.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

function refuseUnlessRegular(info: fs.Stats, filePath: string, maxBytes: number): void {
  if (info.isDirectory()) throw new RefusedFileError('EISDIR', filePath);
  if (!info.isFile()) throw new RefusedFileError('ENOTREGULAR', filePath);
  if (info.size > maxBytes) throw new RefusedFileError('EFBIG', filePath);
}

/**
 * The bytes of the regular file at `filePath`, at most `maxBytes` of them. Stat first, so a device is never
 * opened; then open and fstat the descriptor, which is what is read, and read at most `maxBytes + 1` bytes.
 */
export async function readRegularFile(
  filePath: string,
  maxBytes: number,
  fsp: ReadFs = fs.promises,
): Promise<Uint8Array> {
  refuseUnlessRegular(await fsp.stat(filePath), filePath, maxBytes);
  const handle = await fsp.open(filePath, OPEN_FLAGS);
  try {
    const info = await handle.stat();
    refuseUnlessRegular(info, filePath, maxBytes);
    const limit = maxBytes + 1;
    let buffer = Buffer.allocUnsafe(Math.min(info.size + 1, limit));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length >= limit) throw new RefusedFileError('EFBIG', filePath);
        // The file grew since the fstat: keep reading, up to the cap.
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
