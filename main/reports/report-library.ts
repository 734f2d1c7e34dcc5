/**
 * The reports the app can show: the bundled one, and imported ones, kept in `<userData>/reports/` so the recent
 * list reopens offline even after the original file is gone. A text is kept as `<id>.txt`; a Word file, PDF or web
 * page is kept as the original (`<id>.original.<ext>`) beside its extraction (`<id>.source.json`, the paragraphs
 * the reader produced), so reopening it parses paragraphs as cheaply as a text, without reading the PDF again.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ReportDocument } from '../../core/report/model';
import { parseReport } from '../../core/report/parse';
import type { ReportSource } from '../../core/report/source';
import { parseReportSource } from '../../core/report/source';
import type { Result } from '../../core/result';
import { err, ok } from '../../core/result';
import { readReportFile, readReportFileBytes, writeBytesSafely, writeTextFileSafely } from './report-files';
import { attachPages } from './sources/attach-pages';
import type { ExtractedReport } from './sources/read-source';
import { extractReport } from './sources/read-source';
import { resolveBundledReport } from './bundled-report';
import { readCachedSource, sourceCacheText } from './source-cache';

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
  /** Test seam: the parser of other formats' paragraphs (defaults to core's parseReportSource). */
  parseSource?: (source: ReportSource) => Result<ReportDocument>;
  /** How many imported documents stay parsed in memory. */
  cacheSize?: number;
  log?: (message: string, error: unknown) => void;
}

