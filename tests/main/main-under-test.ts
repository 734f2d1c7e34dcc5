/** Builds the real main-side services over a temp directory, as the app and the e2e bridge do. */
import fs from 'node:fs';
import path from 'node:path';
import type { Annotation } from '../../core/annotations/model';
import type { ReportDocument } from '../../core/report/model';
import type { Result } from '../../core/result';
import { createAnnotationsService } from '../../main/notes/annotations-service';
import type { AnnotationsService } from '../../main/notes/annotations-service';
import type { ContextMenuChoice, ContextMenuRequest, EventName, Events } from '../../core/contract';
import { createBackupService } from '../../main/notes/annotation-backup';
import { createExchangeService } from '../../main/exchange/group-exchange';
import { createNotesExportService } from '../../main/export/notes-export';
import { createHandlers } from '../../main/handlers';
import type { IpcEventLike } from '../../main/handlers';
import { createReportLibrary } from '../../main/reports/report-library';
import type { OpenDialogResult } from '../../main/reports/sessions';
import { AUTHOR_ID_KEY, createSettingsService } from '../../main/settings/settings';
import type { KeyValueStore } from '../../main/settings/settings';
import { fakeParse } from './fake-report';
import { openConf } from './temp-dir';

export const APP_EVENT: IpcEventLike = { senderFrame: { url: 'yandu://app/index.html' } };
export const BUNDLED_TEXT = '政府工作报告\n内置报告正文。\n';
export const CITY_TEXT = '政府工作报告（市）\n第一段。\n第二段。\n';
export const NOW = new Date('2024-03-05T09:00:00.000Z');

/** Text a hostile or careless note might hold; it must come back code unit for code unit. */
export const HOSTILE_NOTE =
  '<img src=x onerror=alert(1)><script>alert("x")</script>\u0000\u0007\r\n\u2028\u2029\u202e反向' +
  '{"__proto__":{"polluted":true}} ${1+1} \\u0000 😀 𠀀 \ufeff \ud800 \udfff' +
  '\n'.repeat(3) +
  '"; DROP TABLE notes; --';

/** A valid annotation on `reportId`; `n` makes the id and note distinct. */
/** The author of sampleAnnotation's notes, and by default this installation. */
export const SAMPLE_AUTHOR = { id: 'u1', name: '王代表' } as const;

export function sampleAnnotation(
  reportId: string,
  n: number | string,
  overrides: Partial<Annotation> = {},
): Annotation {
  return {
    id: `a-${n}`,
    reportId,
    kind: 'note',
    target: { blockId: 'p2-3', start: 4, end: 10, exact: '经济增长5%', prefix: '全年', suffix: '左右' },
    color: 'yellow',
    note: `第${n}条笔记`,
    tags: ['重点'],
    author: { ...SAMPLE_AUTHOR },
    createdAt: '2024-03-01T08:00:00.000Z',
    updatedAt: '2024-03-01T08:00:00.000Z',
    ...overrides,
  };
}

export interface MainUnderTest {
  handlers: ReturnType<typeof createHandlers>;
  annotations: AnnotationsService;
  /** Events main sent, in order. */
  events: { event: EventName; payload: Events[EventName] }[];
  settingsFile: string;
  reportsDir: string;
  logged: unknown[];
  /** The paths the next open dialogs will return (empty = cancel); report and backup dialogs share them. */
  dialogAnswers: string[][];
  /** The paths the next save dialogs will return (none left = cancel). */
  saveDialogAnswers: string[];
  /** What each save dialog was asked to propose, in order. */
  saveDialogRequests: { defaultPath: string; extension: string; filterName: string }[];
  /** Requests that reached the (fake) system print dialog. */
  printed: string[];
  /** What reached the (fake) clipboard. */
  clipboard: string[];
  contextMenuRequests: ContextMenuRequest[];
  /** The items the next right-click menus choose (none left = dismissed). */
  contextMenuAnswers: (ContextMenuChoice | null)[];
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
    /** This installation's author id (default: the author of sampleAnnotation; null: the service makes one). */
    authorId?: string | null;
    /** Test seam: a clipboard that refuses. */
    clipboard?: { writeText(text: string): void };
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
  const saveDialogAnswers: string[] = [];
  const saveDialogRequests: MainUnderTest['saveDialogRequests'] = [];
  const store = options.settingsStore ?? openConf(userData);
  // This installation is the author of sampleAnnotation's notes, unless a test says otherwise (null: make one).
  if (!options.settingsStore && options.authorId !== null && store.get(AUTHOR_ID_KEY) === undefined)
    store.set(AUTHOR_ID_KEY, options.authorId ?? SAMPLE_AUTHOR.id);
  const settings = createSettingsService(store);
  const library = createReportLibrary({
    reportsDir,
    bundledReportPath,
    parse: options.parse ?? fakeParse,
    log,
  });
  const events: MainUnderTest['events'] = [];
  const annotations = createAnnotationsService({
    dataDir: userData,
    emit: (event, payload) => void events.push({ event, payload }),
    log,
  });
  const readDialog = async () => {
    const filePaths = dialogAnswers.shift() ?? [];
    return { canceled: filePaths.length === 0, filePaths };
  };
  const shared = {
    annotations,
    library,
    settings,
    now: () => NOW,
    showSaveDialog: async (request: { defaultPath: string; extension: string; filterName: string }) => {
      saveDialogRequests.push(request);
      const filePath = saveDialogAnswers.shift();
      return filePath === undefined ? { canceled: true } : { canceled: false, filePath };
    },
  };
  const backups = createBackupService({ ...shared, showOpenBackupDialog: readDialog });
  const exchange = createExchangeService({ ...shared, showOpenPacksDialog: readDialog });
  const printed: string[] = [];
  const notesExport = createNotesExportService({
    ...shared,
    printer: {
      print: async () => {
        printed.push('print');
        return true;
      },
      // A tiny valid-looking PDF: the handler tests check the write path, the e2e tests the real pipeline.
      toPdf: async ({ footerLabel }) => new TextEncoder().encode(`%PDF-1.4\n% ${footerLabel}\n%%EOF\n`),
    },
  });
  const clipboard: string[] = [];
  const contextMenuRequests: ContextMenuRequest[] = [];
  const contextMenuAnswers: (ContextMenuChoice | null)[] = [];
  const handlers = createHandlers({
    annotations,
    backups,
    exchange,
    notesExport,
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
    clipboard: options.clipboard ?? { writeText: (text) => void clipboard.push(text) },
    showContextMenu: async (request) => {
      contextMenuRequests.push(request);
      return contextMenuAnswers.shift() ?? null;
    },
    ...(options.startupNotice ? { startupNotice: options.startupNotice } : {}),
  });
  return {
    handlers,
    annotations,
    events,
    printed,
    settingsFile: path.join(userData, 'settings.json'),
    reportsDir,
    logged,
    dialogAnswers,
    saveDialogAnswers,
    saveDialogRequests,
    clipboard,
    contextMenuRequests,
    contextMenuAnswers,
  };
}
