/** The document's glossary: entries read from the lists, with ids, aliases, occurrences in the text and markers. */
import type { EntryList } from './glossary';
import { glossaryAliases, linkGlossary } from './glossary-link';
import { markerRanges } from './markers';
import type { Block, GlossaryEntry } from './model';

/** Glossary entries with ids, aliases, occurrences and marker ranges. */
export function buildGlossary(lists: readonly EntryList[], blocks: readonly Block[]): GlossaryEntry[] {
  const entries = lists.flat().map((entry, i) => ({
    id: `g${i + 1}`,
    term: entry.term,
    aliases: glossaryAliases(entry.term),
    definition: entry.definition,
  }));
  const occurrences = linkGlossary(entries, blocks);
  const order = new Map(blocks.map((block, i) => [block.id, i]));
  const markers = markerRanges(blocks, entries);
  return entries.map((entry, i) => {
    const found = occurrences[i] ?? [];
    const pointed = markers.get(entry.id) ?? [];
    // A marker links the words before it when no term occurrence covers them already (城区9所学校〔12〕).
    for (const range of pointed) {
      if (range.end - range.start < 2) continue;
      const taken = occurrences.some((list) =>
        list.some((r) => r.blockId === range.blockId && r.start < range.end && range.start < r.end),
      );
      if (!taken) found.push(range);
    }
    found.sort((a, b) => (order.get(a.blockId) ?? 0) - (order.get(b.blockId) ?? 0) || a.start - b.start);
    return {
      ...entry,
      occurrences: found,
      ...(pointed.length > 0 && { markers: pointed }),
    };
  });
}