export interface ReportLibrary {
  openBundled(): Promise<Result<OpenedReport>>;
  /** Parses a text and keeps a private copy of it; a text the parser rejects is not copied. */
  importText(fileName: string, text: string): Promise<Result<OpenedReport>>;
  /** A report file's bytes of any format (a drop, a file read): read by its content, then imported. */
  importBytes(fileName: string, bytes: Uint8Array): Promise<Result<OpenedReport>>;
  /** Reads a file the user chose (size cap, any format), then imports it. */
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

/** The kept copies of a report other than a text: the extraction, and the original with its extension. */
export function sourceFileNamesFor(
  reportId: string,
  original?: string,
): { source: string; original: string } {
  const base = copyFileNameFor(reportId).slice(0, -'.txt'.length);
  return { source: `${base}.source.json`, original: `${base}.original.${original ?? ''}` };
}

/** The document of an extracted report: the text parser for texts, the source parser for the rest. */
export function documentOf(
  extracted: ExtractedReport,
  parse: (text: string) => Result<ReportDocument> = parseReport,
  parseSource: (source: ReportSource) => Result<ReportDocument> = parseReportSource,
): Result<ReportDocument> {
  if (extracted.format === 'txt') return parse(extracted.text);
  const parsed = parseSource(extracted.source);
  if (!parsed.ok) return parsed;
  const doc = attachPages(parsed.value, extracted.source.paragraphs);
  const pageCount = 'pageCount' in extracted ? extracted.pageCount : undefined;
  // The original's page count (a PDF's), for the title page's 共 N 页.
  return ok(doc.source && pageCount !== undefined ? { ...doc, source: { ...doc.source, pageCount } } : doc);
}

const ORIGINAL_KINDS = ['docx', 'pdf', 'html', 'mhtml'] as const;

/** Creates the library; nothing is read until a report is asked for. */
export function createReportLibrary(options: ReportLibraryOptions): ReportLibrary {
  const {
    reportsDir,
    bundledReportPath,
    parse = parseReport,
    parseSource = parseReportSource,
    cacheSize = 4,
    log = console.error,
  } = options;
  // A secretariat's own report, made the default by `bundle`, is named by bundled.json beside the default one.
  const bundledPath = resolveBundledReport(bundledReportPath);
  const bundledFileName = path.basename(bundledPath);
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
    if (!/\.(txt|md)$/i.test(bundledPath)) {
      // A bundled Word file, PDF or page: its extraction beside it (written by `bundle`) spares a read at start-up.
      const cached = await readCachedSource(`${bundledPath}.source.json`);
      if (cached.ok) return documentOf(cached.value, parse, parseSource);
      const bytes = await readReportFileBytes(bundledPath);
      if (!bytes.ok) return err('bundled-missing', `内置报告无法读取：${bytes.error.message}`);
      const extracted = await extractReport(bundledFileName, bytes.value);
      if (!extracted.ok) return err('bundled-missing', `内置报告无法读取：${extracted.error.message}`);
      return documentOf(extracted.value, parse, parseSource);
    }
    const file = await readReportFile(bundledPath);
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

  /** Keeps the original and its extraction; the extraction is written last, so its presence means both are whole. */
  async function keepSource(
    report: ReportDocument,
    extracted: Extract<ExtractedReport, { format: 'docx' | 'pdf' | 'html' }>,
    bytes: Uint8Array,
  ): Promise<string | undefined> {
    const names = sourceFileNamesFor(report.id, extracted.original);
    const sourceFile = path.join(reportsDir, names.source);
    if (fs.existsSync(sourceFile)) return undefined;
    try {
      await fs.promises.mkdir(reportsDir, { recursive: true });
      await writeBytesSafely(path.join(reportsDir, names.original), bytes);
      await writeTextFileSafely(sourceFile, sourceCacheText(extracted));
      return undefined;
    } catch (error) {
      log(`could not save a copy of ${extracted.fileName}`, error);
      return '未能在本机保存这份报告的副本（磁盘可能已满或不可写），下次需要重新打开原文件。';
    }
  }

  async function importBytes(fileName: string, bytes: Uint8Array): Promise<Result<OpenedReport>> {
    const extracted = await extractReport(fileName, bytes);
    if (!extracted.ok) return extracted;
    if (extracted.value.format === 'txt') return importText(fileName, extracted.value.text);
    const parsed = documentOf(extracted.value, parse, parseSource);
    if (!parsed.ok) return parsed;
    const report = parsed.value;
    if (await isBundled(report.id)) return openBundled();
    remember(report);
    const notices = [extracted.value.notice, await keepSource(report, extracted.value, bytes)].filter(
      Boolean,
    );
    return ok({
      report,
      fileName,
      bundled: false,
      ...(notices.length > 0 ? { notice: notices.join('\n') } : {}),
    });
  }

  /** A kept report other than a text: its extraction, else (damaged) the original read again. */
  async function openKeptSource(reportId: string): Promise<Result<ReportDocument> | undefined> {
    const names = sourceFileNamesFor(reportId);
    const cached = await readCachedSource(path.join(reportsDir, names.source));
    if (cached.ok) return documentOf(cached.value, parse, parseSource);
    for (const kind of ORIGINAL_KINDS) {
      const original = path.join(reportsDir, `${names.original}${kind}`);
      if (!fs.existsSync(original)) continue;
      const bytes = await readReportFileBytes(original);
      if (!bytes.ok) return bytes;
      const extracted = await extractReport(path.basename(original), bytes.value);
      return extracted.ok ? documentOf(extracted.value, parse, parseSource) : extracted;
    }
    return cached.error.code === 'file-not-found' ? undefined : cached;
  }

  return {
    openBundled,
    importText,
    importBytes,
    isBundled,

    async importFile(filePath) {
      const bytes = await readReportFileBytes(filePath);
      return bytes.ok ? importBytes(path.basename(filePath), bytes.value) : bytes;
    },

    async openRecent(reportId) {
      if (await isBundled(reportId)) return openBundled();
      const fileName = copyFileNameFor(reportId);
      const cached = cache.get(reportId);
      if (cached) {
        remember(cached);
        return ok({ report: cached, fileName, bundled: false });
      }
      const missing = () => err('report-missing', '找不到这份报告保存在本机的副本，请重新打开原文件。');
      const file = await readReportFile(path.join(reportsDir, fileName));
      let parsed: Result<ReportDocument>;
      if (file.ok) parsed = parse(file.value.text);
      else if (file.error.code !== 'file-not-found') return file;
      else {
        const kept = await openKeptSource(reportId);
        if (kept === undefined) return missing();
        parsed = kept;
      }
      if (!parsed.ok) return parsed;
      remember(parsed.value);
      return ok({ report: parsed.value, fileName, bundled: false });
    },

    async forget(reportId) {
      if (await isBundled(reportId)) return err('cannot-forget-bundled', '内置报告不能从列表中移除。');
      cache.delete(reportId);
      const names = sourceFileNamesFor(reportId);
      // The extraction first: without it the original alone is never taken for a whole copy.
      const files = [
        copyFileNameFor(reportId),
        names.source,
        ...ORIGINAL_KINDS.map((kind) => `${names.original}${kind}`),
      ];
      for (const name of files) await fs.promises.rm(path.join(reportsDir, name), { force: true });
      return ok(null);
    },
  };
}
