/**
 * The one place lunr and lunr-languages are wired together (DESIGN §6). lunr only ranks the partial matches
 * (相关结果); the literal tier finds, counts and steps through hits (decision 25).
 *
 * lunr-languages' `lunr.zh` is registered and its plugin applied, then three of its parts are replaced:
 * - tokenizer: in Node it first tries `require('@node-rs/jieba')` (a native module) and, when that is missing,
 *   prints a notice to stdout (which would corrupt the CLI's JSON) before falling back to `Intl.Segmenter`. Were
 *   jieba installed, Node and the renderer would cut words differently, and the Segmenter cuts Han text by the
 *   ICU dictionary of the build (Node's and Electron's differ). Ours is the literal tier's (terms.ts): every Han
 *   character and every pair of adjacent Han characters, and the words of the non-Han stretches, cut by a regex —
 *   so lunr's terms are exactly the terms BM25 scans for, everywhere.
 * - stop-word filter: it drops single characters (人, 有, 无 …) that delegates do search for; not used.
 * - trimmer: it keeps only \w and U+4E00–U+9FA5 at token edges, so it strips CJK Extension A/B and newer Han
 *   characters and full-width digits; not needed, our terms come out clean.
 * Its stemmer (identity for Chinese) is the one part kept, in both pipelines.
 *
 * User text never reaches lunr's query parser (`index.search`), where ~ : + - ^ * are syntax: queries are built
 * in code from the parsed terms (`queryLunr`).
 *
 * The index is built in slices (`startLunrBuild`): lunr's `Builder.build()` is one long call (field vectors and
 * the token set of every term), so its three steps are done here a few items at a time, with lunr's own
 * classes and formulas (lunr 2.3.9, pinned), so a query is never queued behind the build for long.
 *
 * Both packages are UMD/CommonJS; default imports of them work in Vite (renderer and worker bundles), Vitest and
 * tsx, and nothing here touches Node built-ins.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support';
import registerZh from 'lunr-languages/lunr.zh';
import { indexTermsOf } from './terms';

stemmerSupport(lunr);
registerZh(lunr);

/** The parts of lunr-languages' zh plugin used here (its typings do not augment @types/lunr). */
interface ZhLanguage extends lunr.Builder.Plugin {
  stemmer: lunr.PipelineFunction;
}

const zh = (lunr as unknown as { zh: ZhLanguage }).zh;

/** lunr fields and their boosts: headings, glossary terms and aliases, tags count double (as in score.ts). */
export const LUNR_FIELDS = { title: 2, body: 1 } as const;

/**
 * A document as lunr sees it: a ref and folded field values. Refs must not look like array indexes ('d12', not
 * '12'): lunr keys each term's postings by ref, and V8 stores integer-keyed objects as arrays as long as the
 * largest ref, which made an index with many terms grow with terms × documents (5× the heap at 500 KB).
 */
export interface LunrDoc {
  ref: string;
  title: string;
  body: string;
}

/** lunr's Builder.tokenizer slot: turns a field value (already folded) into lunr tokens. */
const tokenizer = Object.assign(
  (value?: unknown): lunr.Token[] =>
    typeof value === 'string' ? indexTermsOf(value).map((term) => new lunr.Token(term, {})) : [],
  { separator: lunr.tokenizer.separator },
);

type Posting = Record<string, Record<string, object>> & { _index: number };

/** What a builder holds between `add` and `build` (lunr 2.3.9's fields, not in @types/lunr). */
interface BuilderState {
  invertedIndex: Record<string, Posting>;
  fieldTermFrequencies: Record<string, Record<string, number>>;
  fieldLengths: Record<string, number>;
  averageFieldLength: Record<string, number>;
  documentCount: number;
  termIndex: number;
  _fields: Record<string, { boost?: number }>;
  _documents: Record<string, { boost?: number }>;
  _k1: number;
  _b: number;
  calculateAverageFieldLengths(): void;
}

interface TokenSetBuilder {
  root: lunr.TokenSet;
  insert(word: string): void;
  finish(): void;
}

const TokenSetBuilder = (lunr.TokenSet as unknown as { Builder: new () => TokenSetBuilder }).Builder;
const FieldRef = (
  lunr as unknown as { FieldRef: { fromString(s: string): { docRef: string; fieldName: string } } }
).FieldRef;
const idf = (lunr as unknown as { idf(posting: Posting, documents: number): number }).idf;

function newBuilder(): lunr.Builder {
  const builder = new lunr.Builder();
  builder.use(zh);
  builder.tokenizer = tokenizer;
  builder.pipeline.reset();
  builder.pipeline.add(zh.stemmer);
  builder.searchPipeline.reset();
  builder.searchPipeline.add(zh.stemmer);
  builder.ref('ref');
  for (const [name, boost] of Object.entries(LUNR_FIELDS)) builder.field(name, { boost });
  return builder;
}

/** Characters of a document added per unit of work (a field vector or a term is one unit). */
const ADD_CHARS_PER_UNIT = 32;

/**
 * An index being built; `step` does about `units` units of work: a field vector, a term of the token set, or 32
 * characters of a document added (a document is never split).
 */
export interface LunrBuild {
  /** True once the index is built. */
  step(units: number): boolean;
  readonly index: lunr.Index | undefined;
  /** Distinct terms, and (term, field of a document) pairs, indexed so far: what the index's size grows with. */
  readonly terms: number;
  readonly pairs: number;
}

