/** Runs searches in the worker as the user types; stale answers (an older query) are dropped. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation } from '../../core/annotations/model';
import type { ReportDocument } from '../../core/report/model';
import type { SearchOptions, SearchResults } from '../../core/search/model';
import type { WorkerRequest, WorkerResponse } from './protocol';

const NO_NOTES: readonly Annotation[] = [];

export type SearchOrder = NonNullable<SearchOptions['order']>;

export interface SearchState {
  query: string;
  /** Order of the exact hits in the list: reading order by default. */
  order: SearchOrder;
  results: SearchResults | undefined;
  /** The index is being built (first search after opening a report waits for it). */
  indexing: boolean;
  error: string | undefined;
}

/** How long note edits must pause before the notes are re-indexed (a search result lags by no more than this). */
const NOTES_INDEX_DELAY_MS = 150;

/** Searches `doc`; `notes` (live annotations) are indexed too and re-indexed when they change. */
export function useSearch(doc: ReportDocument | undefined, notes: readonly Annotation[] = NO_NOTES) {
  const workerRef = useRef<Worker | null>(null);
  const lastId = useRef(0);
  const [state, setState] = useState<SearchState>({
    query: '',
    order: 'reading',
    results: undefined,
    indexing: false,
    error: undefined,
  });
  const queryRef = useRef('');
  const orderRef = useRef<SearchOrder>('reading');
  const notesRef = useRef(notes);
  useEffect(() => {
    notesRef.current = notes;
  }, [notes]);

  // Both touch refs only, so they never change.
  const post = useCallback((request: WorkerRequest) => workerRef.current?.postMessage(request), []);
  /** Asks for the current query's results again (new report, notes, order, or lunr ready). */
  const rerun = useCallback(
    (reportId: string) => {
      if (!queryRef.current.trim()) return;
      post({
        type: 'search',
        id: ++lastId.current,
        reportId,
        query: queryRef.current,
        order: orderRef.current,
      });
    },
    [post],
  );

  useEffect(() => {
    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const response = event.data;
      if (response.type === 'loaded') {
        setState((s) => ({ ...s, indexing: false }));
        document.documentElement.dataset.searchIndex = response.reportId;
      } else if (response.type === 'notes-indexed') {
        // The notes last sent now answer: the list on screen is asked for again.
        rerun(response.reportId);
      } else if (response.type === 'ranked') {
        // Related results are ranked by lunr from now on: the list on screen is re-ranked once.
        document.documentElement.dataset.searchRanked = response.reportId;
        rerun(response.reportId);
      } else if (response.type === 'results') {
        if (response.id !== lastId.current) return;
        setState((s) => ({ ...s, results: response.results, error: undefined }));
      } else {
        setState((s) => ({ ...s, error: response.message }));
      }
    };
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, [rerun]);

  const runQuery = useCallback(
    (query: string) => {
      queryRef.current = query;
      const id = ++lastId.current;
      if (!doc || query.trim() === '') {
        setState((s) => ({ ...s, query, results: undefined }));
        return;
      }
      setState((s) => ({ ...s, query }));
      post({ type: 'search', id, reportId: doc.id, query, order: orderRef.current });
    },
    [doc, post],
  );

  const setOrder = useCallback(
    (order: SearchOrder) => {
      orderRef.current = order;
      setState((s) => ({ ...s, order }));
      if (doc) rerun(doc.id);
    },
    [doc, rerun],
  );

  useEffect(() => {
    if (!doc || !workerRef.current) return;
    setState((s) => ({ ...s, indexing: true, results: undefined }));
    delete document.documentElement.dataset.searchRanked;
    post({ type: 'load', doc, annotations: [...notesRef.current] });
    // Re-run the current query against the new report (the worker answers after indexing).
    rerun(doc.id);
  }, [doc, post, rerun]);

  // Notes change often: send them cheaply (the worker re-folds only changed notes, in slices between queries, and
  // says when they are indexed: then the query runs again). Sent once the edits pause, so copying thousands of
  // notes to the worker never sits between a click and its highlight.
  useEffect(() => {
    if (!doc) return;
    const timer = setTimeout(() => post({ type: 'notes', annotations: [...notes] }), NOTES_INDEX_DELAY_MS);
    return () => clearTimeout(timer);
  }, [doc, notes, post]);

  return { ...state, setQuery: runQuery, setOrder };
}
