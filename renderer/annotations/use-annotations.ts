/**
 * The renderer's cache of the report's annotations. Edits show at once; main acknowledges each only once it is on
 * disk. A failed save keeps the edit here and in main's memory (main retries) and shows a persistent warning.
 */
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { createAnchorResolver, describe as describeTarget, type Anchor } from '../../core/annotations/anchor';
import {
  canRedo,
  canUndo,
  emptyHistory,
  record,
  redo,
  undo,
  type History,
} from '../../core/annotations/history';
import type { Amendment, Annotation, AnnotationKind, Author, ColorKey } from '../../core/annotations/model';
import { rangeIso } from '../../core/annotations/time-range';
import {
  adoptAnnotation,
  createAnnotation,
  tombstone,
  updateAnnotation,
  type AnnotationPatch,
} from '../../core/annotations/ops';
import type { AnnotationsSnapshot } from '../../core/contract';
import type { ReportDocument } from '../../core/report/model';
import { getApi } from '../api';
import type { BlockRange } from './selection';

interface AnnotationsState {
  reportId?: string;
  byId: ReadonlyMap<string, Annotation>;
  history: History;
  inFlight: number;
  failure?: string;
  readOnly: boolean;
  notices: string[];
  loaded: boolean;
}

type Action =
  | { type: 'loaded'; reportId: string; annotations: Annotation[]; readOnly: boolean; notices: string[] }
  | { type: 'wrote'; annotation: Annotation; history?: History }
  | { type: 'saveStarted' }
  | { type: 'saveFinished'; failure?: string }
  | { type: 'statusChanged'; pending: number; readOnly: boolean };

const initial: AnnotationsState = {
  byId: new Map(),
  history: emptyHistory,
  inFlight: 0,
  readOnly: false,
  notices: [],
  loaded: false,
};

function reducer(state: AnnotationsState, action: Action): AnnotationsState {
  switch (action.type) {
    case 'loaded':
      return {
        ...initial,
        reportId: action.reportId,
        byId: new Map(action.annotations.map((a) => [a.id, a])),
        readOnly: action.readOnly,
        notices: action.notices,
        loaded: true,
      };
    case 'wrote': {
      const byId = new Map(state.byId);
      if (action.annotation.deletedAt) byId.delete(action.annotation.id);
      else byId.set(action.annotation.id, action.annotation);
      return { ...state, byId, history: action.history ?? state.history };
    }
    case 'saveStarted':
      return { ...state, inFlight: state.inFlight + 1 };
    case 'saveFinished':
      // A later successful save means main's queue (and any edit it held after a failure) reached the disk.
      return { ...state, inFlight: state.inFlight - 1, failure: action.failure };
    case 'statusChanged':
      return {
        ...state,
        readOnly: action.readOnly,
        failure: action.pending === 0 ? undefined : state.failure,
      };
  }
}

const newId = (): string => crypto.randomUUID();

type Listing = ReturnType<ReturnType<typeof getApi>['listAnnotations']>;
/**
 * Asked for as soon as the session names the report, so main reads the notes while the text is rendered. Only the
 * latest session's request is kept, and it is taken once: a later opening of the report asks afresh.
 */
const prefetched = new Map<string, Listing>();

/** Starts reading a report's notes before its text is rendered (useAnnotations takes the answer). */
export function prefetchAnnotations(reportId: string): void {
  prefetched.clear();
  prefetched.set(reportId, getApi().listAnnotations({ reportId }));
}

function listAnnotations(reportId: string): Listing {
  const early = prefetched.get(reportId);
  prefetched.delete(reportId);
  return early ?? getApi().listAnnotations({ reportId });
}
const nowIso = (): string => rangeIso(Date.now());

