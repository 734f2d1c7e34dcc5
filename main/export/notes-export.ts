/**
 * Notes for the meeting room: Markdown, Word or JSON files (study sheet or deliberation draft), the system print
 * dialog, and Save as PDF of the print view the renderer shows. The printer is injected (Electron's webContents in
 * the app, Chromium's page.pdf in the e2e harness), so this file has no Electron import.
 */
import path from 'node:path';
import type { NotesExportFormat, NotesExportKind, PrintKind } from '../../core/contract';
import type { ColorKey } from '../../core/annotations/model';
import { paletteLabels } from '../../core/annotations/palette-labels';
import { localDate } from '../../core/export/sheet-text';
import { buildSheetModel, type NotesFilter } from '../../core/export/notes-model';
import type { Result } from '../../core/result';
import { err, ok } from '../../core/result';
import type { AnnotationsService } from '../notes/annotations-service';
import { renderNotes } from './render-notes';
import { exportFileBaseName, writeFailed, type SaveDialog } from './export-files';
import type { ReportLibrary } from '../reports/report-library';
import { writeBytesSafely } from '../reports/report-files';
import type { SettingsService } from '../settings/settings';

/** Prints the window's page as it is shown (the renderer has switched to a print view). */
export interface Printer {
  /** Opens the system print dialog; resolves false when the user cancels. */
  print(): Promise<boolean>;
  /** The page as an A4 PDF with page numbers in the footer. */
  toPdf(options: { footerLabel: string }): Promise<Uint8Array>;
}

export interface NotesExportDeps {
  annotations: AnnotationsService;
  library: ReportLibrary;
  settings: SettingsService;
  showSaveDialog: SaveDialog;
  printer: Printer;
  now(): Date;
}

export interface NotesExportService {
  exportTo(
    reportId: string,
    format: NotesExportFormat,
    kind: NotesExportKind,
    filter: NotesFilter,
  ): Promise<Result<{ fileName: string } | null>>;
  print(): Promise<Result<null>>;
  savePdf(reportId: string, kind: PrintKind): Promise<Result<{ fileName: string } | null>>;
}

/** What a saved PDF is called by default, as the delegate would name it. */
const PDF_NAMES: Record<PrintKind, string> = { notes: '学习笔记', report: '批注版', draft: '审议意见稿' };

const FILTER_NAMES: Record<NotesExportFormat, string> = {
  md: 'Markdown',
  docx: 'Word 文档',
  json: 'JSON',
};

export function createNotesExportService(deps: NotesExportDeps): NotesExportService {
  async function saveBytes(
    defaultName: string,
    extension: string,
    filterName: string,
    make: () => Promise<Uint8Array>,
  ): Promise<Result<{ fileName: string } | null>> {
    const choice = await deps.showSaveDialog({
      defaultPath: `${defaultName}.${extension}`,
      extension,
      filterName,
    });
    if (choice.canceled || !choice.filePath) return ok(null);
    let bytes: Uint8Array;
    try {
      bytes = await make();
    } catch {
      return err('export-failed', '生成文件时出错，请重试。批注本身未受影响。');
    }
    try {
      await writeBytesSafely(choice.filePath, bytes);
    } catch {
      return writeFailed(choice.filePath);
    }
    return ok({ fileName: path.basename(choice.filePath) });
  }

  return {
    async exportTo(reportId, format, kind, filter) {
      const opened = await deps.library.openRecent(reportId);
      if (!opened.ok) return opened;
      const doc = opened.value.report;
      const all = await deps.annotations.listAll(reportId);
      if (!all.ok) return all;
      const settings = deps.settings.get();
      const labels: Record<ColorKey, string> = paletteLabels(settings.palette);
      const model = buildSheetModel(kind, doc, all.value, { labels, filter });
      const now = deps.now();
      const header = {
        authorName: settings.authorName,
        authorId: deps.settings.authorId(),
        groupName: settings.groupName,
        date: localDate(now),
        kind,
      };
      const title = doc.meta.title ?? '政府工作报告';
      const base = exportFileBaseName(title, kind === 'draft' ? '审议意见稿' : '学习笔记', now);
      return saveBytes(base, format, FILTER_NAMES[format], () => renderNotes(model, header, format));
    },

    async print() {
      try {
        await deps.printer.print();
        return ok(null);
      } catch {
        return err('print-failed', '无法打开打印对话框：请检查打印机设置后重试。');
      }
    },

    async savePdf(reportId, kind) {
      const opened = await deps.library.openRecent(reportId);
      if (!opened.ok) return opened;
      const title = opened.value.report.meta.title ?? '政府工作报告';
      const base = exportFileBaseName(title, PDF_NAMES[kind], deps.now());
      return saveBytes(base, 'pdf', 'PDF', () => deps.printer.toPdf({ footerLabel: title }));
    },
  };
}
