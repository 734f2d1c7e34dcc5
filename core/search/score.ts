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

/** Inverse document frequency of a term found in `df` of `docs` documents. */
export const inverseFrequency = (docs: number, df: number): number =>
  Math.log(1 + Math.abs((docs - df + 0.5) / (df + 0.5)));

/** One term's contribution to a document's score (the notes' index scores with it too, notes-index.ts). */
export function termScore(
  idf: number,
  tfTitle: number,
  titleLength: number,
  meanTitle: number,
  tfBody: number,
  bodyLength: number,
  meanBody: number,
): number {
  return (
    idf * (TITLE_BOOST * saturate(tfTitle, titleLength, meanTitle) + saturate(tfBody, bodyLength, meanBody))
  );
}

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
    const idf = inverseFrequency(docs, touched.length);
    for (const d of touched) {
      const title = corpus.titleLength[d] ?? 0;
      const body = corpus.bodyLength[d] ?? 0;
      score[d] =
        (score[d] ?? 0) +
        termScore(
          idf,
          tfTitle[d] ?? 0,
          title,
          corpus.meanTitleLength,
          tfBody[d] ?? 0,
          body,
          corpus.meanBodyLength,
        );
      counts[d] = (counts[d] ?? 0) + 1;
      tfTitle[d] = 0;
      tfBody[d] = 0;
    }
  }
  return { score, terms: counts };
}
