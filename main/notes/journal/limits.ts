/** The bounds every file of the store is checked against, in one place. */

/**
 * The highest change number the store takes from a file nothing vouches for (a backup's name): well below
 * Number.MAX_SAFE_INTEGER, so a store that starts from it has four billion changes left. Files that verify are read
 * with any exact (safe) seq: nothing a writer wrote may become unreadable.
 */
export const MAX_SEQ = Number.MAX_SAFE_INTEGER - 2 ** 32;

/** Whether `seq` is a change number a file may carry (0 = before any change, for snapshots and headers). */
export function isSeq(seq: unknown, min = 0): seq is number {
  return typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= min;
}

/** A journal longer than this is compacted after the append that reached it, however few its lines. */
export const COMPACT_JOURNAL_BYTES = 32 * 1024 * 1024;

/**
 * A batch (putMany) that could encode longer than this is saved by a compaction instead of one journal line, so no
 * line grows beyond what is cheap to read back. An upper bound: JSON escapes a code unit to at most 6 bytes.
 */
export const MAX_ENTRY_BYTES = 16 * 1024 * 1024;
