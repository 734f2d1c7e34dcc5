/**
 * A set document a delegate hands in (审议发言提纲, 代表建议 …) as format-free blocks, so Markdown, Word and the print
 * view each render it once and say the same thing. Every string in it is plain text: the renderers escape it.
 */

/** One step of the body, in order. */
export type PaperBlock =
  /** 一、总体评价: a heading of the document's own (黑体). */
  | { type: 'heading'; text: string }
  /** A paragraph of body text; its line breaks are kept. */
  | { type: 'paragraph'; text: string }
  /**
   * A numbered point: `1．` in bold, the delegate's words, then where it comes from in the report (citation and
   * quote) in smaller type, so a speaker can find the place on paper.
   */
  | { type: 'point'; number: string; text: string; source: string }
  /** The words of the report, quoted, with their citation (楷体). */
  | { type: 'quote'; text: string; source: string }
  /** What is still to be written by hand: an instruction in brackets, then ruled lines. */
  | { type: 'fill'; text: string; lines: number }
  /** Signature lines at the foot, each a line of its own: 领衔代表：＿＿＿. */
  | { type: 'sign'; lines: string[] }
  /** A small explanatory line (说明). */
  | { type: 'remark'; text: string }
  /**
   * A table with a header row; every cell plain text. `widths` are the columns' relative widths (a 序号 column
   * narrow, the quoted words wide); equal when absent.
   */
  | { type: 'table'; columns: string[]; rows: string[][]; widths?: number[] };

export interface Paper {
  /** Which document this is, for the print view's data attribute and the tests. */
  kind: string;
  title: string;
  /** Centred lines under the title: the report, the byline. */
  meta: string[];
  blocks: PaperBlock[];
  /** The report's title, printed at the head of every Word page. */
  running: string;
  /** Large print: the body one size up (三号), for reading aloud. */
  large?: boolean;
}

/** Who signs the document and when: the byline of ExportHeader without its kind. */
export interface Signer {
  authorName: string;
  groupName?: string;
  /** The local date as written on paper, e.g. 2026-11-28. */
  date: string;
}

/** What the user chooses for a set document beyond the notes filter. */
export interface DocumentOptions {
  /** 总体评价 of a speaking outline, as the user wrote it; blank lines to write on when empty. */
  overview?: string;
  /** The matter of a 代表建议: the title reads 关于{subject}的建议; a blank to complete when empty. */
  subject?: string;
  /** The notes a speaking outline lists (at most five of each kind); the first five in report order when absent. */
  pickedIds?: readonly string[];
  largePrint?: boolean;
}

/** A blank to complete on paper (a run of full-width low lines reads as a rule in every format). */
export const BLANK = '＿'.repeat(10);
/** The ideographic space that separates fields on one line, as in printed Chinese forms. */
export const GAP = '\u3000';

/** 代表：张三 小组：第一组 日期：2026-11-28, the fields apart by ideographic spaces. */
export function signerLine(signer: Signer, role = '代表'): string {
  const name = signer.authorName.trim() || '（未填写）';
  const group = signer.groupName?.trim() ? `${GAP}小组：${signer.groupName.trim()}` : '';
  return `${role}：${name}${group}${GAP}日期：${signer.date}`;
}

/** Chinese ordinal headings: 一、二、… as official documents number their parts. */
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
export const headingNumber = (index: number): string => `${NUMERALS[index] ?? String(index + 1)}、`;

/** The start of a quote on a code point boundary, so a point's source stays one line. */
export function shortQuote(text: string, length = 30): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const points = Array.from(flat);
  return points.length > length ? `${points.slice(0, length).join('')}…` : flat;
}
