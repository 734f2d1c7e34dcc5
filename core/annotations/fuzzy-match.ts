/** Finding a quote in the reading text, exactly or with a bounded number of edits, never across a block boundary. */
import type { ApproximateMatch } from './edit-distance';
import { bestSubstring } from './edit-distance';
import type { ReadingText } from './reading-text';
import { blockAt, blockContaining } from './reading-text';

/** Every start in the reading text where `quote` occurs exactly inside one block (overlapping occurrences too). */
export function findExact(reading: ReadingText, quote: string): number[] {
  const found: number[] = [];
  if (quote === '') return found;
  for (let at = reading.text.indexOf(quote); at !== -1; at = reading.text.indexOf(quote, at + 1)) {
    if (blockContaining(reading, at, at + quote.length) !== -1) found.push(at);
  }
  return found;
}

/**
 * Places where `quote` occurs with at most `maxErrors` edits, each inside one block; overlapping results may describe
 * the same place. Pigeonhole filter: split into maxErrors + 1 pieces, one of them must occur unedited, so only
 * windows around exact piece hits are aligned.
 */
export function findApproximate(reading: ReadingText, quote: string, maxErrors: number): ApproximateMatch[] {
  const m = quote.length;
  if (m === 0) return [];
  const k = Math.max(0, Math.min(maxErrors, m - 1));
  if (k === 0) return findExact(reading, quote).map((start) => ({ start, end: start + m, errors: 0 }));
  const pieceCount = k + 1;
  const pieceLength = Math.floor(m / pieceCount);
  // Estimated starts of the quote, per block.
  const estimates = new Map<number, number[]>();
  for (let p = 0; p < pieceCount; p++) {
    const offset = p * pieceLength;
    const piece = quote.slice(offset, p === pieceCount - 1 ? m : offset + pieceLength);
    for (let at = reading.text.indexOf(piece); at !== -1; at = reading.text.indexOf(piece, at + 1)) {
      if (blockContaining(reading, at, at + piece.length) === -1) continue;
      const block = blockAt(reading, at);
      const list = estimates.get(block) ?? [];
      list.push(at - offset);
      estimates.set(block, list);
    }
  }
  const matches: ApproximateMatch[] = [];
  for (const [block, list] of estimates) {
    const blockStart = reading.starts[block] ?? 0;
    const blockEnd = blockStart + (reading.blocks[block]?.text.length ?? 0);
    list.sort((x, y) => x - y);
    let i = 0;
    while (i < list.length) {
      const first = list[i] ?? 0;
      let last = first;
      // An edit shifts a piece by at most k, so hits within k of the cluster's first estimate are the same place.
      while (i < list.length && (list[i] ?? 0) - first <= k) last = list[i++] ?? last;
      const from = Math.max(blockStart, first - k);
      const to = Math.min(blockEnd, last + m + k);
      const found = bestSubstring(quote, reading.text.slice(from, to), k, first - from);
      if (found) matches.push({ start: from + found.start, end: from + found.end, errors: found.errors });
    }
  }
  return matches;
}
