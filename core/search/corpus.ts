/** A set of search documents with their lunr index: built once, serialisable, scanned per query. */
import type lunr from 'lunr';
import { prepareDocs, type PreparedDoc, type SearchDoc } from './documents';
import { buildLunrIndex, loadLunrIndex, queryLunr, type LunrDoc } from './lunr-zh';
import type { TermMatch } from './match';

/** lunr fields and their boosts: headings, glossary terms and tags count double. */
const FIELDS = { title: 2, body: 1 };

export interface Corpus {
  docs: PreparedDoc[];
  index: lunr.Index;
}

/** The serialised form: original texts (folding is redone on load, it is cheap) and lunr's own JSON. */
export interface SerializedCorpus {
  docs: SearchDoc[];
  lunr: object;
}

const joinFolded = (doc: PreparedDoc, title: boolean): string =>
  doc.folded
    .filter((_, i) => (doc.fields[i]?.title ?? false) === title)
    .map((n) => n.text)
    .join(' ');

/** Folds and indexes the documents; lunr refs are positions in `docs`. */
export function buildCorpus(docs: readonly SearchDoc[]): Corpus {
  const prepared = prepareDocs(docs);
  const lunrDocs = prepared.map((doc, i): LunrDoc => ({
    ref: String(i),
    title: joinFolded(doc, true),
    body: joinFolded(doc, false),
  }));
  return { docs: prepared, index: buildLunrIndex(FIELDS, lunrDocs) };
}

/** lunr's matches for the query terms, keyed by position in `corpus.docs`. */
export function lunrMatches(corpus: Corpus, terms: readonly string[]): Map<number, TermMatch> {
  const matches = new Map<number, TermMatch>();
  for (const { ref, score, terms: matched } of queryLunr(corpus.index, terms)) {
    matches.set(Number(ref), { score, terms: matched });
  }
  return matches;
}

/** Plain JSON for postMessage or a file. */
export function serializeCorpus(corpus: Corpus): SerializedCorpus {
  return {
    docs: corpus.docs.map(({ folded: _folded, ...doc }) => doc),
    lunr: corpus.index.toJSON(),
  };
}

/** Restores a corpus; throws on malformed input (the caller turns that into a Result). */
export function loadCorpus(json: SerializedCorpus): Corpus {
  return { docs: prepareDocs(json.docs), index: loadLunrIndex(json.lunr) };
}
