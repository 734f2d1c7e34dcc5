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

type Names = ReadonlyMap<string, string>;

/** Paint order: other members' first, then mine, each oldest first (code-unit order, far cheaper than locale). */
function paintOrder(meId: string | undefined) {
  const mineLast = (a: Annotation) => (a.author.id === meId ? 1 : 0);
  return (a: Annotation, b: Annotation) =>
    mineLast(a) - mineLast(b) || compareStrings(a.createdAt, b.createdAt) || compareStrings(a.id, b.id);
}

/** The block an annotation is painted in (highlight, margin note or bookmark), or none (orphan, tombstone). */
function paintedBlock(annotation: Annotation, anchors: ReadonlyMap<string, Anchor>): string | undefined {
  const anchor = anchors.get(annotation.id);
  return !anchor || anchor.status === 'orphan' || annotation.deletedAt ? undefined : anchor.blockId;
}

/** Adds what one annotation paints to the model (called in paint order). */
function paintOne(
  model: PaintModel,
  annotation: Annotation,
  anchor: Exclude<Anchor, { status: 'orphan' }>,
  names: Names,
  meId: string | undefined,
): void {
  const member = annotation.author.id === meId ? 0 : memberMark(annotation.author.id);
  // Only highlights are painted in the text; paragraph notes and bookmarks live in the margins.
  if (annotation.kind === 'highlight') {
    push(model.highlights, anchor.blockId, {
      start: anchor.start,
      end: anchor.end,
      id: annotation.id,
      // The schema gives every highlight a colour; yellow only satisfies the type.
      color: annotation.color ?? 'yellow',
      member,
      noted: annotation.note.trim() !== '',
    });
  }
  if (annotation.kind === 'bookmark') model.bookmarks.add(anchor.blockId);
  if (annotation.note.trim())
    push(model.margin, anchor.blockId, {
      id: annotation.id,
      ...(colorOf(annotation) && { color: colorOf(annotation) }),
      note: annotation.note,
      member,
      ...(annotation.author.id === meId ? {} : { author: names.get(annotation.author.id) ?? '' }),
    });
}

/**
 * Builds the paint model; orphans are not painted (they are listed in the 批注 pane as 未定位). `meId` tells my notes
 * from other members' (hidden layers are filtered out before).
 */
export function paintModel(
  annotations: Iterable<Annotation>,
  anchors: ReadonlyMap<string, Anchor>,
  meId?: string,
): PaintModel {
  const list = [...annotations];
  return paintSorted(list.sort(paintOrder(meId)), anchors, authorNames(list), meId);
}

