/// <reference lib="webworker" />
/** Builds and keeps the report's search index off the UI thread; answers queries by id. */
import { buildSearchIndex, type SearchIndex } from '../../core/search/search-index';
import type { WorkerRequest, WorkerResponse } from './protocol';

let index: SearchIndex | undefined;
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const reply = (response: WorkerResponse) => scope.postMessage(response);
  try {
    if (request.type === 'load') {
      index = buildSearchIndex(request.doc, request.annotations);
      reply({ type: 'loaded', reportId: request.doc.id });
    } else if (request.type === 'notes') {
      index?.updateNotes(request.annotations);
    } else if (index && index.reportId === request.reportId) {
      reply({
        type: 'results',
        id: request.id,
        query: request.query,
        results: index.search(request.query, { limit: 200 }),
      });
    }
  } catch (error) {
    reply({ type: 'failed', id: request.type === 'search' ? request.id : undefined, message: String(error) });
  }
};
