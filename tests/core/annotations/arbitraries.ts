/** fast-check generators for annotations, with few ids and few instants so that collisions and ties are common. */
import fc from 'fast-check';
import type { Annotation } from '../../../core/annotations/model';
import { ANNOTATION_KINDS, PALETTE_KEYS } from '../../../core/annotations/model';

/** The same instants written in different ways, to check that merge compares times, not strings. */
const instants = [
  '2022-04-20T08:00:00.000Z',
  '2022-04-20T16:00:00+08:00',
  '2022-04-20T08:00:00.001Z',
  '2022-04-21T09:30:00.000Z',
  '2022-04-22T10:00:00Z',
];

export const instantArb = fc.constantFrom(...instants);

export const annotationArb: fc.Arbitrary<Annotation> = fc
  .record({
    id: fc.constantFrom('a1', 'a2', 'a3', 'a4'),
    kind: fc.constantFrom(...ANNOTATION_KINDS),
    color: fc.constantFrom(...PALETTE_KEYS),
    // Paragraph notes and bookmarks may have no colour (docs/decisions.md 42); highlights always have one.
    uncoloured: fc.boolean(),
    note: fc.constantFrom('', '核实数据', '建议补充', '<b>x</b>'),
    tags: fc.array(fc.constantFrom('财政', '民生', '环保'), { maxLength: 2 }),
    authorId: fc.constantFrom('u1', 'u2'),
    createdAt: instantArb,
    updatedAt: instantArb,
    deletedAt: fc.option(instantArb, { nil: undefined }),
    start: fc.nat(20),
  })
  .map((r) => {
    const annotation: Annotation = {
      id: r.id,
      reportId: 'r1',
      kind: r.kind,
      target: {
        blockId: 'p1-1',
        start: r.start,
        end: r.start + 2,
        exact: '增长',
        prefix: '同比',
        suffix: '15.4%',
      },
      ...(r.kind !== 'highlight' && r.uncoloured ? {} : { color: r.color }),
      ...(r.kind === 'amendment' && { amendment: { action: 'replace' as const, text: '稳中求进' } }),
      note: r.note,
      tags: r.tags,
      author: { id: r.authorId, name: r.authorId === 'u1' ? '王代表' : '李代表' },
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
    if (r.deletedAt !== undefined) annotation.deletedAt = r.deletedAt;
    return annotation;
  });

export const annotationsArb = fc.array(annotationArb, { maxLength: 8 });
