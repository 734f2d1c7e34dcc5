/** The notes as Markdown: a study sheet (学习笔记) or a deliberation draft (审议意见稿), every user string escaped. */
import type { NoteItem, NotesModel } from './notes-model';
import { escapeMarkdown, escapeMarkdownLine, markdownQuote } from './markdown-escape';
import type { ExportHeader } from './sheet-text';
import {
  byline,
  draftHeading,
  countsLine,
  EMPTY_OPINION,
  itemHeading,
  itemMarks,
  NO_NOTES,
  ORPHANS_EXPLANATION,
  ORPHANS_TITLE,
  sheetEntries,
  sheetTitle,
  SIGNATURE_LINE,
} from './sheet-text';

function studyItem(item: NoteItem, header: ExportHeader): string[] {
  const out = [`**${escapeMarkdownLine(itemHeading(item))}**  `, escapeMarkdown(itemMarks(item, header)), ''];
  if (item.quote !== '') out.push(markdownQuote(item.quote), '');
  if (item.note.trim() !== '') out.push(escapeMarkdown(item.note), '');
  return out;
}

function draftItem(item: NoteItem): string[] {
  const heading = draftHeading(item);
  const out = [`**${escapeMarkdownLine(heading)}**`, ''];
  if (item.quote !== '') out.push(`原文：“${escapeMarkdown(item.quote)}”`, '');
  const opinion = item.note.trim() === '' ? EMPTY_OPINION : item.note;
  out.push(`意见：${escapeMarkdown(opinion)}`, '');
  return out;
}

/** Renders the model; headings are ours, everything the user or the report wrote is escaped. */
export function notesToMarkdown(model: NotesModel, header: ExportHeader): string {
  const renderItem = (item: NoteItem) =>
    header.kind === 'draft' ? draftItem(item) : studyItem(item, header);
  const out = [`# ${escapeMarkdownLine(sheetTitle(model, header.kind))}`, ''];
  if (model.report.subtitle) out.push(escapeMarkdownLine(model.report.subtitle), '');
  out.push(`${escapeMarkdownLine(byline(header))}  `, escapeMarkdownLine(countsLine(model, header.kind)), '');
  if (model.total === 0) out.push(NO_NOTES, '');

  for (const entry of sheetEntries(model.sections)) {
    if (entry.type === 'heading')
      out.push(`${entry.level === 1 ? '##' : '###'} ${escapeMarkdownLine(entry.text)}`, '');
    else out.push(...renderItem(entry.item));
  }
  if (model.orphans.length > 0) {
    out.push(`## ${ORPHANS_TITLE}`, '', ORPHANS_EXPLANATION, '');
    for (const item of model.orphans) out.push(...renderItem(item));
  }
  if (header.kind === 'draft') out.push('---', '', SIGNATURE_LINE, '');
  return `${out.join('\n').trimEnd()}\n`;
}
