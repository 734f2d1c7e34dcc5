/**
 * The user's notes folded one by one, unchanged ones reused, and (corpusOf) assembled into one corpus: how notes
 * were searched before they had an index of their own (notes-index.ts). Kept as the reference the index is tested
 * against, and for `sameFields`, which decides whether a note must be folded again. */
import type { Annotation } from '../annotations/model';
import { corpusOf, type Corpus } from './corpus';
import { noteDocs, prepareDoc, type PreparedDoc, type SearchDoc } from './documents';

/** Prepared note documents, by annotation id, and the corpus searched. */
export interface NotesCache {
  docs: PreparedDoc[];
  byId: ReadonlyMap<string, PreparedDoc>;
  corpus: Corpus;
}

export const emptyNotes: NotesCache = { docs: [], byId: new Map(), corpus: corpusOf([]) };

/** Whether two documents of one note have the same searchable texts and place. */
export const sameFields = (a: SearchDoc, b: SearchDoc): boolean =>
  a.blockId === b.blockId &&
  a.start === b.start &&
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
    const next = old && sameFields(old, doc) ? old : prepareDoc(doc);
    if (doc.annotationId !== undefined) byId.set(doc.annotationId, next);
    return next;
  });
  return { docs: prepared, byId, corpus: corpusOf(prepared) };
}
