/**
 * Where a run keeps its data. A development run (`npm start`) must not share the installed app's folder or its
 * single-instance lock (Electron keys that lock on the userData folder): a developer's test notes would otherwise
 * land in a delegate's notes, and the installed app would refuse to start beside `npm start`.
 */
import path from 'node:path';

/**
 * The userData folder to use, or null to keep Electron's (`<appData>/<app name>`, or the one `--user-data-dir`
 * names, which a caller chose on purpose: the smoke test does).
 */
export function devDataFolder(run: {
  isPackaged: boolean;
  appData: string;
  appName: string;
  userDataDirSwitch: boolean;
}): string | null {
  return run.isPackaged || run.userDataDirSwitch ? null : path.join(run.appData, `${run.appName}-dev`);
}