export function useAnnotations(doc: ReportDocument | undefined, author: Author | undefined) {
  const [state, dispatch] = useReducer(reducer, initial);
  const api = getApi();

  useEffect(() => {
    if (!doc) return;
    let live = true;
    void listAnnotations(doc.id).then((result) => {
      if (!live) return;
      if (result.ok) dispatch({ type: 'loaded', ...result.value });
      else
        dispatch({
          type: 'loaded',
          reportId: doc.id,
          annotations: [],
          readOnly: true,
          notices: [result.error.message],
        });
    });
    const off = api.on('annotationStatusChanged', (status) => {
      if (status.reportId === doc.id)
        dispatch({ type: 'statusChanged', pending: status.pending, readOnly: status.readOnly });
    });
    return () => {
      live = false;
      off();
    };
  }, [api, doc]);

  // A signal for tests and the benchmark: no save waiting for the disk (the painted signals are useNotesView's).
  useEffect(() => {
    document.documentElement.dataset.pendingSaves = String(state.inFlight);
  }, [state.inFlight]);

  const persist = useCallback(
    (annotation: Annotation) => {
      dispatch({ type: 'saveStarted' });
      const call = annotation.deletedAt
        ? api.deleteAnnotation({ reportId: annotation.reportId, id: annotation.id })
        : api.saveAnnotation({ annotation });
      void call.then(
        (result) => dispatch({ type: 'saveFinished', failure: result.ok ? undefined : result.error.message }),
        (error: unknown) => dispatch({ type: 'saveFinished', failure: String(error) }),
      );
    },
    [api],
  );

  const write = useCallback(
    (before: Annotation | null, after: Annotation) => {
      dispatch({ type: 'wrote', annotation: after, history: record(state.history, before, after) });
      persist(after);
    },
    [persist, state.history],
  );

  const resolver = useMemo(() => (doc ? createAnchorResolver(doc) : undefined), [doc]);
  const anchors = useMemo(
    () => (resolver ? resolver(state.byId.values()) : new Map<string, Anchor>()),
    [resolver, state.byId],
  );

  const actions = useMemo(
    () => ({
      /**
       * A new highlight in `color`; a new paragraph note or bookmark starts without one, whatever is passed: the
       * user picks a note's colour in the editor, and a bookmark has none (docs/decisions.md 42).
       */
      create(
        range: BlockRange,
        color: ColorKey | undefined,
        note = '',
        kind: AnnotationKind = 'highlight',
        amendment?: Amendment,
      ): Annotation | undefined {
        if (!doc || !author || state.readOnly) return undefined;
        const target = describeTarget(doc, range.blockId, range.start, range.end);
        const annotation = createAnnotation(
          {
            reportId: doc.id,
            kind,
            target,
            ...(kind === 'highlight' && { color: color ?? 'yellow' }),
            ...(amendment && { amendment }),
            note,
            author,
          },
          nowIso(),
          newId,
        );
        write(null, annotation);
        return annotation;
      },
      update(id: string, patch: AnnotationPatch) {
        const before = state.byId.get(id);
        if (!before || state.readOnly || before.author.id !== author?.id) return;
        write(before, updateAnnotation(before, patch, nowIso()));
      },
      remove(id: string) {
        const before = state.byId.get(id);
        if (!before || state.readOnly || before.author.id !== author?.id) return;
        write(before, tombstone(before, nowIso()));
      },
      /** Copies another member's note into mine (theirs stays read-only and unchanged). */
      adopt(id: string): Annotation | undefined {
        const source = state.byId.get(id);
        if (!source || !author || state.readOnly) return undefined;
        const copy = adoptAnnotation(source, author, nowIso(), newId);
        write(null, copy);
        return copy;
      },
      undo() {
        const step = undo(state.history, nowIso());
        if (!step) return;
        dispatch({ type: 'wrote', annotation: step.write, history: step.history });
        persist(step.write);
      },
      /** After a restore, an import or a removed layer: main's snapshot replaces the cache, undo starts afresh. */
      replaced(snapshot: AnnotationsSnapshot) {
        dispatch({ type: 'loaded', ...snapshot });
      },
      redo() {
        const step = redo(state.history, nowIso());
        if (!step) return;
        dispatch({ type: 'wrote', annotation: step.write, history: step.history });
        persist(step.write);
      },
    }),
    [author, doc, persist, state.byId, state.history, state.readOnly, write],
  );

  return {
    annotations: state.reportId === doc?.id ? state.byId : new Map<string, Annotation>(),
    /** The notes of this report have arrived from main (empty ones included). */
    loaded: state.loaded && state.reportId === doc?.id,
    anchors,
    failure: state.failure,
    readOnly: state.readOnly,
    notices: state.notices,
    /** Other members' notes are read-only here (main refuses to change them too). */
    isMine: (annotation: Annotation) => annotation.author.id === author?.id,
    canUndo: canUndo(state.history),
    canRedo: canRedo(state.history),
    ...actions,
  };
}
