/**
 * 修改意见表: every amendment in report order — position in the report's own numbering, the words as they stand,
 * the words as amended, the reason and the member — as drafting teams collect them. Amendments whose words are no
 * longer in the text (未定位) come last, with the place they were made at. Pure.
 */
import type { Anchor } from '../annotations/anchor';
import { amendedWords, amendmentWording, occurrenceAt } from '../annotations/amendment';
import { UNNAMED_AUTHOR } from '../annotations/layers';
import type { Amendment, AmendmentAction, Annotation } from '../annotations/model';
import { orderAnnotations } from '../annotations/order';
import { citationLabel } from '../report/ids';
import type { ReportDocument } from '../report/model';
import { enclosingSections } from '../report/outline';
import type { NotesFilter } from './notes-model';
import { DEFAULT_REPORT_TITLE } from './notes-model';
import type { Paper, Signer } from './paper';
import { signerLine } from './paper';

export interface AmendmentRow {
  id: string;
  /** 1-based, in report order; 未定位 amendments are numbered after the placed ones. */
  number: number;
  action: AmendmentAction;
  /** 第二部分（四）第2段 (第2处 when the paragraph holds the words more than once); 未定位（原在……） for an orphan. */
  position: string;
  /** The citation alone, '' for an orphan or an id that is no citation. */
  citation: string;
  /** The report's words the amendment acts on, as the text reads now. */
  original: string;
  /** The passage as amended: the new words, the old words then the added ones, or '' for a delete. */
  amended: string;
  /** The amendment as one sentence: 第二部分（四）第2段，将“……”改为“……”. */
  wording: string;
  reason: string;
  member: string;
  authorId: string;
  orphan: boolean;
}

export interface AmendmentsTable {
  report: { id: string; title: string };
  rows: AmendmentRow[];
  orphans: number;
}

export interface AmendmentsInput {
  doc: ReportDocument;
  annotations: readonly Annotation[];
  /**
   * Sections, members and tags choose amendments as they choose notes; colours, 建议/疑问 and bookmarks do not apply
   * (an amendment is of its own kind, with or without a colour).
   */
  filter?: NotesFilter;
  anchors?: ReadonlyMap<string, Anchor>;
}

/** The table's columns, in the order drafting teams read them, and their relative widths on the page. */
export const AMENDMENT_COLUMNS = ['序号', '位置', '原文', '修改为', '理由', '提出人'] as const;
const COLUMN_WIDTHS = [1.4, 3, 3.8, 3.8, 2.8, 1.7];

const nonEmpty = <T>(list: readonly T[] | undefined): list is readonly T[] =>
  list !== undefined && list.length > 0;

/** The citation of a block id, or '' when the id is not one (citationLabel returns those unchanged). */
const citationOf = (blockId: string): string => {
  const label = citationLabel(blockId);
  return label === blockId ? '' : label;
};

/** A heading's citation names the heading: an amendment to 第二部分（六）'s title reads 第二部分（六）标题. */
const headingAware = (citation: string, type: string | undefined): string =>
  type === 'heading' && citation !== '' && !citation.endsWith('标题') && !/小标题\d+$/.test(citation)
    ? `${citation}标题`
    : citation;

type Live = Annotation & { amendment: Amendment };

export function buildAmendmentsTable(input: AmendmentsInput): AmendmentsTable {
  const { doc, filter = {} } = input;
  const sections = enclosingSections(doc);
  const blocks = new Map(doc.blocks.map((block) => [block.id, block]));
  const wanted = (a: Live, blockId: string): boolean =>
    (!nonEmpty(filter.authorIds) || filter.authorIds.includes(a.author.id)) &&
    (!nonEmpty(filter.tags) || a.tags.some((tag) => filter.tags?.includes(tag))) &&
    (!nonEmpty(filter.sectionIds) ||
      (sections.get(blockId)?.some((id) => filter.sectionIds?.includes(id)) ?? false));

  const amendments = input.annotations.filter(
    (a): a is Live => a.kind === 'amendment' && a.amendment !== undefined && a.deletedAt === undefined,
  );
  const ordered = orderAnnotations(doc, amendments, input.anchors);
  const rows: AmendmentRow[] = [];
  const row = (
    a: Live,
    fields: Pick<AmendmentRow, 'position' | 'citation' | 'original' | 'orphan'>,
    occurrence?: number,
  ) => {
    // The sentence names the occurrence too, so it can be read out on its own.
    const place = { citation: fields.citation, exact: fields.original, ...(occurrence && { occurrence }) };
    rows.push({
      id: a.id,
      number: rows.length + 1,
      action: a.amendment.action,
      ...fields,
      amended: amendedWords(a.amendment, fields.original),
      wording: amendmentWording(a.amendment, place),
      reason: a.note.trim(),
      member: a.author.name.trim() || UNNAMED_AUTHOR,
      authorId: a.author.id,
    });
  };
  for (const { annotation, anchor } of ordered.placed) {
    const a = annotation as Live;
    if (!wanted(a, anchor.blockId)) continue;
    const text = blocks.get(anchor.blockId)?.text ?? '';
    const original = text.slice(anchor.start, anchor.end) || a.target.exact;
    const citation = headingAware(citationOf(anchor.blockId), blocks.get(anchor.blockId)?.type);
    const occurrence = occurrenceAt(text, original, anchor.start);
    const nth = occurrence === undefined ? '' : `第${occurrence}处`;
    const position = citation === '' ? nth : `${citation}${nth}`;
    row(a, { position, citation, original, orphan: false }, occurrence);
  }
  let orphans = 0;
  for (const annotation of ordered.orphans) {
    const a = annotation as Live;
    if (!wanted(a, a.target.blockId)) continue;
    orphans += 1;
    const was = citationOf(a.target.blockId);
    row(a, {
      position: was === '' ? '未定位' : `未定位（原在${was}）`,
      citation: '',
      original: a.target.exact,
      orphan: true,
    });
  }
  return { report: { id: doc.id, title: doc.meta.title ?? DEFAULT_REPORT_TITLE }, rows, orphans };
}

/** What the 修改为 column says: the passage as amended, or 删去 for a delete (an empty cell reads as forgotten). */
export function amendedCell(row: Pick<AmendmentRow, 'action' | 'amended'>): string {
  return row.action === 'delete' ? '（删去）' : row.amended;
}

/** The table as a set document: 修改意见表, the report and the byline, the table, and what the rows are. */
export function amendmentsPaper(table: AmendmentsTable, signer: Signer): Paper {
  const title = `《${table.report.title}》修改意见表`;
  const blocks: Paper['blocks'] =
    table.rows.length === 0
      ? [{ type: 'remark', text: '没有符合条件的修改意见：在报告中选中文字，点“建议修改”即可提出。' }]
      : [
          {
            type: 'table',
            columns: [...AMENDMENT_COLUMNS],
            widths: COLUMN_WIDTHS,
            rows: table.rows.map((row) => [
              String(row.number),
              row.position,
              row.original,
              amendedCell(row),
              row.reason,
              row.member,
            ]),
          },
          {
            type: 'remark',
            text:
              `共 ${table.rows.length} 条，按报告顺序排列；位置按报告原有的部分、段落编号。` +
              (table.orphans > 0 ? `其中 ${table.orphans} 条的原文已不在本报告中（未定位），列在最后。` : ''),
          },
        ];
  return { kind: 'amendments', title, meta: [signerLine(signer)], blocks, running: table.report.title };
}
