/** Export of a report's notes (backup pack or W3C JSON-LD) and restore from a backup after a preview. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AnnotationsSnapshot, RestorePreview } from '../core/contract';
import { buildPack, diffForRestore, toWebAnnotations } from '../core/annotations/exchange';
import type { AnnotationPack } from '../core/annotations/model';
import { validatePack } from '../core/annotations/validate';
import type { Result } from '../core/result';
import { err, ok } from '../core/result';
import type { AnnotationsService } from './annotations-service';
import type { ReportLibrary } from './report-library';
import { writeTextFileSafely } from './report-files';
import type { OpenDialogResult } from './sessions';
import type { SettingsService } from './settings';

/** Largest backup accepted; 10,000 notes make about 6 MB. */
export const BACKUP_MAX_BYTES = 50 * 1024 * 1024;

export interface SaveDialogResult {
  canceled: boolean;
  filePath?: string;
}

export interface BackupDeps {
  annotations: AnnotationsService;
  library: ReportLibrary;
  settings: SettingsService;
  showSaveDialog(options: { defaultPath: string; extension: string }): Promise<SaveDialogResult>;
  showOpenBackupDialog(): Promise<OpenDialogResult>;
  now(): Date;
}

export interface BackupService {
  exportTo(reportId: string, format: 'pack' | 'jsonld'): Promise<Result<{ fileName: string } | null>>;
  preview(reportId: string): Promise<Result<RestorePreview | null>>;
  apply(reportId: string, token: string): Promise<Result<AnnotationsSnapshot>>;
}

/** Reads, decodes and validates a backup file; every problem is one Chinese sentence naming it. */
export async function readBackupFile(filePath: string): Promise<Result<AnnotationPack>> {
  const name = path.basename(filePath);
  try {
    const info = await fs.promises.stat(filePath);
    if (!info.isFile()) return err('not-a-file', `“${name}”不是文件。`);
    if (info.size > BACKUP_MAX_BYTES)
      return err('file-too-large', `“${name}”超过 50 MB，不是研读的批注备份。`);
    const bytes = await fs.promises.readFile(filePath);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return err('not-text', `“${name}”不是文本文件，不是研读的批注备份。`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return err('bad-json', `“${name}”不是有效的 JSON：${(error as Error).message}`);
    }
    const pack = validatePack(data);
    return pack.ok ? pack : err(pack.error.code, `“${name}”：${pack.error.message}`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (code === 'ENOENT') return err('file-not-found', `找不到文件“${name}”。`);
    return err('file-read-failed', `读取“${name}”时出错，请重试。`);
  }
}

const safeFileName = (title: string): string => title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || '报告';

/** Creates the service; one pending restore per report is kept between preview and apply. */
export function createBackupService(deps: BackupDeps): BackupService {
  const pending = new Map<string, { token: string; pack: AnnotationPack }>();

  async function reportTitle(
    reportId: string,
  ): Promise<Result<{ title: string; doc: Parameters<typeof toWebAnnotations>[0] }>> {
    const opened = await deps.library.openRecent(reportId);
    if (!opened.ok) return opened;
    const { report } = opened.value;
    return ok({ title: report.meta.title ?? '政府工作报告', doc: report });
  }

  return {
    async exportTo(reportId, format) {
      const report = await reportTitle(reportId);
      if (!report.ok) return report;
      const all = await deps.annotations.listAll(reportId);
      if (!all.ok) return all;
      // The user's local date, as they would write it on the file.
      const now = deps.now();
      const date = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      const extension = format === 'pack' ? 'yandu.json' : 'jsonld';
      const base = `${safeFileName(report.value.title)}-批注${format === 'pack' ? '备份' : ''}-${date}.${extension}`;
      const choice = await deps.showSaveDialog({ defaultPath: base, extension });
      if (choice.canceled || !choice.filePath) return ok(null);
      const settings = deps.settings.get();
      const content =
        format === 'pack'
          ? buildPack(
              { id: reportId, title: report.value.title },
              { id: deps.settings.authorId(), name: settings.authorName },
              all.value,
              deps.now().toISOString(),
            )
          : toWebAnnotations(report.value.doc, all.value);
      try {
        await writeTextFileSafely(choice.filePath, `${JSON.stringify(content, null, 2)}\n`);
      } catch {
        return err(
          'export-failed',
          `无法写入“${path.basename(choice.filePath)}”：磁盘已满或没有写入权限。批注本身未受影响。`,
        );
      }
      return ok({ fileName: path.basename(choice.filePath) });
    },

    async preview(reportId) {
      const choice = await deps.showOpenBackupDialog();
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return ok(null);
      const pack = await readBackupFile(filePath);
      if (!pack.ok) return pack;
      const current = await deps.annotations.list(reportId);
      if (!current.ok) return current;
      const token = randomUUID();
      pending.set(reportId, { token, pack: pack.value });
      // Compare as they would be stored here: a backup of another text of the report carries another report id.
      const incoming = pack.value.annotations.map((a) => ({ ...a, reportId }));
      const counts = diffForRestore(current.value.annotations, incoming);
      return ok({
        token,
        fileName: path.basename(filePath),
        exportedBy: pack.value.exportedBy,
        exportedAt: pack.value.exportedAt,
        ...(pack.value.report.id !== reportId ? { otherReportTitle: pack.value.report.title } : {}),
        ...counts,
      });
    },

    async apply(reportId, token) {
      const held = pending.get(reportId);
      if (!held || held.token !== token)
        return err('restore-expired', '这次恢复的预览已失效，请重新选择备份文件。');
      // Notes from a backup of another report are attached to this one; anchoring decides where they land.
      const annotations = held.pack.annotations.map((a) => ({ ...a, reportId }));
      const result = await deps.annotations.replaceAll(reportId, annotations);
      // A refusal leaves the preview usable, so the user can retry without choosing the file again.
      if (result.ok) pending.delete(reportId);
      return result;
    },
  };
}
