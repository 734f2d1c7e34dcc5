/**
 * Resolves annotations against one document incrementally. An annotation object never changes (an edit makes a new
 * one), so each is resolved once; members often mark the same passage, so each distinct target is resolved once too.
 * A new highlight then costs one resolve, not one per stored note.
 */
import { createAnchorIndex, resolveIn, type Anchor } from '../../core/annotations/anchor';
import type { Annotation } from '../../core/annotations/model';
import type { ReportDocument } from '../../core/report/model';

export type AnchorResolver = (annotations: Iterable<Annotation>) => Map<string, Anchor>;

export function createAnchorResolver(doc: ReportDocument): AnchorResolver {
  const index = createAnchorIndex(doc);
  const byNote = new WeakMap<Annotation, Anchor>();
  const byTarget = new Map<string, Anchor>();
  return (annotations) => {
    const result = new Map<string, Anchor>();
    for (const annotation of annotations) {
      let anchor = byNote.get(annotation);
      if (!anchor) {
        const t = annotation.target;
        const key = [t.blockId, t.start, t.end, t.exact, t.prefix, t.suffix].join('\u0000');
        anchor = byTarget.get(key) ?? resolveIn(index, t);
        byTarget.set(key, anchor);
        byNote.set(annotation, anchor);
      }
      result.set(annotation.id, anchor);
    }
    return result;
  };
}
