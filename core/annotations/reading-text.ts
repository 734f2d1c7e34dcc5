/** The report's blocks joined in reading order, so anchoring can search, and take context, across block boundaries. */
import type { Block } from '../report/model';

/** Joins consecutive blocks; it stands for the paragraph break in prefixes and suffixes. */
export const BLOCK_SEPARATOR = '\n';
/** Marks the start and end of the report, so a quote stored at the very start is not matched in the middle. */
export const TEXT_START = '\u0002';
export const TEXT_END = '\u0003';

export interface ReadingText {
  /** TEXT_START + block texts joined by BLOCK_SEPARATOR + TEXT_END. */
  text: string;
  blocks: readonly Block[];
  /** Offset in `text` of each block's first character. */
  starts: number[];
  /** First block with each id (ids are unique in a parsed report). */
  indexById: Map<string, number>;
}

/** Indexes a document's blocks once; every resolve against the same document reuses it. */
export function buildReadingText(blocks: readonly Block[]): ReadingText {
  const starts: number[] = [];
  const indexById = new Map<string, number>();
  let offset = TEXT_START.length;
  blocks.forEach((block, index) => {
    starts.push(offset);
    if (!indexById.has(block.id)) indexById.set(block.id, index);
    offset += block.text.length + BLOCK_SEPARATOR.length;
  });
  const text = TEXT_START + blocks.map((block) => block.text).join(BLOCK_SEPARATOR) + TEXT_END;
  return { text, blocks, starts, indexById };
}

/** The index of the block containing `text` offset `pos` (a separator belongs to the block before it). */
export function blockAt(reading: ReadingText, pos: number): number {
  let lo = 0;
  let hi = reading.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((reading.starts[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The block index if [start, end) of `text` lies inside one block's text, else -1. */
export function blockContaining(reading: ReadingText, start: number, end: number): number {
  if (reading.blocks.length === 0) return -1;
  const index = blockAt(reading, start);
  const blockStart = reading.starts[index] ?? 0;
  const block = reading.blocks[index];
  if (!block || start < blockStart || end > blockStart + block.text.length) return -1;
  return index;
}
