/** What gets indexed: report blocks (正文), glossary entries (名词解释) and the user's notes (我的批注). */
import type { Annotation } from '../annotations/model';
import type { ReportDocument } from '../report/model';
import type { Hit, SearchField } from './model';
import { FoldedTextsBuilder, type FoldedTexts } from './folded-texts';
import { foldForIndex } from './normalize';

/** One searchable text of a document; `title` texts weigh double in ranking (score.ts). */
export interface DocField {
  name: SearchField;
  text: string;
  title?: boolean;
}

/** A searchable unit: its identity in the UI and its texts (original, unfolded). Plain JSON. */
export interface SearchDoc {
  kind: Hit['kind'];
  blockId?: string;
  glossaryId?: string;
  annotationId?: string;
  /** Notes: where the annotated passage starts in its block, so notes can be listed in reading order. */
  start?: number;
  fields: DocField[];
}

/** A document with its fields folded (one folded field per field); kept in memory only. */
export interface PreparedDoc extends SearchDoc {
  folded: FoldedTexts;
}

/** Blocks then glossary entries, in reading order. */
export function reportDocs(doc: ReportDocument): SearchDoc[] {
  const blocks = doc.blocks.map((block): SearchDoc => ({
    kind: 'block',
    blockId: block.id,
    fields: [{ name: 'text', text: block.text, title: block.type === 'heading' }],
  }));
  const glossary = doc.glossary.map((entry): SearchDoc => ({
    kind: 'glossary',
    glossaryId: entry.id,
    fields: [
      { name: 'term', text: entry.term, title: true },
      ...entry.aliases.map((alias): DocField => ({ name: 'alias', text: alias, title: true })),
      { name: 'definition', text: entry.definition },
    ],
  }));
  return [...blocks, ...glossary];
}

/**
 * Live annotations that carry words of the user's own (note text or tags), with the quoted report text;
 * plain highlights and bookmarks without either would only repeat body hits.
 */
export function noteDocs(annotations: readonly Annotation[]): SearchDoc[] {
  return annotations
    .filter((a) => !a.deletedAt && (a.note.trim().length > 0 || a.tags.length > 0))
    .map((a): SearchDoc => ({
      kind: 'note',
      annotationId: a.id,
      blockId: a.target.blockId,
      start: a.target.start,
      fields: [
        { name: 'note', text: a.note },
        { name: 'quote', text: a.target.exact },
        ...a.tags.map((tag): DocField => ({ name: 'tag', text: tag, title: true })),
      ],
    }));
}

const FIELD_NAMES: ReadonlySet<string> = new Set<SearchField>([
  'text',
  'term',
  'alias',
  'definition',
  'note',
  'quote',
  'tag',
]);
const KINDS: ReadonlySet<string> = new Set<Hit['kind']>(['block', 'glossary', 'note']);
const optionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';
const optionalNumber = (value: unknown): boolean => value === undefined || Number.isFinite(value);

/** Checks a document read back from JSON, so a damaged index is refused at load instead of failing a search. */
export function isSearchDoc(value: unknown): value is SearchDoc {
  const doc = value as Partial<Record<keyof SearchDoc, unknown>> | null;
  return (
    typeof doc === 'object' &&
    doc !== null &&
    typeof doc.kind === 'string' &&
    KINDS.has(doc.kind) &&
    optionalString(doc.blockId) &&
    optionalString(doc.glossaryId) &&
    optionalString(doc.annotationId) &&
    optionalNumber(doc.start) &&
    Array.isArray(doc.fields) &&
    doc.fields.every((f: Partial<DocField> | null) => {
      return (
        typeof f === 'object' && f !== null && typeof f.text === 'string' && FIELD_NAMES.has(f.name ?? '')
      );
    })
  );
}

/** Folds one document's fields, so that a corpus of many (the notes) is assembled by copying, not folding. */
export function prepareDoc(doc: SearchDoc): PreparedDoc {
  const builder = new FoldedTextsBuilder();
  for (const field of doc.fields) builder.add(field.text, foldForIndex);
  return { ...doc, folded: builder.finish() };
}
