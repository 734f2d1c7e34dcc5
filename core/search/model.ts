/** What a search returns. Plain JSON: results cross from a Web Worker and are printed by the CLI. */
import type { Span } from './normalize';
import type { Snippet } from './snippet';

export type { Span, Snippet };

/** Which text of a result the snippet and ranges refer to. */
export type SearchField = 'text' | 'term' | 'alias' | 'definition' | 'note' | 'quote' | 'tag';

/** One result. Offsets are UTF-16 code units into the original (unfolded) text of `field`. */
export interface Hit {
  kind: 'block' | 'glossary' | 'note';
  /** The block for body hits; the annotated block for note hits. */
  blockId?: string;
  glossaryId?: string;
  annotationId?: string;
  /**
   * Relevance: BM25 with lunr's constants over the query's terms (0 when no query term matched, e.g. a lone
   * punctuation mark); for 相关结果 ranked by lunr, lunr's score. Orders results only when asked to.
   */
  score: number;
  /** True for exact hits: the text contains every query word literally (after width and case folding). */
  literal: boolean;
  field: SearchField;
  snippet: Snippet;
  /** Every hit in the field's text (all query words; for related hits the query terms they hold), merged, sorted. */
  ranges: Span[];
  /**
   * Exact hits: each occurrence of each query word in the field's text, one span per occurrence (overlapping
   * ones included, not merged), sorted. Related hits: none. What a count of exact occurrences counts.
   */
  matches: Span[];
}

/** The exact occurrences in one block's text. */
export interface BlockOccurrences {
  blockId: string;
  matches: Span[];
}

/** Results as the search pane shows them: exact hits by group (正文, 名词解释, 我的批注), then 相关结果. */
export interface SearchResults {
  /** The folded query words that were searched for (empty: nothing to search). */
  words: string[];
  /** Exact hits only, in reading order (or by relevance when asked). */
  groups: { body: Hit[]; glossary: Hit[]; notes: Hit[] };
  /** Number of exact hits in each group before any `limit` (what the group's heading counts). */
  groupTotals: { body: number; glossary: number; notes: number };
  /**
   * 相关结果: blocks, glossary entries and notes holding some of the query's words or at least half of its
   * terms, but not every word. Ranked (the report's first, then notes); never counted, marked or stepped as hits.
   */
  related: Hit[];
  /** Number of exact hits in all groups before any `limit`. */
  total: number;
  /** Number of related results before any `limit`. */
  relatedTotal: number;
  /**
   * Every exact occurrence in the report's text, block by block in reading order, never limited: what the
   * reading pane marks and steps through.
   */
  occurrences: BlockOccurrences[];
  /** Number of exact occurrences in the report's text (the sum over `occurrences`): what the counter says. */
  count: number;
  /** What ordered `related`: lunr once its index is built, BM25 before that or where lunr is not built. */
  ranking: 'lunr' | 'bm25';
}

export interface SearchOptions {
  /** At most this many hits per group and related results (best first); the totals still count them all. */
  limit?: number;
  /** Order of the exact hits: reading order (default) or relevance. */
  order?: 'reading' | 'relevance';
}
