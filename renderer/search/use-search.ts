/** Runs searches in the worker as the user types; stale answers (an older query) are dropped. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation } from '../../core/annotations/model';
import type { ReportDocument } from '../../core/report/model';
import type { SearchResults } from '../../core/search/model';
import type { WorkerRequest, WorkerResponse } from './protocol';

const NO_NOTES: readonly Annotation[] = [];

export interface SearchState {
  query: string;
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
    results: undefined,
    indexing: false,
    error: undefined,
  });
  const queryRef = useRef('');
  const notesRef = useRef(notes);
  useEffect(() => {
    notesRef.current = notes;
  }, [notes]);

  const post = (request: WorkerRequest) => workerRef.current?.postMessage(request);

  useEffect(() => {
    const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const response = event.data;
      if (response.type === 'loaded') {
        setState((s) => ({ ...s, indexing: false }));
        document.documentElement.dataset.searchIndex = response.reportId;
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
  }, []);

  const runQuery = useCallback(
    (query: string) => {
      queryRef.current = query;
      const id = ++lastId.current;
      if (!doc || query.trim() === '') {
        setState((s) => ({ ...s, query, results: undefined }));
        return;
      }
      setState((s) => ({ ...s, query }));
      post({ type: 'search', id, reportId: doc.id, query });
    },
    [doc],
  );

  useEffect(() => {
    if (!doc || !workerRef.current) return;
    setState((s) => ({ ...s, indexing: true, results: undefined }));
    post({ type: 'load', doc, annotations: [...notesRef.current] });
    // Re-run the current query against the new report (the worker answers after indexing).
    if (queryRef.current.trim())
      post({ type: 'search', id: ++lastId.current, reportId: doc.id, query: queryRef.current });
  }, [doc]);

  // Notes change often: send them cheaply (the worker re-folds only changed notes) and re-run the query. Sent once
  // the edits pause, so copying thousands of notes to the worker never sits between a click and its highlight.
  useEffect(() => {
    if (!doc) return;
    const timer = setTimeout(() => {
      post({ type: 'notes', annotations: [...notes] });
      if (queryRef.current.trim())
        post({ type: 'search', id: ++lastId.current, reportId: doc.id, query: queryRef.current });
    }, NOTES_INDEX_DELAY_MS);
    return () => clearTimeout(timer);
  }, [doc, notes]);

  return { ...state, setQuery: runQuery };
}
