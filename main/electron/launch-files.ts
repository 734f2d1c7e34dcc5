/**
 * The report a command line asks for: `研读 报告.txt` from a terminal, a double-click or "Open with 研读" (the OS
 * passes the path), at first start (process.argv) or to the running app (the `second-instance` event's argv).
 * Pure, so every layout is tested; Electron's docs warn that a second instance's argv may be reordered and have
 * Chromium switches appended, so switches are skipped and the last report-like argument wins.
 */
import path from 'node:path';
import { isReportFileName } from '../reports/report-formats';

export interface LaunchContext {
  /** An installed app's argv is [exe, …args]; a development run's is [electron, appPath, …args]. */
  isPackaged: boolean;
  /** Relative paths are resolved against the launching process's working directory. */
  cwd: string;
}

/** The absolute path of the report file `argv` names, or null. */
export function reportFileFromArgv(argv: readonly string[], context: LaunchContext): string | null {
  const args = argv.slice(context.isPackaged ? 1 : 2);
  for (let i = args.length - 1; i >= 0; i--) {
    const arg = args[i];
    if (arg === undefined || arg.startsWith('-') || !isReportFileName(arg)) continue;
    return path.resolve(context.cwd, arg);
  }
  return null;
}
