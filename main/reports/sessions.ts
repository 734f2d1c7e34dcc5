/**
 * Opening reports as sessions: pick the report, record it in the recent list, attach settings and any
 * notice. Shared by the IPC handlers and the application menu, so both open reports the same way.
 */
import path from 'node:path';
import type { Session } from '../../core/contract';
import type { ReportMeta } from '../../core/report/model';
import { structureNotice } from '../../core/report/structure-check';
import type { Result } from '../../core/result';
import { err, ok } from '../../core/result';
import type { RecentReport, Settings } from '../../core/settings';
import type { OpenedReport, ReportLibrary } from './report-library';
import type { SettingsService } from '../settings/settings';

/** What the system open dialog returns (Electron's `dialog.showOpenDialog` shape). */
export interface OpenDialogResult {
  canceled: boolean;
  filePaths: string[];
}

export interface SessionDeps {
  settings: SettingsService;
  library: ReportLibrary;
  /** Shows the system dialog for choosing a report file. */
  showOpenDialog: () => Promise<OpenDialogResult>;
  now: () => Date;
  /** Shown with the first session only, e.g. "the settings file was damaged and set aside". */
  startupNotice?: string;
  /** A report file the app was started to open (command line, double-click, macOS open-file); taken once. */
  takeLaunchFile?: () => string | null;
  log?: (message: string, error: unknown) => void;
}

export interface SessionService {
  /**
   * The report the app was started to open, else the last report read if it still opens, else the bundled one
   * (with a notice saying why).
   */
  start(): Promise<Result<Session>>;
  /** A report file named by path (command line, a second launch, macOS open-file). */
  openFile(filePath: string): Promise<Result<Session>>;
  openRecent(reportId: string): Promise<Result<Session>>;
  /** Null when the user cancels the dialog. */
  chooseFile(): Promise<Result<Session | null>>;
  importText(fileName: string, text: string): Promise<Result<Session>>;
  /** A dropped file's bytes, of any format the app reads (main decides it from the content). */
  importBytes(fileName: string, bytes: Uint8Array): Promise<Result<Session>>;
  forget(reportId: string): Promise<Result<RecentReport[]>>;
}

/** The title shown in the recent list; reports share the title 政府工作报告, so add the document number. */
export function recentTitle(meta: ReportMeta, fileName: string): string {
  const title = meta.title?.trim() || fileName.replace(/\.[^.]*$/, '');
  return meta.documentNumber ? `${title} · ${meta.documentNumber}` : title;
}

/** Creates the session service over injected settings, library, dialog and clock. */
export function createSessionService(deps: SessionDeps): SessionService {
  const { settings, library, log = console.error } = deps;
  let pendingNotice = deps.startupNotice;

  function toSession(opened: OpenedReport, fileName: string, extraNotice?: string): Session {
    // A report whose structure looks doubtful says so once, when it is opened (the same warnings as `check`).
    const notices = [pendingNotice, opened.notice, extraNotice, structureNotice(opened.report)];
    pendingNotice = undefined;
    const { report, bundled } = opened;
    let current: Settings;
    try {
      const entry = { id: report.id, title: recentTitle(report.meta, fileName), fileName, bundled };
      current = settings.recordOpened({ ...entry, openedAt: deps.now().toISOString() });
    } catch (error) {
      // The report is open; only the recent list could not be saved.
      log('could not record the opened report', error);
      current = settings.get();
      notices.push('无法保存“最近打开”列表，下次启动时可能需要重新打开这份报告。');
    }
    const notice = notices.filter(Boolean).join('\n');
    const author = { id: settings.authorId(), name: current.authorName };
    return { report, fileName, bundled, settings: current, author, ...(notice ? { notice } : {}) };
  }

  const withSession = (opened: Result<OpenedReport>, fileName?: string): Result<Session> =>
    opened.ok ? ok(toSession(opened.value, fileName ?? opened.value.fileName)) : opened;

  const recentFileName = (reportId: string): string | undefined =>
    settings.get().recentReports.find((r) => r.id === reportId)?.fileName;

  return {
    async start() {
      const launchFile = deps.takeLaunchFile?.() ?? null;
      if (launchFile !== null) {
        const opened = await library.importFile(launchFile);
        if (opened.ok) return withSession(opened);
        const why = `无法打开“${path.basename(launchFile)}”：${opened.error.message}`;
        pendingNotice = [pendingNotice, why].filter(Boolean).join('\n');
      }
      const lastId = settings.get().lastReportId;
      if (lastId !== undefined) {
        const last = await library.openRecent(lastId);
        if (last.ok) return withSession(last, recentFileName(lastId));
        const bundled = await library.openBundled();
        if (!bundled.ok) return bundled;
        const notice = `上次阅读的报告无法打开（${last.error.message}），已改为显示内置报告。`;
        return ok(toSession(bundled.value, bundled.value.fileName, notice));
      }
      return withSession(await library.openBundled());
    },

    async openFile(filePath) {
      return withSession(await library.importFile(filePath));
    },

    async openRecent(reportId) {
      return withSession(await library.openRecent(reportId), recentFileName(reportId));
    },

    async chooseFile() {
      const choice = await deps.showOpenDialog();
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return ok(null);
      return withSession(await library.importFile(filePath));
    },

    async importText(fileName, text) {
      return withSession(await library.importText(fileName, text));
    },

    async importBytes(fileName, bytes) {
      return withSession(await library.importBytes(fileName, bytes));
    },

    async forget(reportId) {
      if (await library.isBundled(reportId))
        return err('cannot-forget-bundled', '内置报告不能从列表中移除。');
      // Drop the entry first: a leftover copy is harmless, an entry without its copy is not.
      const recents = settings.forgetRecent(reportId);
      const removed = await library.forget(reportId);
      return removed.ok ? ok(recents) : removed;
    },
  };
}
