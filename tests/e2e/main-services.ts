/** The real main-side services over a data folder, as main/index.ts builds them, minus Electron. */
import { join, resolve } from 'node:path';
import Conf from 'conf';
import type { ContextMenuChoice, ContextMenuRequest, EventName, Events } from '../../core/contract';
import { createAnnotationsService } from '../../main/notes/annotations-service';
import { createBackupService } from '../../main/notes/annotation-backup';
import { createExchangeService } from '../../main/exchange/group-exchange';
import { createHandlers, type Handlers } from '../../main/handlers';
import { createNotesExportService, type Printer } from '../../main/export/notes-export';
import { reportsDir } from '../../main/electron/paths';
import { createReportLibrary } from '../../main/reports/report-library';
import { createSessionService, type OpenDialogResult } from '../../main/reports/sessions';
import { createSettingsService } from '../../main/settings/settings';

export interface MainServices {
  handlers: Handlers;
  /** Paths the next open dialogs return (empty = the user cancels). */
  dialogAnswers: string[][];
  /** Paths the next save dialogs return (none left = the user cancels). */
  saveDialogAnswers: string[];
  /** What reached the system clipboard, in order. */
  clipboard: string[];
  /** Right-click menus asked for, and the items the next ones choose (none left = dismissed). */
  contextMenus: { requests: ContextMenuRequest[]; answers: (ContextMenuChoice | null)[] };
  close(): Promise<void>;
}

export async function createMainServices(options: {
  dataDir: string;
  emit: <E extends EventName>(event: E, payload: Events[E]) => void;
  /** Chromium's page printing stands in for Electron's webContents (same pipeline). */
  printer: Printer;
  /** Seeds the author name on a fresh data folder, so the first-run welcome does not cover other tests. */
  authorName?: string;
}): Promise<MainServices> {
  const userData = join(options.dataDir, 'userData');
  // conf is electron-store's base: same file format, constructible without Electron.
  const store = new Conf<Record<string, unknown>>({
    cwd: userData,
    configName: 'config',
    clearInvalidConfig: false,
  });
  const settings = createSettingsService(store);
  if (options.authorName !== undefined && !settings.get().welcomeDone)
    settings.update({ authorName: options.authorName, welcomeDone: options.authorName !== '' });
  const library = createReportLibrary({
    reportsDir: reportsDir(userData),
    bundledReportPath: resolve('assets/reports/zezhou-2022.txt'),
  });
  const dialogAnswers: string[][] = [];
  const showOpenDialog = async (): Promise<OpenDialogResult> => {
    const filePaths = dialogAnswers.shift() ?? [];
    return { canceled: filePaths.length === 0, filePaths };
  };
  const deps = { settings, library, showOpenDialog, now: () => new Date() };
  const sessions = createSessionService(deps);
  const annotations = createAnnotationsService({ dataDir: userData, emit: options.emit });
  const saveDialogAnswers: string[] = [];
  const shared = {
    annotations,
    library,
    settings,
    now: () => new Date(),
    showSaveDialog: async () => {
      const filePath = saveDialogAnswers.shift();
      return filePath ? { canceled: false, filePath } : { canceled: true };
    },
  };
  const backups = createBackupService({ ...shared, showOpenBackupDialog: showOpenDialog });
  const exchange = createExchangeService({ ...shared, showOpenPacksDialog: showOpenDialog });
  const notesExport = createNotesExportService({ ...shared, printer: options.printer });
  const clipboard: string[] = [];
  const contextMenus: MainServices['contextMenus'] = { requests: [], answers: [] };
  const handlers = createHandlers({
    ...deps,
    sessions,
    annotations,
    backups,
    exchange,
    notesExport,
    clipboard: { writeText: (text) => void clipboard.push(text) },
    showContextMenu: async (request) => {
      contextMenus.requests.push(request);
      return contextMenus.answers.shift() ?? null;
    },
  });
  return {
    handlers,
    dialogAnswers,
    saveDialogAnswers,
    clipboard,
    contextMenus,
    close: async () => {
      const unsaved = await annotations.closeAll();
      if (unsaved > 0) console.error(`closing with ${unsaved} annotation edit(s) not saved`);
    },
  };
}
