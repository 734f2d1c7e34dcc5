/**
 * The CLI's standard output, written to the descriptor with a loop that checks every byte count. Node's own
 * stdout drops a short write to a file (a nearly full disk then gives exit 0 and a truncated file) and throws
 * ENOSPC or EPIPE out of an event handler; here every failure is kept, and reported once as one Chinese line.
 */
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Writes `length` bytes of `data` from `offset` at the descriptor's position; resolves to the count written. */
export type WriteFd = (fd: number, data: Uint8Array, offset: number, length: number) => Promise<number>;

const writeFd: WriteFd = (fd, data, offset, length) =>
  new Promise((resolve, reject) =>
    fs.write(fd, data, offset, length, null, (error, written) => (error ? reject(error) : resolve(written))),
  );

/** How long to wait before retrying when a non-blocking pipe is full (EAGAIN). */
const PIPE_FULL_RETRY_MS = 5;

export interface CliOutput {
  /** Queues `text`; writes go out in order. After a failure, later text is dropped. */
  write(text: string): void;
  /** Resolves once everything queued is written: undefined, or the failure as one Chinese line. */
  finished(): Promise<string | undefined>;
}

/** Why writing the output failed, in Chinese, for a system error code. */
export function outputFailureMessage(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'EPIPE':
    case 'ECONNRESET':
      return '无法写出结果：接收输出的管道已关闭（读取输出的程序提前退出了），输出不完整。';
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
    case 'ESHORTWRITE':
      return '无法写出结果：磁盘已满，输出不完整。';
    case 'EBADF':
      return '无法写出结果：标准输出已关闭。';
    default:
      return `无法写出结果${typeof code === 'string' ? `（${code}）` : ''}，输出不完整。`;
  }
}

/** Output to descriptor `fd` (1 for stdout); `write` is a test seam for short writes and a full disk. */
export function createCliOutput(fd: number, write: WriteFd = writeFd): CliOutput {
  let failure: unknown;
  let failed = false;
  let queue: Promise<void> = Promise.resolve();

  async function writeFully(bytes: Uint8Array): Promise<void> {
    let done = 0;
    while (done < bytes.length) {
      let written: number;
      try {
        written = await write(fd, bytes, done, bytes.length - done);
      } catch (error) {
        if ((error as { code?: unknown } | null)?.code !== 'EAGAIN') throw error;
        await sleep(PIPE_FULL_RETRY_MS);
        continue;
      }
      // A write that makes no progress is a full disk that did not say so.
      if (!Number.isInteger(written) || written <= 0 || written > bytes.length - done)
        throw Object.assign(new Error(`short write: ${done} of ${bytes.length} bytes`), {
          code: 'ESHORTWRITE',
        });
      done += written;
    }
  }

  return {
    write(text) {
      if (failed || text === '') return;
      const bytes = Buffer.from(text, 'utf8');
      queue = queue.then(async () => {
        if (failed) return;
        try {
          await writeFully(bytes);
        } catch (error) {
          failed = true;
          failure = error;
        }
      });
    },
    async finished() {
      await queue;
      return failed ? outputFailureMessage(failure) : undefined;
    },
  };
}