/**
 * Starts building a lunr index of `count` documents, `doc(i)` giving the i-th.
 * The result is what `new lunr.Builder()…build()` gives for the same documents.
 */
export function startLunrBuild(count: number, doc: (i: number) => LunrDoc): LunrBuild {
  const builder = newBuilder();
  const state = builder as unknown as BuilderState;
  let phase: 'add' | 'vectors' | 'terms' | 'done' = 'add';
  let next = 0;
  let fieldRefs: string[] = [];
  const fieldVectors: Record<string, lunr.Vector> = {};
  const idfCache = new Map<string, number>();
  let terms: string[] = [];
  let tokens: TokenSetBuilder | undefined;
  let index: lunr.Index | undefined;
  let pairs = 0;
  const fieldNames = Object.keys(LUNR_FIELDS);

  /** lunr's createFieldVectors for one field (same formula, same rounding). */
  const vectorOf = (fieldRef: string): lunr.Vector => {
    const { docRef, fieldName } = FieldRef.fromString(fieldRef);
    const length = state.fieldLengths[fieldRef] ?? 0;
    const frequencies = state.fieldTermFrequencies[fieldRef] ?? {};
    const boost = (state._fields[fieldName]?.boost ?? 1) * (state._documents[docRef]?.boost ?? 1);
    const mean = state.averageFieldLength[fieldName] ?? 1;
    const vector = new lunr.Vector([]);
    for (const term of Object.keys(frequencies)) {
      const tf = frequencies[term] ?? 0;
      const posting = state.invertedIndex[term];
      if (!posting) continue;
      let weight = idfCache.get(term);
      if (weight === undefined) idfCache.set(term, (weight = idf(posting, state.documentCount)));
      const score =
        ((weight * ((state._k1 + 1) * tf)) / (state._k1 * (1 - state._b + state._b * (length / mean)) + tf)) *
        boost;
      vector.insert(posting._index, Math.round(score * 1000) / 1000);
    }
    return vector;
  };

  const step = (units: number): boolean => {
    let left = Math.max(1, units);
    while (left > 0 && phase !== 'done') {
      if (phase === 'add') {
        if (next < count) {
          const added = doc(next++);
          builder.add(added);
          for (const name of fieldNames)
            pairs += Object.keys(state.fieldTermFrequencies[`${name}/${added.ref}`] ?? {}).length;
          // A document costs by its length (about two terms per character), so a step stays short.
          left -= Math.max(1, Math.ceil((added.title.length + added.body.length) / ADD_CHARS_PER_UNIT));
          continue;
        }
        state.calculateAverageFieldLengths();
        fieldRefs = Object.keys(state.fieldTermFrequencies);
        next = 0;
        phase = 'vectors';
      } else if (phase === 'vectors') {
        if (next < fieldRefs.length) {
          const fieldRef = fieldRefs[next++] ?? '';
          fieldVectors[fieldRef] = vectorOf(fieldRef);
          left--;
          continue;
        }
        // The frequencies live on in the vectors; dropping them here is what build() leaves to the GC.
        state.fieldTermFrequencies = {};
        fieldRefs = [];
        idfCache.clear();
        terms = Object.keys(state.invertedIndex).sort();
        tokens = new TokenSetBuilder();
        next = 0;
        phase = 'terms';
      } else {
        if (tokens && next < terms.length) {
          tokens.insert(terms[next++] ?? '');
          left--;
          continue;
        }
        tokens?.finish();
        index = new lunr.Index({
          invertedIndex: state.invertedIndex,
          fieldVectors,
          tokenSet: tokens?.root ?? new lunr.TokenSet(),
          fields: Object.keys(LUNR_FIELDS),
          pipeline: builder.searchPipeline,
        } as unknown as lunr.Index.Attributes);
        terms = [];
        tokens = undefined;
        phase = 'done';
      }
    }
    return phase === 'done';
  };

  return {
    step,
    get index() {
      return index;
    },
    get terms() {
      return state.termIndex;
    },
    get pairs() {
      return pairs;
    },
  };
}

/** Builds a whole index at once (tests, and reports small enough not to need slices). */
export function buildLunrIndex(docs: readonly LunrDoc[]): lunr.Index {
  const build = startLunrBuild(docs.length, (i) => docs[i] ?? { ref: `d${i}`, title: '', body: '' });
  build.step(Number.POSITIVE_INFINITY);
  if (!build.index) throw new Error('lunr index not built');
  return build.index;
}

/** lunr's own one-call build of the same documents (to check the sliced one against). */
export function buildLunrIndexAtOnce(docs: readonly LunrDoc[]): lunr.Index {
  const builder = newBuilder();
  for (const doc of docs) builder.add(doc);
  return builder.build();
}

/** lunr's score per ref for an OR query of `terms`, built in code: user text never reaches lunr's parser. */
export function queryLunr(index: lunr.Index, terms: readonly string[]): Map<string, number> {
  const scores = new Map<string, number>();
  if (terms.length === 0) return scores;
  const results = index.query((q) => {
    for (const term of terms) {
      q.term(term, {
        usePipeline: true,
        wildcard: lunr.Query.wildcard.NONE,
        presence: lunr.Query.presence.OPTIONAL,
      });
    }
  });
  for (const r of results) scores.set(r.ref, r.score);
  return scores;
}
