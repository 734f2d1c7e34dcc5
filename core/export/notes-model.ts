/**
 * The one model every print and export path renders (study sheet and deliberation draft; Markdown, HTML, Word,
 * JSON): live notes in reading order, grouped by section, numbered like footnotes, with 未定位 notes kept apart. Pure.
 */
import type { Anchor } from '../annotations/anchor';
import type { Annotation, AnnotationKind, Author, ColorKey } from '../annotations/model';
import { colorOf, PALETTE_KEYS } from '../annotations/model';
import { groupBySection, orderAnnotations } from '../annotations/order';
import type { ReportDocument } from '../report/model';
import { citationLabel } from '../report/ids';
import { enclosingSections } from '../report/outline';

/** Which notes to include; every field empty or absent means "all", except bookmarks, left out unless asked for. */
export interface NotesFilter {
  /** A note without a colour (an uncoloured paragraph note) matches no colour list. */
  colors?: readonly ColorKey[];
  /** A note matches when it carries any of these tags. */
  tags?: readonly string[];
  /** Section ids; a part id (`p2`) includes its sub-parts (`p2-s3`). */
  sectionIds?: readonly string[];
  authorIds?: readonly string[];
  /** The deliberation draft's kinds of remark to include (建议, 疑问); absent or empty means both. */
  categories?: readonly DraftCategory[];
  /** Bookmarks are places, not notes: printed only when asked for. */
  bookmarks?: boolean;
}

export interface NoteItem {
  id: string;
  kind: AnnotationKind;
  /** Absent for a bookmark and for a paragraph note whose author picked no colour. */
  color?: ColorKey;
  /** The colour's label; '' without a colour. */
  colorLabel: string;
  /** 第二部分（三）第2段; for a 未定位 note, where it was ('' when its stored place is not a citation). */
  citation: string;
  blockId: string;
  /** The words marked as the text reads now; a bookmark or a note on a whole paragraph quotes its start. */
  quote: string;
  note: string;
  tags: string[];
  author: Author;
  createdAt: string;
  updatedAt: string;
  orphan: boolean;
  /** 1-based footnote number in reading order; 未定位 notes are numbered after the placed ones. */
  number: number;
}

export interface NotesSection {
  /** The heading block id, or PREAMBLE_ID for the text before the first heading. */
  id: string;
  level: 0 | 1 | 2;
  title: string;
  /** The enclosing part's title when this is a sub-part. */
  partTitle?: string;
  /** The enclosing part's id when this is a sub-part. */
  partId?: string;
  items: NoteItem[];
}

export interface NotesModel {
  report: { id: string; title: string; subtitle?: string };
  sections: NotesSection[];
  orphans: NoteItem[];
  total: number;
  /** Items per colour; bookmarks and uncoloured notes count under none. */
  counts: Record<ColorKey, number>;
  /** Items that are bookmarks (only when the filter asks for them). */
  bookmarks: number;
  /** Notes without a colour. */
  uncoloured: number;
  /** The colour labels the items were built with, for legends and counts. */
  labels: Record<ColorKey, string>;
}

export interface NotesModelOptions {
  labels: Record<ColorKey, string>;
  filter?: NotesFilter;
  /** Anchors already resolved (the renderer has them); resolved here when absent. */
  anchors?: ReadonlyMap<string, Anchor>;
}

/** Title of the text before the first part, as the outline (目录) and citations (开头第1段) call it. */
export const PREAMBLE_TITLE = '开头';
export const DEFAULT_REPORT_TITLE = '政府工作报告';
/** How much of its paragraph a bookmark or a paragraph note quotes, so the reader can find the place on paper. */
export const BOOKMARK_QUOTE_LENGTH = 60;

/** The two kinds of remark a delegate raises in deliberation (审议意见). */
export type DraftCategory = '建议' | '疑问';

/**
 * Whether a note belongs in the deliberation draft, and as what: the green key means 建议 and the red key 疑问
 * (DESIGN §4 defaults), whatever the user renamed them to; a tag 建议/疑问 counts too. The colour decides first.
 */
export function draftCategory(item: Pick<Annotation, 'kind' | 'color' | 'tags'>): DraftCategory | undefined {
  if (item.kind === 'bookmark') return undefined;
  // An amendment is a proposal by nature, whatever colour it has (docs/decisions.md 44).
  if (item.kind === 'amendment') return '建议';
  if (item.color === 'green') return '建议';
  if (item.color === 'red') return '疑问';
  if (item.tags.includes('建议')) return '建议';
  if (item.tags.includes('疑问')) return '疑问';
  return undefined;
}

const emptyCounts = (): Record<ColorKey, number> =>
  Object.fromEntries(PALETTE_KEYS.map((key) => [key, 0])) as Record<ColorKey, number>;

const hasColor = (annotation: Annotation, colors: readonly ColorKey[]): boolean => {
  const color = colorOf(annotation);
  return color !== undefined && colors.includes(color);
};

const inCategories = (annotation: Annotation, categories: readonly DraftCategory[]): boolean => {
  const category = draftCategory(annotation);
  return category !== undefined && categories.includes(category);
};

const nonEmpty = <T>(list: readonly T[] | undefined): list is readonly T[] =>
  list !== undefined && list.length > 0;

