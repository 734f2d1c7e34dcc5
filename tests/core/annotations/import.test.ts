import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describe as describeTarget } from '../../../core/annotations/anchor';
import { anchoringSummary, planImport } from '../../../core/annotations/import';
import { mergeAnnotations } from '../../../core/annotations/merge';
import type { Annotation, AnnotationPack, Author } from '../../../core/annotations/model';
import { annotationsArb, instantArb } from './arbitraries';
import { makeDoc } from './make-doc';

const me: Author = { id: 'u1', name: '王代表' };
const REPORT_ID = 'r1';

function pack(annotations: readonly Annotation[], extra: Partial<AnnotationPack> = {}): AnnotationPack {
  return {
    format: 'yandu.annotations',
    version: 1,
    report: { id: REPORT_ID, title: '政府工作报告' },
    exportedBy: { id: 'u2', name: '李代表' },
    exportedAt: '2022-04-25T00:00:00.000Z',
    annotations: [...annotations],
    ...extra,
  };
}

/**
 * Every id belongs to one author, as with every pack Yandu writes (ids are random UUIDs): a1, a2 are mine (u1), a3, a4
 * are 李代表's (u2). Forged or colliding ids are refused; the cases below show that.
 */
const owned = (a: Annotation): Annotation =>
  a.id === 'a1' || a.id === 'a2'
    ? { ...a, author: { id: 'u1', name: '王代表' } }
    : { ...a, author: { id: 'u2', name: '李代表' } };
const ownedAnnotationsArb = annotationsArb.map((list) => list.map(owned));

/** Packs of either text of the report (r1 here, r2 elsewhere), by either member, with or without a name. */
const packArb: fc.Arbitrary<AnnotationPack> = fc
  .record({
    annotations: ownedAnnotationsArb,
    reportId: fc.constantFrom('r1', 'r2'),
    exportedBy: fc.constantFrom<Author>(
      { id: 'u1', name: '王代表' },
      { id: 'u2', name: '' },
      { id: 'u2', name: '李代表' },
    ),
    exportedAt: instantArb,
  })
  .map((r) =>
    pack(
      r.annotations.map((a) => ({ ...a, reportId: r.reportId })),
      { report: { id: r.reportId, title: '报告' }, exportedBy: r.exportedBy, exportedAt: r.exportedAt },
    ),
  );
const packsArb = fc.array(packArb, { maxLength: 3 });
/** A store holds one version per id. */
const storedArb = ownedAnnotationsArb.map((list) => mergeAnnotations([], list));

