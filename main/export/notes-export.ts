/**
 * Notes for the meeting room: Markdown, Word or JSON files (every kind of EXPORT_KINDS), the system print
 * dialog, and Save as PDF of the print view the renderer shows. The printer is injected (Electron's webContents in
 * the app, Chromium's page.pdf in the e2e harness), so this file has no Electron import.
 */
import path from 'node:path';
import type { NotesExportFormat, NotesExportKind, PrintKind } from '../../core/contract';
import type { ColorKey } from '../../core/annotations/model';
import { paletteLabels } from '../../core/annotations/palette-labels';
import { localDate } from '../../core/export/sheet-text';
import type { NotesFilter } from '../../core/export/notes-model';
import type { DocumentOptions } from '../../core/export/paper';
import type { Result } from '../../core/result';
import { err, ok } from '../../core/result';
import type { AnnotationsService } from '../notes/annotations-service';
import { EXPORT_KINDS } from './render-notes';
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
    options?: DocumentOptions,
  ): Promise<Result<{ fileName: string } | null>>;
  print(): Promise<Result<null>>;
  savePdf(reportId: string, kind: PrintKind): Promise<Result<{ fileName: string } | null>>;
}

/** What a saved PDF is called by default, as the delegate would name it. */
const pdfName = (kind: PrintKind): string => (kind === 'report' ? '批注版' : EXPORT_KINDS[kind].name);

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
    async exportTo(reportId, format, kind, filter, options = {}) {
      const opened = await deps.library.openRecent(reportId);
      if (!opened.ok) return opened;
      const doc = opened.value.report;
      const all = await deps.annotations.listAll(reportId);
      if (!all.ok) return all;
      const settings = deps.settings.get();
      const labels: Record<ColorKey, string> = paletteLabels(settings.palette);
      const now = deps.now();
      const row = EXPORT_KINDS[kind];
      if (!row.formats.includes(format))
        return err('export-failed', `${row.name}不能导出为 ${FILTER_NAMES[format]}。`);
      const signer = {
        authorName: settings.authorName,
        authorId: deps.settings.authorId(),
        groupName: settings.groupName,
        date: localDate(now),
      };
      const title = doc.meta.title ?? '政府工作报告';
      const base = exportFileBaseName(title, row.name, now);
      return saveBytes(base, format, FILTER_NAMES[format], async () => {
        const outcome = await row.render(
          { doc, annotations: all.value, labels, filter, signer, options },
          format,
        );
        return outcome.bytes;
      });
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
      const base = exportFileBaseName(title, pdfName(kind), deps.now());
      return saveBytes(base, 'pdf', 'PDF', () => deps.printer.toPdf({ footerLabel: title }));
    },
  };
}
