/**
 * The search index of one report: body and glossary in one lunr index built once; the user's notes kept as
 * folded texts, scanned per query and re-folded only where they changed. Build it in a Web Worker (or ahead of
 * time), send `toJSON()` across, and `loadSearchIndex` it where queries are typed; or keep it in the worker
 * and post queries to it.
 */
import type { Annotation } from '../annotations/model';
import type { ReportDocument } from '../report/model';
import { err, ok, type Result } from '../result';
import {
  buildCorpus,
  loadCorpus,
  lunrMatches,
  serializeCorpus,
  type Corpus,
  type SerializedCorpus,
} from './corpus';
import { isSearchDoc, reportDocs, type SearchDoc } from './documents';
import { toHit } from './hits';
import { rankMatches, type Match } from './match';
import type { SearchOptions, SearchResults } from './model';
import { emptyNotes, fromDocs, refreshNotes, type NotesCache } from './notes-cache';
import { parseQuery } from './query';
import { scanTerms } from './term-scan';

/** Bump when the serialised shape or the folding/tokenising rules change: old indexes must be rebuilt. */
const VERSION = 1;

/** The serialised index: plain JSON, safe to postMessage or write to a file. */
export interface SerializedSearchIndex {
  format: 'yandu.search-index';
  version: typeof VERSION;
  reportId: string;
  report: SerializedCorpus;
  /** The notes' texts as indexed when serialised (no lunr index: notes are scanned). */
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
      const ranked: Match[] = [
        ...rankMatches(report.docs, parsed, lunrMatches(report, parsed.terms)),
        ...rankMatches(notes.docs, parsed, scanTerms(notes.docs, parsed.terms)),
      ];
      for (const match of ranked) {
        const group =
          match.doc.kind === 'block'
            ? groups.body
            : match.doc.kind === 'glossary'
              ? groups.glossary
              : groups.notes;
        if (group.length < limit) group.push(toHit(match, parsed.words));
      }
      return { words: parsed.words, groups, total: ranked.length };
    },
    updateNotes(annotations) {
      notes = refreshNotes(notes, annotations);
    },
    toJSON() {
      return {
        format: 'yandu.search-index',
        version: VERSION,
        reportId,
        report: serializeCorpus(report),
        notes: notes.docs.map(({ folded: _folded, ...doc }) => doc),
      };
    },
  };
}

/** Indexes a parsed report and, optionally, its annotations. Takes ~0.25 s for a 12,000-character report. */
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
  try {
    const notes = annotations ? refreshNotes(emptyNotes, annotations) : fromDocs(emptyNotes, json.notes);
    const index = createIndex(json.reportId, loadCorpus(json.report), notes);
    // lunr checks little on load; a probe query turns a damaged inverted index into this error, not a later throw.
    index.search('的 a');
    return ok(index);
  } catch {
    return err('search-index-invalid', '搜索索引已损坏，请重新建立索引。');
  }
}
