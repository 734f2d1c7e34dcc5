/** Trailing footer lines (issuer, issue date, print run, source): they go to meta, not to the body. */
import type { SourceLine } from './lines';
import { compact } from './lines';
import { resolveMarkup } from './markup';
import type { ReportMeta } from './model';

/** The footer's meta and the line index where it starts. */
export interface Footer {
  meta: ReportMeta;
  start: number;
}

const ISSUER = /^[\p{Script=Han}（()）]{0,24}(?:秘书处|办公室|办公厅|秘书组)$/u;
const ISSUE_DATE = /^\d{4}年\d{1,2}月\d{1,2}日印发?$/;
const ISSUER_AND_DATE =
  /^(.{1,30}?(?:秘书处|办公室|办公厅|秘书组))[\s\u3000]+(\d{4}年\d{1,2}月\d{1,2}日\s*印发?)$/u;
const PRINT_RUN = /^[（(]?共印\d+份[）)]?$/;
const SOURCE = /^[（(]\s*来源[：:].*[）)]$|^来源[：:]/;

/** Reads one footer line into meta; false if the line is not a footer line. */
function readFooterLine(text: string, meta: ReportMeta): boolean {
  const tight = compact(text);
  if (tight.length > 80) return false;
  const both = ISSUER_AND_DATE.exec(text);
  if (both) {
    meta.issuer ??= (both[1] ?? '').trim();
    meta.issueDate ??= compact(both[2] ?? '');
    return true;
  }
  if (SOURCE.test(text)) {
    meta.source ??= text;
  } else if (PRINT_RUN.test(tight)) {
    meta.printRun ??= text;
  } else if (ISSUE_DATE.test(tight)) {
    meta.issueDate ??= text;
  } else if (ISSUER.test(tight)) {
    meta.issuer ??= text;
  } else {
    return false;
  }
  return true;
}

/**
 * Reads footer lines from the end of the text up to `from` (大会秘书处 / 2022年4月25日印发 / 共印 950 份 /
 * （来源：…）), stopping at the first line that is not one.
 */
export function readFooter(lines: readonly SourceLine[], from: number): Footer {
  const meta: ReportMeta = {};
  let start = lines.length;
  for (let i = lines.length - 1; i >= from; i--) {
    const raw = lines[i]?.text ?? '';
    if (raw === '') continue;
    const text = resolveMarkup(raw).text.trim();
    // Lines are read bottom-up, so a field already set came from a later line: keep the first the reader sees.
    const probe: ReportMeta = {};
    if (!readFooterLine(text, probe)) break;
    Object.assign(meta, probe);
    start = i;
  }
  return { meta, start };
}
