/** Pops the right-click menu up over the window and resolves with the item chosen (null when dismissed). */
import type { BrowserWindow } from 'electron';
import { Menu } from 'electron';
import type { ContextMenuChoice, ContextMenuRequest } from '../../core/contract';
import type { SettingsService } from '../settings/settings';
import { buildContextMenuTemplate } from './context-menu-template';

export type ShowContextMenu = (request: ContextMenuRequest) => Promise<ContextMenuChoice | null>;

export function createContextMenu(
  getWindow: () => BrowserWindow | undefined,
  settings: SettingsService,
): ShowContextMenu {
  return (request) =>
    new Promise((resolve) => {
      const window = getWindow();
      if (!window) return resolve(null);
      let chosen: ContextMenuChoice | null = null;
      const { language, palette } = settings.get();
      const template = buildContextMenuTemplate(
        request,
        { language, palette },
        (choice) => (chosen = choice),
      );
      // Electron runs an item's click before the close callback (it posts the callback after the selection).
      Menu.buildFromTemplate(template).popup({ window, callback: () => resolve(chosen) });
    });
}
