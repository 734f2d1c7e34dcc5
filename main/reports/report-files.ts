/** Reading a report file the user chose, and writing the app's private copy of it without ever tearing it. */
import path from 'node:path';
import { REPORT_FILE_MAX_BYTES } from '../../core/contract';
import type { Result } from '../../core/result';
import { err, ok } from '../../core/result';
import type { FsSeam } from '../notes/journal/fs-seam';
import { nodeFs } from '../notes/journal/fs-seam';
import { safeWrite } from '../notes/journal/safe-write';
import { decodeReportText } from './decode-text';
import type { ReadFs } from './read-regular-file';
import { readProblemOf, readRegularFile } from './read-regular-file';

/** Largest report file accepted (60 MB), opened, dropped or read by the CLI. */
export { REPORT_FILE_MAX_BYTES };

/** A report file's name (for display) and its decoded text. */
export interface ReportFile {
  fileName: string;
  text: string;
}

const TOO_LARGE = `超过 ${REPORT_FILE_MAX_BYTES / 1024 / 1024} MB 的上限，无法作为报告打开`;

/**
 * A report file's bytes as text, however they reached main (read from disk, or dropped on the window): the size
 * cap, then the one decoder (decode-text.ts). Size and encoding problems come back as Chinese messages.
 */
export function decodeReportFile(fileName: string, bytes: Uint8Array): Result<ReportFile> {
  if (bytes.length > REPORT_FILE_MAX_BYTES) return err('file-too-large', `“${fileName}”${TOO_LARGE}。`);
  const decoded = decodeReportText(bytes, fileName);
  return decoded.ok ? ok({ fileName, text: decoded.value.text }) : decoded;
}

/** Reads and decodes a report text file; only a regular file, read up to the cap. */
export async function readReportFile(filePath: string, fsp?: ReadFs): Promise<Result<ReportFile>> {
  const bytes = await readReportFileBytes(filePath, fsp);
  return bytes.ok ? decodeReportFile(path.basename(filePath), bytes.value) : bytes;
}

/** The bytes of a report file of any format the user chose; only a regular file, read up to the cap. */
export async function readReportFileBytes(filePath: string, fsp?: ReadFs): Promise<Result<Uint8Array>> {
  const fileName = path.basename(filePath);
  try {
    return ok(await readRegularFile(filePath, REPORT_FILE_MAX_BYTES, fsp));
  } catch (error) {
    switch (readProblemOf(error)) {
      case 'not-found':
        return err('file-not-found', `找不到文件“${fileName}”，它可能已被移动或删除。`);
      case 'directory':
        return err('not-a-file', `“${fileName}”是一个文件夹，不是文件。`);
      case 'not-regular':
        return err('not-a-file', `“${fileName}”不是普通文件（可能是设备、管道或套接字），无法作为报告打开。`);
      case 'too-large':
        return err('file-too-large', `“${fileName}”${TOO_LARGE}。`);
      case 'not-readable':
        return err('file-not-readable', `没有权限读取“${fileName}”。`);
      case 'failed':
        return err('file-read-failed', `读取“${fileName}”时出错，请重试。`);
    }
  }
}

/**
 * Writes `text` to `file` so that a crash or a full disk leaves either the old file or the new one, never a
 * torn one: the project's one safe write (temp file, full write loop, fsync, verify, rename, fsync the folder).
 */
export async function writeTextFileSafely(
  file: string,
  text: string | readonly string[],
  fsx: FsSeam = nodeFs,
): Promise<void> {
  // Pieces (a pack, line by line) are written one after another, never joined into one string.
  await safeWrite(
    fsx,
    file,
    typeof text === 'string' ? text : text.map((piece) => Buffer.from(piece, 'utf8')),
  );
}

/** The same verified write for bytes (a .docx, a PDF). */
export async function writeBytesSafely(file: string, data: Uint8Array, fsx: FsSeam = nodeFs): Promise<void> {
  await safeWrite(fsx, file, data);
}
