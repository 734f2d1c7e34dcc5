/**
 * Title-page lines: what each kind looks like (title, classification, document number, date line, speaker,
 * source, a scraper's `key：value` lines), and how a run-together line (政府工作报告——2024年3月5日在…上国务院总理 李强)
 * splits into its fields. Patterns run on the folded text with spaces removed unless said otherwise.
 */
import type { ReportMeta } from '../model';

export const SALUTATION = /^各位(?:代表|委员|同志)/;
export const CLASSIFICATION = /^[★☆]?(?:内部资料|内部文件|内部参阅|秘密|机密|绝密)/;
export const DOCUMENT_NUMBER =
  /(?:文件|材料)(?:[（(〔【[]\s*[\d一二三四五六七八九十]+\s*[）)〕】\]]|之[一二三四五六七八九十]+)$|〔\d{4}〕\d+号$/;
/** A report title; the bare word 工作报告 is a website's category, not a title. */
export const TITLE = /^(?!工作报告$)(?:.*工作报告$|政府工作报告)/;
export const DATE_LINE = /^(?:——|—|--|－－|-)|^[（(]?\d{4}年\d{1,2}月\d{1,2}日(?:在|于)/;
/** How a date line ends: …会议上, …的讲话, …报告, or a closing bracket. */
export const DATE_LINE_DONE = /(?:上|讲话|报告|发言|[）)])$/;
export const SOURCE = /^[（(]?来源[：:]/;
/** A scraper's or a website's metadata line (标题：…, 来源URL：…, 发文单位：…, 正文：), kept on the title page. */
export const SCRAPER_FIELD =
  /^(标题|题目|来源url|来源网址|原文链接|原文地址|网址|url|发文单位|发布单位|发布机构|发文机关|发文字号|文号|索引号|主题分类|发布日期|发文日期|成文日期|通过或发布日期|发布时间|生效日期|正文|全文)[：:]/i;
/** A photo caption before the salutation: 图为…, …（记者 某某 摄）. */
export const CAPTION = /^图为|^图片[：:]|^[（【]图|摄[）)】]?$|[（(][^（）()]{0,24}摄[）)]$/;

const ROLE = '(?:总理|省长|市长|县长|区长|州长|旗长|盟长|镇长|乡长|主席)';
const NAME = '[\\p{Script=Han}·?？]{1,6}(?:[\\s\\u3000]{1,3}[\\p{Script=Han}·?？]{1,4})?';
const SPEAKER = new RegExp(`^([\\p{Script=Han}]{0,12}?${ROLE})[\\s\\u3000]*(${NAME})$`, 'u');
const ROLE_AT_END = new RegExp(`${ROLE}$`);
/** What may stand before the role word when a speaker line has no space (县长张军, 代市长李某). */
const RUN_TOGETHER_PREFIX = new Set(['', '代', '副', '国务院']);

function nameHan(name: string): number {
  return name.match(/\p{Script=Han}|[?？]/gu)?.length ?? 0;
}

/**
 * The parts of a speaker line (县长 张军, 市长 + full-width space + 王某某, 国务院总理 李某), spacing normalised; null
 * if it is not one. `expected`: the line follows a date line, so a speaker without a space (河南省人民政府省长王凯)
 * is taken with any prefix.
 */
export function matchSpeaker(line: string, expected = false): string | null {
  const text = line.trim();
  const match = SPEAKER.exec(text);
  if (!match) return null;
  const [, role = '', name = ''] = match;
  const han = nameHan(name);
  if (han < 2 || han > 6) return null;
  // Without a space, 加强县长负责制 would read as role + name: only a bare role and a short name qualify.
  if (!/[\s\u3000]/.test(text)) {
    const prefix = role.replace(ROLE_AT_END, '');
    if (han > 3 || (!expected && !RUN_TOGETHER_PREFIX.has(prefix))) return null;
  }
  return `${role} ${name.trim()}`;
}

/** A speaker named inside a date line: ——2025年1月16日省长 李乐成在辽宁省…会议上的讲话. */
const SPEAKER_IN_DATE_LINE = new RegExp(
  `\\d日([\\p{Script=Han}]{0,12}?${ROLE})[\\s\\u3000]*([\\p{Script=Han}·]{2,4})(?:在|于)`,
  'u',
);

export function speakerInDateLine(text: string): string | null {
  const match = SPEAKER_IN_DATE_LINE.exec(text);
  return match ? `${match[1] ?? ''} ${match[2] ?? ''}` : null;
}

const RUN_TOGETHER = new RegExp(
  `^(.{0,40}?工作报告)?((?:——|—|--)?\\s*[（(]?\\s*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日.{0,80}?(?:会议\\s*上|大会\\s*上|会\\s*上)(?:的(?:讲话|报告))?[）)]?)(.*)$`,
  'u',
);
const DELIVERED = /(?:作政府工作报告|作工作报告|所作的?报告|作报告|的讲话)$/;

/**
 * The fields of a line that runs a title, a date line and a speaker together (政府工作报告——2024年3月5日在…上国务院总理
 * 李强, 2025年1月18日在…会议上河南省人民政府省长王凯作政府工作报告); null unless at least the date line and one other
 * field are there, with nothing left over. Runs on the text with its spaces.
 */
export function splitRunTogether(text: string, key: string = text): ReportMeta | null {
  const lead = key.length - key.trimStart().length;
  const match = RUN_TOGETHER.exec(key.trim());
  if (!match) return null;
  const [, titleKey, dateKey = '', restKey = ''] = match;
  // Matched on the folded text, taken from the text as written (same length).
  const at = lead + (titleKey?.length ?? 0);
  const title = titleKey === undefined ? undefined : text.slice(lead, at);
  const dateLine = text.slice(at, at + dateKey.length);
  const rest = text.slice(at + dateKey.length, at + dateKey.length + restKey.length);
  const speakerText = rest.trim().replace(DELIVERED, '').trim();
  const speaker = speakerText === '' ? null : matchSpeaker(speakerText, true);
  if (speakerText !== '' && !speaker) return null;
  if (title === undefined && !speaker) return null;
  return {
    ...(title !== undefined && { title: compactTitle(title.trim()) }),
    dateLine: dateLine.trim(),
    ...(speaker && { speaker }),
  };
}

/** 政 府 工 作 报 告 (letter-spaced on title pages) → 政府工作报告; other spacing is kept. */
export function compactTitle(text: string): string {
  return text.replace(/(\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu, '$1');
}
