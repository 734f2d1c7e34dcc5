import { describe, expect, it } from 'vitest';
import type { Anchor } from '../../core/annotations/anchor';
import type { Annotation, AnnotationKind } from '../../core/annotations/model';
import { createPaintModeler, paintModel } from '../../renderer/annotations/paint-model';

const note = (
  id: string,
  kind: AnnotationKind,
  createdAt: string,
  extra: Partial<Annotation> = {},
): Annotation => ({
  id,
  reportId: 'r',
  kind,
  target: { blockId: 'b1', start: 0, end: 2, exact: 'ab', prefix: '', suffix: '' },
  color: 'yellow',
  note: '',
  tags: [],
  author: { id: 'a', name: '' },
  createdAt,
  updatedAt: createdAt,
  ...extra,
});
const at = (blockId: string, start: number, end: number): Anchor => ({
  status: 'exact',
  blockId,
  start,
  end,
});

describe('paintModel', () => {
  it('paints highlights oldest first, where they resolved, and skips orphans', () => {
    const annotations = [
      note('new', 'highlight', '2024-02-01T00:00:00Z'),
      note('old', 'highlight', '2024-01-01T00:00:00Z'),
      note('lost', 'highlight', '2024-01-02T00:00:00Z'),
    ];
    const anchors = new Map<string, Anchor>([
      ['new', at('b2', 3, 5)],
      ['old', at('b2', 1, 4)],
      ['lost', { status: 'orphan' }],
    ]);
    const model = paintModel(annotations, anchors);
    expect(model.highlights.get('b2')?.map((h) => h.id)).toEqual(['old', 'new']);
    expect(model.highlights.get('b2')?.[0]).toMatchObject({ start: 1, end: 4 });
    expect([...model.highlights.values()].flat().some((h) => h.id === 'lost')).toBe(false);
  });

  it('puts notes in the margin and bookmarks on their block, never painting them as highlights', () => {
    const annotations = [
      note('para', 'note', '2024-01-01T00:00:00Z', { note: '建议补充' }),
      note('mark', 'bookmark', '2024-01-01T00:00:00Z'),
      note('hl', 'highlight', '2024-01-01T00:00:00Z', { note: '   ' }),
    ];
    const anchors = new Map<string, Anchor>([
      ['para', at('b1', 0, 9)],
      ['mark', at('b3', 0, 0)],
      ['hl', at('b1', 2, 4)],
    ]);
    const model = paintModel(annotations, anchors);
    expect(model.margin.get('b1')?.map((m) => m.id)).toEqual(['para']);
    expect([...model.bookmarks]).toEqual(['b3']);
    expect(model.highlights.get('b1')?.map((h) => h.id)).toEqual(['hl']);
  });

  it('ignores deleted annotations', () => {
    const model = paintModel(
      [note('gone', 'highlight', '2024-01-01T00:00:00Z', { deletedAt: '2024-01-02T00:00:00Z' })],
      new Map([['gone', at('b1', 0, 2)]]),
    );
    expect(model.highlights.size).toBe(0);
  });
});

describe('paintModel: what the user made, mine on top', () => {
  it('draws my highlights after every other member’s, so mine are on top where they overlap', () => {
    const annotations = [
      note('mine-old', 'highlight', '2024-01-01T00:00:00Z', { author: { id: 'me', name: '我' } }),
      note('theirs-new', 'highlight', '2024-03-01T00:00:00Z', { author: { id: 'u2', name: '李' } }),
      note('theirs-old', 'highlight', '2024-02-01T00:00:00Z', { author: { id: 'u3', name: '王' } }),
    ];
    const anchors = new Map<string, Anchor>(annotations.map((a) => [a.id, at('b1', 0, 4)]));
    const model = paintModel(annotations, anchors, 'me');
    expect(model.highlights.get('b1')?.map((h) => h.id)).toEqual(['theirs-old', 'theirs-new', 'mine-old']);
  });

  it('says which highlights carry a note, so they can look different', () => {
    const annotations = [
      note('noted', 'highlight', '2024-01-01T00:00:00Z', { note: '核实口径' }),
      note('bare', 'highlight', '2024-01-02T00:00:00Z', { note: '  ' }),
    ];
    const anchors = new Map<string, Anchor>(annotations.map((a) => [a.id, at('b1', 0, 4)]));
    const spans = paintModel(annotations, anchors).highlights.get('b1') ?? [];
    expect(spans.map((h) => [h.id, h.noted])).toEqual([
      ['noted', true],
      ['bare', false],
    ]);
  });

  it('gives a paragraph note without a colour, and a bookmark with a note, no colour in the margin', () => {
    const { color: _, ...plain } = note('para', 'note', '2024-01-01T00:00:00Z', { note: '本段赞成' });
    const annotations = [
      plain as Annotation,
      note('mark', 'bookmark', '2024-01-02T00:00:00Z', { color: 'purple', note: '回头再读' }),
    ];
    const anchors = new Map<string, Anchor>([
      ['para', at('b1', 0, 9)],
      ['mark', at('b1', 0, 0)],
    ]);
    const margin = paintModel(annotations, anchors).margin.get('b1') ?? [];
    expect(margin.map((m) => [m.id, m.color])).toEqual([
      ['para', undefined],
      ['mark', undefined],
    ]);
  });
});

describe('createPaintModeler', () => {
  it('hands back the same arrays for blocks that did not change, so only the changed paragraph repaints', () => {
    const paint = createPaintModeler();
    const a = note('a', 'highlight', '2024-01-01T00:00:00Z', { note: '旁注' });
    const b = note('b', 'highlight', '2024-01-02T00:00:00Z');
    const anchors = new Map<string, Anchor>([
      ['a', at('b1', 0, 2)],
      ['b', at('b2', 0, 2)],
    ]);
    const first = paint([a, b], anchors, 'a');
    const c = note('c', 'highlight', '2024-01-03T00:00:00Z');
    const second = paint([a, b, c], new Map([...anchors, ['c', at('b2', 3, 5)]]), 'a');
    expect(second.highlights.get('b1')).toBe(first.highlights.get('b1'));
    expect(second.margin.get('b1')).toBe(first.margin.get('b1'));
    expect(second.highlights.get('b2')).not.toBe(first.highlights.get('b2'));
    expect(second.highlights.get('b2')?.map((h) => h.id)).toEqual(['b', 'c']);
    // A changed colour is a change, even with the same id and place.
    const third = paint([{ ...a, color: 'red' }, b, c], new Map([...anchors, ['c', at('b2', 3, 5)]]), 'a');
    expect(third.highlights.get('b1')).not.toBe(second.highlights.get('b1'));
    expect(third.highlights.get('b2')).toBe(second.highlights.get('b2'));
  });
});
