import { describe, expect, it } from 'vitest';
import {
  createAnchorResolver,
  describe as describeTarget,
  resolveAll,
} from '../../../core/annotations/anchor';
import type { Annotation } from '../../../core/annotations/model';

import { makeDoc } from './make-doc';

const doc = makeDoc(['各位代表：现在我代表县人民政府向大会报告工作。', '这一年，经济运行交出了高分报表。']);
const note = (id: string, blockId: string, start: number, end: number): Annotation => ({
  id,
  reportId: doc.id,
  kind: 'highlight',
  target: describeTarget(doc, blockId, start, end),
  color: 'yellow',
  note: '',
  tags: [],
  author: { id: 'u1', name: '' },
  createdAt: '2026-11-28T00:00:00.000Z',
  updatedAt: '2026-11-28T00:00:00.000Z',
});

describe('createAnchorResolver', () => {
  it('resolves like resolveAll, and resolves each annotation object only once', () => {
    const resolve = createAnchorResolver(doc);
    const a = note('a', 'b1', 5, 7);
    const b = note('b', 'b2', 4, 8);
    const lost = {
      ...note('lost', 'b2', 0, 3),
      target: { ...note('x', 'b2', 0, 3).target, exact: '无此引文' },
    };
    const first = resolve([a, b, lost]);
    expect(first).toEqual(resolveAll(doc, [a, b, lost]));
    const c = note('c', 'b2', 0, 3);
    const second = resolve([a, b, lost, c]);
    // The same objects: nothing resolved again for the notes that were there.
    for (const id of ['a', 'b', 'lost']) expect(second.get(id)).toBe(first.get(id));
    expect(second.get('c')).toEqual(resolveAll(doc, [c]).get('c'));
    // An edited note is a new object and is resolved afresh.
    const moved = { ...a, target: describeTarget(doc, 'b2', 0, 3) };
    expect(resolve([moved]).get('a')).toEqual({ status: 'exact', blockId: 'b2', start: 0, end: 3 });
  });
});
