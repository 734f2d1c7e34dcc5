/**
 * The extraction of a Word file, PDF or web page kept beside its original (`<id>.source.json`): the paragraphs
 * the source reader produced, so a reopen parses them again without reading the original. The file is the app's
 * own, but it is read as untrusted (a damaged or hand-edited one is refused, and the original is read instead).
 */
import type { SetAsideText } from '../../core/report/model';
import type { SourceParagraph } from '../../core/report/source';
import type { Result } from '../../core/result';
import { err, ok } from '../../core/result';
import { readReportFileBytes } from './report-files';
import type { ExtractedReport } from './sources/read-source';

type ExtractedSource = Extract<ExtractedReport, { format: 'docx' | 'pdf' | 'html' }>;

const FORMAT = 'yandu.report-source';
const VERSION = 1;

/** The text of the kept extraction: one paragraph per line, so a large report is never one long line. */
export function sourceCacheText(extracted: ExtractedSource): string[] {
  const { source, original, pageCount } = extracted;
  const head = {
    format: FORMAT,
    version: VERSION,
    fileName: source.fileName,
    sourceFormat: source.format,
    original,
    ...(pageCount !== undefined ? { pageCount } : {}),
    setAside: source.setAside,
    paragraphs: source.paragraphs.length,
  };
  return [`${JSON.stringify(head)}\n`, ...source.paragraphs.map((p) => `${JSON.stringify(p)}\n`)];
}

const isRuns = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.every(
    (run: { start?: unknown; end?: unknown } | null) =>
      typeof run?.start === 'number' && typeof run.end === 'number' && run.start >= 0 && run.end >= run.start,
  );

function paragraphOf(line: string): SourceParagraph | undefined {
  const value = JSON.parse(line) as Partial<SourceParagraph> | null;
  if (typeof value?.text !== 'string') return undefined;
  if (value.bold !== undefined && !isRuns(value.bold)) return undefined;
  if (value.page !== undefined && !Number.isInteger(value.page)) return undefined;
  return {
    text: value.text,
    ...(value.bold ? { bold: value.bold } : {}),
    ...(value.page !== undefined ? { page: value.page } : {}),
    ...(value.indent === true ? { indent: true } : {}),
  };
}

const damaged = () => err('source-cache-damaged', '保存在本机的报告摘录已损坏。');

/** Reads a kept extraction; `file-not-found` when there is none, `source-cache-damaged` when it is not whole. */
export async function readCachedSource(file: string): Promise<Result<ExtractedSource>> {
  const bytes = await readReportFileBytes(file);
  if (!bytes.ok) return bytes;
  try {
    const lines = new TextDecoder('utf-8', { fatal: true }).decode(bytes.value).split('\n');
    if (lines.pop() !== '') return damaged(); // a torn last line
    const head = JSON.parse(lines[0] ?? 'null') as Record<string, unknown> | null;
    if (head?.format !== FORMAT || head.version !== VERSION) return damaged();
    const { fileName, sourceFormat, original, pageCount, setAside, paragraphs: count } = head;
    if (typeof fileName !== 'string' || count !== lines.length - 1) return damaged();
    if (sourceFormat !== 'docx' && sourceFormat !== 'pdf' && sourceFormat !== 'html') return damaged();
    if (original !== 'docx' && original !== 'pdf' && original !== 'html' && original !== 'mhtml')
      return damaged();
    if (!Array.isArray(setAside) || !setAside.every((s: SetAsideText) => typeof s?.text === 'string'))
      return damaged();
    const paragraphs: SourceParagraph[] = [];
    for (const line of lines.slice(1)) {
      const paragraph = paragraphOf(line);
      if (!paragraph) return damaged();
      paragraphs.push(paragraph);
    }
    return ok({
      format: sourceFormat,
      original,
      fileName,
      source: { fileName, format: sourceFormat, paragraphs, setAside: setAside as SetAsideText[] },
      ...(typeof pageCount === 'number' ? { pageCount } : {}),
    });
  } catch {
    return damaged();
  }
}