/** Stores the writes as the store does: one version per id, the written one replacing the held one. */
function upsert(stored: readonly Annotation[], writes: readonly Annotation[]): Annotation[] {
  const byId = new Map(stored.map((a) => [a.id, a]));
  for (const write of writes) byId.set(write.id, write);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** What the packs may bring: my notes only from packs I exported. */
const incoming = (packs: readonly AnnotationPack[]): Annotation[] =>
  packs.flatMap((p) =>
    p.annotations
      .filter((a) => a.author.id !== me.id || p.exportedBy.id === me.id)
      .map((a) => ({ ...a, reportId: REPORT_ID })),
  );
const apply = (stored: readonly Annotation[], packs: readonly AnnotationPack[]): Annotation[] =>
  upsert(stored, planImport(stored, packs, REPORT_ID, me).writes);

describe('planImport laws', () => {
  it('writing plan.writes gives exactly the merge of stored and incoming (report id rewritten)', () => {
    fc.assert(
      fc.property(storedArb, packsArb, (stored, packs) => {
        expect(apply(stored, packs)).toStrictEqual(mergeAnnotations(stored, incoming(packs)));
      }),
    );
  });

  it('importing the same packs again writes nothing and adds, updates or deletes nothing', () => {
    fc.assert(
      fc.property(storedArb, packsArb, (stored, packs) => {
        const again = planImport(apply(stored, packs), packs, REPORT_ID, me);
        expect(again.writes).toEqual([]);
        expect(again.totals).toMatchObject({ added: 0, updated: 0, deleted: 0 });
      }),
    );
  });

  it('does not depend on order: p1 then p2, p2 then p1 and both at once store the same', () => {
    fc.assert(
      fc.property(storedArb, packArb, packArb, (stored, p1, p2) => {
        const both = apply(stored, [p1, p2]);
        expect(apply(apply(stored, [p1]), [p2])).toStrictEqual(both);
        expect(apply(apply(stored, [p2]), [p1])).toStrictEqual(both);
        expect(apply(stored, [p2, p1])).toStrictEqual(both);
      }),
    );
  });

  it('counts every incoming id once, totals are the sum of members, writes are in id order', () => {
    fc.assert(
      fc.property(storedArb, packsArb, (stored, packs) => {
        const plan = planImport(stored, packs, REPORT_ID, me);
        const ids = new Set(packs.flatMap((p) => p.annotations.map((a) => a.id)));
        const { added, updated, unchanged, deleted, older, refused } = plan.totals;
        expect(added + updated + unchanged + deleted + older + refused).toBe(ids.size);
        for (const key of ['added', 'updated', 'unchanged', 'deleted', 'older', 'refused'] as const)
          expect(plan.members.reduce((sum, m) => sum + m[key], 0)).toBe(plan.totals[key]);
        const writeIds = plan.writes.map((a) => a.id);
        expect(writeIds).toEqual([...writeIds].sort());
        expect(plan.writes.every((a) => a.reportId === REPORT_ID)).toBe(true);
      }),
    );
  });
});

const T = (hour: number) => `2022-04-20T${String(hour).padStart(2, '0')}:00:00.000Z`;
const li: Author = { id: 'u2', name: '李代表' };

function note(id: string, hour: number, extra: Partial<Annotation> = {}): Annotation {
  return {
    id,
    reportId: REPORT_ID,
    kind: 'highlight',
    target: { blockId: 'b1', start: 0, end: 2, exact: '各位', prefix: '', suffix: '代表' },
    color: 'yellow',
    note: `第${hour}版`,
    tags: [],
    author: li,
    createdAt: T(1),
    updatedAt: T(hour),
    ...extra,
  };
}
const dead = (id: string, hour: number, extra: Partial<Annotation> = {}) =>
  note(id, hour, { deletedAt: T(hour), ...extra });

describe('planImport counts', () => {
  it('classifies every case as the reader sees it and writes only newer versions', () => {
    const stored = [
      note('same', 3),
      note('edited', 3),
      note('removed', 3),
      note('newerHere', 5),
      dead('deadHere', 3),
      dead('revived', 3),
      dead('deadTwice', 3),
    ];
    const plan = planImport(
      stored,
      [
        pack([
          note('new', 2),
          dead('neverSeen', 2),
          note('same', 3),
          note('edited', 4),
          dead('removed', 4),
          note('newerHere', 4),
          note('deadHere', 2),
          note('revived', 4),
          dead('deadTwice', 4),
        ]),
      ],
      REPORT_ID,
      me,
    );
    expect(plan.totals).toEqual({ added: 2, updated: 1, unchanged: 3, deleted: 1, older: 2, refused: 0 });
    expect(plan.writes.map((a) => a.id)).toEqual([
      'deadTwice',
      'edited',
      'neverSeen',
      'new',
      'removed',
      'revived',
    ]);
    expect(plan.members).toEqual([{ author: li, isMe: false, ...plan.totals }]);
  });

  it('rewrites the report id of every write, as the notes will be stored here', () => {
    const plan = planImport([], [pack([note('a', 2, { reportId: 'r-other' })])], REPORT_ID, me);
    expect(plan.writes).toEqual([note('a', 2)]);
  });

  it('lists each author as a member, me too, sorted by name then id', () => {
    const zhang: Author = { id: 'u3', name: '张代表' };
    const plan = planImport(
      [],
      [
        pack(
          [
            note('a', 2, { author: zhang }),
            note('b', 2, { author: li }),
            note('c', 2, { author: { id: 'u1', name: '' } }),
            note('d', 2, { author: { id: 'u0', name: '李代表' } }),
          ],
          { exportedBy: me },
        ),
      ],
      REPORT_ID,
      me,
    );
    expect(plan.members.map((m) => [m.author.id, m.author.name, m.isMe, m.added])).toEqual([
      ['u0', '李代表', false, 1],
      ['u2', '李代表', false, 1],
      ['u1', '王代表', true, 1],
      ['u3', '张代表', false, 1],
    ]);
  });

  it('names a member by the newest non-empty name in the packs, the pack header included', () => {
    const named = (name: string) => ({ id: 'u2', name });
    const byNotes = planImport(
      [],
      [
        pack([note('a', 2, { author: named('小李') }), note('b', 3, { author: named('李代表') })], {
          exportedBy: named(''),
        }),
      ],
      REPORT_ID,
      me,
    );
    expect(byNotes.members[0]?.author).toEqual(named('李代表'));
    const byHeader = planImport(
      [],
      [pack([note('a', 2, { author: named('') })], { exportedBy: named('李四') })],
      REPORT_ID,
      me,
    );
    expect(byHeader.members[0]?.author).toEqual(named('李四'));
    const nameless = planImport(
      [],
      [pack([note('a', 2, { author: named('') })], { exportedBy: named('') })],
      REPORT_ID,
      me,
    );
    expect(nameless.members[0]?.author).toEqual(named('未署名'));
  });

  it('plans nothing for no packs or empty packs', () => {
    const empty = {
      members: [],
      totals: { added: 0, updated: 0, unchanged: 0, deleted: 0, older: 0, refused: 0 },
      writes: [],
    };
    expect(planImport([note('a', 2)], [], REPORT_ID, me)).toEqual(empty);
    expect(planImport([note('a', 2)], [pack([])], REPORT_ID, me)).toEqual(empty);
  });
});

describe('planImport keeps authorship', () => {
  const mine = (id: string, hour: number, extra: Partial<Annotation> = {}) =>
    note(id, hour, { author: me, ...extra });

  it('refuses a version by someone else of a note I wrote: no edit, no delete, no take-over', () => {
    const stored = [mine('x1', 2), mine('x2', 2)];
    const plan = planImport(stored, [pack([note('x1', 5, { note: '改写' }), dead('x2', 5)])], REPORT_ID, me);
    expect(plan.writes).toEqual([]);
    expect(plan.members).toEqual([
      { author: li, isMe: false, added: 0, updated: 0, unchanged: 0, deleted: 0, older: 0, refused: 2 },
    ]);
  });

  it('refuses notes signed with my id in a pack someone else exported, and takes them from my own pack', () => {
    const forged = planImport([], [pack([mine('f1', 2)])], REPORT_ID, me);
    expect(forged.writes).toEqual([]);
    expect(forged.members).toEqual([
      expect.objectContaining({ author: me, isMe: true, refused: 1, added: 0 }),
    ]);
    const own = planImport([], [pack([mine('f1', 2)], { exportedBy: me })], REPORT_ID, me);
    expect(own.writes.map((a) => a.id)).toEqual(['f1']);
  });

  it('a member’s pack cannot delete another member’s note imported with it (no note held yet)', () => {
    const zhang: Author = { id: 'u3', name: '张代表' };
    const fromZhang = pack([note('z1', 2, { author: zhang })], { exportedBy: zhang });
    const forgedDelete = pack([dead('z1', 9)]);
    for (const packs of [
      [fromZhang, forgedDelete],
      [forgedDelete, fromZhang],
    ]) {
      const plan = planImport([], packs, REPORT_ID, me);
      // Two authors claim z1 and neither is stored here: neither version is taken, and both are said.
      expect(plan.writes).toEqual([]);
      expect(plan.totals.refused).toBe(2);
    }
    // Importing the forged delete first and Zhang's note later keeps the note out too, but never deletes a held one.
    const held = planImport([note('z1', 2, { author: zhang })], [forgedDelete], REPORT_ID, me);
    expect(held.writes).toEqual([]);
    expect(held.totals.refused).toBe(1);
  });

  it('a forged newer version does not hide the owner’s own newer version', () => {
    const zhang: Author = { id: 'u3', name: '张代表' };
    const stored = [note('z1', 2, { author: zhang })];
    const own = pack([note('z1', 4, { author: zhang, note: '张的修改' })], { exportedBy: zhang });
    const forged = pack([dead('z1', 9)]);
    const plan = planImport(stored, [own, forged], REPORT_ID, me);
    expect(plan.writes.map((a) => [a.id, a.note, a.deletedAt])).toEqual([['z1', '张的修改', undefined]]);
    expect(plan.totals).toMatchObject({ updated: 1, refused: 1 });
  });

  it('whatever authors the packs claim, no write changes who a note belongs to or gives one id two authors', () => {
    const anyAuthor = fc.constantFrom<Author>(me, li, { id: 'u3', name: '张代表' });
    const claimedArb = annotationsArb.chain((list) =>
      fc.tuple(...list.map((a) => anyAuthor.map((author) => ({ ...a, author })))),
    );
    fc.assert(
      fc.property(claimedArb, fc.array(claimedArb, { maxLength: 3 }), (storedList, lists) => {
        const stored = mergeAnnotations([], storedList);
        const packs = lists.map((list, i) => pack(list, { exportedBy: i === 0 ? me : li }));
        const plan = planImport(stored, packs, REPORT_ID, me);
        const owner = new Map(stored.map((a) => [a.id, a.author.id]));
        for (const write of plan.writes) {
          expect(owner.get(write.id) ?? write.author.id).toBe(write.author.id);
          owner.set(write.id, write.author.id);
        }
        const claims = new Map<string, Set<string>>();
        // Notes signed with my id count only from my own packs (the rule above).
        const admissible = packs.flatMap((p) =>
          p.annotations.filter((a) => a.author.id !== me.id || p.exportedBy.id === me.id),
        );
        for (const a of admissible) {
          if (!stored.some((s) => s.id === a.id))
            claims.set(a.id, (claims.get(a.id) ?? new Set()).add(a.author.id));
        }
        for (const write of plan.writes) expect(claims.get(write.id)?.size ?? 1).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a member’s version of another member’s note', () => {
    const zhang: Author = { id: 'u3', name: '张代表' };
    const plan = planImport([note('z1', 2, { author: zhang })], [pack([note('z1', 6)])], REPORT_ID, me);
    expect(plan.writes).toEqual([]);
    expect(plan.totals.refused).toBe(1);
  });
});

describe('anchoringSummary', () => {
  it('counts the live notes of a pack that find their place in this text', () => {
    const doc = makeDoc([
      '各位代表：现在我代表县人民政府向大会报告工作。',
      '这一年，经济运行交出了高分报表。',
    ]);
    const at = (blockId: string, start: number, end: number) => describeTarget(doc, blockId, start, end);
    const summary = anchoringSummary(
      doc,
      pack([
        note('a', 2, { target: at('b1', 5, 7) }),
        note('b', 2, { target: at('b2', 4, 8) }),
        note('c', 2, {
          target: { blockId: 'p9-1', start: 0, end: 4, exact: '无此引文', prefix: '', suffix: '' },
        }),
        dead('d', 2, { target: at('b2', 0, 3) }),
      ]),
    );
    expect(summary).toEqual({ total: 3, anchored: 2 });
  });
});
