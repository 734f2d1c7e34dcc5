/** Where the app's files live in development and when packaged; pure, so both layouts are tested. */
import path from 'node:path';

/** The report shipped with the app (copied from assets/reports by electron-builder's extraResources). */
export const BUNDLED_REPORT_FILE = 'zezhou-2022.txt';

/** What Electron's `app` and `process` say about the install (`app.isPackaged`, `app.getAppPath()`, `process.resourcesPath`). */
export interface AppLocation {
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
}

/** The bundled report: `assets/reports` in a checkout, `<resources>/reports` in an installed app. */
export function bundledReportPath(location: AppLocation): string {
  return location.isPackaged
    ? path.join(location.resourcesPath, 'reports', BUNDLED_REPORT_FILE)
    : path.join(location.appPath, 'assets', 'reports', BUNDLED_REPORT_FILE);
}

/** The built renderer the app protocol serves (inside app.asar when packaged). */
export function rendererRoot(appPath: string): string {
  return path.join(appPath, 'dist', 'renderer');
}

/** The built preload script. */
export function preloadPath(appPath: string): string {
  return path.join(appPath, 'dist', 'preload', 'index.cjs');
}

/** Where private copies of imported reports are kept. */
export function reportsDir(userDataPath: string): string {
  return path.join(userDataPath, 'reports');
}
