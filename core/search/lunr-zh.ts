/**
 * The one place lunr and lunr-languages are wired together (DESIGN §6).
 *
 * lunr-languages' `lunr.zh` is registered and its plugin applied, then three of its parts are replaced:
 * - tokenizer: in Node it first tries `require('@node-rs/jieba')` (a native module) and, when that is missing,
 *   prints a notice to stdout (which would corrupt the CLI's JSON) before falling back to `Intl.Segmenter` plus
 *   Han bigrams. Were jieba installed, Node and the renderer would cut words differently, and even the Segmenter
 *   cuts Han text by the ICU dictionary of the build (Node's and Electron's differ), so an index built ahead of
 *   time might not match queries typed in the UI; it is also superlinear on long texts (34 KB in one string:
 *   131 ms, paragraph by paragraph: 17 ms). Ours is
 *   deterministic everywhere: every Han character and every pair of adjacent Han characters is a term (so any
 *   Chinese query of one or more characters has terms), and `Intl.Segmenter` cuts the non-Han stretches into
 *   words (pm2.5, 5g, 432.7, vocs).
 * - stop-word filter: it drops single characters (人, 有, 无 …) that delegates do search for; not used.
 * - trimmer: it keeps only \w and U+4E00–U+9FA5 at token edges, so it strips CJK Extension A/B and newer Han
 *   characters and full-width digits; not needed, our terms come out clean.
 * Its stemmer (identity for Chinese) is the one part kept, in both pipelines, so a serialised index names only
 * lunr-languages' registered `stemmer-zh` and loads wherever this module has run.
 *
 * Both packages are UMD/CommonJS; default imports of them work in Vite (renderer and worker bundles, checked in a
 * Chromium Web Worker), Vitest and tsx, and nothing here touches Node built-ins.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support';
import registerZh from 'lunr-languages/lunr.zh';

stemmerSupport(lunr);
registerZh(lunr);

/** The parts of lunr-languages' zh plugin used here (its typings do not augment @types/lunr). */
interface ZhLanguage extends lunr.Builder.Plugin {
  stemmer: lunr.PipelineFunction;
}

const zh = (lunr as unknown as { zh: ZhLanguage }).zh;

const HAN = /\p{Script=Han}/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
const FALLBACK_WORDS = /[\p{L}\p{N}]+(?:[.:_][\p{L}\p{N}]+)*/gu;
let segmenter: Intl.Segmenter | null | undefined;

/** Word-like pieces of non-Han text ('*' removed: lunr reads it as a wildcard even inside a term). */
function wordsOf(text: string, out: string[]): void {
  if (!HAS_WORD.test(text)) return;
  if (segmenter === undefined) {
    segmenter =
      typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  }
  const pieces = segmenter
    ? Array.from(segmenter.segment(text), (s) => (s.isWordLike ? s.segment : ''))
    : (text.match(FALLBACK_WORDS) ?? []);
  for (const piece of pieces) {
    const word = piece.replaceAll('*', '');
    if (word.length > 0) out.push(word);
  }
}

/**
 * Terms of folded text, with repeats (lunr counts them): Han unigrams, Han bigrams (or only the unigram for a
 * lone Han character when `bigramsOnly` is set, as queries do), and words of the non-Han stretches.
 */
export function termsOf(folded: string, bigramsOnly = false): string[] {
  const out: string[] = [];
  let run: string[] = [];
  let gap = '';
  const flushRun = (): void => {
    for (let i = 0; i < run.length; i++) {
      const here = run[i] ?? '';
      if (!bigramsOnly || run.length === 1) out.push(here);
      const next = run[i + 1];
      if (next !== undefined) out.push(here + next);
    }
    run = [];
  };
  for (const ch of folded) {
    if (HAN.test(ch)) {
      if (gap) wordsOf(gap, out);
      gap = '';
      run.push(ch);
    } else {
      if (run.length > 0) flushRun();
      gap += ch;
    }
  }
  flushRun();
  if (gap) wordsOf(gap, out);
  return out;
}

/** lunr's Builder.tokenizer slot: turns a field value (already folded) into lunr tokens. */
const tokenizer = Object.assign(
  (value?: unknown): lunr.Token[] =>
    typeof value === 'string' ? termsOf(value).map((term) => new lunr.Token(term, {})) : [],
  { separator: lunr.tokenizer.separator },
);

/** A document as lunr sees it: a ref and folded field values. */
export type LunrDoc = { ref: string } & Record<string, string>;

/** Builds a lunr index over folded documents with the Chinese configuration; `boosts` weights the fields. */
export function buildLunrIndex(fields: Record<string, number>, docs: readonly LunrDoc[]): lunr.Index {
  const builder = new lunr.Builder();
  builder.use(zh);
  builder.tokenizer = tokenizer;
  builder.pipeline.reset();
  builder.pipeline.add(zh.stemmer);
  builder.searchPipeline.reset();
  builder.searchPipeline.add(zh.stemmer);
  builder.ref('ref');
  for (const [name, boost] of Object.entries(fields)) builder.field(name, { boost });
  for (const doc of docs) builder.add(doc);
  return builder.build();
}

/** Restores an index serialised with `index.toJSON()`; its pipeline names are registered above. */
export function loadLunrIndex(json: object): lunr.Index {
  return lunr.Index.load(json);
}

/** A lunr match: its ref, score, and the distinct query terms it matched. */
export interface LunrMatch {
  ref: string;
  score: number;
  terms: string[];
}

/** Runs an OR query over the given terms, built in code: user text never reaches lunr's query parser. */
export function queryLunr(index: lunr.Index, terms: readonly string[]): LunrMatch[] {
  if (terms.length === 0) return [];
  return index
    .query((q) => {
      for (const term of terms) {
        q.term(term, {
          usePipeline: true,
          wildcard: lunr.Query.wildcard.NONE,
          presence: lunr.Query.presence.OPTIONAL,
        });
      }
    })
    .map((r) => ({ ref: r.ref, score: r.score, terms: Object.keys(r.matchData.metadata) }));
}
