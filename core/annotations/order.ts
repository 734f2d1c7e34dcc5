/** Annotations in reading order, grouped by the report's parts and sub-parts, for the 批注 pane and the printout. */
import { compareStrings } from '../compare';
import type { ReportDocument } from '../report/model';
import { buildOutline, flattenOutline, sectionIndex } from '../report/outline';
import type { Anchor } from './anchor';
import { resolveAll } from './anchor';
import type { Annotation, ColorKey } from './model';
import { colorOf, PALETTE_KEYS } from './model';

/** A live annotation with the place it resolved to in the current text. */
export interface PlacedAnnotation {
  annotation: Annotation;
  anchor: Exclude<Anchor, { status: 'orphan' }>;
}

export interface OrderedAnnotations {
  /** In document order: block, then start, then end, then creation time, then id. */
  placed: PlacedAnnotation[];
  /** Not found in the text (未定位): oldest first. Kept and listed, never dropped. */
  orphans: Annotation[];
}

/** Annotations under one section heading; `part` is the enclosing part when the section is a sub-part. */
export interface SectionGroup {
  section: { id: string; level: 0 | 1 | 2; title: string };
  part?: { id: string; title: string };
  items: PlacedAnnotation[];
}

/** Splits live annotations into placed (document order) and orphans; anchors are resolved here if not given. */
export function orderAnnotations(
  doc: Pick<ReportDocument, 'blocks'>,
  annotations: readonly Annotation[],
  anchors: ReadonlyMap<string, Anchor> = resolveAll(doc, annotations),
): OrderedAnnotations {
  const blockOrder = new Map(doc.blocks.map((block, index) => [block.id, index]));
  const placed: PlacedAnnotation[] = [];
  const orphans: Annotation[] = [];
  for (const annotation of annotations) {
    if (annotation.deletedAt !== undefined) continue;
    const anchor = anchors.get(annotation.id);
    if (anchor && anchor.status !== 'orphan' && blockOrder.has(anchor.blockId))
      placed.push({ annotation, anchor });
    else orphans.push(annotation);
  }
  const byCreation = (a: Annotation, b: Annotation): number =>
    (Date.parse(a.createdAt) || 0) - (Date.parse(b.createdAt) || 0) || compareStrings(a.id, b.id);
  placed.sort(
    (a, b) =>
      (blockOrder.get(a.anchor.blockId) ?? 0) - (blockOrder.get(b.anchor.blockId) ?? 0) ||
      a.anchor.start - b.anchor.start ||
      a.anchor.end - b.anchor.end ||
      byCreation(a.annotation, b.annotation),
  );
  orphans.sort(byCreation);
  return { placed, orphans };
}

/** Groups placed annotations (in document order) by their innermost section, in document order. */
export function groupBySection(
  doc: Pick<ReportDocument, 'blocks'>,
  placed: readonly PlacedAnnotation[],
): SectionGroup[] {
  const sections = sectionIndex(doc);
  const parentOf = new Map<string, { id: string; title: string }>();
  for (const part of flattenOutline(buildOutline(doc.blocks))) {
    for (const child of part.children) parentOf.set(child.id, { id: part.id, title: part.title });
  }
  const groups: SectionGroup[] = [];
  for (const item of placed) {
    const section = sections.get(item.anchor.blockId);
    const id = section?.id ?? '';
    const last = groups.at(-1);
    if (last && last.section.id === id) {
      last.items.push(item);
      continue;
    }
    const group: SectionGroup = {
      section: { id, level: section?.level ?? 0, title: section?.title ?? '' },
      items: [item],
    };
    const part = parentOf.get(id);
    if (part) group.part = part;
    groups.push(group);
  }
  return groups;
}

/**
 * How many live annotations carry each palette colour (every key present, zero included). Bookmarks and notes
 * without a colour count under none.
 */
export function countByColor(annotations: readonly Annotation[]): Record<ColorKey, number> {
  const counts = Object.fromEntries(PALETTE_KEYS.map((key) => [key, 0])) as Record<ColorKey, number>;
  for (const annotation of annotations) {
    const color = colorOf(annotation);
    if (annotation.deletedAt === undefined && color) counts[color] += 1;
  }
  return counts;
}
