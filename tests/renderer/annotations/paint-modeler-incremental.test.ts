/**
 * The paint modeler patches only the blocks a change touches (a new highlight at 10,000 notes must not repaint all
 * of them): after any sequence of edits its model equals the model built from scratch, and blocks no edit touched
 * keep their arrays (so their memoised paragraphs do not re-render).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Anchor } from '../../../core/annotations/anchor';
import type { Annotation, AnnotationKind, ColorKey } from '../../../core/annotations/model';
import { createPaintModeler, paintModel, type PaintModel } from '../../../renderer/annotations/paint-model';

const ME = 'me';
const BLOCKS = ['b1', 'b2', 'b3', 'b4'];

type Op =
  | { type: 'create'; id: number; kind: AnnotationKind; block: number; start: number; note: boolean }
  | { type: 'edit'; pick: number; color: ColorKey; note: boolean }
  | { type: 'move'; pick: number; block: number; orphan: boolean }
  | { type: 'remove'; pick: number }
  | { type: 'member'; id: number; block: number; name: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    type: fc.constant('create' as const),
    id: fc.nat(40),
    kind: fc.constantFrom<AnnotationKind>('highlight', 'note', 'bookmark'),
    block: fc.nat(BLOCKS.length - 1),
    start: fc.nat(20),
    note: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('edit' as const),
    pick: fc.nat(),
    color: fc.constantFrom<ColorKey>('yellow', 'red', 'green', 'blue', 'purple'),
    note: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('move' as const),
    pick: fc.nat(),
    block: fc.nat(BLOCKS.length - 1),
    orphan: fc.boolean(),
  }),
  fc.record({ type: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({
    type: fc.constant('member' as const),
    id: fc.nat(40),
    block: fc.nat(BLOCKS.length - 1),
    name: fc.constantFrom('张三', '李四', ''),
  }),
);

const plain = (model: PaintModel) => ({
  highlights: Object.fromEntries([...model.highlights].sort(([a], [b]) => a.localeCompare(b))),
  margin: Object.fromEntries([...model.margin].sort(([a], [b]) => a.localeCompare(b))),
  bookmarks: [...model.bookmarks].sort(),
});

function annotation(id: string, kind: AnnotationKind, author: string, name: string, n: number): Annotation {
  const at = new Date(Date.UTC(2024, 0, 1) + (n % 7) * 1000).toISOString();
  return {
    id,
    reportId: 'r',
    kind,
    target: { blockId: 'b1', start: 0, end: 2, exact: 'ab', prefix: '', suffix: '' },
    ...(kind === 'highlight' && { color: 'yellow' as ColorKey }),
    note: '',
    tags: [],
    author: { id: author, name },
    createdAt: at,
    updatedAt: at,
  };
}

describe('createPaintModeler (incremental)', () => {
  it('after any edits equals the model built from scratch, and keeps the arrays of untouched blocks', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
        const paint = createPaintModeler();
        let notes = new Map<string, Annotation>();
        let anchors = new Map<string, Anchor>();
        let previous = paint(notes, anchors, ME);
        ops.forEach((o, step) => {
          notes = new Map(notes);
          anchors = new Map(anchors);
          const mine = [...notes.values()].filter((a) => a.author.id === ME);
          const picked = mine.length > 0 ? mine[('pick' in o ? o.pick : 0) % mine.length] : undefined;
          let touched: string[] = [];
          const blockOf = (id: string) => {
            const anchor = anchors.get(id);
            return anchor && anchor.status !== 'orphan' ? [anchor.blockId] : [];
          };
          if (o.type === 'create' || o.type === 'member') {
            const id = `${o.type}-${o.id}-${step}`;
            const a =
              o.type === 'create'
                ? { ...annotation(id, o.kind, ME, '我', step), note: o.note ? '旁注' : '' }
                : annotation(id, 'highlight', `m${o.id % 3}`, o.name, step);
            notes.set(id, a);
            const start = o.type === 'create' ? o.start : 1;
            anchors.set(id, { status: 'exact', blockId: BLOCKS[o.block]!, start, end: start + 3 });
            touched = blockOf(id);
          } else if (picked && o.type === 'edit') {
            touched = blockOf(picked.id);
            notes.set(picked.id, {
              ...picked,
              ...(picked.kind === 'highlight' && { color: o.color }),
              note: o.note ? `改过的${step}` : '',
            });
          } else if (picked && o.type === 'move') {
            touched = blockOf(picked.id);
            anchors.set(
              picked.id,
              o.orphan
                ? { status: 'orphan' }
                : { status: 'moved', blockId: BLOCKS[o.block]!, start: 2, end: 4 },
            );
            touched.push(...blockOf(picked.id));
          } else if (picked && o.type === 'remove') {
            touched = blockOf(picked.id);
            notes.delete(picked.id);
            anchors.delete(picked.id);
          }
          const next = paint(notes, anchors, ME);
          expect(plain(next)).toEqual(plain(paintModel(notes.values(), anchors, ME)));
          // Another member's note may rename labels anywhere; my edits touch only their own blocks.
          if (o.type !== 'member')
            for (const blockId of BLOCKS)
              if (!touched.includes(blockId) && previous.highlights.has(blockId))
                expect(next.highlights.get(blockId)).toBe(previous.highlights.get(blockId));
          previous = next;
        });
      }),
      { numRuns: 300 },
    );
  });

  it('paints a new highlight among 10,000 by reading the notes of its block only', () => {
    const paint = createPaintModeler();
    // Every note counts the reads of its fields: the work done, without timing anything.
    let reads = 0;
    const counted = (a: Annotation): Annotation =>
      new Proxy(a, {
        get(target, key, receiver) {
          reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    const notes = new Map<string, Annotation>();
    const anchors = new Map<string, Anchor>();
    for (let i = 0; i < 10_000; i++) {
      const id = `n${i}`;
      notes.set(id, counted(annotation(id, 'highlight', i % 2 ? ME : 'other', '其他', i)));
      anchors.set(id, { status: 'exact', blockId: `b${i % 200}`, start: i % 50, end: (i % 50) + 2 });
    }
    const first = paint(notes, anchors, ME);
    const latest = { ...annotation('new', 'highlight', ME, '我', 1), createdAt: '2025-01-01T00:00:00.000Z' };
    const added = new Map(notes).set('new', counted(latest));
    const placed = new Map(anchors).set('new', { status: 'exact', blockId: 'b7', start: 60, end: 64 });
    reads = 0;
    const second = paint(added, placed, ME);
    // b7 holds 50 of the 10,000 notes: a few reads each for sorting and painting them, none for the rest.
    expect(reads).toBeLessThan(50 * 40);
    const changed = [...second.highlights].filter(([id, list]) => first.highlights.get(id) !== list);
    expect(changed.map(([id]) => id)).toEqual(['b7']);
    expect(second.highlights.get('b7')?.at(-1)?.id).toBe('new');
    expect(plain(second)).toEqual(plain(paintModel(added.values(), placed, ME)));
  });
});
