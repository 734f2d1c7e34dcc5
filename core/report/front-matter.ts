/**
 * The title page: where the body begins, the meta its lines give (title, classification, document number, date
 * line, speaker, source, a scraper's fields), and what on it is not the report's (a website's header, a summary
 * that repeats the opening, a photo caption), which is set aside with its reason.
 */
import type { SetAsideReason } from './chrome';
import { matchChrome } from './chrome';
import { compact, countHan } from './lines';
import type { ReportMeta } from './model';
import type { Para } from './paragraph';
import { headingShapes } from './rules/heading-rules';
import {
  CAPTION,
  CLASSIFICATION,
  compactTitle,
  DATE_LINE,
  DATE_LINE_DONE,
  DOCUMENT_NUMBER,
  matchSpeaker,
  SALUTATION,
  SCRAPER_FIELD,
  SOURCE,
  speakerInDateLine,
  splitRunTogether,
  TITLE,
} from './rules/meta-rules';

const BARE_NAME = /^[\p{Script=Han}·]{2,4}$/u;

/** How far down a title page can reach (lines of its own, set-aside ones not counted). */
const MAX_FRONT_PARAS = 16;

type Field = 'classification' | 'documentNumber' | 'title' | 'dateLine' | 'speaker' | 'source' | 'scraper';

export interface FrontMatter {
  meta: ReportMeta;
  /** The stream index where the body starts. */
  bodyStart: number;
  /** Title-page paragraphs kept as the title page (frontMatter). */
  lines: Para[];
  /** Title-page paragraphs that are not the report's, with why. */
  setAside: Map<number, SetAsideReason>;
}

function classify(para: Para): Field | null {
  const tight = compact(para.key);
  if (SCRAPER_FIELD.test(tight)) return 'scraper';
  if (tight.length > 60) return null;
  if (DATE_LINE.test(tight)) return 'dateLine';
  if (SOURCE.test(tight)) return 'source';
  if (tight.length <= 24 && CLASSIFICATION.test(tight)) return 'classification';
  if (DOCUMENT_NUMBER.test(tight)) return 'documentNumber';
  if (tight.length <= 30 && TITLE.test(tight)) return 'title';
  if (matchSpeaker(para.key)) return 'speaker';
  return null;
}

/** A line that already reads as body prose: long, or a Chinese sentence with punctuation. */
function isProse(text: string): boolean {
  return text.length > 60 || (countHan(text) >= 12 && /[，。；！？]/.test(text));
}

function isBodyStart(para: Para): boolean {
  if (SALUTATION.test(compact(para.key))) return true;
  return headingShapes(para.key).some((shape) => shape.kind === 'part' && shape.ordinal === 1);
}

/** A line that carries on a date line broken over two lines (——2022年4月26日在泽州县第七届 / 人民代表大会…会议上). */
function continuesDateLine(para: Para): boolean {
  return classify(para) === null && !isProse(para.text) && para.text.length <= 40;
}

