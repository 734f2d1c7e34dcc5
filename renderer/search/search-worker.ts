/// <reference lib="webworker" />
/**
 * Builds and keeps the report's search index off the UI thread; answers queries by id. Long work runs in slices
 * of a few ms, each a separate task, so a query waits at most one slice: first the notes' index (on load and
 * whenever the notes change: until an update commits, queries answer from the notes indexed before, whole), then,
 * once, lunr's index for ranking 相关结果 (queries answered before it is ready rank them by BM25).
 */
import type { NotesBuild } from '../../core/search/notes-update';
import type { RankerBuild } from '../../core/search/ranker';
import { buildSearchIndex, type SearchIndex } from '../../core/search/search-index';
import { SEARCH_HIT_LIMIT } from './limits';
import type { WorkerRequest, WorkerResponse } from './protocol';

/** Time one slice may take before the worker turns to its messages again. */
const SLICE_MS = 8;
/** Work items (notes; documents, vectors, terms) between two looks at the clock. */
const UNITS = 8;

let index: SearchIndex | undefined;
let notes: NotesBuild | undefined;
let ranking: RankerBuild | undefined;
/** Bumped per report, so a slice queued for the previous report is dropped. */
let generation = 0;
/** A slice is queued (one at a time, whatever asked for it). */
let queued = false;
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (response: WorkerResponse) => scope.postMessage(response);

// A message to ourselves queues the next slice behind whatever messages have arrived (setTimeout would be
// clamped to 4 ms once nested).
const slices = new MessageChannel();
const queue = () => {
  if (queued) return;
  queued = true;
  slices.port2.postMessage(generation);
};

/** Runs the notes' update for one slice; tells the UI once the new notes are what queries read. */
function notesSlice(until: number, reportId: string): void {
  const build = notes;
  if (!build) return;
  const wasCommitted = build.committed;
  let state = build.step(UNITS);
  while (state === 'building' && performance.now() < until) state = build.step(UNITS);
  if (!wasCommitted && build.committed) reply({ type: 'notes-indexed', reportId });
  if (state !== 'building' && notes === build) notes = undefined;
}

function rankerSlice(until: number, reportId: string): void {
  const build = ranking;
  if (!build) return;
  try {
    let state = build.step(UNITS);
    while (state === 'building' && performance.now() < until) state = build.step(UNITS);
    if (state !== 'building') {
      ranking = undefined;
      if (state === 'ready') reply({ type: 'ranked', reportId });
    }
  } catch {
    // lunr only ranks: without it BM25 goes on ranking related results.
    ranking = undefined;
  }
}

slices.port1.onmessage = (event: MessageEvent<number>) => {
  // A slice queued for the previous report is dropped (load queued the current one).
  if (event.data !== generation) return;
  queued = false;
  const reportId = index?.reportId;
  if (reportId === undefined) return;
  const until = performance.now() + SLICE_MS;
  // Notes first: a user waits for their own words, while BM25 ranks well enough until lunr is ready.
  if (notes) notesSlice(until, reportId);
  else rankerSlice(until, reportId);
  if (notes || ranking) queue();
};

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'load') {
      generation++;
      queued = false;
      ranking = undefined;
      index = buildSearchIndex(request.doc);
      reply({ type: 'loaded', reportId: request.doc.id });
      notes = index.startNotesUpdate(request.annotations);
      // Too large a report gets no lunr index: BM25 keeps ranking its related results.
      ranking = index.startRanker();
      queue();
    } else if (request.type === 'notes') {
      if (!index) return;
      // A newer list replaces an unfinished update (reusing what it had folded).
      notes = index.startNotesUpdate(request.annotations);
      queue();
    } else if (index && index.reportId === request.reportId) {
      reply({
        type: 'results',
        id: request.id,
        query: request.query,
        results: index.search(request.query, { limit: SEARCH_HIT_LIMIT, order: request.order }),
      });
    }
  } catch (error) {
    reply({ type: 'failed', id: request.type === 'search' ? request.id : undefined, message: String(error) });
  }
};
