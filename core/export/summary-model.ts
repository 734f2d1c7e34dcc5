/**
 * 意见汇总表: a delegation's collected opinions — every member's 疑问, 建议 and 修改意见 (amendments), gathered by the
 * paragraph they are about, in report order, for the drafting team. Identical opinions (same kind, same words of
 * the report, same wording once spaces are ignored) are one row with their members and count. The passages with
 * the most opinions come first as a ranked list. Opinions whose words are no longer in the text (未定位) are kept,
 * last, with the place they were made at. Pure.
 */
import type { Anchor } from '../annotations/anchor';
import { amendmentWording, occurrenceAt } from '../annotations/amendment';
import { UNNAMED_AUTHOR } from '../annotations/layers';
import type { Annotation, ColorKey } from '../annotations/model';
import { colorOf } from '../annotations/model';
import { orderAnnotations } from '../annotations/order';
import { citationLabel } from '../report/ids';
import type { ReportDocument } from '../report/model';
import { enclosingSections } from '../report/outline';
import type { NotesFilter } from './notes-model';
import { DEFAULT_REPORT_TITLE, draftCategory } from './notes-model';
import type { Paper, PaperBlock, Signer } from './paper';
import { headingNumber, shortQuote, signerLine } from './paper';

/** The three kinds of opinion a drafting team weighs, in the order the table lists them within a passage. */
export const OPINION_KINDS = ['修改', '建议', '疑问'] as const;
export type OpinionKind = (typeof OPINION_KINDS)[number];

export interface Opinion {
  kind: OpinionKind;
  /** The member's words: the note, or the amendment as one sentence (将“……”改为“……”); '' when none were written. */
  text: string;
  /** The report's words the opinion is on ('' for a whole-paragraph note). */
  quote: string;
  /** Who raised it, each once, by name in the order they did; and their ids. */
  members: string[];
  authorIds: string[];
  /** How many notes it stands for (identical ones merged). */
  count: number;
  ids: string[];
}

export interface PassageOpinions {
  blockId: string;
  /** 第二部分（四）第2段, or 标题 appended for a heading; '' when the id is no citation. */
  position: string;
  /** The start of the paragraph, to recognise it on paper. */
  excerpt: string;
  counts: Record<OpinionKind, number>;
  /** Every note on the passage (merged ones counted each). */
  weight: number;
  /** Distinct members with an opinion here. */
  members: number;
  opinions: Opinion[];
}

export interface OpinionSummary {
  report: { id: string; title: string };
  /** Passages with opinions, in report order. */
  passages: PassageOpinions[];
  /** The passages with the most opinions (at most RANKED_LIMIT, at least two notes each), heaviest first. */
  ranked: PassageOpinions[];
  /** Opinions whose words are no longer in the report, with the place they were made at. */
  orphans: (Opinion & { position: string })[];
  /** Distinct members and notes counted. */
  members: number;
  total: number;
}

export interface SummaryInput {
  doc: ReportDocument;
  annotations: readonly Annotation[];
  /** Members, tags and sections choose opinions; colours choose among highlights (an amendment has its own kind). */
  filter?: NotesFilter;
  anchors?: ReadonlyMap<string, Anchor>;
}

/** How many passages the ranked list names: a page's worth for the meeting. */
export const RANKED_LIMIT = 10;
const EXCERPT_LENGTH = 24;

const nonEmpty = <T>(list: readonly T[] | undefined): list is readonly T[] =>
  list !== undefined && list.length > 0;

const citationOf = (blockId: string): string => {
  const label = citationLabel(blockId);
  return label === blockId ? '' : label;
};

const zeroCounts = (): Record<OpinionKind, number> => ({ 修改: 0, 建议: 0, 疑问: 0 });

/** What an annotation counts as here, or undefined when it is no opinion (a plain highlight, a bookmark). */
export function opinionKind(annotation: Annotation): OpinionKind | undefined {
  if (annotation.kind === 'amendment' && annotation.amendment) return '修改';
  const category = draftCategory(annotation);
  return category === undefined ? undefined : category;
}

/** Spaces do not make two opinions different; everything else does. */
const normalized = (text: string): string => text.replace(/\s+/g, '');

interface Placed {
  annotation: Annotation;
  kind: OpinionKind;
  blockId: string;
  start: number;
  end: number;
  quote: string;
  text: string;
}

