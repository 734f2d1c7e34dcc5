/**
 * What every source reader hands the structure rules (DESIGN §10): one stream of paragraphs with what the source
 * knows — bold runs from Word, the page and a first-line indent from PDF geometry — and what the reader set aside
 * (running headers, page numbers, a website's navigation), kept with a reason so it can be shown. A reader never
 * decides structure; the rules in core/report/ do, the same for every source.
 */
import { ok } from '../result';
import type { Result } from '../result';
import type { ReportDocument, SetAsideText, SourceFormat } from './model';
import { parseReport } from './parse';

/** One paragraph as the source has it. Offsets count UTF-16 code units of `text`. */
export interface SourceParagraph {
  text: string;
  /** Bold runs (Word), half-open [start, end). */
  bold?: { start: number; end: number }[];
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

/**
 * The document for a source. For now the paragraphs are handed to the text parser as text (bold runs as `**…**`,
 * which it resolves), so every source goes through the one set of structure rules; the rules' own entry point
 * takes paragraphs directly once they are rewritten for it (issue 12).
 */
export function parseReportSource(source: ReportSource): Result<ReportDocument> {
  const text = source.paragraphs.map(paragraphText).join('\n\n');
  const parsed = parseReport(text);
  if (!parsed.ok) return parsed;
  const setAside = [...(parsed.value.setAside ?? []), ...source.setAside];
  return ok({
    ...parsed.value,
    ...(setAside.length > 0 ? { setAside } : {}),
    source: { fileName: source.fileName, format: source.format },
  });
}

function paragraphText(paragraph: SourceParagraph): string {
  const runs = [...(paragraph.bold ?? [])].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const run of runs) {
    if (run.start < at || run.end <= run.start) continue;
    out += `${paragraph.text.slice(at, run.start)}**${paragraph.text.slice(run.start, run.end)}**`;
    at = run.end;
  }
  return out + paragraph.text.slice(at);
}
