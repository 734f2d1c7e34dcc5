/** Trailing footer lines (issuer, issue date, print run, source): they go to meta, not to the body. */
import { compact } from './lines';
import type { ReportMeta } from './model';
import type { Para } from './paragraph';

/** The footer's meta and its paragraphs (stream indices, in order). */
export interface Footer {
  meta: ReportMeta;
  indices: number[];
}

const ISSUER = /^[\p{Script=Han}（()）]{0,24}(?:秘书处|办公室|办公厅|秘书组)$/u;
const ISSUE_DATE = /^\d{4}年\d{1,2}月\d{1,2}日印发?$/;
const ISSUER_AND_DATE =
  /^(.{1,30}?(?:秘书处|办公室|办公厅|秘书组))[\s\u3000]+(\d{4}年\d{1,2}月\d{1,2}日\s*印发?)$/u;
const PRINT_RUN = /^[（(]?共印\d+份[）)]?$/;
const SOURCE = /^[（(]\s*来源\s*[：:].*[）)]$|^来源\s*[：:]/;

/**
 * Reads one footer line into meta; false if the line is not a footer line. `key` is the text folded for matching
 * (full-width digits…), of the same length; values are taken from `text` as written.
 */
export function readFooterLine(text: string, meta: ReportMeta, key: string = text): boolean {
  const tight = compact(key);
  if (tight.length > 80) return false;
  const both = ISSUER_AND_DATE.exec(key);
  if (both) {
    const issuer = both[1] ?? '';
    meta.issuer ??= text.slice(0, issuer.length).trim();
    meta.issueDate ??= compact(text.slice(both.index + both[0].length - (both[2] ?? '').length));
    return true;
  }
  if (SOURCE.test(key)) {
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
 * Reads footer lines from the end of the stream back to `from` (大会秘书处 / 2022年4月25日印发 / 共印 950 份 /
 * （来源：…）), passing over paragraphs already set aside (a website's footer after them), and stopping at the first
 * paragraph that is not a footer line.
 */
export function readFooter(paras: readonly Para[], from: number, skip: (index: number) => boolean): Footer {
  const meta: ReportMeta = {};
  const indices: number[] = [];
  for (let i = paras.length - 1; i >= from; i--) {
    const para = paras[i];
    if (!para || skip(para.index)) continue;
    // Lines are read bottom-up, so a field already set came from a later line: keep the first the reader sees.
    const probe: ReportMeta = {};
    if (!readFooterLine(para.text, probe, para.key)) break;
    Object.assign(meta, probe);
    indices.unshift(para.index);
  }
  return { meta, indices };
}
