/**
 * What every source reader hands the structure rules (DESIGN §10): one stream of paragraphs with what the source
 * knows — bold runs from Word, the page and a first-line indent from PDF geometry — and what the reader set aside
 * (running headers, page numbers, a website's navigation), kept with a reason so it can be shown. A reader never
 * decides structure; the rules in core/report/ do, the same for every source.
 */
import { err, ok } from '../result';
import type { Result } from '../result';
import type { ReportDocument, SetAsideText, SourceFormat, TextMark } from './model';
import { NO_BODY } from './parse';
import { reportId } from './report-id';
import { buildStructure } from './structure';

/** One paragraph as the source has it. Offsets count UTF-16 code units of `text`. */
export interface SourceParagraph {
  text: string;
  /** Bold runs (Word), half-open [start, end). */
  bold?: { start: number; end: number }[];
  /** Subscripts and superscripts (PM_{2.5} in a text, vertAlign in Word), half-open. */
  scripts?: TextMark[];
  /** The page of the original where the paragraph starts (PDF), from 1. */
  page?: number;
  /** The paragraph starts with a first-line indent (PDF geometry, Word indentation). */
  indent?: boolean;
}

/** A file's content as paragraphs, ready for the structure rules. */
export interface ReportSource {
  fileName: string;
  format: SourceFormat;
  paragraphs: SourceParagraph[];
  setAside: SetAsideText[];
}

/** The text the report id is made from: the paragraphs as extracted, one per line. */
export function sourceText(source: Pick<ReportSource, 'paragraphs'>): string {
  return source.paragraphs.map((paragraph) => paragraph.text).join('\n\n');
}

/**
 * The document for a source: the same structure rules as for a text, on the source's own paragraphs, with bold runs
 * as evidence for headings and leads. The reader's set-aside text is kept with the rules' own; for a PDF the page
 * each block starts on is recorded in `source.pages`.
 */
export function parseReportSource(source: ReportSource): Result<ReportDocument> {
  try {
    const text = sourceText(source);
    if (text.trim() === '') return err('not-a-report', '文件中没有文字');
    const built = buildStructure(source.paragraphs);
    if (!built) return err('not-a-report', NO_BODY);
    const setAside = [...(built.doc.setAside ?? []), ...source.setAside];
    const pages = Object.keys(built.pages).length > 0 ? { pages: built.pages } : {};
    return ok({
      id: reportId(text),
      ...built.doc,
      ...(setAside.length > 0 ? { setAside } : {}),
      source: { fileName: source.fileName, format: source.format, ...pages },
    });
  } catch {
    return err('parse-failed', '解析报告时出错：无法识别文本结构');
  }
}
