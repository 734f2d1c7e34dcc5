import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, emptyHistory, record, redo, undo } from '../../../core/annotations/history';
import type { History } from '../../../core/annotations/history';
import { mergeAnnotations } from '../../../core/annotations/merge';
import type { Annotation } from '../../../core/annotations/model';
import { createAnnotation, tombstone, updateAnnotation } from '../../../core/annotations/ops';

/** A session: a store (id → newest version), the history, and a clock that ticks one second per action. */
class Session {
  store = new Map<string, Annotation>();
  history: History = emptyHistory;
  private clock = Date.parse('2022-04-20T08:00:00.000Z');
  private ids = 0;
  /** Every version written, in order, as a journal would hold them. */
  journal: Annotation[] = [];

  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }
  private save(a: Annotation): void {
    this.store.set(a.id, a);
    this.journal.push(a);
  }
  create(note: string): Annotation {
    const a = createAnnotation(
      {
        reportId: 'r',
        kind: 'note',
        target: { blockId: 'b', start: 0, end: 1, exact: 'x', prefix: '', suffix: '' },
        color: 'yellow',
        note,
        author: { id: 'u', name: 'U' },
      },
      this.now(),
      () => `a${++this.ids}`,
    );
    this.save(a);
    this.history = record(this.history, null, a);
    return a;
  }
  update(id: string, note: string): void {
    const before = this.store.get(id);
    if (!before || before.deletedAt) return;
    const after = updateAnnotation(before, { note }, this.now());
    this.save(after);
    this.history = record(this.history, before, after);
  }
  remove(id: string): void {
    const before = this.store.get(id);
    if (!before || before.deletedAt) return;
    const after = tombstone(before, this.now());
    this.save(after);
    this.history = record(this.history, before, after);
  }
  undo(): boolean {
    const step = undo(this.history, this.now());
    if (!step) return false;
    this.history = step.history;
    this.save(step.write);
    return true;
  }
  redo(): boolean {
    const step = redo(this.history, this.now());
    if (!step) return false;
    this.history = step.history;
    this.save(step.write);
    return true;
  }
  /** The store's content without timestamps: what the user sees. */
  view(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [id, a] of this.store) if (!a.deletedAt) out[id] = a.note;
    return out;
  }
}

describe('history', () => {
  it('undoes and redoes create, update and delete', () => {
    const s = new Session();
    const a = s.create('一');
    s.update(a.id, '二');
    s.remove(a.id);
    expect(s.view()).toEqual({});
    expect(s.undo()).toBe(true);
    expect(s.view()).toEqual({ a1: '二' });
    expect(s.undo()).toBe(true);
    expect(s.view()).toEqual({ a1: '一' });
    expect(s.undo()).toBe(true);
    expect(s.view()).toEqual({});
    expect(s.store.get('a1')?.deletedAt).toBeDefined();
    expect(s.undo()).toBe(false);
    expect(s.redo()).toBe(true);
    expect(s.view()).toEqual({ a1: '一' });
    expect(s.redo() && s.redo()).toBe(true);
    expect(s.view()).toEqual({});
    expect(s.redo()).toBe(false);
  });

  it('a new action clears redo; the stack is bounded', () => {
    const s = new Session();
    s.create('一');
    s.undo();
    expect(canRedo(s.history)).toBe(true);
    s.create('二');
    expect(canRedo(s.history)).toBe(false);
    let h: History = emptyHistory;
    const a = s.create('三');
    for (let i = 0; i < 10; i++) h = record(h, a, a, 3);
    expect(h.past).toHaveLength(3);
    expect(canUndo(emptyHistory)).toBe(false);
  });

  type Op = { t: 'create' } | { t: 'update' | 'remove'; pick: number } | { t: 'undo' } | { t: 'redo' };
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.constant<Op>({ t: 'create' }),
    fc.record({ t: fc.constantFrom('update' as const, 'remove' as const), pick: fc.nat() }),
    fc.constant<Op>({ t: 'undo' }),
    fc.constant<Op>({ t: 'redo' }),
  );

  function run(ops: readonly Op[]): Session {
    const s = new Session();
    ops.forEach((op, i) => {
      const ids = [...s.store.keys()];
      if (op.t === 'create') s.create(`n${i}`);
      else if (op.t === 'undo') s.undo();
      else if (op.t === 'redo') s.redo();
      else {
        const id = ids[op.pick % Math.max(1, ids.length)];
        if (id && op.t === 'update') s.update(id, `u${i}`);
        if (id && op.t === 'remove') s.remove(id);
      }
    });
    return s;
  }

  it('undoing everything leaves nothing visible; redoing everything restores the view', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), (ops) => {
        const s = run(ops);
        while (s.redo());
        const viewAfter = s.view();
        while (s.undo());
        expect(s.view()).toEqual({});
        while (s.redo());
        expect(s.view()).toEqual(viewAfter);
      }),
    );
  });

  it('every write is newer than the last, so merging the journal in any order gives the store', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), fc.nat(), (ops, seed) => {
        const s = run(ops);
        const shuffled =
          fc.sample(fc.shuffledSubarray(s.journal, { minLength: s.journal.length }), {
            seed,
            numRuns: 1,
          })[0] ?? [];
        const merged = shuffled.reduce<Annotation[]>((acc, a) => mergeAnnotations(acc, [a]), []);
        expect(merged).toEqual([...s.store.values()].sort((x, y) => (x.id < y.id ? -1 : 1)));
      }),
    );
  });
});
