/**
 * The search index of one report: body and glossary folded once into one corpus (corpus.ts), the user's notes
 * into another, re-folded only where they changed; both are scanned per query. Building costs about one parse of
 * the text and keeps about the text's size in memory, at every size the app accepts (decision 24). Build it in a
 * Web Worker and post queries to it; `toJSON()` holds only the texts, and `loadSearchIndex` folds them again.
 */
import type { Annotation } from '../annotations/model';
import type { ReportDocument } from '../report/model';
import { err, ok, type Result } from '../result';
import { buildCorpus, type Corpus } from './corpus';
import { isSearchDoc, reportDocs, type SearchDoc } from './documents';
import { toHit } from './hits';
import { rankMatches, type Match } from './match';
import type { SearchOptions, SearchResults } from './model';
import { emptyNotes, fromDocs, refreshNotes, type NotesCache } from './notes-cache';
import { parseQuery } from './query';

/** Bump when the serialised shape changes: old indexes must be rebuilt (2: no lunr index, texts only). */
const VERSION = 2;

/** The serialised index: plain JSON, safe to postMessage or write to a file. */
export interface SerializedSearchIndex {
  format: 'yandu.search-index';
  version: typeof VERSION;
  reportId: string;
  /** The report's documents with their original texts (folding them again on load is as cheap as a parse). */
  report: { docs: SearchDoc[] };
  /** The notes' texts as indexed when serialised. */
  notes: SearchDoc[];
}

/** A searchable report. `search` never throws, whatever the query. */
export interface SearchIndex {
  readonly reportId: string;
  search(query: string, options?: SearchOptions): SearchResults;
  /** Replaces the indexed notes (pass every annotation; tombstones are skipped); re-folds only changed ones. */
  updateNotes(annotations: readonly Annotation[]): void;
  toJSON(): SerializedSearchIndex;
}

function createIndex(reportId: string, report: Corpus, initialNotes: NotesCache): SearchIndex {
  let notes = initialNotes;
  return {
    reportId,
    search(query, options = {}) {
      const parsed = parseQuery(query);
      const limit = options.limit ?? Number.POSITIVE_INFINITY;
      const groups: SearchResults['groups'] = { body: [], glossary: [], notes: [] };
      if (parsed.words.length === 0) return { words: parsed.words, groups, total: 0 };
      let total = 0;
      for (const corpus of [report, notes.corpus]) {
        const ranked: Match[] = rankMatches(corpus, parsed);
        total += ranked.length;
        for (const match of ranked) {
          const kind = corpus.docs[match.doc]?.kind;
          const group = kind === 'block' ? groups.body : kind === 'glossary' ? groups.glossary : groups.notes;
          if (group.length < limit) group.push(toHit(corpus, match, parsed));
        }
      }
      return { words: parsed.words, groups, total };
    },
    updateNotes(annotations) {
      notes = refreshNotes(notes, annotations);
    },
    toJSON() {
      return {
        format: 'yandu.search-index',
        version: VERSION,
        reportId,
        report: { docs: [...report.docs] },
        notes: notes.docs.map(({ folded: _folded, ...doc }) => doc),
      };
    },
  };
}

/** Indexes a parsed report and, optionally, its annotations. */
export function buildSearchIndex(doc: ReportDocument, annotations: readonly Annotation[] = []): SearchIndex {
  return createIndex(doc.id, buildCorpus(reportDocs(doc)), refreshNotes(emptyNotes, annotations));
}

const isSerialized = (json: unknown): json is SerializedSearchIndex => {
  const j = json as Partial<SerializedSearchIndex> | null;
  return (
    typeof j === 'object' &&
    j !== null &&
    j.format === 'yandu.search-index' &&
    typeof j.reportId === 'string' &&
    Array.isArray(j.report?.docs) &&
    j.report.docs.every(isSearchDoc) &&
    Array.isArray(j.notes) &&
    j.notes.every(isSearchDoc)
  );
};

/**
 * Restores an index from `toJSON()` output, with `annotations` replacing the serialised notes when given; a
 * foreign, outdated or damaged index is an error to rebuild from.
 */
export function loadSearchIndex(json: unknown, annotations?: readonly Annotation[]): Result<SearchIndex> {
  if (!isSerialized(json)) return err('search-index-invalid', '搜索索引无法识别，请重新建立索引。');
  if (json.version !== VERSION) return err('search-index-outdated', '搜索索引版本不符，请重新建立索引。');
  const notes = annotations ? refreshNotes(emptyNotes, annotations) : fromDocs(emptyNotes, json.notes);
  return ok(createIndex(json.reportId, buildCorpus(json.report.docs), notes));
}
