/// <reference lib="webworker" />
/**
 * Builds and keeps the report's search index off the UI thread; answers queries by id. Once the literal tier is
 * built (and the UI told), lunr's index for ranking 相关结果 is built in slices of a few ms, each a separate task,
 * so a query waits at most one slice; queries answered before it is ready rank related results by BM25.
 */
import type { RankerBuild } from '../../core/search/ranker';
import { buildSearchIndex, type SearchIndex } from '../../core/search/search-index';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** Time one slice of lunr's build may take before the worker turns to its messages again. */
const SLICE_MS = 8;
/** Work items (documents, vectors, terms) between two looks at the clock. */
const UNITS = 8;

let index: SearchIndex | undefined;
let ranking: RankerBuild | undefined;
/** Bumped per report, so a slice queued for the previous report's build is dropped. */
let generation = 0;
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (response: WorkerResponse) => scope.postMessage(response);

// A message to ourselves queues the next slice behind whatever messages have arrived (setTimeout would be
// clamped to 4 ms once nested).
const slices = new MessageChannel();
slices.port1.onmessage = (event: MessageEvent<number>) => {
  const build = ranking;
  const reportId = index?.reportId;
  if (event.data !== generation || !build || reportId === undefined) return;
  try {
    const until = performance.now() + SLICE_MS;
    let state = build.step(UNITS);
    while (state === 'building' && performance.now() < until) state = build.step(UNITS);
    if (state === 'building') slices.port2.postMessage(generation);
    else {
      ranking = undefined;
      if (state === 'ready') reply({ type: 'ranked', reportId });
    }
  } catch {
    // lunr only ranks: without it BM25 goes on ranking related results.
    ranking = undefined;
  }
};

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'load') {
      generation++;
      ranking = undefined;
      index = buildSearchIndex(request.doc, request.annotations);
      reply({ type: 'loaded', reportId: request.doc.id });
      // Too large a report gets no lunr index: BM25 keeps ranking its related results.
      ranking = index.startRanker();
      if (ranking) slices.port2.postMessage(generation);
    } else if (request.type === 'notes') {
      index?.updateNotes(request.annotations);
    } else if (index && index.reportId === request.reportId) {
      reply({
        type: 'results',
        id: request.id,
        query: request.query,
        results: index.search(request.query, { limit: 200, order: request.order }),
      });
    }
  } catch (error) {
    reply({ type: 'failed', id: request.type === 'search' ? request.id : undefined, message: String(error) });
  }
};
