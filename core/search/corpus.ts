/**
 * A set of search documents with every field folded into one FoldedTexts: the literal tier of search. Building
 * it is folding the text once (linear, a fraction of the cost of parsing it); a query is a few `indexOf` scans of
 * one string. It keeps a few numbers per document and per field, and per character only the folded text (plus
 * one segment wherever folding dropped or expanded a character).
 */
import type { PreparedDoc, SearchDoc } from './documents';
import {
  fieldCount,
  FoldedTextsBuilder,
  fieldEnd,
  fieldStart,
  Int32List,
  type FoldedTexts,
} from './folded-texts';
import { foldForIndex } from './normalize';

export interface Corpus {
  docs: readonly SearchDoc[];
  texts: FoldedTexts;
  /** Document d's fields are [firstField[d], firstField[d + 1]) of `texts`, in the order of `docs[d].fields`. */
  firstField: Int32Array;
  /** The document of each field. */
  fieldDoc: Int32Array;
  /** 1 for fields that weigh as titles in ranking (headings, glossary terms and aliases, tags). */
  titleField: Uint8Array;
  /** Folded length of each document's title fields and of its other fields, and their means (for BM25). */
  titleLength: Int32Array;
  bodyLength: Int32Array;
  meanTitleLength: number;
  meanBodyLength: number;
}

function finish(docs: readonly SearchDoc[], texts: FoldedTexts, firstField: Int32List): Corpus {
  firstField.push(fieldCount(texts));
  const fields = fieldCount(texts);
  const fieldDoc = new Int32Array(fields);
  const titleField = new Uint8Array(fields);
  const titleLength = new Int32Array(docs.length);
  const bodyLength = new Int32Array(docs.length);
  let titles = 0;
  let bodies = 0;
  docs.forEach((doc, d) => {
    const first = firstField.get(d);
    doc.fields.forEach((field, i) => {
      const f = first + i;
      const length = fieldEnd(texts, f) - fieldStart(texts, f);
      fieldDoc[f] = d;
      if (field.title) {
        titleField[f] = 1;
        titleLength[d] = (titleLength[d] ?? 0) + length;
        titles += length;
      } else {
        bodyLength[d] = (bodyLength[d] ?? 0) + length;
        bodies += length;
      }
    });
  });
  const n = Math.max(1, docs.length);
  return {
    docs,
    texts,
    firstField: firstField.toArray(),
    fieldDoc,
    titleField,
    titleLength,
    bodyLength,
    meanTitleLength: titles / n || 1,
    meanBodyLength: bodies / n || 1,
  };
}

/** Folds every field of `docs` into one corpus. */
export function buildCorpus(docs: readonly SearchDoc[]): Corpus {
  const builder = new FoldedTextsBuilder();
  const firstField = new Int32List(docs.length + 1);
  for (const doc of docs) {
    firstField.push(builder.fields);
    for (const field of doc.fields) builder.add(field.text, foldForIndex);
  }
  return finish(docs, builder.finish(), firstField);
}

/** A corpus of documents folded before (the notes, re-folded one by one as they change): copies, no folding. */
export function corpusOf(docs: readonly PreparedDoc[]): Corpus {
  const builder = new FoldedTextsBuilder();
  const firstField = new Int32List(docs.length + 1);
  for (const doc of docs) {
    firstField.push(builder.fields);
    builder.append(doc.folded);
  }
  return finish(docs, builder.finish(), firstField);
}

/** The fields of document d. */
export function fieldsOf(corpus: Corpus, d: number): { first: number; end: number } {
  return { first: corpus.firstField[d] ?? 0, end: corpus.firstField[d + 1] ?? 0 };
}
