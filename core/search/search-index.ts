/**
 * The search index of one report: body and glossary folded once into one corpus (corpus.ts), scanned per query;
 * the user's notes in an inverted index updated note by note (notes-index.ts), read per query only where the
 * query's keys are. Building costs about one parse of the text and keeps about the text's size in memory, at
 * every size the app accepts (decision 24). Exact hits come from the scans; 相关结果 are ranked by BM25, or by
 * lunr once `startRanker` has built its index (decision 25). Hits are built only for what a `limit` returns;
 * every total counts all (decision 44). Build it in a Web Worker and post queries to it; `toJSON()` holds only
 * the texts, and `loadSearchIndex` folds them again. */
import type { Annotation } from '../annotations/model';
import type { ReportDocument } from '../report/model';
import { err, ok, type Result } from '../result';
import { buildCorpus, type Corpus } from './corpus';
import { isSearchDoc, noteDocs, reportDocs, type SearchDoc } from './documents';
import { toHit } from './hits';
import { byScore, findMatches, type Match } from './match';
import type { Hit, SearchOptions, SearchResults } from './model';
import { NotesIndex, type NoteMatch } from './notes-index';
import { NotesUpdate, type NotesBuild } from './notes-update';
import { blockOccurrences } from './occurrences';
import { parseQuery, type ParsedQuery } from './query';
import { LUNR_LIMITS, startRankerBuild, type Ranker, type RankerBuild, type RankerLimits } from './ranker';

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
  /**
   * The same, in steps: until the build is committed, searches answer from the notes indexed before, whole. A
   * newer update cancels an unfinished one (and reuses what it had folded).
   */
  startNotesUpdate(annotations: readonly Annotation[]): NotesBuild;
  /**
   * Starts lunr's index of the report for ranking 相关结果; step it (in slices) until it is 'ready', from then on
   * lunr ranks. Undefined when the report is too large for it (then BM25 keeps ranking).
   */
  startRanker(limits?: RankerLimits): RankerBuild | undefined;
  toJSON(): SerializedSearchIndex;
}

/** Related matches best first: by the ranker's score when there is one (BM25 breaks ties), else by BM25. */
function rankRelated(related: Match[], ranker: Ranker | undefined, terms: readonly string[]): Match[] {
  if (!ranker) return related.sort(byScore);
  const scores = ranker.scores(terms);
  return related
    .map((m) => ({ match: m, rank: scores.get(m.doc) ?? 0 }))
    .sort((a, b) => b.rank - a.rank || byScore(a.match, b.match))
    .map(({ match, rank }) => ({ doc: match.doc, literal: match.literal, score: rank }));
}

function createIndex(reportId: string, report: Corpus, initialNotes: readonly SearchDoc[]): SearchIndex {
  // Notes are listed in the reading order of the passages they annotate, then in the order given.
  const blockOrder = new Map<string, number>();
  report.docs.forEach((doc, d) => {
    if (doc.kind === 'block' && doc.blockId !== undefined) blockOrder.set(doc.blockId, d);
  });
  const notes = new NotesIndex((blockId) => blockOrder.get(blockId) ?? Number.MAX_SAFE_INTEGER);
  let pending: NotesUpdate | undefined;
  const startUpdate = (docs: readonly SearchDoc[]): NotesUpdate => {
    pending?.cancel();
    pending = new NotesUpdate(notes, docs, pending);
    return pending;
  };
  startUpdate(initialNotes).step(Number.POSITIVE_INFINITY);
  let ranker: Ranker | undefined;
  const byNoteScore = (a: NoteMatch, b: NoteMatch): number => b.score - a.score || a.order - b.order;

  return {
    reportId,
    search(query, options = {}) {
      const parsed: ParsedQuery = parseQuery(query);
      const limit = options.limit ?? Number.POSITIVE_INFINITY;
      const byRelevance = options.order === 'relevance';
      const results: SearchResults = {
        words: parsed.words,
        groups: { body: [], glossary: [], notes: [] },
        groupTotals: { body: 0, glossary: 0, notes: 0 },
        related: [],
        total: 0,
        relatedTotal: 0,
        occurrences: [],
        count: 0,
        ranking: ranker ? 'lunr' : 'bm25',
      };
      if (parsed.words.length === 0) return results;
      const inReport = findMatches(report, parsed);
      const inNotes = notes.match(parsed);
      const { groups, groupTotals } = results;
      // Hits are built only for what is returned; the totals count every match.
      const add = (group: Hit[], corpus: Corpus, match: Match) => {
        if (group.length < limit) group.push(toHit(corpus, match, parsed));
      };
      const addNote = (group: Hit[], match: NoteMatch) => {
        if (group.length < limit) group.push(notes.hit(match, parsed));
      };
      // Report matches come in reading order (blocks, then glossary entries, as the corpus holds them).
      for (const match of byRelevance ? [...inReport.exact].sort(byScore) : inReport.exact) {
        const body = report.docs[match.doc]?.kind === 'block';
        add(body ? groups.body : groups.glossary, report, match);
        if (body) groupTotals.body++;
        else groupTotals.glossary++;
      }
      groupTotals.notes = inNotes.exact.length;
      const notesExact = byRelevance ? inNotes.exact.sort(byNoteScore) : notes.sortByReading(inNotes.exact);
      for (const match of notesExact.slice(0, limit)) addNote(groups.notes, match);
      // Related results: the report's (lunr or BM25), then the notes' (BM25: notes change too often for lunr).
      for (const match of rankRelated(inReport.related, ranker, parsed.terms))
        add(results.related, report, match);
      if (results.related.length < limit) {
        const room = limit - results.related.length;
        for (const match of inNotes.related.sort(byNoteScore).slice(0, room)) addNote(results.related, match);
      }
      results.total = inReport.exact.length + inNotes.exact.length;
      results.relatedTotal = inReport.related.length + inNotes.related.length;
      results.occurrences = blockOccurrences(report, parsed.words, inReport);
      results.count = results.occurrences.reduce((n, o) => n + o.matches.length, 0);
      return results;
    },
    updateNotes(annotations) {
      startUpdate(noteDocs(annotations)).step(Number.POSITIVE_INFINITY);
    },
    startNotesUpdate(annotations) {
      return startUpdate(noteDocs(annotations));
    },
    startRanker(limits = LUNR_LIMITS) {
      return startRankerBuild(report, limits, (built) => (ranker = built));
    },
    toJSON() {
      return {
        format: 'yandu.search-index',
        version: VERSION,
        reportId,
        report: { docs: [...report.docs] },
        notes: notes.committed.docs.map(({ folded: _folded, ...doc }) => doc),
      };
    },
  };
}

/** Indexes a parsed report and, optionally, its annotations. */
export function buildSearchIndex(doc: ReportDocument, annotations: readonly Annotation[] = []): SearchIndex {
  return createIndex(doc.id, buildCorpus(reportDocs(doc)), noteDocs(annotations));
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
  const notes = annotations ? noteDocs(annotations) : json.notes;
  return ok(createIndex(json.reportId, buildCorpus(json.report.docs), notes));
}
