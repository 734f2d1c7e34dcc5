/** Installs the application menu and rebuilds it when the language or the recent list changes. */
import { Menu } from 'electron';
import type { Settings } from '../../core/settings';
import type { MenuActions } from './menu-actions';
import { buildMenuTemplate } from './menu-template';
import type { SettingsService } from '../settings/settings';

/** Sets the menu now and keeps it current; reading-position saves do not rebuild it. */
export function setupMenu(deps: { settings: SettingsService; actions: MenuActions; isMac: boolean }): void {
  const { settings, actions, isMac } = deps;
  let shownKey = '';
  const apply = (current: Settings): void => {
    const key = JSON.stringify([current.language, current.recentReports]);
    if (key === shownKey) return;
    shownKey = key;
    const template = buildMenuTemplate(
      { language: current.language, recents: current.recentReports, isMac },
      actions,
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  apply(settings.get());
  settings.subscribe(apply);
}
