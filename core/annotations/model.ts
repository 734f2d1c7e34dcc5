/** The annotation model of DESIGN §4: W3C Web Annotation in spirit, plain JSON in form. */

export const PALETTE_KEYS = ['yellow', 'red', 'green', 'blue', 'purple'] as const;
export type ColorKey = (typeof PALETTE_KEYS)[number];

export const ANNOTATION_KINDS = ['highlight', 'note', 'bookmark', 'amendment'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

/** What an amendment (修改意见) asks of the words it targets: 将……改为……, 在……之后增加……, 删去……. */
export const AMENDMENT_ACTIONS = ['replace', 'insertAfter', 'delete'] as const;
export type AmendmentAction = (typeof AMENDMENT_ACTIONS)[number];

/**
 * The change an amendment proposes to its target's words. `text` is the new wording (replace) or the words to add
 * after the target (insertAfter); a delete has none (''). The reason, if any, is the annotation's `note`.
 */
export interface Amendment {
  action: AmendmentAction;
  text: string;
}

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
  /** Set exactly when `kind` is 'amendment' (docs/decisions.md 44); its reason is `note`. */
  amendment?: Amendment;
  note: string;
  tags: string[];
  author: Author;
  /** ISO 8601 strings. */
  createdAt: string;
  updatedAt: string;
  /** Deletion is a tombstone so that merges can carry it. */
  deletedAt?: string;
}

/**
 * The pack versions: 1 for every pack without amendments (what older builds read), 2 once a pack holds one, so an
 * older build says it needs an upgrade instead of refusing an unknown kind (docs/decisions.md 44).
 */
export type PackVersion = 1 | 2;

/** The exchange and backup file format. */
export interface AnnotationPack {
  format: 'yandu.annotations';
  version: PackVersion;
  report: { id: string; title: string };
  exportedBy: Author;
  exportedAt: string;
  annotations: Annotation[];
}

/** The colour an annotation shows and is counted and filtered by: a bookmark never has one. */
export function colorOf(annotation: Pick<Annotation, 'kind' | 'color'>): ColorKey | undefined {
  return annotation.kind === 'bookmark' ? undefined : annotation.color;
}

/** The lowest pack version that can carry these annotations: 2 when one is an amendment, tombstones included. */
export function packVersionFor(annotations: readonly Pick<Annotation, 'kind'>[]): PackVersion {
  return annotations.some((a) => a.kind === 'amendment') ? 2 : 1;
}
