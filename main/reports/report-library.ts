/**
 * The reports the app can show: the bundled one, and imported ones, whose text is copied into
 * `<userData>/reports/` so the recent list reopens offline even after the original file is gone.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ReportDocument } from '../../core/report/model';
import { parseReport } from '../../core/report/parse';
import type { Result } from '../../core/result';
import { err, ok } from '../../core/result';
import { readReportFile, writeTextFileSafely } from './report-files';

/** A parsed report and where it came from. */
export interface OpenedReport {
  report: ReportDocument;
  fileName: string;
  bundled: boolean;
  /** Something the user should know, e.g. the private copy could not be saved. */
  notice?: string;
}

export interface ReportLibraryOptions {
  /** Where imported texts are copied, normally `<userData>/reports`. */
  reportsDir: string;
  /** The bundled report text (see paths.ts for dev and packaged locations). */
  bundledReportPath: string;
  /** Test seam: the parser (defaults to core's parseReport). */
  parse?: (text: string) => Result<ReportDocument>;
  /** How many imported documents stay parsed in memory. */
  cacheSize?: number;
  log?: (message: string, error: unknown) => void;
}

export interface ReportLibrary {
  openBundled(): Promise<Result<OpenedReport>>;
  /** Parses a text and keeps a private copy of it; a text the parser rejects is not copied. */
  importText(fileName: string, text: string): Promise<Result<OpenedReport>>;
  /** Reads a file the user chose (size cap, strict decoding), then imports it. */
  importFile(filePath: string): Promise<Result<OpenedReport>>;
  /** Reopens a report by id from its private copy (or the bundled one). */
  openRecent(reportId: string): Promise<Result<OpenedReport>>;
  /** Deletes the private copy of an imported report; the bundled one cannot be forgotten. */
  forget(reportId: string): Promise<Result<null>>;
  /** Whether `reportId` is the bundled report's id. */
  isBundled(reportId: string): Promise<boolean>;
}

const WINDOWS_DEVICE_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/** The copy's file name for a report id: the id itself when it is a safe, lower-case name, else its hash. */
export function copyFileNameFor(reportId: string): string {
  const safe = /^[a-z0-9][a-z0-9_-]{0,99}$/.test(reportId) && !WINDOWS_DEVICE_NAMES.test(reportId);
  return `${safe ? reportId : `h-${createHash('sha256').update(reportId).digest('hex').slice(0, 40)}`}.txt`;
}

/** Creates the library; nothing is read until a report is asked for. */
export function createReportLibrary(options: ReportLibraryOptions): ReportLibrary {
  const { reportsDir, bundledReportPath, parse = parseReport, cacheSize = 4, log = console.error } = options;
  const bundledFileName = path.basename(bundledReportPath);
  const cache = new Map<string, ReportDocument>();
  let bundled: Promise<Result<ReportDocument>> | undefined;

  const remember = (doc: ReportDocument): void => {
    cache.delete(doc.id);
    cache.set(doc.id, doc);
    for (const key of cache.keys()) {
      if (cache.size <= cacheSize) break;
      cache.delete(key);
    }
  };

  async function loadBundled(): Promise<Result<ReportDocument>> {
    const file = await readReportFile(bundledReportPath);
    if (!file.ok) return err('bundled-missing', `内置报告无法读取：${file.error.message}`);
    return parse(file.value.text);
  }

  async function bundledDocument(): Promise<Result<ReportDocument>> {
    bundled ??= loadBundled();
    const result = await bundled;
    if (!result.ok) bundled = undefined; // let a later call retry
    return result;
  }

  const isBundled = async (reportId: string): Promise<boolean> => {
    const doc = await bundledDocument();
    return doc.ok && doc.value.id === reportId;
  };

  async function openBundled(): Promise<Result<OpenedReport>> {
    const doc = await bundledDocument();
    return doc.ok ? ok({ report: doc.value, fileName: bundledFileName, bundled: true }) : doc;
  }

  async function importText(fileName: string, text: string): Promise<Result<OpenedReport>> {
    const parsed = parse(text);
    if (!parsed.ok) return parsed;
    const report = parsed.value;
    if (await isBundled(report.id)) return openBundled();
    remember(report);
    const copy = path.join(reportsDir, copyFileNameFor(report.id));
    // Same id means same text, so an existing copy (written whole by the safe write) is kept.
    if (fs.existsSync(copy)) return ok({ report, fileName, bundled: false });
    try {
      await fs.promises.mkdir(reportsDir, { recursive: true });
      await writeTextFileSafely(copy, text);
      return ok({ report, fileName, bundled: false });
    } catch (error) {
      // The report is readable now; only reopening it later from the recent list needs the copy.
      log(`could not save a copy of ${fileName}`, error);
      const notice = '未能在本机保存这份报告的副本（磁盘可能已满或不可写），下次需要重新打开原文件。';
      return ok({ report, fileName, bundled: false, notice });
    }
  }

  return {
    openBundled,
    importText,
    isBundled,

    async importFile(filePath) {
      const file = await readReportFile(filePath);
      return file.ok ? importText(file.value.fileName, file.value.text) : file;
    },

    async openRecent(reportId) {
      if (await isBundled(reportId)) return openBundled();
      const fileName = copyFileNameFor(reportId);
      const cached = cache.get(reportId);
      if (cached) {
        remember(cached);
        return ok({ report: cached, fileName, bundled: false });
      }
      const file = await readReportFile(path.join(reportsDir, fileName));
      if (!file.ok) {
        return file.error.code === 'file-not-found'
          ? err('report-missing', '找不到这份报告保存在本机的副本，请重新打开原文件。')
          : file;
      }
      const parsed = parse(file.value.text);
      if (!parsed.ok) return parsed;
      remember(parsed.value);
      return ok({ report: parsed.value, fileName, bundled: false });
    },

    async forget(reportId) {
      if (await isBundled(reportId)) return err('cannot-forget-bundled', '内置报告不能从列表中移除。');
      cache.delete(reportId);
      await fs.promises.rm(path.join(reportsDir, copyFileNameFor(reportId)), { force: true });
      return ok(null);
    },
  };
}
