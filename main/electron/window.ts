/** The one reader window: secure web preferences, restored bounds, and the app page. */
import { BrowserWindow, nativeTheme, screen } from 'electron';
import { APP_ENTRY_URL } from '../security/app-scheme';
import { SECURE_WEB_PREFERENCES } from '../security/policies';
import type { SettingsService } from '../settings/settings';
import { fitWindowBounds } from './window-bounds';

const SAVE_DELAY_MS = 1000;

/** Opens the main window where it last was and keeps its bounds saved (on close, and after moves). */
export function createMainWindow(deps: { preloadPath: string; settings: SettingsService }): BrowserWindow {
  const { settings } = deps;
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
  const bounds = fitWindowBounds(settings.get().windowBounds, workAreas);
  const window = new BrowserWindow({
    title: '研读',
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: 640,
    minHeight: 480,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1f1f1f' : '#fbfaf7',
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      // Restated from the constant so the static scanner (npm run security), which cannot follow imports, sees them.
      contextIsolation: true,
      sandbox: true,
      preload: deps.preloadPath,
    },
  });
  // maximize() would show the still-empty window at once: both wait until the first paint is ready.
  window.once('ready-to-show', () => {
    if (window.isDestroyed()) return;
    if (bounds.maximized) window.maximize();
    window.show();
  });

  const save = (): void => {
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    try {
      settings.saveWindowBounds({ ...window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      console.error('window bounds not saved', error);
    }
  };
  let timer: NodeJS.Timeout | undefined;
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });

  void window.loadURL(APP_ENTRY_URL);
  return window;
}
