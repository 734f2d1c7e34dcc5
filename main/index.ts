/** Main-process entry: the app's lifecycle as a list of setup steps (STYLE §7). */
import type { BrowserWindow } from 'electron';
import { app, clipboard, dialog, session } from 'electron';
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
import { createContextMenu } from './electron/context-menu';
import { devDataFolder } from './electron/data-folder';
import { reportFileFromArgv } from './electron/launch-files';
import { createMenuActions } from './electron/menu-actions';
import type { Emit, MenuActions } from './electron/menu-actions';
import { bundledReportPath, preloadPath, rendererRoot, reportsDir } from './electron/paths';
import { registerAppProtocol, registerAppSchemePrivileged } from './electron/protocol';
import { createReportLibrary } from './reports/report-library';
import { createSessionService } from './reports/sessions';
import type { SessionService } from './reports/sessions';
import { createSettingsService } from './settings/settings';
import type { SettingsService } from './settings/settings';
import { openSettingsStore } from './settings/settings-store';
import { createMainWindow } from './electron/window';

/** The reader window while it is open; forgotten on `closed`, so nothing reaches for a destroyed window. */
let mainWindow: BrowserWindow | undefined;
const currentWindow = (): BrowserWindow | undefined =>
  mainWindow && !mainWindow.isDestroyed() ? mainWindow : undefined;
/** A report the OS asked to open before the reader could take it (argv at start, macOS open-file). */
let launchFile: string | null = null;
/**
 * Whether the open window's page has asked for its session yet. Until it has, a report to open waits in
 * `launchFile` (its session request takes it); an event sent earlier would be lost or overtaken by that answer.
 */
let pageHasSession = false;

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
  const dialogs = createDialogs(currentWindow);
  const showOpenDialog = () =>
    dialogs.openReport(settings.get().language === 'en' ? 'Open a report' : '打开报告');
  const takeLaunchFile = (): string | null => {
    const file = launchFile;
    launchFile = null;
    pageHasSession = true;
    return file;
  };
  const sessionDeps = {
    settings,
    library,
    showOpenDialog,
    now: () => new Date(),
    startupNotice,
    takeLaunchFile,
  };
  const sessions = createSessionService(sessionDeps);
  const annotations = createAnnotationsService({ dataDir: userData, emit });
  const shared = { annotations, library, settings, now: () => new Date(), showSaveDialog: dialogs.save };
  const backups = createBackupService({ ...shared, showOpenBackupDialog: dialogs.openBackup });
  const exchange = createExchangeService({ ...shared, showOpenPacksDialog: dialogs.openPacks });
  const notesExport = createNotesExportService({
    ...shared,
    printer: createWindowPrinter(currentWindow),
  });
  registerIpcHandlers(
    createHandlers({
      ...sessionDeps,
      sessions,
      annotations,
      backups,
      exchange,
      notesExport,
      clipboard,
      showContextMenu: createContextMenu(currentWindow, settings),
    }),
  );
  return { settings, sessions, annotations };
}

/** Opens the reader window, or brings the open one to the front. */
function showWindow(settings: SettingsService): BrowserWindow {
  const open = currentWindow();
  if (open) {
    if (open.isMinimized()) open.restore();
    open.focus();
    return open;
  }
  const window = createMainWindow({ preloadPath: preloadPath(app.getAppPath()), settings });
  pageHasSession = false;
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  mainWindow = window;
  return window;
}

/**
 * Opens a report the OS handed over (a second launch's command line, macOS open-file): in the open window, or in a
 * new one, which starts with it.
 */
function openLaunchedFile(file: string, settings: SettingsService, actions: MenuActions): void {
  const open = currentWindow() !== undefined && pageHasSession;
  if (!open) launchFile = file;
  showWindow(settings);
  if (open) void actions.openPath(file);
}

/** The reader window, reopened on macOS when the dock icon is clicked; reports the OS asks the app to open. */
function setupWindow(settings: SettingsService, actions: MenuActions): void {
  showWindow(settings);
  app.on('activate', () => showWindow(settings));
  // A second launch (double-click on a report while 研读 runs) passes its command line here.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = reportFileFromArgv(argv, { isPackaged: app.isPackaged, cwd: workingDirectory });
    if (file) openLaunchedFile(file, settings, actions);
    else showWindow(settings);
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openLaunchedFile(file, settings, actions);
  });
}

/** A second launch reaches the running app instead: one writer for settings and notes (DESIGN §5). */
function setupSingleInstance(): boolean {
  return app.requestSingleInstanceLock();
}

/** macOS asks to open a file (double-click, drop on the dock icon) even before the app is ready: keep it. */
function setupEarlyOpenFile(): () => void {
  const early = (event: { preventDefault(): void }, file: string): void => {
    event.preventDefault();
    launchFile = file;
  };
  app.on('open-file', early);
  return () => app.off('open-file', early);
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
  const emit = createEmitter(() => currentWindow()?.webContents);
  const { settings, sessions, annotations } = setupServices(emit);
  const actions = createMenuActions({ sessions, emit });
  setupAnnotationsClose(annotations);
  setupMenu({ settings, actions, isMac: process.platform === 'darwin' });
  stopEarlyOpenFile();
  setupWindow(settings, actions);
}

/** Development runs keep their own data folder and lock; set before anything reads userData. */
function setupDataFolder(): void {
  const folder = devDataFolder({
    isPackaged: app.isPackaged,
    appData: app.getPath('appData'),
    appName: app.getName(),
    userDataDirSwitch: app.commandLine.hasSwitch('user-data-dir'),
  });
  if (folder) app.setPath('userData', folder);
}

setupDataFolder();
launchFile = reportFileFromArgv(process.argv, { isPackaged: app.isPackaged, cwd: process.cwd() });
const stopEarlyOpenFile = setupEarlyOpenFile();
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
