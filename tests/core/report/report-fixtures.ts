/** Loading the report fixtures (tests/fixtures/reports) and the bundled report for the parser tests. */
import fs from 'node:fs';
import path from 'node:path';
import type { ReportDocument } from '../../../core/report/model';
import { parseReport } from '../../../core/report/parse';

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

/** The visible characters of a text, in order: whitespace dropped. */
export function visible(text: string): string {
  return text.replace(/\s+/g, '');
}
