/**
 * Reads a file line by line in bounded chunks, so no file size can hide notes: a journal or snapshot of any size is
 * read without ever becoming one string (V8 refuses strings beyond about 512 M characters).
 */
import { errorCode } from './fs-seam';
import type { FsSeam } from './fs-seam';

/** One line, without its newline. */
export interface FileLine {
  /** The line's bytes, or null when it is longer than the reader's limit (it was skipped, not held in memory). */
  bytes: Uint8Array | null;
  /** The line's length in bytes, even when skipped. */
  length: number;
  /** False only for a last line with no newline after it (a write that was cut short). */
  terminated: boolean;
}

export interface LineReaderOptions {
  /** Bytes read per call (default 1 MiB). */
  chunkBytes?: number;
  /** Longer lines come back with `bytes: null` (default 256 MiB). */
  maxLineBytes?: number;
}

const NEWLINE = 0x0a;

/** Lines of `file`, or null when it does not exist. Other errors (ELOOP for a link, EIO) propagate. */
export async function readLinesIfExists(
  fsx: FsSeam,
  file: string,
  options: LineReaderOptions = {},
): Promise<AsyncGenerator<FileLine> | null> {
  let fd: number;
  try {
    fd = await fsx.open(file, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  return linesOf(fsx, fd, options);
}

async function* linesOf(fsx: FsSeam, fd: number, options: LineReaderOptions): AsyncGenerator<FileLine> {
  const chunk = new Uint8Array(options.chunkBytes ?? 1024 * 1024);
  const maxLine = options.maxLineBytes ?? 256 * 1024 * 1024;
  let parts: Uint8Array[] = [];
  let length = 0;
  let position = 0;
  const take = (): FileLine['bytes'] => {
    const bytes = length > maxLine ? null : concat(parts, length);
    parts = [];
    return bytes;
  };
  try {
    for (;;) {
      const n = await fsx.read(fd, chunk, 0, chunk.length, position);
      if (n <= 0) break;
      position += n;
      let start = 0;
      for (let end = chunk.indexOf(NEWLINE, 0); end !== -1 && end < n; end = chunk.indexOf(NEWLINE, start)) {
        keep(chunk.subarray(start, end));
        const lineLength = length;
        yield { bytes: take(), length: lineLength, terminated: true };
        length = 0;
        start = end + 1;
      }
      keep(chunk.subarray(start, n));
    }
    if (length > 0) yield { bytes: take(), length, terminated: false };
  } finally {
    await fsx.close(fd).catch(() => undefined);
  }

  function keep(piece: Uint8Array): void {
    if (piece.length === 0) return;
    length += piece.length;
    // Past the limit the line is only measured: its bytes are dropped as they arrive.
    if (length <= maxLine) parts.push(piece.slice());
    else parts = [];
  }
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
