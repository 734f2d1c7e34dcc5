/** Export of a report's notes (backup pack or W3C JSON-LD) and restore from a backup after a preview. */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { AnnotationsSnapshot, RestorePreview } from '../../core/contract';
import {
  buildPack,
  diffForRestore,
  packLines,
  toWebAnnotations,
  webAnnotationLines,
} from '../../core/annotations/exchange';
import { rangeIso } from '../../core/annotations/time-range';
import type { AnnotationPack } from '../../core/annotations/model';
import type { Result } from '../../core/result';
import { err, ok } from '../../core/result';
import type { AnnotationsService } from './annotations-service';
import type { ReportLibrary } from '../reports/report-library';
import { exportFileBaseName, writeFailed, type SaveDialog } from '../export/export-files';
import { readPackFile } from '../exchange/pack-file';
import { writeTextFileSafely } from '../reports/report-files';
import type { OpenDialogResult } from '../reports/sessions';
import type { SettingsService } from '../settings/settings';

export interface BackupDeps {
  annotations: AnnotationsService;
  library: ReportLibrary;
  settings: SettingsService;
  showSaveDialog: SaveDialog;
  showOpenBackupDialog(): Promise<OpenDialogResult>;
  now(): Date;
}

export interface BackupService {
  exportTo(reportId: string, format: 'pack' | 'jsonld'): Promise<Result<{ fileName: string } | null>>;
  preview(reportId: string): Promise<Result<RestorePreview | null>>;
  apply(reportId: string, token: string): Promise<Result<AnnotationsSnapshot>>;
}

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
      const extension = format === 'pack' ? 'yandu.json' : 'jsonld';
      const base = exportFileBaseName(
        report.value.title,
        format === 'pack' ? '批注备份' : '批注',
        deps.now(),
      );
      const choice = await deps.showSaveDialog({
        defaultPath: `${base}.${extension}`,
        extension,
        filterName: format === 'pack' ? '研读批注备份' : 'W3C Web Annotation (JSON-LD)',
      });
      if (choice.canceled || !choice.filePath) return ok(null);
      const settings = deps.settings.get();
      // Line by line, so a backup of any size is written without one huge string and restores again.
      const content =
        format === 'pack'
          ? packLines(
              buildPack(
                { id: reportId, title: report.value.title },
                { id: deps.settings.authorId(), name: settings.authorName },
                all.value,
                rangeIso(deps.now().getTime()),
              ),
            )
          : webAnnotationLines(toWebAnnotations(report.value.doc, all.value));
      try {
        await writeTextFileSafely(choice.filePath, content);
      } catch {
        return writeFailed(choice.filePath);
      }
      return ok({ fileName: path.basename(choice.filePath) });
    },

    async preview(reportId) {
      const choice = await deps.showOpenBackupDialog();
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return ok(null);
      const pack = await readPackFile(filePath);
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
