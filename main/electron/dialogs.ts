/** The system file dialogs, attached to the main window when there is one. Electron-only, kept thin. */
import path from 'node:path';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { app, dialog } from 'electron';
import type { SaveDialog } from '../export/export-files';
import { OPEN_REPORT_FILTERS } from '../reports/report-formats';
import type { OpenDialogResult } from '../reports/sessions';

export interface Dialogs {
  openReport(title: string): Promise<OpenDialogResult>;
  openBackup(): Promise<OpenDialogResult>;
  openPacks(): Promise<OpenDialogResult>;
  save: SaveDialog;
}

export function createDialogs(getWindow: () => BrowserWindow | undefined): Dialogs {
  const open = (options: OpenDialogOptions) => {
    const window = getWindow();
    return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
  };
  return {
    openReport: (title) =>
      open({
        title,
        properties: ['openFile'],
        filters: OPEN_REPORT_FILTERS,
      }),
    openBackup: () =>
      open({ properties: ['openFile'], filters: [{ name: '研读批注备份 (.json)', extensions: ['json'] }] }),
    openPacks: () =>
      open({
        title: '导入小组成员的批注',
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: '研读批注文件 (.yandu.json)', extensions: ['json'] }],
      }),
    save: ({ defaultPath, extension, filterName }) => {
      const options: SaveDialogOptions = {
        defaultPath: path.join(app.getPath('documents'), defaultPath),
        filters: [{ name: filterName, extensions: [extension.split('.').pop() ?? extension] }],
      };
      const window = getWindow();
      return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
    },
  };
}
