/** Loading the report fixtures (tests/fixtures/reports) and the bundled report for the parser tests. */
import fs from 'node:fs';
import path from 'node:path';
import type { ReportDocument } from '../../../core/report/model';
import type { Para } from '../../../core/report/paragraph';
import { toPara } from '../../../core/report/paragraph';
import { parseReport } from '../../../core/report/parse';
import { readTextParagraphs } from '../../../core/report/text-source';

export const FIXTURE_DIR = path.resolve(import.meta.dirname, '../../fixtures/reports');
export const BUNDLED_REPORT = path.resolve(import.meta.dirname, '../../../assets/reports/zezhou-2022.txt');

/** The names (without `.txt`) of every fixture report. */
export function fixtureNames(): string[] {
  return fs
    .readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.slice(0, -'.txt'.length))
    .sort();
}

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURE_DIR, `${name}.txt`), 'utf8');
}

export function readBundled(): string {
  return fs.readFileSync(BUNDLED_REPORT, 'utf8');
}

/** Parses a text that must parse; fails the test with the parser's message otherwise. */
export function mustParse(text: string): ReportDocument {
  const result = parseReport(text);
  if (!result.ok) throw new Error(`parse failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Markup removed the way an author reads it (`**x**` → x, `_{x}`/`^{x}` → x), independently of the parser. */
export function stripMarkupForComparison(text: string): string {
  return text.replace(/\*\*([\s\S]*?)\*\*/g, '$1').replace(/[_^]\{([^{}\n]{1,16})\}/g, '$1');
}

/** The visible characters of a text, in order: whitespace and invisible characters (zero-width space) dropped. */
export function visible(text: string): string {
  return text.replace(/[\s\u200B-\u200D\u2060\uFEFF]+/g, '');
}

/** The paragraphs the structure rules get for a text: the text reader's output, prepared as the rules prepare it. */
export function parasOf(text: string): Para[] {
  const paras: Para[] = [];
  for (const source of readTextParagraphs(text)) {
    const para = toPara(source, paras.length);
    if (para) paras.push(para);
  }
  return paras;
}