/** Letters and digits only, markup and site debris (&emsp;, ????) gone: for comparing a summary with the text. */
function comparable(text: string): string {
  return text.replace(/&[a-z]+;?/gi, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/** Characters of a summary compared with what follows it. */
const SUMMARY_PROBE = 120;
const MIN_SUMMARY = 30;

/** Whether a paragraph is a website's summary: its start repeats, run together, the paragraphs that follow it. */
function repeatsWhatFollows(paras: readonly Para[], at: number): boolean {
  const summary = comparable(paras[at]?.text ?? '');
  if (summary.length < MIN_SUMMARY) return false;
  const probe = summary.slice(0, SUMMARY_PROBE);
  let following = '';
  for (let i = at + 1; i < paras.length && following.length < probe.length; i++) {
    const para = paras[i];
    if (!para || isCaption(para) || matchChrome(para, true)) continue;
    following += comparable(para.text);
  }
  return following.startsWith(probe);
}

function isCaption(para: Para): boolean {
  return para.text.length <= 150 && CAPTION.test(compact(para.key));
}

/** Why a title-page paragraph is not the report's, if it is not. */
function setAsideReason(
  paras: readonly Para[],
  at: number,
  chrome: ReadonlyMap<number, SetAsideReason>,
): SetAsideReason | null {
  const para = paras[at];
  if (!para) return null;
  const found = chrome.get(para.index);
  if (found && !(found.following && classify(para) !== null)) return found;
  const rule = matchChrome(para, true);
  if (rule) return { rule: rule.name, reason: rule.reason };
  if (isProse(para.text) && repeatsWhatFollows(paras, at))
    return { rule: 'site-summary', reason: '网页摘要（重复了报告的开头）' };
  if (isCaption(para)) return { rule: 'caption', reason: '图片说明' };
  return null;
}

/** Where the body starts: 各位代表：, the first part heading or the first prose line; else after the known lines. */
function findBodyStart(
  paras: readonly Para[],
  chrome: ReadonlyMap<number, SetAsideReason>,
  setAside: Map<number, SetAsideReason>,
): number {
  let firstUnknown = -1;
  let openDateLine = false;
  let seen = 0;
  let i = 0;
  for (; i < paras.length; i++) {
    const para = paras[i];
    if (!para) break;
    const reason = setAsideReason(paras, i, chrome);
    if (reason) {
      setAside.set(para.index, reason);
      continue;
    }
    if (++seen > MAX_FRONT_PARAS) break;
    if (isBodyStart(para)) return i;
    if (openDateLine && continuesDateLine(para)) {
      openDateLine = !DATE_LINE_DONE.test(compact(para.key));
      continue;
    }
    const field = classify(para);
    openDateLine = field === 'dateLine' && !DATE_LINE_DONE.test(compact(para.key));
    if (field !== null || splitRunTogether(para.text, para.key)) continue;
    if (isProse(para.text)) return i;
    if (firstUnknown < 0) firstUnknown = i;
  }
  return firstUnknown >= 0 ? firstUnknown : i;
}

const SCRAPER_FALLBACK: Record<string, keyof ReportMeta> = {
  标题: 'title',
  题目: 'title',
  发文单位: 'issuer',
  发布单位: 'issuer',
  发布机构: 'issuer',
  发文机关: 'issuer',
  来源url: 'source',
  来源网址: 'source',
  原文链接: 'source',
  原文地址: 'source',
  网址: 'source',
  url: 'source',
};

/** Reads one title-page line into meta (the first value of a field wins) and scraper fallbacks. */
function readLine(para: Para, meta: ReportMeta, fallback: ReportMeta): Field | 'run-together' | null {
  const field = classify(para);
  const text = para.text;
  if (field === 'scraper') {
    const [key = '', value = ''] = para.key.split(/[：:]/, 2);
    const target = SCRAPER_FALLBACK[compact(key).toLowerCase()];
    if (target && value.trim() !== '') fallback[target] ??= target === 'source' ? text : value.trim();
    return field;
  }
  if (field === 'dateLine') {
    // 2025年1月18日在…会议上河南省人民政府省长王凯作政府工作报告: the date line and the speaker, run together.
    const together = splitRunTogether(para.text, para.key);
    if (together?.speaker !== undefined) {
      meta.dateLine ??= together.dateLine;
      meta.speaker ??= together.speaker;
      return field;
    }
    meta.dateLine ??= text;
    const speaker = speakerInDateLine(para.key);
    if (speaker) meta.speaker ??= speaker;
    return field;
  }
  if (field !== null) {
    if (meta[field] === undefined)
      meta[field] =
        field === 'speaker'
          ? (matchSpeaker(para.key) ?? text)
          : field === 'title'
            ? compactTitle(text)
            : text;
    return field;
  }
  // A bare name under the date line is the speaker (周恩来).
  if (meta.dateLine !== undefined && meta.speaker === undefined && BARE_NAME.test(compact(para.key))) {
    meta.speaker = text;
    return 'speaker';
  }
  const together = splitRunTogether(para.text, para.key);
  if (together) {
    for (const [key, value] of Object.entries(together) as [keyof ReportMeta, string][]) meta[key] ??= value;
    return 'run-together';
  }
  return null;
}

/**
 * Reads the title page: its lines come in varying order or not at all; the body begins at 各位代表：, at part 一 or at
 * the first line of prose. A date line broken over two lines is joined; a run-together line is split into its
 * fields; a scraper's 标题： or 发文单位： fills what the title page does not say.
 */
export function readFrontMatter(
  paras: readonly Para[],
  chrome: ReadonlyMap<number, SetAsideReason>,
): FrontMatter {
  const setAside = new Map<number, SetAsideReason>();
  const start = findBodyStart(paras, chrome, setAside);
  const meta: ReportMeta = {};
  const fallback: ReportMeta = {};
  const lines: Para[] = [];
  let openDateLine = false;
  for (let i = 0; i < start; i++) {
    const para = paras[i];
    if (!para || setAside.has(para.index)) continue;
    lines.push(para);
    if (openDateLine && meta.dateLine !== undefined && continuesDateLine(para)) {
      meta.dateLine += para.text;
      openDateLine = !DATE_LINE_DONE.test(compact(para.key));
      continue;
    }
    const field = readLine(para, meta, fallback);
    openDateLine =
      field === 'dateLine' && meta.dateLine === para.text && !DATE_LINE_DONE.test(compact(para.key));
  }
  for (const [key, value] of Object.entries(fallback) as [keyof ReportMeta, string][]) meta[key] ??= value;
  return { meta, bodyStart: paras[start]?.index ?? (paras.at(-1)?.index ?? -1) + 1, lines, setAside };
}
