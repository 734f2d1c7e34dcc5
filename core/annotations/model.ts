/** The annotation model of DESIGN §4: W3C Web Annotation in spirit, plain JSON in form. */

export const PALETTE_KEYS = ['yellow', 'red', 'green', 'blue', 'purple'] as const;
export type ColorKey = (typeof PALETTE_KEYS)[number];

export const ANNOTATION_KINDS = ['highlight', 'note', 'bookmark'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

/** Where an annotation sits. Offsets are UTF-16 code units into the block's text. */
export interface AnnotationTarget {
  blockId: string;
  start: number;
  end: number;
  exact: string;
  /** About 32 characters of context on each side, for re-anchoring. */
  prefix: string;
  suffix: string;
}

export interface Author {
  id: string;
  name: string;
}

export interface Annotation {
  id: string;
  reportId: string;
  kind: AnnotationKind;
  target: AnnotationTarget;
  /**
   * The palette key of a highlight (always set). A paragraph note has one only when the user picked it; a bookmark
   * has none (older versions stored purple on every bookmark: colorOf ignores it).
   */
  color?: ColorKey;
  note: string;
  tags: string[];
  author: Author;
  /** ISO 8601 strings. */
  createdAt: string;
  updatedAt: string;
  /** Deletion is a tombstone so that merges can carry it. */
  deletedAt?: string;
}

/** The exchange and backup file format. */
export interface AnnotationPack {
  format: 'yandu.annotations';
  version: 1;
  report: { id: string; title: string };
  exportedBy: Author;
  exportedAt: string;
  annotations: Annotation[];
}

/** The colour an annotation shows and is counted and filtered by: a bookmark never has one. */
export function colorOf(annotation: Pick<Annotation, 'kind' | 'color'>): ColorKey | undefined {
  return annotation.kind === 'bookmark' ? undefined : annotation.color;
}
