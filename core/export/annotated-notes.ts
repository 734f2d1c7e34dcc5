/**
 * The notes of the annotated report (批注版报告), placed in the text: each note's reference number stands where a
 * reader meets it — after its highlight, at the end of the paragraph for a paragraph note, at its start for a
 * bookmark — and the numbers run in that order through the report (1, 2, 3 as one reads), 未定位 notes after.
 * Only highlights are shaded: a paragraph note is about the paragraph, not words in it. Pure.
 */
import type { Anchor } from '../annotations/anchor';
import type { ReportDocument } from '../report/model';
import type { NoteItem, NotesModel } from './notes-model';

export interface PlacedNote {
  /** The model's item, numbered as the annotated report numbers it. */
  item: NoteItem;
  start: number;
  end: number;
  /** Where its reference number stands in the block's text. */
  at: number;
  /** Shaded in the text: highlights only. */
  shaded: boolean;
}

export interface AnnotatedNotes {
  /** Per block, in the order their references stand. */
  byBlock: Map<string, PlacedNote[]>;
  orphans: NoteItem[];
}

export function annotatedNotes(
  doc: Pick<ReportDocument, 'blocks'>,
  model: Pick<NotesModel, 'sections' | 'orphans'>,
  anchors: ReadonlyMap<string, Anchor>,
): AnnotatedNotes {
  const lengths = new Map(doc.blocks.map((block) => [block.id, block.text.length]));
  const byBlock = new Map<string, PlacedNote[]>();
  for (const item of model.sections.flatMap((section) => section.items)) {
    const anchor = anchors.get(item.id);
    if (!anchor || anchor.status === 'orphan' || !lengths.has(anchor.blockId)) continue;
    const shaded = item.kind === 'highlight' && anchor.end > anchor.start;
    const at =
      item.kind === 'bookmark'
        ? 0
        : item.kind === 'note'
          ? Math.max(anchor.end, lengths.get(anchor.blockId) ?? 0)
          : anchor.end;
    const list = byBlock.get(anchor.blockId) ?? [];
    list.push({ item, start: anchor.start, end: anchor.end, at, shaded });
    byBlock.set(anchor.blockId, list);
  }
  let number = 0;
  for (const block of doc.blocks) {
    const list = byBlock.get(block.id);
    if (!list) continue;
    list.sort((a, b) => a.at - b.at || a.start - b.start || a.item.number - b.item.number);
    for (const note of list) note.item = { ...note.item, number: (number += 1) };
  }
  const orphans = model.orphans.map((item) => ({ ...item, number: (number += 1) }));
  return { byBlock, orphans };
}