/** Merges identical opinions of one passage, keeping the order in which they first occur. */
function merge(items: readonly Placed[]): Opinion[] {
  const byKey = new Map<string, Opinion>();
  for (const item of items) {
    const key = [item.kind, item.start, item.end, normalized(item.quote), normalized(item.text)].join(
      '\u0000',
    );
    const name = item.annotation.author.name.trim() || UNNAMED_AUTHOR;
    const held = byKey.get(key);
    if (!held) {
      byKey.set(key, {
        kind: item.kind,
        text: item.text,
        quote: item.quote,
        members: [name],
        authorIds: [item.annotation.author.id],
        count: 1,
        ids: [item.annotation.id],
      });
      continue;
    }
    held.count += 1;
    held.ids.push(item.annotation.id);
    if (!held.authorIds.includes(item.annotation.author.id)) {
      held.authorIds.push(item.annotation.author.id);
      held.members.push(name);
    }
  }
  return [...byKey.values()];
}

export function buildOpinionSummary(input: SummaryInput): OpinionSummary {
  const { doc, filter = {} } = input;
  const sections = enclosingSections(doc);
  const blocks = new Map(doc.blocks.map((block) => [block.id, block]));
  const wanted = (a: Annotation, blockId: string): boolean =>
    (!nonEmpty(filter.authorIds) || filter.authorIds.includes(a.author.id)) &&
    (!nonEmpty(filter.tags) || a.tags.some((tag) => filter.tags?.includes(tag))) &&
    (!nonEmpty(filter.colors) || a.kind === 'amendment' || hasColor(a, filter.colors)) &&
    (!nonEmpty(filter.sectionIds) ||
      (sections.get(blockId)?.some((id) => filter.sectionIds?.includes(id)) ?? false));

  const opinions = input.annotations.filter((a) => a.deletedAt === undefined && opinionKind(a) !== undefined);
  const ordered = orderAnnotations(doc, opinions, input.anchors);
  const byBlock = new Map<string, Placed[]>();
  const authors = new Set<string>();
  let total = 0;
  for (const { annotation, anchor } of ordered.placed) {
    if (!wanted(annotation, anchor.blockId)) continue;
    const text = blocks.get(anchor.blockId)?.text ?? '';
    const quote = text.slice(anchor.start, anchor.end) || annotation.target.exact;
    const kind = opinionKind(annotation) as OpinionKind;
    const citation = citationOf(anchor.blockId);
    const occurrence = occurrenceAt(text, quote, anchor.start);
    // The position has its own column: the wording names only the occurrence, when the words repeat.
    const wording =
      kind === '修改' && annotation.amendment
        ? amendmentWording(annotation.amendment, {
            citation: '',
            exact: quote,
            ...(occurrence && { occurrence }),
          })
        : annotation.note.trim();
    // An amendment's reason follows its wording: the team reads both in one cell.
    const reason = kind === '修改' ? annotation.note.trim() : '';
    const item: Placed = {
      annotation,
      kind,
      blockId: anchor.blockId,
      start: anchor.start,
      end: anchor.end,
      // A note on the whole paragraph quotes nothing: the position says where it is.
      quote: anchor.end - anchor.start >= text.length && text.length > 0 && citation !== '' ? '' : quote,
      text: reason === '' ? wording : `${wording}（理由：${reason}）`,
    };
    const list = byBlock.get(anchor.blockId);
    if (list) list.push(item);
    else byBlock.set(anchor.blockId, [item]);
    authors.add(annotation.author.id);
    total += 1;
  }

  const passages: PassageOpinions[] = [];
  for (const [blockId, items] of byBlock) {
    const block = blocks.get(blockId);
    const counts = zeroCounts();
    for (const item of items) counts[item.kind] += 1;
    const merged = merge(
      [...items].sort(
        (x, y) => x.start - y.start || OPINION_KINDS.indexOf(x.kind) - OPINION_KINDS.indexOf(y.kind),
      ),
    );
    const citation = citationOf(blockId);
    passages.push({
      blockId,
      position: block?.type === 'heading' && citation !== '' ? `${citation}标题` : citation,
      excerpt: shortQuote(block?.text ?? '', EXCERPT_LENGTH),
      counts,
      weight: items.length,
      members: new Set(items.map((item) => item.annotation.author.id)).size,
      opinions: merged,
    });
  }
  // byBlock was filled in report order (orderAnnotations), so passages are too.
  const ranked = passages
    .map((passage, order) => ({ passage, order }))
    .filter(({ passage }) => passage.weight >= 2)
    .sort(
      (x, y) =>
        y.passage.weight - x.passage.weight || y.passage.members - x.passage.members || x.order - y.order,
    )
    .slice(0, RANKED_LIMIT)
    .map(({ passage }) => passage);

  const orphanItems = ordered.orphans.filter((a) => wanted(a, a.target.blockId));
  const orphans = orphanItems.map((a) => {
    authors.add(a.author.id);
    total += 1;
    const kind = opinionKind(a) as OpinionKind;
    const was = citationOf(a.target.blockId);
    const [merged] = merge([
      {
        annotation: a,
        kind,
        blockId: a.target.blockId,
        start: a.target.start,
        end: a.target.end,
        quote: a.target.exact,
        text:
          kind === '修改' && a.amendment
            ? amendmentWording(a.amendment, { citation: '', exact: a.target.exact })
            : a.note.trim(),
      },
    ]);
    return { ...(merged as Opinion), position: was === '' ? '未定位' : `未定位（原在${was}）` };
  });

  return {
    report: { id: doc.id, title: doc.meta.title ?? DEFAULT_REPORT_TITLE },
    passages,
    ranked,
    orphans,
    members: authors.size,
    total,
  };
}

