/**
 * A strict stand-in for the `electron` module, for running the built main bundle in Node (no Electron binary here).
 * It behaves like Electron where the app's correctness depends on it, as read in Electron 45's docs and source:
 * - a destroyed window's methods and its `webContents` throw "Object has been destroyed";
 * - BrowserWindow, protocol.handle, session and screen refuse to work before `ready`, and
 *   protocol.registerSchemesAsPrivileged after it;
 * - `maximize()` shows a hidden window; `ready-to-show` comes after the page loads;
 * - ipcMain.handle refuses a second handler for one channel;
 * - closing the last window emits `window-all-closed`, and quits only if nobody listens.
 * Stricter than Electron on purpose: an API the app uses that the stand-in lacks, or a menu role Electron does not
 * know, throws and is recorded in `missing`, so the test fails loudly instead of the app silently doing nothing.
 */
import { EventEmitter } from 'node:events';

/** One use of an Electron API, in order. */
export interface ApiCall {
  api: string;
  phase: 'before-ready' | 'after-ready';
  args: unknown[];
}

const MENU_ROLES = new Set(
  (
    'undo redo cut copy paste pasteAndMatchStyle delete selectAll reload forceReload toggleDevTools resetZoom ' +
    'zoomIn zoomOut toggleSpellChecker togglefullscreen window minimize close help about services hide hideOthers ' +
    'unhide quit showSubstitutions toggleSmartQuotes toggleSmartDashes toggleTextReplacement startSpeaking ' +
    'stopSpeaking zoom front appMenu fileMenu editMenu viewMenu shareMenu recentDocuments toggleTabBar ' +
    'selectNextTab selectPreviousTab showAllTabs mergeAllWindows clearRecentDocuments moveTabToNewWindow windowMenu'
  )
    .split(' ')
    .map((role) => role.toLowerCase()),
);

/** A preventable event object as Electron passes it. */
export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent(extra: object = {}): FakeEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
    ...extra,
  };
}

/** A menu item as built from a template (role lower-cased, as Electron does). */
export interface FakeMenuItem {
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  registerAccelerator?: boolean;
  enabled?: boolean;
  click?: (...args: unknown[]) => void;
  submenu?: FakeMenu;
}

export interface FakeMenu {
  items: FakeMenuItem[];
  popup(options?: { window?: unknown; callback?: () => void }): void;
}

export interface StandInOptions {
  userData: string;
  appData: string;
  documents: string;
  appPath: string;
  isPackaged?: boolean;
  /** What requestSingleInstanceLock answers (another instance holds the lock when false). */
  singleInstance?: boolean;
  /** Chromium switches on the command line (`app.commandLine.hasSwitch`). */
  switches?: string[];
}

export interface StandIn {
  /** What `import … from 'electron'` gives the app: named exports plus the default export. */
  module: Record<string, unknown>;
  calls: ApiCall[];
  /** APIs the app reached for that the stand-in does not provide. */
  missing: string[];
  /** Error boxes shown (Electron's main-process error dialog included). */
  errorBoxes: { title: string; content: string }[];
  app: EventEmitter & { quitting: boolean; userDataPath(): string };
  windows: FakeWindow[];
  applicationMenu: () => FakeMenu | null;
  ipcHandlers: Map<string, (event: unknown, ...args: unknown[]) => unknown>;
  protocolHandlers: Map<string, (request: Request) => Promise<Response> | Response>;
  privilegedSchemes: unknown[];
  permissionRequestHandler: () => PermissionRequestHandler | null;
  permissionCheckHandler: () => PermissionCheckHandler | null;
  clipboardText: () => string;
  openDialogAnswers: { canceled: boolean; filePaths: string[] }[];
  ready(): void;
}

export type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl: string },
) => void;
export type PermissionCheckHandler = (contents: unknown, permission: string, origin: string) => boolean;

