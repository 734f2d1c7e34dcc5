/** The report's sections: the outline, the section being read (and its part), and moving to a section. */
import { useCallback, useMemo } from 'react';
import type { ReportDocument } from '../../core/report/model';
import { buildOutline, flattenOutline, sectionIndex, type OutlineSection } from '../../core/report/outline';
import { scrollToBlock } from '../reader/navigation';

export function useSections(doc: ReportDocument | undefined, currentBlockId: string | undefined) {
  const outline = useMemo(() => (doc ? buildOutline(doc.blocks) : []), [doc]);
  const flat = useMemo(() => flattenOutline(outline), [outline]);
  const sections = useMemo(
    () => (doc ? sectionIndex(doc, outline) : new Map<string, OutlineSection>()),
    [doc, outline],
  );
  const current = currentBlockId ? sections.get(currentBlockId) : undefined;

  // The current section and its part are both marked in the outline.
  const currentSectionIds = useMemo(() => {
    const ids = new Set<string>();
    if (!current) return ids;
    ids.add(current.id);
    const part = outline.find((s) => s.children.includes(current));
    if (part) ids.add(part.id);
    return ids;
  }, [current, outline]);

  /** The blocks of the section being read: the glossary lists their terms first. */
  const sectionBlockIds = useMemo(() => {
    const ids = new Set<string>();
    if (doc && current)
      for (let i = current.firstBlock; i <= current.lastBlock; i++) ids.add(doc.blocks[i]?.id ?? '');
    return ids;
  }, [doc, current]);

  const navigateToSection = useCallback(
    (section: OutlineSection) => {
      const block = doc?.blocks[section.firstBlock];
      if (block) scrollToBlock(block.id, { focus: false });
    },
    [doc],
  );

  return { outline, flat, current, currentSectionIds, sectionBlockIds, navigateToSection };
}
