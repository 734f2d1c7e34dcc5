/** The notes as Markdown: a study sheet (学习笔记) or a deliberation draft (审议意见稿), every user string escaped. */
import type { NoteItem, NotesModel, NotesSection } from './notes-model';
import { escapeMarkdown, escapeMarkdownLine, markdownQuote, oneLine } from './markdown-escape';
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
  const out = [
    `**${escapeMarkdownLine(itemHeading(item), false)}**  `,
    escapeMarkdownLine(itemMarks(item, header)),
    '',
  ];
  const quote = markdownQuote(item.quote);
  if (quote !== '') out.push(quote, '');
  const note = escapeMarkdown(item.note);
  if (note !== '') out.push(note, '');
  return out;
}

function draftItem(item: NoteItem): string[] {
  const heading = draftHeading(item);
  const out = [`**${escapeMarkdownLine(heading, false)}**`, ''];
  const quote = escapeMarkdown(item.quote, false);
  if (quote !== '') out.push(`原文：“${quote}”`, '');
  out.push(`意见：${escapeMarkdown(item.note, false) || EMPTY_OPINION}`, '');
  return out;
}

/**
 * The one-line fields made one line before the shared wording (sheet-text) joins them, so each is trimmed on its
 * own and a name or tag from a pack cannot end a heading or break a line. Notes and quotes keep their lines.
 */
function oneLineFields(model: NotesModel, header: ExportHeader): [NotesModel, ExportHeader] {
  const item = (it: NoteItem): NoteItem => ({
    ...it,
    colorLabel: oneLine(it.colorLabel),
    citation: oneLine(it.citation),
    tags: it.tags.map(oneLine),
    author: { ...it.author, name: oneLine(it.author.name) },
  });
  const section = (s: NotesSection): NotesSection => ({
    ...s,
    title: oneLine(s.title),
    ...(s.partTitle !== undefined && { partTitle: oneLine(s.partTitle) }),
    items: s.items.map(item),
  });
  const labels = Object.fromEntries(
    Object.entries(model.labels).map(([key, label]) => [key, oneLine(label)]),
  ) as NotesModel['labels'];
  return [
    {
      ...model,
      report: {
        ...model.report,
        title: oneLine(model.report.title),
        ...(model.report.subtitle !== undefined && { subtitle: oneLine(model.report.subtitle) }),
      },
      sections: model.sections.map(section),
      orphans: model.orphans.map(item),
      labels,
    },
    {
      ...header,
      authorName: oneLine(header.authorName),
      ...(header.groupName !== undefined && { groupName: oneLine(header.groupName) }),
      date: oneLine(header.date),
    },
  ];
}

/** Renders the model; headings are ours, everything the user or the report wrote is escaped. */
export function notesToMarkdown(rawModel: NotesModel, rawHeader: ExportHeader): string {
  const [model, header] = oneLineFields(rawModel, rawHeader);
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
