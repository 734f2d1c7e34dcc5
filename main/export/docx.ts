/**
 * The notes as a Word document (.docx) for the meeting room: the study sheet (学习笔记) or the deliberation draft
 * (审议意见稿), laid out like an official document (docx-page.ts).
 */
import type { ParagraphChild } from 'docx';
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { NoteItem, NotesModel } from '../../core/export/notes-model';
import type { ExportHeader } from '../../core/export/sheet-text';
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
} from '../../core/export/sheet-text';
import { docxLines, xmlSafe } from './docx-text';
import { STYLE } from './docx-styles';
import { wordDocument } from './docx-page';

const run = (text: string, options: { bold?: boolean } = {}): TextRun =>
  new TextRun({ text: xmlSafe(text), ...options });

const para = (text: string, style?: string): Paragraph =>
  new Paragraph({ children: [run(text)], ...(style !== undefined && { style }) });

/** One paragraph per line of user text; the first line may carry a lead-in such as 意见：. */
function lines(text: string, style?: string, lead?: string): Paragraph[] {
  return docxLines(text).map((line, i) => {
    const children: ParagraphChild[] = [];
    if (i === 0 && lead !== undefined) children.push(run(lead, { bold: true }));
    children.push(run(line));
    return new Paragraph({ children, ...(style !== undefined && { style }) });
  });
}

function studyItem(item: NoteItem, header: ExportHeader): Paragraph[] {
  const out = [
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [run(itemHeading(item))] }),
    para(itemMarks(item, header), STYLE.marks),
  ];
  if (item.quote !== '') out.push(...lines(item.quote, STYLE.quote));
  if (item.note.trim() !== '') out.push(...lines(item.note));
  return out;
}

function draftItem(item: NoteItem): Paragraph[] {
  const heading = draftHeading(item);
  const out = [new Paragraph({ heading: HeadingLevel.HEADING_3, children: [run(heading)] })];
  if (item.quote !== '') {
    const quote = docxLines(item.quote).join(' ');
    out.push(
      new Paragraph({ style: STYLE.quote, children: [run('原文：', { bold: true }), run(`“${quote}”`)] }),
    );
  }
  out.push(...lines(item.note.trim() === '' ? EMPTY_OPINION : item.note, undefined, '意见：'));
  return out;
}

function body(model: NotesModel, header: ExportHeader): Paragraph[] {
  const renderItem = (item: NoteItem) =>
    header.kind === 'draft' ? draftItem(item) : studyItem(item, header);
  const out = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(sheetTitle(model, header.kind))] }),
  ];
  if (model.report.subtitle) out.push(para(model.report.subtitle, STYLE.small));
  out.push(para(byline(header), STYLE.small), para(countsLine(model, header.kind), STYLE.small));
  if (model.total === 0) out.push(para(NO_NOTES));
  for (const entry of sheetEntries(model.sections)) {
    if (entry.type === 'item') out.push(...renderItem(entry.item));
    else
      out.push(
        new Paragraph({
          heading: entry.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: [run(entry.text)],
        }),
      );
  }
  if (model.orphans.length > 0) {
    out.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(ORPHANS_TITLE)] }),
      para(ORPHANS_EXPLANATION, STYLE.marks),
    );
    for (const item of model.orphans) out.push(...renderItem(item));
  }
  if (header.kind === 'draft')
    out.push(new Paragraph({ spacing: { before: 720 }, children: [run(SIGNATURE_LINE)] }));
  return out;
}

/** Builds the .docx bytes of the study sheet or the deliberation draft. */
export async function notesToDocx(model: NotesModel, header: ExportHeader): Promise<Uint8Array> {
  return wordDocument({
    title: sheetTitle(model, header.kind),
    creator: header.authorName,
    running: model.report.title,
    children: body(model, header),
  });
}
