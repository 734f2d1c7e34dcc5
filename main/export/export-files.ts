/** What every "save a file for the user" path shares: the save dialog's shape and the default file name. */
import path from 'node:path';
import { localDate } from '../../core/export/sheet-text';
import { err } from '../../core/result';

export interface SaveDialogResult {
  canceled: boolean;
  filePath?: string;
}

/** The system save dialog, injected; `filterName` labels the file type in the dialog. */
export type SaveDialog = (options: {
  defaultPath: string;
  extension: string;
  filterName: string;
}) => Promise<SaveDialogResult>;

/** A title made safe for a file name on Windows, macOS and Linux. */
export const safeFileName = (title: string): string =>
  title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || '报告';

/** `title-what-2026-11-28` without extension, in the user's local date, as they would name it themselves. */
export function exportFileBaseName(title: string, what: string, now: Date): string {
  return `${safeFileName(title)}-${safeFileName(what)}-${localDate(now)}`;
}

/** The refusal when a chosen file cannot be written; the notes themselves are untouched. */
export const writeFailed = (filePath: string) =>
  err(
    'export-failed',
    `无法写入“${path.basename(filePath)}”：文件夹不存在、磁盘已满、文件正被其他程序打开或没有写入权限。批注本身未受影响。`,
  );
