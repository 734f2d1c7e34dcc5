/** What the reading pane paints for the annotations: highlights per block, margin notes, bookmarked blocks. Pure. */
import type { Anchor } from '../../core/annotations/anchor';
import { authorNames, memberMark } from '../../core/annotations/layers';
import { compareStrings } from '../../core/compare';
import type { Annotation } from '../../core/annotations/model';
import { colorOf } from '../../core/annotations/model';

export interface HighlightSpan {
  start: number;
  end: number;
  id: string;
  color: string;
  /** 0 for my notes; another member's mark (1…7), drawn as an underline in their colour. */
  member: number;
  /** The highlight carries a note: it gets a small mark where it ends. */
  noted: boolean;
}

/** A note shown beside its paragraph when the reading pane is wide enough. */
export interface MarginItem {
  id: string;
  /** Absent for a bookmark and for a paragraph note without a colour. */
  color?: string;
  note: string;
  /** The member's name for other members' notes; absent for mine. */
  author?: string;
  member: number;
}

export interface PaintModel {
  /**
   * Highlights per block: other members' first, then mine, each oldest first, so where they overlap mine paint on
   * top and, among the rest, the newest.
   */
  highlights: Map<string, HighlightSpan[]>;
  margin: Map<string, MarginItem[]>;
  bookmarks: Set<string>;
}

const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/**
 * Builds the paint model; orphans are not painted (they are listed in the 批注 pane as 未定位). `meId` tells my notes
 * from other members' (hidden layers are filtered out before).
 */
export function paintModel(
  annotations: Iterable<Annotation>,
  anchors: ReadonlyMap<string, Anchor>,
  meId?: string,
): PaintModel {
  const model: PaintModel = { highlights: new Map(), margin: new Map(), bookmarks: new Set() };
  const list = [...annotations];
  const names = authorNames(list);
  const markOf = (a: Annotation) => (a.author.id === meId ? 0 : memberMark(a.author.id));
  // Code-unit order: ISO strings and ids sort correctly that way, far cheaper than localeCompare.
  const mineLast = (a: Annotation) => (a.author.id === meId ? 1 : 0);
  const ordered = list.sort(
    (a, b) =>
      mineLast(a) - mineLast(b) || compareStrings(a.createdAt, b.createdAt) || compareStrings(a.id, b.id),
  );
  for (const annotation of ordered) {
    const anchor = anchors.get(annotation.id);
    if (!anchor || anchor.status === 'orphan' || annotation.deletedAt) continue;
    // Only highlights are painted in the text; paragraph notes and bookmarks live in the margins.
    if (annotation.kind === 'highlight') {
      push(model.highlights, anchor.blockId, {
        start: anchor.start,
        end: anchor.end,
        id: annotation.id,
        // The schema gives every highlight a colour; yellow only satisfies the type.
        color: annotation.color ?? 'yellow',
        member: markOf(annotation),
        noted: annotation.note.trim() !== '',
      });
    }
    if (annotation.kind === 'bookmark') model.bookmarks.add(anchor.blockId);
    if (annotation.note.trim())
      push(model.margin, anchor.blockId, {
        id: annotation.id,
        ...(colorOf(annotation) && { color: colorOf(annotation) }),
        note: annotation.note,
        member: markOf(annotation),
        ...(annotation.author.id === meId ? {} : { author: names.get(annotation.author.id) ?? '' }),
      });
  }
  return model;
}

const sameSpan = (a: HighlightSpan, b: HighlightSpan): boolean =>
  a.id === b.id &&
  a.start === b.start &&
  a.end === b.end &&
  a.color === b.color &&
  a.member === b.member &&
  a.noted === b.noted;
const sameMargin = (a: MarginItem, b: MarginItem): boolean =>
  a.id === b.id && a.color === b.color && a.note === b.note && a.author === b.author && a.member === b.member;

function reuseLists<T>(
  previous: ReadonlyMap<string, T[]>,
  next: Map<string, T[]>,
  same: (a: T, b: T) => boolean,
): Map<string, T[]> {
  for (const [blockId, list] of next) {
    const before = previous.get(blockId);
    if (before && before.length === list.length && before.every((item, i) => same(item, list[i] as T)))
      next.set(blockId, before);
  }
  return next;
}

/**
 * A paint-model builder that hands back, for every block whose highlights or margin notes did not change, the same
 * array as last time, so memoised blocks skip re-rendering: one new highlight repaints one paragraph, not the report.
 */
export function createPaintModeler(): typeof paintModel {
  let previous: PaintModel | undefined;
  return (annotations, anchors, meId) => {
    const next = paintModel(annotations, anchors, meId);
    if (previous) {
      reuseLists(previous.highlights, next.highlights, sameSpan);
      reuseLists(previous.margin, next.margin, sameMargin);
    }
    previous = next;
    return next;
  };
}
