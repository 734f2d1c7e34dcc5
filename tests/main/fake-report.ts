/** A stand-in parser for library and handler tests, so they do not depend on core's parser details. */
import { createHash } from 'node:crypto';
import type { ReportDocument } from '../../core/report/model';
import type { Result } from '../../core/result';
import { err, ok } from '../../core/result';

/** The message the fake parser gives for text it "cannot" parse (texts starting with 无法解析). */
export const FAKE_PARSE_ERROR = '无法识别报告结构：没有找到标题。';

/** Parses any text into one paragraph per line; the id is a hash of the text, as the real parser promises. */
export function fakeParse(text: string): Result<ReportDocument> {
  if (text.startsWith('无法解析')) return err('parse-failed', FAKE_PARSE_ERROR);
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return ok({
    id: `r${createHash('sha256').update(text).digest('hex').slice(0, 12)}`,
    meta: { title: lines[0] ?? '' },
    blocks: lines.slice(1).map((line, i) => ({ id: `p${i + 1}`, type: 'paragraph' as const, text: line })),
    glossary: [],
    unexplainedTerms: [],
  });
}
