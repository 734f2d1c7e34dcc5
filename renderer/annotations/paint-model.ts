/** What the reading pane paints for the annotations: highlights per block, margin notes, bookmarked blocks. Pure. */
import type { Anchor } from '../../core/annotations/anchor';
import type { Annotation } from '../../core/annotations/model';

export interface HighlightSpan {
  start: number;
  end: number;
  id: string;
  color: string;
}

/** A note shown beside its paragraph when the reading pane is wide enough. */
export interface MarginItem {
  id: string;
  color: string;
  note: string;
}

export interface PaintModel {
  /** Highlights per block, oldest first, so the newest paints on top where they overlap. */
  highlights: Map<string, HighlightSpan[]>;
  margin: Map<string, MarginItem[]>;
  bookmarks: Set<string>;
}

const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Builds the paint model; orphans are not painted (they are listed in the 批注 pane as 未定位). */
export function paintModel(
  annotations: Iterable<Annotation>,
  anchors: ReadonlyMap<string, Anchor>,
): PaintModel {
  const model: PaintModel = { highlights: new Map(), margin: new Map(), bookmarks: new Set() };
  const ordered = [...annotations].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
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
        color: annotation.color,
      });
    }
    if (annotation.kind === 'bookmark') model.bookmarks.add(anchor.blockId);
    if (annotation.note.trim())
      push(model.margin, anchor.blockId, {
        id: annotation.id,
        color: annotation.color,
        note: annotation.note,
      });
  }
  return model;
}
