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
   * Term relevance (BM25 with lunr's constants, over the query's terms; 0 when no query term matched, e.g. a
   * lone punctuation mark). Orders hits within a tier only: every literal hit precedes every partial one.
   */
  score: number;
  /** True when the text contains every query word literally (after folding); literal hits come first. */
  literal: boolean;
  field: SearchField;
  snippet: Snippet;
  /** Every hit in the field's text (all query words; for partial hits also matched fragments), merged, sorted. */
  ranges: Span[];
  /**
   * Literal hits: each occurrence of each query word in the field's text, one span per occurrence (overlapping
   * ones included, not merged), sorted. Partial hits: none. What a count of exact occurrences counts.
   */
  matches: Span[];
}

/** Results grouped as the search pane shows them: 正文, 名词解释, 我的批注. */
export interface SearchResults {
  /** The folded query words that were searched for (empty: nothing to search). */
  words: string[];
  groups: { body: Hit[]; glossary: Hit[]; notes: Hit[] };
  /** Number of hits in all groups before any `limit`. */
  total: number;
}

export interface SearchOptions {
  /** At most this many hits per group (best first); `total` still counts them all. Default: no limit. */
  limit?: number;
}
