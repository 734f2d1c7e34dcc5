/** Reading a report file the user chose, and writing the app's private copy of it without ever tearing it. */
import fs from 'node:fs';
import path from 'node:path';
import type { Result } from '../../core/result';
import { err, ok } from '../../core/result';

/** Largest report file accepted (60 MB); the government reports we know are well under 1 MB. */
export const REPORT_FILE_MAX_BYTES = 60 * 1024 * 1024;

/** A report file's name (for display) and its decoded text. */
export interface ReportFile {
  fileName: string;
  text: string;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, i) => bytes[i] === byte);

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Invalid bytes for this encoding, or (for gb18030) a runtime without the legacy decoder.
    return null;
  }
}

/**
 * Decodes report bytes strictly: UTF-8 (with or without BOM), UTF-16 with a BOM, else GB18030, which
 * covers the GBK files many Chinese offices still produce. Binary data is refused, never shown as mojibake.
 */
export function decodeReportBytes(bytes: Uint8Array): Result<string> {
  let text: string | null;
  if (startsWith(bytes, UTF8_BOM)) text = tryDecode('utf-8', bytes.subarray(3));
  else if (startsWith(bytes, [0xff, 0xfe])) text = tryDecode('utf-16le', bytes.subarray(2));
  else if (startsWith(bytes, [0xfe, 0xff])) text = tryDecode('utf-16be', bytes.subarray(2));
  else if (bytes.includes(0)) text = null;
  else text = tryDecode('utf-8', bytes) ?? tryDecode('gb18030', bytes);

  if (text === null || text.includes('\u0000')) {
    return err('not-text', '这个文件不是可读的文本文件。请选择 UTF-8 或 GBK 编码的 .txt 报告全文。');
  }
  if (text.trim() === '') return err('empty-file', '这个文件是空的，没有可以阅读的内容。');
  return ok(text);
}

/** Reads and decodes a report file the user chose; size and encoding problems come back as Chinese messages. */
export async function readReportFile(
  filePath: string,
  fsp: typeof fs.promises = fs.promises,
): Promise<Result<ReportFile>> {
  const fileName = path.basename(filePath);
  try {
    const info = await fsp.stat(filePath);
    if (!info.isFile()) return err('not-a-file', `“${fileName}”不是文件。`);
    if (info.size > REPORT_FILE_MAX_BYTES)
      return err('file-too-large', `“${fileName}”超过 60 MB，无法作为报告打开。`);
    const decoded = decodeReportBytes(await fsp.readFile(filePath));
    return decoded.ok ? ok({ fileName, text: decoded.value }) : decoded;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT') return err('file-not-found', `找不到文件“${fileName}”，它可能已被移动或删除。`);
    if (code === 'EACCES' || code === 'EPERM') return err('file-not-readable', `没有权限读取“${fileName}”。`);
    return err('file-read-failed', `读取“${fileName}”时出错，请重试。`);
  }
}

/**
 * Writes `text` to `file` so that a crash or a full disk leaves either the old file or the new one,
 * never a torn one: temp file, a write loop that checks byte counts (reliability-notes §3.3: single
 * writes can be short on a full disk), fsync, size check, rename, then fsync of the directory.
 */
export async function writeTextFileSafely(
  file: string,
  text: string,
  fsp: typeof fs.promises = fs.promises,
): Promise<void> {
  await writeBytesSafely(file, Buffer.from(text, 'utf8'), fsp);
}

/** The same verified write for bytes (a .docx, a PDF). */
export async function writeBytesSafely(
  file: string,
  data: Uint8Array,
  fsp: typeof fs.promises = fs.promises,
): Promise<void> {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const handle = await fsp.open(temp, 'wx', 0o600);
  try {
    let offset = 0;
    while (offset < data.length) {
      const { bytesWritten } = await handle.write(data, offset, data.length - offset, offset);
      if (bytesWritten <= 0) throw Object.assign(new Error(`no progress writing ${temp}`), { code: 'EIO' });
      offset += bytesWritten;
    }
    await handle.sync();
    await handle.close();
    const written = await fsp.stat(temp);
    if (written.size !== data.length) throw Object.assign(new Error(`short file ${temp}`), { code: 'EIO' });
    await fsp.rename(temp, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fsp.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(path.dirname(file), fsp);
}

/** Persists a rename (POSIX); Windows cannot open directories, and NTFS journals renames itself. */
async function syncDirectory(dir: string, fsp: typeof fs.promises): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fsp.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
