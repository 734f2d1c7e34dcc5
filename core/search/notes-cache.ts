/** The user's notes as prepared search documents, re-folded only for annotations whose searchable text changed. */
import type { Annotation } from '../annotations/model';
import { noteDocs, prepareDocs, type PreparedDoc, type SearchDoc } from './documents';

/** Prepared note documents plus what they were prepared from, by annotation id. */
export interface NotesCache {
  docs: PreparedDoc[];
  byId: ReadonlyMap<string, PreparedDoc>;
}

export const emptyNotes: NotesCache = { docs: [], byId: new Map() };

const sameFields = (a: SearchDoc, b: SearchDoc): boolean =>
  a.blockId === b.blockId &&
  a.fields.length === b.fields.length &&
  a.fields.every((f, i) => f.name === b.fields[i]?.name && f.text === b.fields[i]?.text);

/** Notes for `annotations` (all of them; tombstones are skipped), reusing unchanged ones from `previous`. */
export function refreshNotes(previous: NotesCache, annotations: readonly Annotation[]): NotesCache {
  return fromDocs(previous, noteDocs(annotations));
}

/** Same as refreshNotes, from search documents (a loaded index has no annotations, only their texts). */
export function fromDocs(previous: NotesCache, docs: readonly SearchDoc[]): NotesCache {
  const byId = new Map<string, PreparedDoc>();
  const prepared = docs.map((doc) => {
    const old = doc.annotationId === undefined ? undefined : previous.byId.get(doc.annotationId);
    const next = old && sameFields(old, doc) ? old : prepareDocs([doc])[0];
    // prepareDocs maps one document to one, so `next` is always defined.
    const result = next ?? { ...doc, folded: [] };
    if (doc.annotationId !== undefined) byId.set(doc.annotationId, result);
    return result;
  });
  return { docs: prepared, byId };
}