/** Wraps an object so that reading a property it lacks throws and is recorded. */
function strict<T extends object>(name: string, target: T, missing: string[]): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol' || property in object) return Reflect.get(object, property, receiver);
      // Probes by module loaders and promise resolution are not uses.
      if (property === 'then' || property === '__esModule' || property === 'default') return undefined;
      missing.push(`${name}.${property}`);
      throw new Error(`electron stand-in: ${name}.${property} is not provided`);
    },
  });
}

const destroyedError = () => new TypeError('Object has been destroyed');

export class FakeWebContents extends EventEmitter {
  destroyed = false;
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  constructor(readonly id: number) {
    super();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  send(channel: string, payload: unknown): void {
    if (this.destroyed) throw destroyedError();
    this.sent.push({ channel, payload: structuredClone(payload) });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeWindow extends EventEmitter {
  private destroyedNow = false;
  visible = false;
  maximized = false;
  minimized = false;
  focused = false;
  readyToShowSent = false;
  /** Shown (by show() or maximize()) before ready-to-show: the flash of an empty window. */
  shownBeforeReady = false;
  url: string | null = null;
  private readonly contents: FakeWebContents;

  constructor(
    readonly options: Record<string, unknown>,
    id: number,
  ) {
    super();
    this.contents = new FakeWebContents(id);
  }

  private alive(): void {
    if (this.destroyedNow) throw destroyedError();
  }
  get webContents(): FakeWebContents {
    this.alive();
    return this.contents;
  }
  isDestroyed(): boolean {
    return this.destroyedNow;
  }
  loadURL(url: string): Promise<void> {
    this.alive();
    this.url = url;
    return Promise.resolve();
  }
  /** Test side: the page has loaded and painted. */
  finishLoad(): void {
    this.alive();
    this.contents.emit('did-finish-load');
    this.readyToShowSent = true;
    this.emit('ready-to-show');
  }
  show(): void {
    this.alive();
    if (!this.readyToShowSent) this.shownBeforeReady = true;
    this.visible = true;
  }
  maximize(): void {
    this.alive();
    // Electron: "This will also show (but not focus) the window if it isn't being displayed already."
    if (!this.visible && !this.readyToShowSent) this.shownBeforeReady = true;
    this.visible = true;
    this.maximized = true;
  }
  isMaximized(): boolean {
    this.alive();
    return this.maximized;
  }
  isMinimized(): boolean {
    this.alive();
    return this.minimized;
  }
  isFullScreen(): boolean {
    this.alive();
    return false;
  }
  restore(): void {
    this.alive();
    this.minimized = false;
  }
  focus(): void {
    this.alive();
    this.focused = true;
  }
  getNormalBounds() {
    this.alive();
    return { x: 10, y: 10, width: 1200, height: 800 };
  }
  /** Test side: the user closes the window. */
  userClose(): void {
    const event = fakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyedNow = true;
    this.contents.destroyed = true;
    this.emit('closed');
  }
}

/** Builds a fresh stand-in; each boot of the bundle gets its own. */
export function createElectronStandIn(options: StandInOptions): StandIn {
  const calls: ApiCall[] = [];
  const missing: string[] = [];
  const errorBoxes: StandIn['errorBoxes'] = [];
  const windows: FakeWindow[] = [];
  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  const privilegedSchemes: unknown[] = [];
  let isReady = false;
  let resolveReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
  let userData = options.userData;
  let applicationMenu: FakeMenu | null = null;
  let requestHandler: PermissionRequestHandler | null = null;
  let checkHandler: PermissionCheckHandler | null = null;
  let clipboardText = '';
  const openDialogAnswers: StandIn['openDialogAnswers'] = [];

  const record = (api: string, args: unknown[]): void => {
    calls.push({ api, phase: isReady ? 'after-ready' : 'before-ready', args });
  };
  const requireReady = (api: string): void => {
    if (!isReady) throw new Error(`electron stand-in: ${api} cannot be used before the app is ready`);
  };

  const appEmitter = new EventEmitter() as StandIn['app'];
  appEmitter.quitting = false;
  appEmitter.userDataPath = () => userData;
  const paths: Record<string, () => string> = {
    userData: () => userData,
    appData: () => options.appData,
    documents: () => options.documents,
    temp: () => options.appData,
  };
  const app = {
    on: (event: string, listener: (...args: never[]) => void) => {
      record('app.on', [event]);
      appEmitter.on(event, listener as never);
      return app;
    },
    once: (event: string, listener: (...args: never[]) => void) => {
      record('app.once', [event]);
      appEmitter.once(event, listener as never);
      return app;
    },
    off: (event: string, listener: (...args: never[]) => void) => {
      appEmitter.off(event, listener as never);
      return app;
    },
    whenReady: () => readyPromise,
    isReady: () => isReady,
    get isPackaged() {
      return options.isPackaged ?? false;
    },
    getName: () => '研读',
    commandLine: { hasSwitch: (name: string) => (options.switches ?? []).includes(name) },
    getVersion: () => '0.1.0',
    getAppPath: () => options.appPath,
    getPath: (name: string) => {
      const path = paths[name];
      if (!path) throw new Error(`electron stand-in: app.getPath('${name}') is not provided`);
      return path();
    },
    setPath: (name: string, value: string) => {
      record('app.setPath', [name, value]);
      if (name !== 'userData') throw new Error(`electron stand-in: app.setPath('${name}') is not provided`);
      userData = value;
    },
    requestSingleInstanceLock: () => {
      record('app.requestSingleInstanceLock', []);
      return options.singleInstance ?? true;
    },
    quit: () => {
      record('app.quit', []);
      const event = fakeEvent();
      appEmitter.emit('before-quit', event);
      if (event.defaultPrevented) return;
      appEmitter.quitting = true;
      appEmitter.emit('will-quit', fakeEvent());
      appEmitter.emit('quit');
    },
  };

  class BrowserWindow extends FakeWindow {
    constructor(windowOptions: Record<string, unknown>) {
      if (!isReady) throw new Error('Cannot create BrowserWindow before app is ready');
      super(windowOptions, windows.length + 1);
      record('new BrowserWindow', [windowOptions]);
      windows.push(this);
      this.on('closed', () => {
        if (windows.every((w) => w.isDestroyed())) {
          if (appEmitter.listenerCount('window-all-closed') > 0) appEmitter.emit('window-all-closed');
          else app.quit();
        }
      });
      appEmitter.emit('web-contents-created', fakeEvent(), this.webContents);
    }
    static getAllWindows(): FakeWindow[] {
      return windows.filter((w) => !w.isDestroyed());
    }
  }

  const webRequest = {
    onBeforeRequest: (...args: unknown[]) => record('session.webRequest.onBeforeRequest', args),
  };
  const defaultSession = {
    setPermissionRequestHandler: (handler: PermissionRequestHandler) => {
      record('session.setPermissionRequestHandler', []);
      requestHandler = handler;
    },
    setPermissionCheckHandler: (handler: PermissionCheckHandler) => {
      record('session.setPermissionCheckHandler', []);
      checkHandler = handler;
    },
    webRequest: strict('session.webRequest', webRequest, missing),
  };
  const session = {
    get defaultSession() {
      requireReady('session.defaultSession');
      return strict('session.defaultSession', defaultSession, missing);
    },
  };

  const protocol = {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      record('protocol.registerSchemesAsPrivileged', [schemes]);
      if (isReady)
        throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      // As Electron does (api-protocol.cc): a code cache needs a standard scheme, its cache key is the origin.
      for (const scheme of schemes as { privileges?: { codeCache?: boolean; standard?: boolean } }[])
        if (scheme.privileges?.codeCache && !scheme.privileges.standard)
          throw new Error('Code cache can only be enabled when standard option is set to true.');
      privilegedSchemes.push(...schemes);
    },
    handle: (scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
      record('protocol.handle', [scheme]);
      requireReady('protocol.handle');
      protocolHandlers.set(scheme, handler);
    },
  };

  const ipcMain = {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
      record('ipcMain.handle', [channel]);
      if (ipcHandlers.has(channel))
        throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcHandlers.set(channel, handler);
    },
    // electron-store listens for its renderer helper; our preload never sends it.
    on: (channel: string) => record('ipcMain.on', [channel]),
  };

  const buildMenu = (template: Record<string, unknown>[]): FakeMenu => {
    const items = template.map((entry) => {
      const role = typeof entry.role === 'string' ? entry.role.toLowerCase() : undefined;
      if (role !== undefined && !MENU_ROLES.has(role)) {
        missing.push(`menu role '${String(entry.role)}'`);
        throw new Error(`electron stand-in: unknown menu role '${String(entry.role)}'`);
      }
      const submenu = Array.isArray(entry.submenu)
        ? buildMenu(entry.submenu as Record<string, unknown>[])
        : undefined;
      return { ...entry, role, submenu } as FakeMenuItem;
    });
    const menu: FakeMenu = { items, popup: (popupOptions) => record('menu.popup', [menu, popupOptions]) };
    return menu;
  };
  const Menu = {
    buildFromTemplate: (template: Record<string, unknown>[]) => {
      record('Menu.buildFromTemplate', []);
      return buildMenu(template);
    },
    setApplicationMenu: (menu: FakeMenu | null) => {
      record('Menu.setApplicationMenu', []);
      applicationMenu = menu;
    },
  };

  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  const screen = {
    getPrimaryDisplay: () => {
      requireReady('screen');
      return display;
    },
    getAllDisplays: () => {
      requireReady('screen');
      return [display];
    },
  };

  const dialog = {
    showErrorBox: (title: string, content: string) => {
      record('dialog.showErrorBox', [title, content]);
      errorBoxes.push({ title, content });
    },
    showOpenDialog: async (...args: unknown[]) => {
      record('dialog.showOpenDialog', args);
      return openDialogAnswers.shift() ?? { canceled: true, filePaths: [] };
    },
    showSaveDialog: async (...args: unknown[]) => {
      record('dialog.showSaveDialog', args);
      return { canceled: true };
    },
  };

  const clipboard = {
    writeText: (text: string) => {
      record('clipboard.writeText', [text]);
      clipboardText = text;
    },
    readText: () => clipboardText,
  };
  const shell = {
    openPath: async (path: string) => {
      record('shell.openPath', [path]);
      return '';
    },
    showItemInFolder: (path: string) => record('shell.showItemInFolder', [path]),
  };
  const nativeTheme = { shouldUseDarkColors: false, on: () => nativeTheme };

  const named = {
    app: strict('app', app, missing),
    BrowserWindow,
    session,
    protocol: strict('protocol', protocol, missing),
    ipcMain: strict('ipcMain', ipcMain, missing),
    Menu: strict('Menu', Menu, missing),
    screen: strict('screen', screen, missing),
    dialog: strict('dialog', dialog, missing),
    clipboard: strict('clipboard', clipboard, missing),
    shell: strict('shell', shell, missing),
    nativeTheme: strict('nativeTheme', nativeTheme, missing),
  };
  const module = strict('electron', { ...named, default: strict('electron', named, missing) }, missing);

  return {
    module,
    calls,
    missing,
    errorBoxes,
    app: appEmitter,
    windows,
    applicationMenu: () => applicationMenu,
    ipcHandlers,
    protocolHandlers,
    privilegedSchemes,
    permissionRequestHandler: () => requestHandler,
    permissionCheckHandler: () => checkHandler,
    clipboardText: () => clipboardText,
    openDialogAnswers,
    ready() {
      isReady = true;
      appEmitter.emit('ready');
      resolveReady();
    },
  };
}
