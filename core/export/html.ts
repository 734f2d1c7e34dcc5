/**
 * The notes as one standalone, printable HTML page (A4). Every user string is escaped and a CSP forbids scripts, so
 * a hostile note stays text even when the file is opened in a browser. Colours are named in text and drawn as a
 * border pattern, so they survive black-and-white printing.
 */
import type { ColorKey } from '../annotations/model';
import type { NoteItem, NotesModel } from './notes-model';
import { stripInvalidChars } from './plain-text';
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
  textLines,
} from './sheet-text';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML content and attribute values; control characters are dropped (parse errors in HTML). */
export function escapeHtml(text: string): string {
  return stripInvalidChars(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** Multi-line user text with its line breaks kept. */
const multiline = (text: string): string => textLines(text).map(escapeHtml).join('<br>');

/** A border pattern per colour for black-and-white printing, with the default display colour on screen. */
const PATTERN: Record<ColorKey, { border: string; ink: string }> = {
  yellow: { border: '4px solid', ink: '#b08900' },
  red: { border: '5px double', ink: '#c0392b' },
  green: { border: '3px dashed', ink: '#2e7d32' },
  blue: { border: '3px dotted', ink: '#1f5fa8' },
  purple: { border: '1px solid', ink: '#7b3fa0' },
};

const STYLE = `
@page { size: A4; margin: 18mm 16mm; }
html { font-family: "Noto Serif CJK SC", "Source Han Serif SC", SimSun, serif; font-size: 11pt; line-height: 1.7; color: #000; background: #fff; }
body { max-width: 178mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 4mm; }
h2 { font-size: 14pt; margin: 7mm 0 3mm; break-after: avoid; }
h3 { font-size: 12pt; margin: 5mm 0 2mm; break-after: avoid; }
.subtitle, .byline, .counts { text-align: center; margin: 0 0 2mm; }
.note { border-left: 4px solid #000; padding: 1mm 0 1mm 4mm; margin: 0 0 4mm; break-inside: avoid; }
.cite { font-weight: bold; margin: 0; }
.marks { font-size: 9.5pt; margin: 0; }
blockquote { font-family: KaiTi, STKaiti, "AR PL UKai CN", serif; margin: 1.5mm 0 1.5mm 2mm; padding-left: 3mm; border-left: 1px solid #888; }
.text { margin: 1mm 0 0; }
.explain { font-size: 9.5pt; }
.signature { margin-top: 14mm; break-before: avoid; }
${(Object.keys(PATTERN) as ColorKey[])
  .map((key) => `.c-${key} { border-left: ${PATTERN[key].border} ${PATTERN[key].ink}; }`)
  .join('\n')}
@media print { .note { border-left-color: #000; } }
`;

function studyItem(item: NoteItem, header: ExportHeader): string {
  return [
    `<article class="note c-${item.color ?? 'none'}" id="note-${item.number}">`,
    `<p class="cite">${escapeHtml(itemHeading(item))}</p>`,
    `<p class="marks">${escapeHtml(itemMarks(item, header))}</p>`,
    item.quote !== '' ? `<blockquote>${multiline(item.quote)}</blockquote>` : '',
    item.note.trim() !== '' ? `<p class="text">${multiline(item.note)}</p>` : '',
    '</article>',
  ].join('');
}

function draftItem(item: NoteItem): string {
  const opinion = item.note.trim() === '' ? EMPTY_OPINION : item.note;
  return [
    `<article class="note c-${item.color ?? 'none'}" id="note-${item.number}">`,
    `<p class="cite">${escapeHtml(draftHeading(item))}</p>`,
    item.quote !== '' ? `<p class="text">原文：“${multiline(item.quote)}”</p>` : '',
    `<p class="text">意见：${multiline(opinion)}</p>`,
    '</article>',
  ].join('');
}

/** Renders the model as a complete HTML document (UTF-8, zh-CN, no script allowed). */
export function notesToHtml(model: NotesModel, header: ExportHeader): string {
  const renderItem = (item: NoteItem) =>
    header.kind === 'draft' ? draftItem(item) : studyItem(item, header);
  const title = sheetTitle(model, header.kind);
  const body: string[] = [`<h1>${escapeHtml(title)}</h1>`];
  if (model.report.subtitle) body.push(`<p class="subtitle">${escapeHtml(model.report.subtitle)}</p>`);
  body.push(
    `<p class="byline">${escapeHtml(byline(header))}</p>`,
    `<p class="counts">${escapeHtml(countsLine(model, header.kind))}</p>`,
  );
  if (model.total === 0) body.push(`<p>${NO_NOTES}</p>`);
  for (const entry of sheetEntries(model.sections)) {
    if (entry.type === 'heading') {
      const tag = entry.level === 1 ? 'h2' : 'h3';
      body.push(`<${tag}>${escapeHtml(entry.text)}</${tag}>`);
    } else body.push(renderItem(entry.item));
  }
  if (model.orphans.length > 0) {
    body.push(`<h2>${ORPHANS_TITLE}</h2>`, `<p class="explain">${ORPHANS_EXPLANATION}</p>`);
    for (const item of model.orphans) body.push(renderItem(item));
  }
  if (header.kind === 'draft') body.push(`<p class="signature">${SIGNATURE_LINE}</p>`);
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
