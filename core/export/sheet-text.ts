/**
 * The words every export format prints around the notes (titles, byline, counts, labels), and the order of headings
 * and items, so Markdown, HTML and Word say the same thing the same way.
 */
import { PALETTE_KEYS } from '../annotations/model';
import type { DraftCategory, NoteItem, NotesModel, NotesSection } from './notes-model';
import { draftCategory } from './notes-model';

export type ExportKind = 'notes' | 'draft';

export interface ExportHeader {
  authorName: string;
  /** My author id: notes by anyone else are marked with their author. Without it, names are compared. */
  authorId?: string;
  /** The study group (学习小组), printed after the name when set. */
  groupName?: string;
  /** The local date as written on paper, e.g. 2026-11-28. */
  date: string;
  kind: ExportKind;
}

export const ORPHANS_TITLE = '未定位的批注';
export const ORPHANS_EXPLANATION =
  '以下批注标记的原文在当前报告中已找不到（报告文本可能有改动），按原记录列出，请对照核实。';
/** Printed where a draft opinion has not been written yet, so the delegate fills it in by hand. */
export const EMPTY_OPINION = '（请填写）';
export const NO_NOTES = '没有符合条件的批注。';
export const SIGNATURE_LINE = '代表（签名）：';
export const BOOKMARK_LABEL = '书签';
/** A paragraph note whose author picked no colour. */
export const PARAGRAPH_NOTE_LABEL = '段落批注';
/** Counted in 共 N 条批注：… for notes without a colour. */
export const UNCOLOURED_LABEL = '未标颜色';
/** The ideographic space that separates fields on one line, as in printed Chinese forms. */
const GAP = '\u3000';

export function sheetTitle(model: NotesModel, kind: ExportKind): string {
  return kind === 'draft'
    ? `关于《${model.report.title}》的审议意见（稿）`
    : `《${model.report.title}》学习笔记`;
}

export function byline(header: ExportHeader): string {
  const name = header.authorName.trim() || '（未填写）';
  const group = header.groupName?.trim() ? `${GAP}小组：${header.groupName.trim()}` : '';
  return `${header.kind === 'draft' ? '代表' : '姓名'}：${name}${group}${GAP}日期：${header.date}`;
}

/**
 * 共 5 条批注：重点 2，疑问 1… (colours with notes only, then notes without a colour and bookmarks); the draft
 * counts 建议 and 疑问.
 */
export function countsLine(model: NotesModel, kind: ExportKind): string {
  if (kind === 'draft') {
    const all = [...model.sections.flatMap((s) => s.items), ...model.orphans];
    const count = (category: DraftCategory) => all.filter((item) => draftCategory(item) === category).length;
    return `共 ${model.total} 条：建议 ${count('建议')} 条，疑问 ${count('疑问')} 条`;
  }
  const parts = PALETTE_KEYS.filter((key) => model.counts[key] > 0).map(
    (key) => `${model.labels[key]} ${model.counts[key]}`,
  );
  if (model.uncoloured > 0) parts.push(`${UNCOLOURED_LABEL} ${model.uncoloured}`);
  if (model.bookmarks > 0) parts.push(`${BOOKMARK_LABEL} ${model.bookmarks}`);
  return `共 ${model.total} 条批注${parts.length > 0 ? `：${parts.join('，')}` : ''}`;
}

/** Where a note is: 第二部分（三）第2段, or for a 未定位 note where it was when written. */
export function placeText(item: NoteItem): string {
  if (!item.orphan) return item.citation;
  return item.citation === '' ? '原位置不明' : `原位置：${item.citation}`;
}

/** `3. 第二部分（三）第2段`: the footnote number and the place. */
export function itemHeading(item: NoteItem): string {
  return `${item.number}. ${placeText(item)}`;
}

/** `3. 【建议】第二部分（三）第2段` for the draft. */
export function draftHeading(item: NoteItem): string {
  return `${item.number}. 【${draftCategory(item) ?? '意见'}】${placeText(item)}`;
}

/**
 * 标记：重点 标签：a、b 作者：name — the colour as text so it survives black-and-white printing; 书签 for a bookmark,
 * 段落批注 for a paragraph note without a colour (it has no 标记 to print).
 */
export function itemMarks(item: NoteItem, header: ExportHeader): string {
  const pieces = [
    item.kind === 'bookmark'
      ? BOOKMARK_LABEL
      : item.color !== undefined
        ? `标记：${item.colorLabel}`
        : PARAGRAPH_NOTE_LABEL,
  ];
  if (item.tags.length > 0) pieces.push(`标签：${item.tags.join('、')}`);
  // Another member's note (a merged study-group pack) names its author; mine do not repeat my name.
  const theirs =
    header.authorId !== undefined
      ? item.author.id !== header.authorId
      : item.author.name !== header.authorName;
  if (theirs && item.author.name.trim() !== '') pieces.push(`作者：${item.author.name}`);
  return pieces.join(GAP);
}

/** A note's lines; CRLF, CR and Unicode separators all count as line breaks. */
export function textLines(text: string): string[] {
  return text.split(/\r\n|[\r\n\u2028\u2029]/);
}

/** One step of the printed body: a part or sub-part heading, or a note under it. */
export type SheetEntry = { type: 'heading'; level: 1 | 2; text: string } | { type: 'item'; item: NoteItem };

/**
 * Headings and items in reading order. A sub-part's part heading is printed once before its first sub-part, even
 * when the part itself has no notes, so the reader always sees where they are.
 */
export function sheetEntries(sections: readonly NotesSection[]): SheetEntry[] {
  const entries: SheetEntry[] = [];
  let lastPart: string | undefined;
  for (const section of sections) {
    if (section.level === 2) {
      const partKey = section.partId ?? section.partTitle;
      if (section.partTitle !== undefined && partKey !== lastPart)
        entries.push({ type: 'heading', level: 1, text: section.partTitle });
      lastPart = partKey;
      entries.push({ type: 'heading', level: section.partTitle !== undefined ? 2 : 1, text: section.title });
    } else {
      lastPart = section.id;
      entries.push({ type: 'heading', level: 1, text: section.title });
    }
    for (const item of section.items) entries.push({ type: 'item', item });
  }
  return entries;
}

/** The local date as a delegate writes it on paper: 2026-11-28. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
