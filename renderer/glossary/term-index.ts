/** Where glossary terms sit in each block, for painting them in the text. */
import type { ReportDocument } from '../../core/report/model';
import type { Decoration } from '../reader/segments';

export interface TermMark {
  kind: 'term';
  termId: string;
  /** Set on the occurrence's first run only, so a jump can find it: `${blockId}:${start}`. */
  occurrenceKey: string;
}

/** Groups glossary occurrences by block id. */
export function termDecorationsByBlock(doc: ReportDocument): Map<string, Decoration<TermMark>[]> {
  const byBlock = new Map<string, Decoration<TermMark>[]>();
  for (const entry of doc.glossary) {
    for (const occurrence of entry.occurrences) {
      const list = byBlock.get(occurrence.blockId) ?? [];
      list.push({
        start: occurrence.start,
        end: occurrence.end,
        data: { kind: 'term', termId: entry.id, occurrenceKey: `${occurrence.blockId}:${occurrence.start}` },
      });
      byBlock.set(occurrence.blockId, list);
    }
  }
  return byBlock;
}

/** Glossary ids ordered for the pane: terms used in the given blocks first, in order of appearance. */
export function orderTermsForSection(
  doc: ReportDocument,
  sectionBlockIds: ReadonlySet<string>,
): { inSection: string[]; others: string[] } {
  const firstSeen = new Map<string, number>();
  doc.blocks.forEach((block, index) => {
    if (!sectionBlockIds.has(block.id)) return;
    for (const entry of doc.glossary) {
      if (!firstSeen.has(entry.id) && entry.occurrences.some((o) => o.blockId === block.id))
        firstSeen.set(entry.id, index);
    }
  });
  const inSection = [...firstSeen.keys()].sort((a, b) => (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0));
  const others = doc.glossary.map((e) => e.id).filter((id) => !firstSeen.has(id));
  return { inSection, others };
}
