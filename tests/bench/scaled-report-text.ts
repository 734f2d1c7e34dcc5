/**
 * Bigger report *texts* for the page-load benchmark (search-bench scales the parsed document instead; the app
 * needs a text it parses itself). Every section's run of paragraphs (the lines between two headings, and the
 * opening before part 一) is repeated `times` times in place, so the outline (一、二、三 and （一）…（八）) stays
 * the same and the parser numbers the extra paragraphs on (p1-1 … p1-700). Appending whole renumbered copies of
 * the body (part 四、五、…) would stop working before 100×: the parser's part ordinals have at most four
 * numerals, and 一百一十一 has five, so parts after 110 would silently become paragraphs.
 */
import { readFileSync } from 'node:fs';
import { createHeadingTracker } from '../../core/report/headings';
import { normaliseNewlines } from '../../core/report/lines';
import type { ReportDocument } from '../../core/report/model';
import { parseReport } from '../../core/report/parse';

export const BUNDLED_REPORT_PATH = new URL('../../assets/reports/zezhou-2022.txt', import.meta.url);

export function bundledReportText(): string {
  return readFileSync(BUNDLED_REPORT_PATH, 'utf8');
}

/** The bundled text with every section's paragraphs repeated `times` times (1 returns the text unchanged). */
export function scaledReportText(text: string, times: number): string {
  if (times === 1) return text;
  const lines = normaliseNewlines(text).split('\n');
  const bodyStart = lines.findIndex((line) => line.trim().startsWith('各位代表'));
  const bodyEnd = lines.findLastIndex((line) => line.trim() === '附件');
  if (bodyStart < 0 || bodyEnd < bodyStart) throw new Error('bundled report layout changed: no body found');
  const out = lines.slice(0, bodyStart);
  const tracker = createHeadingTracker();
  let run: string[] = [];
  const flush = () => {
    const content = run.join('\n').trim();
    run = [];
    if (content === '') return;
    out.push(Array.from({ length: times }, () => content).join('\n\n'), '');
  };
  for (const line of lines.slice(bodyStart, bodyEnd)) {
    if (tracker.accept(line.trim())) {
      flush();
      out.push(line, '');
    } else run.push(line);
  }
  flush();
  out.push(...lines.slice(bodyEnd));
  return out.join('\n');
}

/** Parses a scaled text and checks it kept the outline and grew as asked. */
export function parseScaled(text: string, times: number, original: ReportDocument): ReportDocument {
  const parsed = parseReport(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const doc = parsed.value;
  const headings = (d: ReportDocument) => d.blocks.filter((b) => b.type === 'heading').length;
  const chars = (d: ReportDocument) => d.blocks.reduce((n, b) => n + b.text.length, 0);
  if (headings(doc) !== headings(original)) throw new Error(`${times}×: outline changed`);
  const growth = chars(doc) / chars(original);
  if (growth < times * 0.9 || growth > times * 1.1) throw new Error(`${times}×: text grew ${growth}×`);
  return doc;
}
