import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  discussionPoints,
  layersOf,
  MEMBER_MARK_COUNT,
  memberMark,
  UNNAMED_AUTHOR,
} from '../../../core/annotations/layers';
import type { Annotation, AnnotationKind, Author } from '../../../core/annotations/model';
import type { PlacedAnnotation } from '../../../core/annotations/order';

const me: Author = { id: 'me', name: '王代表' };
const li: Author = { id: 'u2', name: '李代表' };
const zhang: Author = { id: 'u3', name: '张代表' };

let n = 0;
function note(author: Author, extra: Partial<Annotation> = {}): Annotation {
  n += 1;
  return {
    id: `a${String(n).padStart(3, '0')}`,
    reportId: 'r1',
    kind: 'highlight',
    target: { blockId: 'b1', start: 0, end: 2, exact: '各位', prefix: '', suffix: '' },
    color: 'yellow',
    note: '',
    tags: [],
    author,
    createdAt: '2022-04-20T08:00:00.000Z',
    updatedAt: '2022-04-20T08:00:00.000Z',
    ...extra,
  };
}

describe('layersOf', () => {
  it('puts me first even without notes, then the others by name then id, counting live notes only', () => {
    const layers = layersOf(
      [
        note(zhang),
        note(li),
        note(li),
        note({ id: 'u1', name: '李代表' }),
        note(zhang, { deletedAt: '2022-04-20T08:00:00.000Z' }),
      ],
      me,
    );
    expect(layers.map((l) => [l.author.id, l.author.name, l.isMe, l.count])).toEqual([
      ['me', '王代表', true, 0],
      ['u1', '李代表', false, 1],
      ['u2', '李代表', false, 2],
      ['u3', '张代表', false, 1],
    ]);
  });

  it('names others by their newest non-empty name, else 未署名; me by my name here, else the newest seen', () => {
    const layers = layersOf(
      [
        note({ id: 'u2', name: '小李' }, { updatedAt: '2022-04-20T08:00:00.000Z' }),
        note({ id: 'u2', name: '李代表' }, { updatedAt: '2022-04-21T08:00:00.000Z' }),
        note({ id: 'u2', name: '' }, { updatedAt: '2022-04-22T08:00:00.000Z' }),
        note({ id: 'u4', name: ' ' }),
        note({ id: 'me', name: '老王' }),
      ],
      { id: 'me', name: '' },
    );
    expect(layers.map((l) => l.author)).toEqual([
      { id: 'me', name: '老王' },
      { id: 'u2', name: '李代表' },
      { id: 'u4', name: UNNAMED_AUTHOR },
    ]);
    expect(layersOf([], { id: 'me', name: '' })[0]?.author).toEqual({ id: 'me', name: UNNAMED_AUTHOR });
    expect(layersOf([note({ id: 'me', name: '老王' })], me)[0]?.author).toEqual(me);
  });

  it('gives me mark 0 and every other member a stable mark in 1..MEMBER_MARK_COUNT-1', () => {
    const layers = layersOf([note(li), note(zhang)], me);
    expect(layers[0]?.mark).toBe(0);
    for (const layer of layers.slice(1)) expect(layer.mark).toBe(memberMark(layer.author.id));
    fc.assert(
      fc.property(fc.string(), (id) => {
        const mark = memberMark(id);
        expect(Number.isInteger(mark) && mark >= 1 && mark < MEMBER_MARK_COUNT).toBe(true);
        expect(memberMark(id)).toBe(mark);
      }),
    );
  });

  it('spreads marks over the range', () => {
    const marks = new Set(Array.from({ length: 200 }, (_, i) => memberMark(`author-${i}`)));
    expect(marks.size).toBe(MEMBER_MARK_COUNT - 1);
  });
});

function placed(
  author: Author,
  blockId: string,
  start: number,
  end: number,
  kind: AnnotationKind = 'highlight',
): PlacedAnnotation {
  return { annotation: note(author, { kind }), anchor: { status: 'exact', blockId, start, end } };
}
const idsOf = (items: readonly PlacedAnnotation[]) => items.map((p) => p.annotation.id);

describe('discussionPoints', () => {
  it('finds overlapping ranges of two authors, with the span they cover', () => {
    const items = [placed(li, 'b1', 2, 8), placed(me, 'b1', 5, 12)];
    expect(discussionPoints(items)).toEqual([
      { blockId: 'b1', start: 2, end: 12, authors: [li, me], annotationIds: idsOf(items) },
    ]);
  });

  it('ignores overlaps of one author, touching ranges and other blocks', () => {
    expect(discussionPoints([placed(li, 'b1', 0, 5), placed(li, 'b1', 2, 6)])).toEqual([]);
    expect(discussionPoints([placed(li, 'b1', 0, 5), placed(me, 'b1', 5, 9)])).toEqual([]);
    expect(discussionPoints([placed(li, 'b1', 0, 5), placed(me, 'b2', 0, 5)])).toEqual([]);
  });

  it('joins a chain of overlaps into one point', () => {
    const items = [placed(li, 'b1', 0, 5), placed(li, 'b1', 4, 8), placed(me, 'b1', 7, 10)];
    expect(discussionPoints(items)).toEqual([
      { blockId: 'b1', start: 0, end: 10, authors: [li, me], annotationIds: idsOf(items) },
    ]);
  });

  it('lets a bookmark cover its whole paragraph', () => {
    const bookmark = placed(me, 'b1', 0, 0, 'bookmark');
    const far = placed(li, 'b1', 20, 25);
    const near = placed(li, 'b1', 3, 6);
    expect(discussionPoints([bookmark, near, far])).toEqual([
      { blockId: 'b1', start: 3, end: 25, authors: [li, me], annotationIds: idsOf([bookmark, near, far]) },
    ]);
    const both = [placed(me, 'b2', 0, 0, 'bookmark'), placed(li, 'b2', 0, 0, 'bookmark')];
    expect(discussionPoints(both)).toEqual([
      { blockId: 'b2', start: 0, end: 0, authors: [li, me], annotationIds: idsOf(both) },
    ]);
  });

  it('lets a paragraph note (the whole block) meet any highlight in it', () => {
    const items = [placed(zhang, 'b1', 0, 30, 'note'), placed(me, 'b1', 12, 14)];
    expect(discussionPoints(items)).toMatchObject([{ start: 0, end: 30, authors: [me, zhang] }]);
  });

  it('lists points in document order, each point one cluster', () => {
    const items = [
      placed(li, 'b1', 0, 3),
      placed(me, 'b1', 1, 4),
      placed(li, 'b1', 10, 12),
      placed(zhang, 'b1', 11, 13),
      placed(me, 'b3', 0, 2),
      placed(zhang, 'b3', 1, 2),
    ];
    expect(discussionPoints(items).map((p) => [p.blockId, p.start, p.end, p.annotationIds.length])).toEqual([
      ['b1', 0, 4, 2],
      ['b1', 10, 13, 2],
      ['b3', 0, 2, 2],
    ]);
  });

  it('names authors as the layers do', () => {
    const items = [placed({ id: 'u2', name: '' }, 'b1', 0, 5), placed(me, 'b1', 1, 2)];
    // 王 (wáng) sorts before 未 (wèi).
    expect(discussionPoints(items)[0]?.authors).toEqual([me, { id: 'u2', name: UNNAMED_AUTHOR }]);
  });
});
