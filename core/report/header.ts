/** The title page: meta (classification, document number, title, date line, speaker) and where the body begins. */
import { matchHeadingStart } from './headings';
import type { SourceLine } from './lines';
import { compact, countHan } from './lines';
import { resolveMarkup } from './markup';
import type { ReportMeta } from './model';

/** What the title page said, and the line index where the body starts. */
export interface Header {
  meta: ReportMeta;
  /** The title-page lines as written (markup resolved), so no character of the input is lost. */
  lines: string[];
  bodyStart: number;
}

/** How far down a title page can reach before we assume the text has no header. */
const MAX_HEADER_LINES = 16;

const SALUTATION = /^各位(?:代表|委员|同志)/;
const CLASSIFICATION = /^[★☆]?(?:内部资料|内部文件|内部参阅|秘密|机密|绝密)/;
const DOCUMENT_NUMBER =
  /(?:文件|材料)(?:[（(〔【[]\s*[\d一二三四五六七八九十]+\s*[）)〕】\]]|之[一二三四五六七八九十]+)$|〔\d{4}〕\d+号$/;
const TITLE = /工作报告$|^政府工作报告/;
const DATE_LINE = /^(?:——|—|--|－－)|^[（(]\s*\d{4}年\d{1,2}月\d{1,2}日/;
const DATE_LINE_DONE = /(?:上|讲话|报告|[）)])$/;
const SPEAKER =
  /^([\p{Script=Han}]{0,12}?(?:总理|省长|市长|县长|区长|州长|旗长|盟长|镇长|乡长|主席))[\s\u3000]*([\p{Script=Han}·]{2,6})$/u;
const SOURCE = /^[（(]?\s*来源[：:]/;

/** What may stand before the role word when a speaker line has no space (县长张军, 代市长李某). */
const RUN_TOGETHER_PREFIX = new Set(['', '代', '副', '国务院']);

/** The parts of a speaker line (县长 张军, 市长 + full-width space + 王某某, 国务院总理 李某), spacing normalised; null if it is not one. */
export function matchSpeaker(line: string): string | null {
  const text = line.trim();
  const match = SPEAKER.exec(text);
  if (!match) return null;
  const [, role = '', name = ''] = match;
  // Without a space, 加强县长负责制 would read as role + name: only a bare role and a short name qualify.
  if (!/[\s\u3000]/.test(text)) {
    const prefix = role.replace(/(?:总理|省长|市长|县长|区长|州长|旗长|盟长|镇长|乡长|主席)$/, '');
    if (!RUN_TOGETHER_PREFIX.has(prefix) || name.length > 3) return null;
  }
  return `${role} ${name}`;
}

type Field = 'classification' | 'documentNumber' | 'title' | 'dateLine' | 'speaker' | 'source';

function classify(text: string): Field | null {
  const tight = compact(text);
  if (tight.length > 60) return null;
  if (DATE_LINE.test(tight)) return 'dateLine';
  if (SOURCE.test(tight)) return 'source';
  if (tight.length <= 24 && CLASSIFICATION.test(tight)) return 'classification';
  if (DOCUMENT_NUMBER.test(tight)) return 'documentNumber';
  if (tight.length <= 30 && TITLE.test(tight)) return 'title';
  if (matchSpeaker(text)) return 'speaker';
  return null;
}

/** A line that already reads as body prose: long, or a Chinese sentence with punctuation. */
function isProse(text: string): boolean {
  return text.length > 60 || (countHan(text) >= 12 && /[，。；！？]/.test(text));
}

function isBodyStart(text: string): boolean {
  return SALUTATION.test(text) || matchHeadingStart(text)?.ordinal === 1;
}

function lineText(lines: readonly SourceLine[], i: number): string {
  const raw = lines[i]?.text ?? '';
  return raw === '' ? '' : resolveMarkup(raw).text.trim();
}

/** A line that carries on a date line broken over two lines (——2022年4月26日在泽州县第七届 / 人民代表大会…会议上). */
function continuesDateLine(text: string): boolean {
  return classify(text) === null && !isProse(text) && text.length <= 40;
}

/** Where the body starts: 各位代表：, the first heading or the first prose line; else after the recognised lines. */
function findBodyStart(lines: readonly SourceLine[]): number {
  let firstUnknown = -1;
  let openDateLine = false;
  let seen = 0;
  let i = 0;
  for (; i < lines.length; i++) {
    const text = lineText(lines, i);
    if (text === '') continue;
    if (++seen > MAX_HEADER_LINES) break;
    if (isBodyStart(text)) return i;
    if (openDateLine && continuesDateLine(text)) {
      openDateLine = !DATE_LINE_DONE.test(compact(text));
      continue;
    }
    const field = classify(text);
    openDateLine = field === 'dateLine' && !DATE_LINE_DONE.test(compact(text));
    if (field !== null) continue;
    if (isProse(text)) return i;
    if (firstUnknown < 0) firstUnknown = i;
  }
  return firstUnknown >= 0 ? firstUnknown : i;
}

/**
 * Reads the title page. Its lines come in varying order or not at all; the body begins at 各位代表：, at the
 * first heading, or at the first line of prose. A date line broken over two lines is joined.
 */
export function readHeader(lines: readonly SourceLine[]): Header {
  const bodyStart = findBodyStart(lines);
  const meta: ReportMeta = {};
  const kept: string[] = [];
  let openDateLine = false;
  for (let i = 0; i < bodyStart; i++) {
    const text = lineText(lines, i);
    if (text === '') continue;
    kept.push(text);
    if (openDateLine && meta.dateLine !== undefined && continuesDateLine(text)) {
      meta.dateLine += text;
      openDateLine = !DATE_LINE_DONE.test(compact(text));
      continue;
    }
    const field = classify(text);
    openDateLine = field === 'dateLine' && meta.dateLine === undefined && !DATE_LINE_DONE.test(compact(text));
    if (field === null || meta[field] !== undefined) continue;
    meta[field] =
      field === 'speaker' ? (matchSpeaker(text) ?? text) : field === 'title' ? compactTitle(text) : text;
  }
  return { meta, lines: kept, bodyStart };
}

/** 政 府 工 作 报 告 (letter-spaced on title pages) → 政府工作报告; other spacing is kept. */
function compactTitle(text: string): string {
  return text.replace(/(\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu, '$1');
}
