/**
 * lunr as the ranker of 相关结果 (partial matches) over a report's corpus, built only where it is affordable
 * (decision 25). The literal tier decides what matches, counts and steps; lunr only orders the related results,
 * and until its index is ready (or where it is not built) BM25 from the literal scans orders them.
 *
 * Affordable means: the report's folded text is at most `maxChars` long (else the build is not started), and the
 * index's estimated retained heap stays within `maxBytes` while it is built (else the build is dropped). The
 * estimate counts what lunr's heap grows with — (term, field of a document) pairs and distinct terms — at the
 * bytes per item the search bench measured, rounded up, so that text with many distinct terms (which the size
 * cap alone would let through) is caught as well.
 */
import { fieldsOf, type Corpus } from './corpus';
import { fieldText, SEPARATOR } from './folded-texts';
import { queryLunr, startLunrBuild, type LunrDoc } from './lunr-zh';

export interface RankerLimits {
  /** Largest folded text (UTF-16 code units, all fields) whose lunr index is built. */
  maxChars: number;
  /** Largest estimated retained heap of the index; a build that would exceed it is dropped. */
  maxBytes: number;
}

/**
 * 90,000 folded characters is about 260 KB of Chinese report text (UTF-8), 7.7× the bundled report; 64 MiB is
 * the ceiling on lunr's index, whatever the text (search bench, `lunr` section; decision 25).
 */
export const LUNR_LIMITS: RankerLimits = { maxChars: 90_000, maxBytes: 64 * 1024 * 1024 };

/** Retained heap per (term, field of a document) pair and per distinct term (search bench, rounded up). */
export const BYTES_PER_PAIR = 280;
export const BYTES_PER_TERM = 760;

/** Orders documents of the corpus: score per document index (documents without any query term are absent). */
export interface Ranker {
  scores(terms: readonly string[]): Map<number, number>;
}

export type RankerState = 'building' | 'ready' | 'abandoned';

export interface RankerBuild {
  /** Does about `units` items of work; once 'ready', the ranker has been handed over. */
  step(units: number): RankerState;
  readonly state: RankerState;
  /** The index's estimated retained heap so far (bytes). */
  readonly estimatedBytes: number;
}

/** Document d of the corpus as lunr indexes it: its title fields and its other fields, folded. */
export function lunrDocOf(corpus: Corpus, d: number): LunrDoc {
  const title: string[] = [];
  const body: string[] = [];
  const { first, end } = fieldsOf(corpus, d);
  for (let f = first; f < end; f++)
    (corpus.titleField[f] === 1 ? title : body).push(fieldText(corpus.texts, f));
  // The separator is no term character, so no term spans two fields.
  return { ref: `d${d}`, title: title.join(SEPARATOR), body: body.join(SEPARATOR) };
}

/** Every document of the corpus as lunr indexes it. */
export const lunrDocs = (corpus: Corpus): LunrDoc[] => corpus.docs.map((_, d) => lunrDocOf(corpus, d));

/**
 * Starts lunr's index of `corpus`, or returns undefined when its text is above `limits.maxChars`. `onReady`
 * receives the ranker once the last step has built it.
 */
export function startRankerBuild(
  corpus: Corpus,
  limits: RankerLimits,
  onReady: (ranker: Ranker) => void,
): RankerBuild | undefined {
  if (corpus.texts.text.length > limits.maxChars) return undefined;
  let build: ReturnType<typeof startLunrBuild> | undefined = startLunrBuild(corpus.docs.length, (d) =>
    lunrDocOf(corpus, d),
  );
  let state: RankerState = 'building';
  let estimatedBytes = 0;
  return {
    step(units) {
      if (!build || state !== 'building') return state;
      const done = build.step(units);
      estimatedBytes = build.pairs * BYTES_PER_PAIR + build.terms * BYTES_PER_TERM;
      if (estimatedBytes > limits.maxBytes) {
        // Dropping the builder frees what it holds; BM25 keeps ranking.
        build = undefined;
        state = 'abandoned';
      } else if (done && build.index) {
        const index = build.index;
        build = undefined;
        state = 'ready';
        onReady({
          scores(terms) {
            const scores = new Map<number, number>();
            for (const [ref, score] of queryLunr(index, terms)) scores.set(Number(ref.slice(1)), score);
            return scores;
          },
        });
      }
      return state;
    },
    get state() {
      return state;
    },
    get estimatedBytes() {
      return estimatedBytes;
    },
  };
}
