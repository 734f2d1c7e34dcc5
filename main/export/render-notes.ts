/** The notes model as the bytes of a file: Word, Markdown, HTML or JSON. One dispatch for the app and the CLI. */
import { notesToHtml } from '../../core/export/html';
import { notesToMarkdown } from '../../core/export/markdown';
import type { NotesModel } from '../../core/export/notes-model';
import type { ExportHeader } from '../../core/export/sheet-text';
import { notesToDocx } from './docx';

export const NOTES_FILE_FORMATS = ['md', 'docx', 'html', 'json'] as const;
export type NotesFileFormat = (typeof NOTES_FILE_FORMATS)[number];

export async function renderNotes(
  model: NotesModel,
  header: ExportHeader,
  format: NotesFileFormat,
): Promise<Uint8Array> {
  if (format === 'docx') return notesToDocx(model, header);
  const text =
    format === 'html'
      ? notesToHtml(model, header)
      : format === 'md'
        ? notesToMarkdown(model, header)
        : `${JSON.stringify(model, null, 2)}\n`;
  return new TextEncoder().encode(text);
}
