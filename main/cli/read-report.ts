/**
 * Reads and parses a report file for a CLI command as the app reads one: only a regular file, the app's size cap,
 * the format from the content (Word, PDF, a saved web page, text through the app's decoder) and the same structure
 * rules, so every command sees the document model the app shows. Failure is reported as one Chinese line on stderr.
 */
import path from 'node:path';
import type { ReportDocument } from '../../core/report/model';
import { REPORT_FILE_MAX_BYTES } from '../reports/report-files';
import { documentOf } from '../reports/report-library';
import { readProblemOf, readRegularFile } from '../reports/read-regular-file';
import { extractReport } from '../reports/sources/read-source';
import type { CliIo } from './run-cli';
import { oneLine } from './run-cli';

/** Reads a file's bytes, throwing coded errors as readRegularFile does; a test seam. */
export type ReadFile = (path: string) => Promise<Uint8Array>;

/** The bytes of the report file at `path`, refused (EFBIG) past the app's cap. */
export const readReportBytes: ReadFile = (path) => readRegularFile(path, REPORT_FILE_MAX_BYTES);

/** Why `file` could not be read, as one Chinese sentence naming it; `limitMb` is the cap for its kind of file. */
export function readFailureMessage(file: string, error: unknown, limitMb: number): string {
  switch (readProblemOf(error)) {
    case 'not-found':
      return `找不到文件：${file}`;
    case 'directory':
      return `这是一个目录，不是文件：${file}`;
    case 'not-regular':
      return `不是普通文件（可能是设备、管道或套接字），不能读取：${file}`;
    case 'too-large':
      return `文件超过 ${limitMb} MB 的上限，不能读取：${file}`;
    case 'not-readable':
      return `没有权限读取文件：${file}`;
    case 'failed':
      return `无法读取文件：${file}`;
  }
}

/** The parsed report, or undefined after writing the reason to `io.stderr` (the caller exits 1). */
export async function readReport(
  file: string,
  io: CliIo,
  readFile: ReadFile = readReportBytes,
): Promise<ReportDocument | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    io.stderr(`${oneLine(readFailureMessage(file, error, REPORT_FILE_MAX_BYTES / 1024 / 1024))}\n`);
    return undefined;
  }
  const extracted = await extractReport(path.basename(file), bytes);
  if (!extracted.ok) {
    io.stderr(`${oneLine(extracted.error.message)}\n`);
    return undefined;
  }
  if (extracted.value.format !== 'txt' && extracted.value.notice !== undefined)
    io.stderr(`${oneLine(`注意：${extracted.value.notice}`)}\n`);
  const parsed = documentOf(extracted.value);
  if (!parsed.ok) {
    io.stderr(`${oneLine(`${parsed.error.message}（${file}）`)}\n`);
    return undefined;
  }
  return parsed.value;
}
