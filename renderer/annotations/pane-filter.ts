/**
 * The 批注 pane's filters (text, section, tag, colour) and the counts beside each colour chip. Every count follows
 * every filter but the colour itself, so a chip says how many it would show. Bookmarks and amendments are kinds of
 * their own and notes without a colour a choice of their own: none is counted under a colour. Pure.
 */
import type { Anchor } from '../../core/annotations/anchor';
import type { Annotation, ColorKey } from '../../core/annotations/model';
import { colorOf, PALETTE_KEYS } from '../../core/annotations/model';
import type { PlacedAnnotation } from '../../core/annotations/order';

/** A palette colour, 'none' (notes without one), 'bookmark', 'amendment', or 'all'. */
export type ColorChoice = ColorKey | 'none' | 'bookmark' | 'amendment' | 'all';

export interface PaneFilter {
  text: string;
  /** A section id; '' for all. */
  section: string;
  /** A tag; '' for all. */
  tag: string;
  color: ColorChoice;
}

export interface PaneCounts {
  /** Everything that passes the other filters. */
  all: number;
  colors: Record<ColorKey, number>;
  none: number;
  bookmark: number;
  amendment: number;
}

export interface FilteredNotes {
  placed: PlacedAnnotation[];
  /** Orphans have no section now: a section filter leaves them out. */
  orphans: Annotation[];
  counts: PaneCounts;
}

/** The colour choice an annotation falls under. */
export function choiceOf(annotation: Annotation): Exclude<ColorChoice, 'all'> {
  if (annotation.kind === 'bookmark' || annotation.kind === 'amendment') return annotation.kind;
  return colorOf(annotation) ?? 'none';
}

export function filterNotes(
  placed: readonly PlacedAnnotation[],
  orphans: readonly Annotation[],
  filter: PaneFilter,
  /** The section ids each block lies in (its sub-part and its part). */
  sectionsOf: ReadonlyMap<string, readonly string[]>,
): FilteredNotes {
  const needle = filter.text.trim().toLowerCase();
  const others = (a: Annotation) =>
    (!filter.tag || a.tags.includes(filter.tag)) &&
    (!needle ||
      [a.target.exact, a.note, a.amendment?.text ?? '', ...a.tags].some((s) =>
        s.toLowerCase().includes(needle),
      ));
  const inSection = (anchor: Anchor) =>
    !filter.section ||
    (anchor.status !== 'orphan' && (sectionsOf.get(anchor.blockId)?.includes(filter.section) ?? false));
  const candidates = [
    ...placed.filter((p) => inSection(p.anchor) && others(p.annotation)).map((p) => p.annotation),
    ...(filter.section ? [] : orphans.filter(others)),
  ];
  const counts: PaneCounts = {
    all: candidates.length,
    colors: Object.fromEntries(PALETTE_KEYS.map((key) => [key, 0])) as Record<ColorKey, number>,
    none: 0,
    bookmark: 0,
    amendment: 0,
  };
  for (const annotation of candidates) {
    const choice = choiceOf(annotation);
    if (choice === 'none' || choice === 'bookmark' || choice === 'amendment') counts[choice] += 1;
    else counts.colors[choice] += 1;
  }
  const chosen = (a: Annotation) => filter.color === 'all' || choiceOf(a) === filter.color;
  return {
    placed: placed.filter((p) => inSection(p.anchor) && others(p.annotation) && chosen(p.annotation)),
    orphans: filter.section ? [] : orphans.filter((a) => others(a) && chosen(a)),
    counts,
  };
}

/** A title cut to `max` characters with an ellipsis, for a narrow list; the full title goes in a tooltip. */
export function shortTitle(title: string, max = 24): string {
  const points = Array.from(title);
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : title;
}
