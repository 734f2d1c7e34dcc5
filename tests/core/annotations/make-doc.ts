/** Hand-made report documents for anchoring tests: one paragraph block per text, ids b1, b2, … */
import type { ReportDocument } from '../../../core/report/model';

/** A document whose blocks are the given texts, with ids b1… (or the given ids). */
export function makeDoc(texts: readonly string[], ids?: readonly string[]): ReportDocument {
  return {
    id: 'test',
    meta: {},
    blocks: texts.map((text, i) => ({ id: ids?.[i] ?? `b${i + 1}`, type: 'paragraph' as const, text })),
    glossary: [],
    unexplainedTerms: [],
  };
}
