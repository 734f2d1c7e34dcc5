/** Reading a text file for the CLI: strict decoding, and one Chinese sentence for every way it can fail. */
import fs from 'node:fs';
import type { Result } from '../../core/result';
import { err, ok } from '../../core/result';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, i) => bytes[i] === byte);

function decode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes file bytes as text: UTF-8 (a BOM is accepted), or UTF-16 LE/BE with a BOM. NUL bytes or invalid UTF-8
 * mean a binary file, refused rather than shown as mojibake.
 */
export function decodeTextBytes(bytes: Uint8Array, name: string): Result<string> {
  if (bytes.length === 0) return err('empty-file', `文件为空：${name}`);
  let text: string | null;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) text = decode('utf-8', bytes.subarray(3));
  else if (startsWith(bytes, [0xff, 0xfe])) text = decode('utf-16le', bytes.subarray(2));
  else if (startsWith(bytes, [0xfe, 0xff])) text = decode('utf-16be', bytes.subarray(2));
  else text = bytes.includes(0) ? null : decode('utf-8', bytes);
  if (text === null || text.includes('\u0000')) {
    return err('not-text', `文件不是 UTF-8 文本（可能是二进制文件）：${name}`);
  }
  return ok(text);
}

/** The file system calls reading needs; a test seam. */
export type ReadFile = (path: string) => Promise<Uint8Array>;

/** Reads and decodes a text file; a missing file, a directory or an unreadable file comes back as a Chinese message. */
export async function readTextFile(
  path: string,
  readFile: ReadFile = (p) => fs.promises.readFile(p),
): Promise<Result<string>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT') return err('file-not-found', `找不到文件：${path}`);
    if (code === 'EISDIR') return err('not-a-file', `这是一个目录，不是文件：${path}`);
    if (code === 'EACCES' || code === 'EPERM') return err('file-not-readable', `没有权限读取文件：${path}`);
    return err('file-read-failed', `无法读取文件：${path}`);
  }
  return decodeTextBytes(bytes, path);
}
