/**
 * Report text → ReportDocument (DESIGN §3, §10): the text reader turns the text into paragraphs, and the structure
 * rules that every source shares turn the paragraphs into the document. Never throws.
 */
import type { Result } from '../result';
import { err, ok } from '../result';
import { checkInput } from './input-check';
import { normaliseNewlines } from './lines';
import type { ReportDocument } from './model';
import { reportId } from './report-id';
import { buildStructure } from './structure';
import { readTextParagraphs } from './text-source';

/** Shown when the rules find no body paragraph. */
export const NO_BODY = '未能识别为政府工作报告：没有找到正文段落';

function parse(input: string): Result<ReportDocument> {
  const text = normaliseNewlines(input);
  const refused = checkInput(text);
  if (refused) return err(refused.code, refused.message);
  const built = buildStructure(readTextParagraphs(text));
  if (!built) return err('not-a-report', NO_BODY);
  return ok({ id: reportId(text), ...built.doc });
}

/**
 * Parses a report text. Non-report input (empty, binary, no Chinese body paragraphs) comes back as
 * `not-a-report` with a one-line Chinese message; the parser never throws, whatever the input.
 */
export function parseReport(text: string): Result<ReportDocument> {
  try {
    return parse(text);
  } catch {
    // A bug must not take the app or the CLI down with a stack trace; the property tests hunt for these.
    return err('parse-failed', '解析报告时出错：无法识别文本结构');
  }
}