function hasColor(annotation: Annotation, colors: readonly ColorKey[]): boolean {
  const color = colorOf(annotation);
  return color !== undefined && colors.includes(color);
}

const KIND_NAMES: Record<OpinionKind, string> = { 修改: '修改意见', 建议: '建议', 疑问: '疑问' };

/** 疑问 3 条、建议 2 条、修改意见 1 条, the kinds that occur only. */
export function countsLine(counts: Record<OpinionKind, number>): string {
  return (['疑问', '建议', '修改'] as const)
    .filter((kind) => counts[kind] > 0)
    .map((kind) => `${KIND_NAMES[kind]} ${counts[kind]} 条`)
    .join('、');
}

/** 张代表、李代表（3条） — members once each, the count when identical notes were merged. */
export function membersCell(opinion: Pick<Opinion, 'members' | 'count'>): string {
  const names = opinion.members.join('、');
  return opinion.count > 1 ? `${names}（${opinion.count}条）` : names;
}

/** What the 意见 cell says when a member marked the words without writing anything. */
const UNWRITTEN: Record<OpinionKind, string> = {
  修改: '（未写明）',
  建议: '（标为建议，未写明）',
  疑问: '（标为疑问，未写明）',
};

export const SUMMARY_COLUMNS = ['序号', '位置', '类别', '意见', '原文', '提出人'] as const;
const COLUMN_WIDTHS = [1.4, 2.8, 2.2, 5, 2.8, 2.4];

function opinionRow(number: number, position: string, opinion: Opinion): string[] {
  return [
    String(number),
    position,
    KIND_NAMES[opinion.kind],
    opinion.text === '' ? UNWRITTEN[opinion.kind] : opinion.text,
    opinion.quote === '' ? '（全段）' : opinion.quote,
    membersCell(opinion),
  ];
}

/** The summary as a set document: the ranked passages, then every opinion in report order as one table. */
export function summaryPaper(summary: OpinionSummary, signer: Signer): Paper {
  const title = `《${summary.report.title}》意见汇总表`;
  const meta = [
    signerLine(signer, '汇总人'),
    `共 ${summary.members} 位代表的 ${summary.total} 条意见，涉及 ${summary.passages.length} 段`,
  ];
  const blocks: PaperBlock[] = [];
  if (summary.total === 0) {
    blocks.push({
      type: 'remark',
      text: '没有符合条件的意见：汇总的是标为“建议”“疑问”的批注和修改意见。请先导入各位代表的批注文件。',
    });
    return { kind: 'summary', title, meta, blocks, running: summary.report.title };
  }
  let part = 0;
  if (summary.ranked.length > 0) {
    blocks.push({ type: 'heading', text: `${headingNumber(part++)}意见集中的段落` });
    summary.ranked.forEach((passage, index) =>
      blocks.push({
        type: 'point',
        number: `${index + 1}．`,
        text: `${passage.position || '（无编号）'}：${countsLine(passage.counts)}（${passage.members} 位代表）`,
        source: passage.excerpt === '' ? '' : `（“${passage.excerpt}”）`,
      }),
    );
  }
  blocks.push({ type: 'heading', text: `${headingNumber(part++)}逐段意见` });
  let number = 0;
  blocks.push({
    type: 'table',
    columns: [...SUMMARY_COLUMNS],
    widths: COLUMN_WIDTHS,
    rows: summary.passages.flatMap((passage) =>
      passage.opinions.map((opinion) => opinionRow(++number, passage.position, opinion)),
    ),
  });
  if (summary.orphans.length > 0) {
    blocks.push({ type: 'heading', text: `${headingNumber(part)}未定位的意见` });
    blocks.push({
      type: 'table',
      columns: [...SUMMARY_COLUMNS],
      widths: COLUMN_WIDTHS,
      rows: summary.orphans.map((opinion) => opinionRow(++number, opinion.position, opinion)),
    });
  }
  blocks.push({
    type: 'remark',
    text:
      '按报告顺序排列，位置按报告原有的部分、段落编号；同一处相同的意见合为一条，列出提出人和条数。' +
      (summary.orphans.length > 0 ? '未定位的意见，其原文已不在本报告中。' : ''),
  });
  return { kind: 'summary', title, meta, blocks, running: summary.report.title };
}
