/**
 * Term relevance: BM25 with lunr's constants (k1 1.2, b 0.75) and lunr's weighting of our fields (titles —
 * headings, glossary terms, aliases, tags — count double), computed per query from where the query's terms occur
 * in the folded text. It needs no inverted index, so it ranks at every size the app accepts (decision 24): exact
 * hits when asked, and 相关结果 wherever lunr's index is not (yet) built (decision 25).
 */
import type { Corpus } from './corpus';
import { fieldAt } from './folded-texts';
import { isWholeWord, isWordTerm } from './terms';

const K1 = 1.2;
const B = 0.75;
const TITLE_BOOST = 2;

/** Per document: its relevance to the terms, and how many distinct terms it contains. */
export interface TermScores {
  score: Float64Array;
  terms: Uint8Array;
}

const saturate = (tf: number, length: number, mean: number): number =>
  tf === 0 ? 0 : ((K1 + 1) * tf) / (K1 * (1 - B + B * (length / mean)) + tf);

/** Scores every document of `corpus` for `terms` (distinct, at most 255); `scan` gives a needle's positions. */
export function scoreTerms(
  corpus: Corpus,
  terms: readonly string[],
  scan: (needle: string) => Int32Array,
): TermScores {
  const docs = corpus.docs.length;
  const score = new Float64Array(docs);
  const counts = new Uint8Array(docs);
  const tfTitle = new Int32Array(docs);
  const tfBody = new Int32Array(docs);
  const touched: number[] = [];
  const { texts, fieldDoc, titleField } = corpus;
  for (const term of terms) {
    const whole = isWordTerm(term);
    touched.length = 0;
    let f = 0;
    for (const at of scan(term)) {
      if (whole && !isWholeWord(texts.text, at, at + term.length)) continue;
      f = fieldAt(texts, at, f);
      const d = fieldDoc[f] ?? 0;
      if (tfTitle[d] === 0 && tfBody[d] === 0) touched.push(d);
      if (titleField[f] === 1) tfTitle[d] = (tfTitle[d] ?? 0) + 1;
      else tfBody[d] = (tfBody[d] ?? 0) + 1;
    }
    const df = touched.length;
    const idf = Math.log(1 + Math.abs((docs - df + 0.5) / (df + 0.5)));
    for (const d of touched) {
      const title = saturate(tfTitle[d] ?? 0, corpus.titleLength[d] ?? 0, corpus.meanTitleLength);
      const body = saturate(tfBody[d] ?? 0, corpus.bodyLength[d] ?? 0, corpus.meanBodyLength);
      score[d] = (score[d] ?? 0) + idf * (TITLE_BOOST * title + body);
      counts[d] = (counts[d] ?? 0) + 1;
      tfTitle[d] = 0;
      tfBody[d] = 0;
    }
  }
  return { score, terms: counts };
}
