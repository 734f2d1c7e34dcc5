/**
 * Every exported document as the bytes of a file, one row per kind (学习笔记, 审议意见稿, 审议发言提纲, 代表建议 …):
 * the app's export service and the CLI's `--kind` both read EXPORT_KINDS, so a new document is one row here.
 */
import type { Annotation, ColorKey } from '../../core/annotations/model';
import type { NotesExportKind } from '../../core/contract';
import { amendmentsPaper, buildAmendmentsTable } from '../../core/export/amendments-model';
import { notesToHtml } from '../../core/export/html';
import { notesToMarkdown } from '../../core/export/markdown';
import type { NotesFilter, NotesModel } from '../../core/export/notes-model';
import { buildSheetModel } from '../../core/export/notes-model';
import { buildSpeakingOutline, leftOutLine } from '../../core/export/outline-model';
import type { DocumentOptions, Paper } from '../../core/export/paper';
import { paperToMarkdown } from '../../core/export/paper-markdown';
import type { ExportHeader } from '../../core/export/sheet-text';
import { buildSuggestionDraft } from '../../core/export/suggestion-model';
import { buildOpinionSummary, summaryPaper } from '../../core/export/summary-model';
import type { ReportDocument } from '../../core/report/model';
import { notesToDocx } from './docx';
import { paperToDocx } from './docx-paper';

export const NOTES_FILE_FORMATS = ['md', 'docx', 'html', 'json'] as const;
export type NotesFileFormat = (typeof NOTES_FILE_FORMATS)[number];

/** What every kind is made from: the report, its notes, the user's filter and options, and who signs it. */
export interface ExportInput {
  doc: ReportDocument;
  annotations: readonly Annotation[];
  labels: Record<ColorKey, string>;
  filter: NotesFilter;
  /** The byline: name, author id, group, date (the kind is the row's). */
  signer: Omit<ExportHeader, 'kind'>;
  options: DocumentOptions;
}

export interface ExportOutcome {
  bytes: Uint8Array;
  /** How many notes the document holds, and how many of them are 未定位. */
  count: number;
  orphans: number;
  /** What the user must hear about the document, one Chinese sentence each (notes left out, one matter …). */
  notices: string[];
}

export interface ExportKindRow {
  /** What the delegate calls the document, in default file names: 学习笔记. */
  name: string;
  /** The file formats it is written in. */
  formats: readonly NotesFileFormat[];
  render(input: ExportInput, format: NotesFileFormat): Promise<ExportOutcome>;
}

/** The study sheet or deliberation draft as a file: Word, Markdown, HTML or JSON. */
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

/** A set document as a file: Word, Markdown, or the document's model as JSON. */
export async function renderPaper(
  paper: Paper,
  creator: string,
  format: NotesFileFormat,
  json: unknown = paper,
): Promise<Uint8Array> {
  if (format === 'docx') return paperToDocx(paper, creator);
  if (format === 'md') return new TextEncoder().encode(paperToMarkdown(paper));
  if (format === 'json') return new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`);
  throw new Error(`no ${format} rendering for ${paper.kind}`);
}

function sheetRow(kind: 'notes' | 'draft', name: string): ExportKindRow {
  return {
    name,
    formats: NOTES_FILE_FORMATS,
    async render(input, format) {
      const model = buildSheetModel(kind, input.doc, input.annotations, {
        labels: input.labels,
        filter: input.filter,
      });
      const bytes = await renderNotes(model, { ...input.signer, kind }, format);
      return { bytes, count: model.total, orphans: model.orphans.length, notices: [] };
    },
  };
}

const PAPER_FORMATS = ['md', 'docx', 'json'] as const;

export const EXPORT_KINDS: Record<NotesExportKind, ExportKindRow> = {
  notes: sheetRow('notes', '学习笔记'),
  draft: sheetRow('draft', '审议意见稿'),
  outline: {
    name: '审议发言提纲',
    formats: PAPER_FORMATS,
    async render(input, format) {
      const outline = buildSpeakingOutline(input);
      const bytes = await renderPaper(outline.paper, input.signer.authorName, format, outline);
      const leftOut = leftOutLine(outline);
      return {
        bytes,
        count: outline.listed.length,
        orphans: outline.listed.filter((candidate) => candidate.orphan).length,
        notices: leftOut === '' ? [] : [leftOut],
      };
    },
  },
  suggestion: {
    name: '代表建议',
    formats: PAPER_FORMATS,
    async render(input, format) {
      const draft = buildSuggestionDraft(input);
      const bytes = await renderPaper(draft.paper, input.signer.authorName, format, draft);
      return {
        bytes,
        count: draft.total,
        orphans: draft.orphans,
        notices: draft.warning === undefined ? [] : [draft.warning],
      };
    },
  },
  amendments: {
    name: '修改意见表',
    formats: PAPER_FORMATS,
    async render(input, format) {
      const table = buildAmendmentsTable(input);
      const paper = amendmentsPaper(table, input.signer);
      const bytes = await renderPaper(paper, input.signer.authorName, format, table);
      return { bytes, count: table.rows.length, orphans: table.orphans, notices: [] };
    },
  },
  summary: {
    name: '意见汇总表',
    formats: PAPER_FORMATS,
    async render(input, format) {
      const summary = buildOpinionSummary(input);
      const paper = summaryPaper(summary, input.signer);
      const bytes = await renderPaper(paper, input.signer.authorName, format, summary);
      return { bytes, count: summary.total, orphans: summary.orphans.length, notices: [] };
    },
  },
};
