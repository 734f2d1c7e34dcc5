/** The files a delegate keeps or hands on: the backup pack (DESIGN §4) and W3C Web Annotation JSON-LD. Pure. */
import type { ReportDocument } from '../report/model';
import { jsonLines } from '../json-lines';
import type { Annotation, AnnotationPack, Author } from './model';
import { packVersionFor } from './model';

/** A backup/exchange pack; tombstones are kept so a restore or a merge carries deletions too. */
export function buildPack(
  report: { id: string; title: string },
  exportedBy: Author,
  annotations: readonly Annotation[],
  exportedAt: string,
): AnnotationPack {
  return {
    format: 'yandu.annotations',
    version: packVersionFor(annotations),
    report,
    exportedBy,
    exportedAt,
    annotations: [...annotations],
  };
}

/** A W3C Web Annotation collection (JSON-LD); `items` last, so it can be written line by line. */
export interface WebAnnotationCollection {
  '@context': unknown[];
  id: string;
  type: 'AnnotationCollection';
  total: number;
  items: object[];
}

/** A pack as the file the app writes: line by line (core/json-lines.ts), so a pack of any size reads back. */
export function packLines(pack: AnnotationPack): string[] {
  const { annotations, ...head } = pack;
  return jsonLines(head, 'annotations', annotations);
}

/** Code points before UTF-16 offset `units` of `text`: the W3C model counts code points (docs/decisions.md 1). */
export function codePointOffset(text: string, units: number): number {
  let points = 0;
  for (let i = 0; i < units && i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The low half of a surrogate pair is not a code point of its own.
    if (!(code >= 0xdc00 && code <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) points++;
  }
  return points;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

// An amendment asks for a change to the text: the W3C model's `editing`.
const MOTIVATION = {
  highlight: 'highlighting',
  note: 'commenting',
  bookmark: 'bookmarking',
  amendment: 'editing',
} as const;

/** Live annotations as a W3C Web Annotation collection (JSON-LD), with quote, position and block selectors. */
export function toWebAnnotations(
  doc: Pick<ReportDocument, 'id' | 'blocks'>,
  annotations: readonly Annotation[],
): WebAnnotationCollection {
  const texts = new Map(doc.blocks.map((b) => [b.id, b.text]));
  const items = annotations
    .filter((a) => !a.deletedAt)
    .map((a) => {
      const text = texts.get(a.target.blockId) ?? a.target.exact;
      const body = [
        ...(a.note ? [{ type: 'TextualBody', value: a.note, format: 'text/plain', language: 'zh-CN' }] : []),
        ...a.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
        ...(a.amendment
          ? [{ type: 'TextualBody', purpose: 'editing', value: a.amendment.text, language: 'zh-CN' }]
          : []),
      ];
      return {
        id: `urn:yandu:annotation:${a.id}`,
        type: 'Annotation',
        motivation: MOTIVATION[a.kind],
        created: a.createdAt,
        modified: a.updatedAt,
        creator: { id: `urn:yandu:author:${a.author.id}`, type: 'Person', name: a.author.name },
        ...(body.length > 0 ? { body } : {}),
        target: {
          source: `urn:yandu:report:${a.reportId}`,
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: a.target.exact,
              prefix: a.target.prefix,
              suffix: a.target.suffix,
            },
            {
              type: 'TextPositionSelector',
              start: codePointOffset(text, a.target.start),
              end: codePointOffset(text, a.target.end),
            },
            { type: 'FragmentSelector', value: a.target.blockId },
          ],
        },
        'yandu:color': a.color,
        ...(a.amendment && { 'yandu:amendment': a.amendment.action }),
      };
    });
  return {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { yandu: 'urn:yandu:' }],
    id: `urn:yandu:report:${doc.id}:annotations`,
    type: 'AnnotationCollection',
    total: items.length,
    items,
  };
}

/** The JSON-LD collection as lines (core/json-lines.ts): any number of notes exports without one huge string. */
export function webAnnotationLines(collection: ReturnType<typeof toWebAnnotations>): string[] {
  const { items, ...head } = collection;
  return jsonLines(head, 'items', items);
}

export interface RestoreCounts {
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  total: number;
}

/** What replacing `current` (live) by the pack's live annotations would do, for the preview. */
export function diffForRestore(
  current: readonly Annotation[],
  incoming: readonly Annotation[],
): RestoreCounts {
  const now = new Map(current.map((a) => [a.id, a]));
  const next = incoming.filter((a) => !a.deletedAt);
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const a of next) {
    const before = now.get(a.id);
    if (!before) added++;
    else if (JSON.stringify(before) === JSON.stringify(a)) unchanged++;
    else changed++;
  }
  const kept = new Set(next.map((a) => a.id));
  const removed = current.filter((a) => !kept.has(a.id)).length;
  return { added, changed, unchanged, removed, total: next.length };
}
