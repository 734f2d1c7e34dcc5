/** Builds the real main-side services over a temp directory, as the app and the e2e bridge do. */
import fs from 'node:fs';
import path from 'node:path';
import type { ReportDocument } from '../../core/report/model';
import type { Result } from '../../core/result';
import { createHandlers } from '../../main/handlers';
import type { IpcEventLike } from '../../main/handlers';
import { createReportLibrary } from '../../main/report-library';
import type { OpenDialogResult } from '../../main/sessions';
import { createSettingsService } from '../../main/settings';
import type { KeyValueStore } from '../../main/settings';
import { fakeParse } from './fake-report';
import { openConf } from './temp-dir';

export const APP_EVENT: IpcEventLike = { senderFrame: { url: 'yandu://app/index.html' } };
export const BUNDLED_TEXT = '政府工作报告\n内置报告正文。\n';
export const CITY_TEXT = '政府工作报告（市）\n第一段。\n第二段。\n';
export const NOW = new Date('2024-03-05T09:00:00.000Z');

export interface MainUnderTest {
  handlers: ReturnType<typeof createHandlers>;
  settingsFile: string;
  reportsDir: string;
  logged: unknown[];
  /** The paths the next open dialogs will return (empty = cancel). */
  dialogAnswers: string[][];
}

/** The handlers over conf + the report library in `dir`; call again on the same dir to "restart". */
export function startMain(
  dir: string,
  options: {
    parse?: (text: string) => Result<ReportDocument>;
    startupNotice?: string;
    showOpenDialog?: () => Promise<OpenDialogResult>;
    /** Test seam: a store that fails on purpose. */
    settingsStore?: KeyValueStore;
  } = {},
): MainUnderTest {
  const bundledReportPath = path.join(dir, 'assets', 'zezhou-2022.txt');
  if (!fs.existsSync(bundledReportPath)) {
    fs.mkdirSync(path.dirname(bundledReportPath), { recursive: true });
    fs.writeFileSync(bundledReportPath, BUNDLED_TEXT);
  }
  const userData = path.join(dir, 'userData');
  const reportsDir = path.join(userData, 'reports');
  const logged: unknown[] = [];
  const log = (message: string, error: unknown) => void logged.push([message, error]);
  const dialogAnswers: string[][] = [];
  const settings = createSettingsService(options.settingsStore ?? openConf(userData));
  const library = createReportLibrary({
    reportsDir,
    bundledReportPath,
    parse: options.parse ?? fakeParse,
    log,
  });
  const handlers = createHandlers({
    settings,
    library,
    showOpenDialog:
      options.showOpenDialog ??
      (async () => {
        const filePaths = dialogAnswers.shift() ?? [];
        return { canceled: filePaths.length === 0, filePaths };
      }),
    now: () => NOW,
    log,
    ...(options.startupNotice ? { startupNotice: options.startupNotice } : {}),
  });
  return { handlers, settingsFile: path.join(userData, 'settings.json'), reportsDir, logged, dialogAnswers };
}
