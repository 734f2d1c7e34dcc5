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
  color: ColorKey;
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
