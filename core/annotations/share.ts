/**
 * The pack a member hands to the study group (学习小组): my notes only, optionally filtered, with my deletions carried
 * as bare tombstones so that a newer pack removes on the receiver what I removed here. Pure.
 */
import { compareStrings } from '../compare';
import type { ReportDocument } from '../report/model';
import { enclosingSections, PREAMBLE_ID } from '../report/outline';
import { resolveAll } from './anchor';
import { buildPack } from './exchange';
import type { Annotation, AnnotationPack, Author, ColorKey } from './model';
import { colorOf } from './model';

/** Which of my notes to share; an absent or empty list means "any". Lists are alternatives, fields all apply. */
export interface ShareFilter {
  colors?: readonly ColorKey[];
  /** A note matches when it carries any of these tags. */
  tags?: readonly string[];
  /** Section ids (`p2`, `p2-s3`, `preamble`); a part id includes its sub-parts. */
  sectionIds?: readonly string[];
}

export interface SharePackArgs {
  report: { id: string; title: string };
  me: Author;
  /** Everything stored for the report, tombstones included. */
  annotations: readonly Annotation[];
  filter?: ShareFilter;
  doc: Pick<ReportDocument, 'blocks'>;
  exportedAt: string;
}

/** My annotations (author.id === me.id) that pass the filter, as a pack sorted by id. */
export function buildSharePack(args: SharePackArgs): AnnotationPack {
  const { me, filter = {} } = args;
  const mine = args.annotations.filter((a) => a.author.id === me.id);
  const inSections = nonEmpty(filter.sectionIds)
    ? sectionMatcher(args.doc, mine, filter.sectionIds)
    : undefined;
  const shared = mine
    .filter(
      (a) =>
        (!nonEmpty(filter.colors) || hasColor(a, filter.colors)) &&
        (!nonEmpty(filter.tags) || a.tags.some((tag) => filter.tags?.includes(tag))) &&
        (!inSections || inSections(a)),
    )
    .map((a) => forSharing(a, me))
    .sort((a, b) => compareStrings(a.id, b.id));
  return buildPack(args.report, me, shared, args.exportedAt);
}

/** A note without a colour (a bookmark, an uncoloured paragraph note) matches no colour filter. */
const hasColor = (a: Annotation, colors: readonly ColorKey[]): boolean => {
  const color = colorOf(a);
  return color !== undefined && colors.includes(color);
};

const nonEmpty = <T>(list: readonly T[] | undefined): list is readonly T[] =>
  list !== undefined && list.length > 0;

/** A copy fit to hand on: a named author, and a tombstone emptied of what I wrote (it only has to carry the delete). */
function forSharing(annotation: Annotation, me: Author): Annotation {
  const copy: Annotation = {
    ...annotation,
    target: { ...annotation.target },
    tags: [...annotation.tags],
    // Receivers see the notes of several people: a blank name would leave them guessing whose these are.
    author: annotation.author.name.trim() === '' ? { ...me } : { ...annotation.author },
    ...(annotation.amendment && { amendment: { ...annotation.amendment } }),
  };
  if (copy.deletedAt !== undefined) {
    copy.note = '';
    copy.tags = [];
    if (copy.amendment) copy.amendment = { action: copy.amendment.action, text: '' };
  }
  return copy;
}

/**
 * Decides section membership. A note belongs where it anchors in this text; if it does not anchor, where it was
 * stored (its block, if this text has it); else what its block id says (`p2-s3-4` lies in p2-s3 and p2), since ids
 * follow the report's numbering. Tombstones are resolved like live notes, so a delete goes wherever its note went.
 */
function sectionMatcher(
  doc: Pick<ReportDocument, 'blocks'>,
  annotations: readonly Annotation[],
  sectionIds: readonly string[],
): (annotation: Annotation) => boolean {
  const wanted = new Set(sectionIds);
  const sections = enclosingSections(doc);
  const anchors = resolveAll(
    doc,
    annotations.map(({ id, target }) => ({ id, target })),
  );
  const sectionsOfBlock = (blockId: string): string[] | undefined => sections.get(blockId);
  return (annotation) => {
    const anchor = anchors.get(annotation.id);
    const placed = anchor && anchor.status !== 'orphan' ? sectionsOfBlock(anchor.blockId) : undefined;
    const found =
      placed ?? sectionsOfBlock(annotation.target.blockId) ?? sectionsFromBlockId(annotation.target.blockId);
    return found.some((id) => wanted.has(id));
  };
}

const BLOCK_ID = /^(?:p(\d+)(?:-s(\d+))?|s(\d+)|b\d+)(?:-\d+)?(?:_\d+)?$/;

/**
 * The sections a block id names by its structure (see report/ids.ts): `p2-s3-4` → p2-s3 and p2, `p2-1` → p2,
 * `s3-1` → s3, `p0-1` and `b5` → the preamble; an id of another shape names none.
 */
export function sectionsFromBlockId(blockId: string): string[] {
  const match = BLOCK_ID.exec(blockId);
  if (!match) return [];
  const [, part, partSub, bareSub] = match;
  if (part !== undefined) {
    // Part 0 is the text before the first part: the preamble, not a part of its own.
    const enclosing = Number(part) === 0 ? PREAMBLE_ID : `p${part}`;
    return partSub === undefined ? [enclosing] : [`p${part}-s${partSub}`, enclosing];
  }
  return bareSub === undefined ? [PREAMBLE_ID] : [`s${bareSub}`];
}