function paintSorted(
  ordered: readonly Annotation[],
  anchors: ReadonlyMap<string, Anchor>,
  names: Names,
  meId: string | undefined,
): PaintModel {
  const model: PaintModel = { highlights: new Map(), margin: new Map(), bookmarks: new Set() };
  for (const annotation of ordered) {
    const anchor = anchors.get(annotation.id);
    if (anchor && anchor.status !== 'orphan' && !annotation.deletedAt)
      paintOne(model, annotation, anchor, names, meId);
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

/** Above this many changed notes, the whole model is rebuilt (an import, a restore, a layer shown). */
const INCREMENTAL_LIMIT = 256;

type Modeler = (
  annotations: ReadonlyMap<string, Annotation> | Iterable<Annotation>,
  anchors: ReadonlyMap<string, Anchor>,
  meId?: string,
) => PaintModel;

interface Built {
  annotations: ReadonlyMap<string, Annotation>;
  anchors: ReadonlyMap<string, Anchor>;
  meId: string | undefined;
  names: Names;
  model: PaintModel;
  /** The annotations painted in each block, and the block each is painted in. */
  byBlock: Map<string, Set<Annotation>>;
  blockOf: Map<string, string>;
}

const asMap = (annotations: ReadonlyMap<string, Annotation> | Iterable<Annotation>) =>
  annotations instanceof Map
    ? (annotations as ReadonlyMap<string, Annotation>)
    : new Map([...(annotations as Iterable<Annotation>)].map((a) => [a.id, a]));

function buildAll(
  annotations: ReadonlyMap<string, Annotation>,
  anchors: ReadonlyMap<string, Anchor>,
  meId: string | undefined,
): Built {
  const list = [...annotations.values()];
  const names = authorNames(list);
  const model = paintSorted(list.sort(paintOrder(meId)), anchors, names, meId);
  const byBlock = new Map<string, Set<Annotation>>();
  const blockOf = new Map<string, string>();
  for (const annotation of list) {
    const blockId = paintedBlock(annotation, anchors);
    if (blockId === undefined) continue;
    blockOf.set(annotation.id, blockId);
    const set = byBlock.get(blockId);
    if (set) set.add(annotation);
    else byBlock.set(blockId, new Set([annotation]));
  }
  return { annotations, anchors, meId, names, model, byBlock, blockOf };
}

/** The ids whose note or anchor differ between two builds; undefined when there are too many to patch. */
function changedIds(
  before: Built,
  annotations: ReadonlyMap<string, Annotation>,
  anchors: ReadonlyMap<string, Anchor>,
): Set<string> | undefined {
  const changed = new Set<string>();
  let added = 0;
  for (const [id, annotation] of annotations) {
    const held = before.annotations.get(id);
    if (held === annotation && before.anchors.get(id) === anchors.get(id)) continue;
    if (!held) added++;
    changed.add(id);
    if (changed.size > INCREMENTAL_LIMIT) return undefined;
  }
  // Some ids are gone when fewer of the old ones are left than there were.
  if (annotations.size - added !== before.annotations.size)
    for (const id of before.annotations.keys())
      if (!annotations.has(id)) {
        changed.add(id);
        if (changed.size > INCREMENTAL_LIMIT) return undefined;
      }
  return changed;
}

/**
 * Patches the previous build for a few changed notes: only their blocks (where they were, where they are now) are
 * painted again, in paint order, and every other block keeps its arrays. A change to another member's note (whose
 * name may label other notes) rebuilds everything; edits in this window are mine.
 */
function patch(
  before: Built,
  annotations: ReadonlyMap<string, Annotation>,
  anchors: ReadonlyMap<string, Anchor>,
  changed: ReadonlySet<string>,
): Built | undefined {
  const { meId } = before;
  const byBlock = new Map(before.byBlock);
  const blockOf = new Map(before.blockOf);
  const touched = new Set<string>();
  for (const id of changed) {
    const old = before.annotations.get(id);
    const now = annotations.get(id);
    if ((old && old.author.id !== meId) || (now && now.author.id !== meId)) return undefined;
    const from = blockOf.get(id);
    if (from !== undefined && old) {
      const set = new Set(byBlock.get(from));
      set.delete(old);
      byBlock.set(from, set);
      blockOf.delete(id);
      touched.add(from);
    }
    const to = now && paintedBlock(now, anchors);
    if (now && to !== undefined) {
      const set = new Set(byBlock.get(to));
      set.add(now);
      byBlock.set(to, set);
      blockOf.set(id, to);
      touched.add(to);
    }
  }
  const model: PaintModel = {
    highlights: new Map(before.model.highlights),
    margin: new Map(before.model.margin),
    bookmarks: new Set(before.model.bookmarks),
  };
  for (const blockId of touched) {
    model.highlights.delete(blockId);
    model.margin.delete(blockId);
    model.bookmarks.delete(blockId);
    const ordered = [...(byBlock.get(blockId) ?? [])].sort(paintOrder(meId));
    if (ordered.length === 0) byBlock.delete(blockId);
    const block = paintSorted(ordered, anchors, before.names, meId);
    reuseLists(before.model.highlights, block.highlights, sameSpan);
    reuseLists(before.model.margin, block.margin, sameMargin);
    for (const [key, list] of block.highlights) model.highlights.set(key, list);
    for (const [key, list] of block.margin) model.margin.set(key, list);
    for (const key of block.bookmarks) model.bookmarks.add(key);
  }
  return { annotations, anchors, meId, names: before.names, model, byBlock, blockOf };
}

/**
 * A paint-model builder that hands back, for every block whose highlights or margin notes did not change, the same
 * array as last time, so memoised blocks skip re-rendering: one new highlight repaints one paragraph, not the report.
 * It also does work only for what changed: a new highlight repaints its paragraph's lists, not 10,000 notes'
 * (docs/decisions.md 23, 45).
 */
export function createPaintModeler(): Modeler {
  let previous: Built | undefined;
  return (input, anchors, meId) => {
    const annotations = asMap(input);
    let next: Built | undefined;
    if (previous && previous.meId === meId) {
      const changed = changedIds(previous, annotations, anchors);
      if (changed?.size === 0) next = { ...previous, annotations, anchors };
      else if (changed) next = patch(previous, annotations, anchors, changed);
    }
    if (!next) {
      next = buildAll(annotations, anchors, meId);
      if (previous) {
        reuseLists(previous.model.highlights, next.model.highlights, sameSpan);
        reuseLists(previous.model.margin, next.model.margin, sameMargin);
      }
    }
    previous = next;
    return next.model;
  };
}
