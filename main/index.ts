/** Main-process entry: the app's lifecycle as a list of setup steps (STYLE §7). */
import type { BrowserWindow } from 'electron';
import { app, dialog, session } from 'electron';
import { createAnnotationsService } from './notes/annotations-service';
import type { AnnotationsService } from './notes/annotations-service';
import { hardenSession, setupWebContentsHardening } from './electron/hardening';
import { createBackupService } from './notes/annotation-backup';
import { createDialogs } from './electron/dialogs';
import { createExchangeService } from './exchange/group-exchange';
import { createNotesExportService } from './export/notes-export';
import { createWindowPrinter } from './electron/printer';
import { createHandlers } from './handlers';
import { createEmitter, registerIpcHandlers } from './electron/ipc';
import { setupMenu } from './electron/menu';
import { createMenuActions } from './electron/menu-actions';
import type { Emit } from './electron/menu-actions';
import { bundledReportPath, preloadPath, rendererRoot, reportsDir } from './electron/paths';
import { registerAppProtocol, registerAppSchemePrivileged } from './electron/protocol';
import { createReportLibrary } from './reports/report-library';
import { createSessionService } from './reports/sessions';
import type { SessionService } from './reports/sessions';
import { createSettingsService } from './settings/settings';
import type { SettingsService } from './settings/settings';
import { openSettingsStore } from './settings/settings-store';
import { createMainWindow } from './electron/window';

let mainWindow: BrowserWindow | undefined;

/** Settings, the report library, sessions and annotations, all on disk under userData. */
function setupServices(emit: Emit): {
  settings: SettingsService;
  sessions: SessionService;
  annotations: AnnotationsService;
} {
  const userData = app.getPath('userData');
  const opened = openSettingsStore(userData);
  const settings = createSettingsService(opened.store);
  const repaired = settings.repairedKeys.length > 0 ? '部分设置无效，已恢复为默认值。' : undefined;
  const startupNotice = [opened.notice, repaired].filter(Boolean).join('\n') || undefined;

  const location = {
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
  };
  const library = createReportLibrary({
    reportsDir: reportsDir(userData),
    bundledReportPath: bundledReportPath(location),
  });
  const dialogs = createDialogs(() => mainWindow);
  const showOpenDialog = () =>
    dialogs.openReport(settings.get().language === 'en' ? 'Open a report' : '打开报告');
  const sessionDeps = { settings, library, showOpenDialog, now: () => new Date(), startupNotice };
  const sessions = createSessionService(sessionDeps);
  const annotations = createAnnotationsService({ dataDir: userData, emit });
  const shared = { annotations, library, settings, now: () => new Date(), showSaveDialog: dialogs.save };
  const backups = createBackupService({ ...shared, showOpenBackupDialog: dialogs.openBackup });
  const exchange = createExchangeService({ ...shared, showOpenPacksDialog: dialogs.openPacks });
  const notesExport = createNotesExportService({
    ...shared,
    printer: createWindowPrinter(() => mainWindow),
  });
  registerIpcHandlers(
    createHandlers({ ...sessionDeps, sessions, annotations, backups, exchange, notesExport }),
  );
  return { settings, sessions, annotations };
}

/** The reader window, reopened on macOS when the dock icon is clicked. */
function setupWindow(settings: SettingsService): void {
  const open = (): void => {
    mainWindow = createMainWindow({ preloadPath: preloadPath(app.getAppPath()), settings });
  };
  open();
  app.on('activate', () => {
    if (!mainWindow || mainWindow.isDestroyed()) open();
  });
}

/** A second launch focuses the running window instead: one writer for settings and notes (DESIGN §5). */
function setupSingleInstance(): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  return true;
}

/**
 * Closes the annotation stores before quitting (they save pending edits and compact). Quitting waits
 * for that once; edits that still cannot be saved are logged (the store already retried them).
 */
function setupAnnotationsClose(annotations: AnnotationsService): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    annotations
      .closeAll()
      .then((unsaved) => {
        if (unsaved > 0) console.error(`quitting with ${unsaved} annotation edit(s) not saved`);
      })
      .catch((error: unknown) => console.error('closing the annotation stores failed', error))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}

/** Everything that needs the app to be ready, in dependency order. */
function setupApp(): void {
  hardenSession(session.defaultSession);
  registerAppProtocol(rendererRoot(app.getAppPath()));
  const emit = createEmitter(() => mainWindow?.webContents);
  const { settings, sessions, annotations } = setupServices(emit);
  setupAnnotationsClose(annotations);
  setupWindow(settings);
  setupMenu({
    settings,
    actions: createMenuActions({ sessions, emit }),
    isMac: process.platform === 'darwin',
  });
}

if (!setupSingleInstance()) {
  app.quit();
} else {
  registerAppSchemePrivileged();
  setupWebContentsHardening(app);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(setupApp)
    .catch((error: unknown) => {
      console.error('start-up failed', error);
      dialog.showErrorBox('研读无法启动', `启动时发生错误：${String(error)}`);
      app.quit();
    });
}
