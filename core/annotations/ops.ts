/** Pure constructors and edits for annotations; the clock and the id source are passed in. */
import type { Amendment, Annotation, AnnotationKind, AnnotationTarget, Author, ColorKey } from './model';
import { clampToTimeRange, rangeIso } from './time-range';

/** What the UI supplies for a new annotation. */
export interface NewAnnotation {
  reportId: string;
  kind: AnnotationKind;
  target: AnnotationTarget;
  /** Required for a highlight; a note may have one; a bookmark never keeps one. */
  color?: ColorKey;
  /** Required for an amendment, ignored for every other kind. */
  amendment?: Amendment;
  note?: string;
  tags?: readonly string[];
  author: Author;
}

/** The fields a user may change after creation; `color: null` takes a note's colour away. */
export type AnnotationPatch = Partial<Pick<Annotation, 'kind' | 'target' | 'note' | 'tags' | 'amendment'>> & {
  color?: ColorKey | null;
};

/**
 * A timestamp for a new version of something last changed at `previous`: `now`, or 1 ms after `previous` if the clock
 * has not moved past it (it stepped back, or two edits fell in one millisecond). Merge keeps the later `updatedAt`,
 * so every local edit must be later than the version it replaces. Never outside the accepted time range: a clock
 * (or a stored time) beyond its end gives its last instant, so the version can always be saved.
 */
export function nextTimestamp(previous: string, now: string): string {
  const before = Date.parse(previous);
  const at = clampToTimeRange(Date.parse(now));
  return rangeIso(Number.isNaN(before) || at > before ? at : before + 1);
}

/** Tags trimmed, empty ones dropped, duplicates removed (first one kept). */
export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}

/** A new annotation, created and updated `now` (ISO string), with an id from `idGen`. */
export function createAnnotation(input: NewAnnotation, now: string, idGen: () => string): Annotation {
  return {
    id: idGen(),
    reportId: input.reportId,
    kind: input.kind,
    target: { ...input.target },
    // A bookmark marks a place; it has no meaning to colour (docs/decisions.md 42).
    ...(input.color !== undefined && input.kind !== 'bookmark' && { color: input.color }),
    ...(input.kind === 'amendment' && input.amendment && { amendment: { ...input.amendment } }),
    note: input.note ?? '',
    tags: normalizeTags(input.tags ?? []),
    author: { ...input.author },
    createdAt: rangeIso(Date.parse(now)),
    updatedAt: rangeIso(Date.parse(now)),
  };
}

/** The annotation with `patch` applied and a new `updatedAt`; id, report, author and createdAt never change. */
export function updateAnnotation(annotation: Annotation, patch: AnnotationPatch, now: string): Annotation {
  const next: Annotation = { ...annotation, updatedAt: nextTimestamp(annotation.updatedAt, now) };
  if (patch.kind !== undefined) next.kind = patch.kind;
  if (patch.target !== undefined) next.target = { ...patch.target };
  // Only a note can lose its colour: a highlight is painted in it, a bookmark has none to change.
  if (patch.color === null && next.kind === 'note') delete next.color;
  else if (patch.color && next.kind !== 'bookmark') next.color = patch.color;
  if (patch.note !== undefined) next.note = patch.note;
  if (patch.tags !== undefined) next.tags = normalizeTags(patch.tags);
  if (patch.amendment !== undefined) next.amendment = { ...patch.amendment };
  // Only an amendment carries one (validate.ts): a note that stops being one loses it.
  if (next.kind !== 'amendment') delete next.amendment;
  return next;
}

/** The annotation deleted: a tombstone keeping its content, so a merge carries the delete and undo can restore it. */
export function tombstone(annotation: Annotation, now: string): Annotation {
  const at = nextTimestamp(annotation.updatedAt, now);
  return { ...annotation, updatedAt: at, deletedAt: at };
}

/**
 * A note of mine made from another member's (or any) note: same kind, place, colour, text and tags, new id, created
 * `now`. Where it came from is not recorded: the pack schema is strict, and the copy stands on its own.
 */
export function adoptAnnotation(
  source: Annotation,
  me: Author,
  now: string,
  idGen: () => string,
): Annotation {
  return createAnnotation(
    {
      reportId: source.reportId,
      kind: source.kind,
      target: source.target,
      ...(source.color !== undefined && { color: source.color }),
      ...(source.amendment && { amendment: source.amendment }),
      note: source.note,
      tags: source.tags,
      author: me,
    },
    now,
    idGen,
  );
}
