/**
 * Study-group layers (学习小组): everyone's notes live in one store, one read-only layer per other member, keyed by
 * author id; and the places where several members marked the same words (讨论点). Pure.
 */
import { byNameThenId } from '../compare';
import type { Annotation, Author } from './model';
import type { PlacedAnnotation } from './order';

/** Shown for a member who never gave a name. */
export const UNNAMED_AUTHOR = '未署名';

/** How many member marks (colours or patterns) the UI distinguishes; mark 0 is always mine. */
export const MEMBER_MARK_COUNT = 8;

export interface Layer {
  author: Author;
  isMe: boolean;
  /** Live notes in the layer. */
  count: number;
  /** 0..MEMBER_MARK_COUNT-1: mine is 0, another member's follows from their id, so it is the same on every computer. */
  mark: number;
}

/**
 * A note's updatedAt as a number, parsed once per note object (notes are immutable; an edit makes a new object):
 * layers are recomputed on every change, and parsing 10,000 dates each time cost ~3 ms of each click.
 */
const parsedTimes = new WeakMap<Annotation, number>();
function updatedTime(annotation: Annotation): number {
  let at = parsedTimes.get(annotation);
  if (at === undefined) {
    const parsed = Date.parse(annotation.updatedAt);
    at = Number.isNaN(parsed) ? -Infinity : parsed;
    parsedTimes.set(annotation, at);
  }
  return at;
}

/**
 * The name to show per author id: the newest non-empty name on their notes (by updatedAt; on a tie the larger name,
 * so input order does not matter), else UNNAMED_AUTHOR. People rename themselves; the latest name is who they are now.
 */
export function authorNames(annotations: readonly Annotation[]): Map<string, string> {
  const best = new Map<string, { name: string; at: number }>();
  const seen = new Set<string>();
  for (const annotation of annotations) {
    seen.add(annotation.author.id);
    const name = annotation.author.name.trim();
    if (name === '') continue;
    const at = updatedTime(annotation);
    const held = best.get(annotation.author.id);
    if (!held || at > held.at || (at === held.at && name > held.name))
      best.set(annotation.author.id, { name, at });
  }
  return new Map([...seen].map((id) => [id, best.get(id)?.name ?? UNNAMED_AUTHOR]));
}

/** A member's mark: 1..MEMBER_MARK_COUNT-1 from a hash of the id (0 is reserved for me). Members may share one. */
export function memberMark(authorId: string): number {
  // FNV-1a over UTF-16 code units: tiny, stable across platforms and versions.
  let hash = 0x811c9dc5;
  for (let i = 0; i < authorId.length; i++) {
    hash ^= authorId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return 1 + (hash % (MEMBER_MARK_COUNT - 1));
}

/**
 * One layer per author of the live notes: mine first (even with no notes, named as set here), then the others by
 * name, then id. Tombstones are not counted.
 */
export function layersOf(annotations: readonly Annotation[], me: Author): Layer[] {
  const live = annotations.filter((a) => a.deletedAt === undefined);
  const names = authorNames(live);
  const counts = new Map<string, number>();
  for (const annotation of live)
    counts.set(annotation.author.id, (counts.get(annotation.author.id) ?? 0) + 1);
  const myName = me.name.trim() || names.get(me.id) || UNNAMED_AUTHOR;
  const mine: Layer = {
    author: { id: me.id, name: myName },
    isMe: true,
    count: counts.get(me.id) ?? 0,
    mark: 0,
  };
  const others = [...counts.entries()]
    .filter(([id]) => id !== me.id)
    .map(([id, count]) => ({
      author: { id, name: names.get(id) ?? UNNAMED_AUTHOR },
      isMe: false,
      count,
      mark: memberMark(id),
    }))
    .sort((a, b) => byNameThenId(a.author, b.author));
  return [mine, ...others];
}

/** Words (or a paragraph) marked by two or more members: worth raising when the group meets. */
export interface DiscussionPoint {
  blockId: string;
  /**
   * The span the cluster's ranges cover in the block (UTF-16 units, half-open). 0..0 when the cluster is only
   * bookmarks, i.e. the whole paragraph.
   */
  start: number;
  end: number;
  /** Distinct authors, by name then id. */
  authors: Author[];
  /** In document order. */
  annotationIds: string[];
}

/**
 * Clusters of annotations in one block whose resolved ranges overlap (half-open: touching ranges do not), kept when
 * they were written by at least two distinct authors; in document order. A collapsed range (a bookmark, start = end)
 * marks its whole paragraph, so it joins every annotation in the block; a paragraph note already spans the block.
 * Overlap is transitive: a chain of overlapping ranges is one point.
 */
export function discussionPoints(placed: readonly PlacedAnnotation[]): DiscussionPoint[] {
  const names = authorNames(placed.map((p) => p.annotation));
  const byBlock = new Map<string, PlacedAnnotation[]>();
  for (const item of placed) {
    const list = byBlock.get(item.anchor.blockId);
    if (list) list.push(item);
    else byBlock.set(item.anchor.blockId, [item]);
  }
  const points: DiscussionPoint[] = [];
  // Map iteration follows first appearance and `placed` is in document order; clusters come by start.
  for (const [blockId, items] of byBlock) {
    for (const cluster of clustersInBlock(items)) {
      const authorIds = [...new Set(cluster.map((p) => p.annotation.author.id))];
      if (authorIds.length < 2) continue;
      const ranged = cluster.filter((p) => p.anchor.end > p.anchor.start);
      points.push({
        blockId,
        start: ranged.length > 0 ? Math.min(...ranged.map((p) => p.anchor.start)) : 0,
        end: ranged.length > 0 ? Math.max(...ranged.map((p) => p.anchor.end)) : 0,
        authors: authorIds.map((id) => ({ id, name: names.get(id) ?? UNNAMED_AUTHOR })).sort(byNameThenId),
        annotationIds: cluster.map((p) => p.annotation.id),
      });
    }
  }
  return points;
}

/** Overlapping groups of one block's annotations, each in the input (document) order, groups by start. */
function clustersInBlock(items: readonly PlacedAnnotation[]): PlacedAnnotation[][] {
  if (items.some((p) => p.anchor.end === p.anchor.start)) return [[...items]];
  const order = new Map(items.map((item, index) => [item, index]));
  const sorted = [...items].sort((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end);
  const clusters: PlacedAnnotation[][] = [];
  let current: PlacedAnnotation[] = [];
  let reach = 0;
  for (const item of sorted) {
    if (current.length > 0 && item.anchor.start < reach) {
      current.push(item);
      reach = Math.max(reach, item.anchor.end);
    } else {
      if (current.length > 0) clusters.push(current);
      current = [item];
      reach = item.anchor.end;
    }
  }
  if (current.length > 0) clusters.push(current);
  return clusters.map((cluster) => cluster.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
}