/** The start of a paragraph, cut on a code point boundary. */
function excerpt(text: string): string {
  const points = Array.from(text);
  return points.length > BOOKMARK_QUOTE_LENGTH ? `${points.slice(0, BOOKMARK_QUOTE_LENGTH).join('')}…` : text;
}

/** Builds the study-sheet model: every live note that passes the filter. */
export function buildNotesModel(
  doc: ReportDocument,
  annotations: readonly Annotation[],
  options: NotesModelOptions,
): NotesModel {
  return build(doc, annotations, options, () => true);
}

/** Builds the deliberation-draft model (审议意见稿): only notes with a draftCategory, same shape. */
export function buildDraftModel(
  doc: ReportDocument,
  annotations: readonly Annotation[],
  options: NotesModelOptions,
): NotesModel {
  return build(doc, annotations, options, (a) => draftCategory(a) !== undefined);
}

/** The model of a study sheet ('notes') or a deliberation draft ('draft'): what every printout and file shows. */
export function buildSheetModel(
  kind: 'notes' | 'draft',
  doc: ReportDocument,
  annotations: readonly Annotation[],
  options: NotesModelOptions,
): NotesModel {
  return (kind === 'draft' ? buildDraftModel : buildNotesModel)(doc, annotations, options);
}

function build(
  doc: ReportDocument,
  annotations: readonly Annotation[],
  options: NotesModelOptions,
  select: (annotation: Annotation) => boolean,
): NotesModel {
  const filter = options.filter ?? {};
  const sections = enclosingSections(doc);
  const blocks = new Map(doc.blocks.map((block) => [block.id, block]));

  const inSections = (blockId: string): boolean =>
    sections.get(blockId)?.some((id) => filter.sectionIds?.includes(id)) ?? false;
  const matches = (annotation: Annotation, blockId: string): boolean =>
    select(annotation) &&
    (annotation.kind !== 'bookmark' || filter.bookmarks === true) &&
    (!nonEmpty(filter.colors) || hasColor(annotation, filter.colors)) &&
    (!nonEmpty(filter.categories) || inCategories(annotation, filter.categories)) &&
    (!nonEmpty(filter.tags) || annotation.tags.some((tag) => filter.tags?.includes(tag))) &&
    (!nonEmpty(filter.authorIds) || filter.authorIds.includes(annotation.author.id)) &&
    (!nonEmpty(filter.sectionIds) || inSections(blockId));

  const live = annotations.filter((a) => a.deletedAt === undefined);
  const ordered = orderAnnotations(doc, live, options.anchors);
  const placed = ordered.placed.filter((p) => matches(p.annotation, p.anchor.blockId));
  // An orphan is matched by the place it was stored at, as long as the current text still has that block.
  const orphans = ordered.orphans.filter((a) => matches(a, a.target.blockId));

  let number = 0;
  const counts = emptyCounts();
  let bookmarks = 0;
  let uncoloured = 0;
  const item = (annotation: Annotation, blockId: string, quote: string, orphan: boolean): NoteItem => {
    const color = colorOf(annotation);
    if (color) counts[color] += 1;
    else if (annotation.kind === 'bookmark') bookmarks += 1;
    else uncoloured += 1;
    number += 1;
    const citation = citationLabel(blockId);
    return {
      id: annotation.id,
      kind: annotation.kind,
      ...(color && { color }),
      colorLabel: color ? options.labels[color] : '',
      // citationLabel returns an id it cannot read unchanged: that is no citation for people.
      citation: citation === blockId ? '' : citation,
      blockId,
      quote,
      note: annotation.note,
      tags: [...annotation.tags],
      author: { ...annotation.author },
      createdAt: annotation.createdAt,
      updatedAt: annotation.updatedAt,
      orphan,
      number,
    };
  };

  const groups = groupBySection(doc, placed);
  const notesSections: NotesSection[] = groups.map((group) => ({
    id: group.section.id,
    level: group.section.level,
    title: group.section.level === 0 ? PREAMBLE_TITLE : group.section.title,
    ...(group.part && { partTitle: group.part.title, partId: group.part.id }),
    items: group.items.map(({ annotation, anchor }) => {
      const text = blocks.get(anchor.blockId)?.text ?? '';
      // A note on the whole paragraph quotes its start, as a bookmark does, not the paragraph over again.
      // An amendment changes exactly its words, so it quotes them, as a highlight does.
      const exact = annotation.kind === 'highlight' || annotation.kind === 'amendment';
      const whole = !exact && anchor.start === 0 && anchor.end >= text.length;
      const quote =
        anchor.end > anchor.start && !whole ? text.slice(anchor.start, anchor.end) : excerpt(text);
      return item(annotation, anchor.blockId, quote || annotation.target.exact, false);
    }),
  }));
  const orphanItems = orphans.map((a) =>
    item(
      a,
      a.target.blockId,
      a.kind === 'highlight' || a.kind === 'amendment' ? a.target.exact : excerpt(a.target.exact),
      true,
    ),
  );

  return {
    report: {
      id: doc.id,
      title: doc.meta.title ?? DEFAULT_REPORT_TITLE,
      ...(doc.meta.dateLine !== undefined && { subtitle: doc.meta.dateLine }),
    },
    sections: notesSections,
    orphans: orphanItems,
    total: number,
    counts,
    bookmarks,
    uncoloured,
    labels: { ...options.labels },
  };
}
