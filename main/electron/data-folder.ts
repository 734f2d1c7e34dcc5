/**
 * Where a run keeps its data. A development run (`npm start`) must not share the installed app's folder or its
 * single-instance lock (Electron keys that lock on the userData folder): a developer's test notes would otherwise
 * land in a delegate's notes, and the installed app would refuse to start beside `npm start`.
 */
import path from 'node:path';

/** The userData folder to use, or null to keep Electron's default (`<appData>/<app name>`). */
export function devDataFolder(run: { isPackaged: boolean; appData: string; appName: string }): string | null {
  return run.isPackaged ? null : path.join(run.appData, `${run.appName}-dev`);
}
