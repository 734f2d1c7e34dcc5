/**
 * What goes in comes back exactly: hostile notes (markup, 1 MB, control characters, lone surrogates,
 * emoji, RTL, newlines that could split a JSONL line) through the journal and through the snapshot;
 * and a model property: any sequence of edits, compactions, reopens and crashes equals a plain Map.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../core/annotations/model';
import type { AnnotationStore } from '../../../../main/notes/journal/annotation-store';
import { faultyFs, note, open, reopenAfterCrash, runThenCrash, tempDir } from './helpers';

const HOSTILE: Record<string, string> = {
  html: '<script>alert(1)</script><img src=x onerror=alert(1)>&amp;</textarea>',
  megabyte: '政府工作报告。\n'.repeat(125_000).slice(0, 1_000_000),
  control: Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\u007f\u0085\u2028\u2029',
  lone: '\ud800 a\udc00b \udbff\udfff \udc00\ud800 end\ud83d',
  emoji: '👨‍👩‍👧‍👦🇨🇳😀 e\u0301 ﷽',
  rtl: 'مرحبا بالعالم \u202e reversed \u202c שלום \u200f',
  jsonl: '{"crc":"00000000"}\n,"crc":"deadbeef"}\r\n"\\u0000\\',
  odd: '\ufeff\uffff\ufffe\u0000',
};

const hostile = Object.entries(HOSTILE).map(([name, text], i) =>
  note(`${name}\n"${text.slice(0, 20)}`, {
    note: text,
    tags: [text.slice(0, 100), name],
    target: {
      blockId: `b\u2028${i}`,
      start: 0,
      end: 3,
      exact: text.slice(0, 50),
      prefix: text.slice(-30),
      suffix: '\ud800',
    },
    author: { id: 'u\u0000', name: text.slice(0, 100) },
  }),
);

const byId = (list: readonly Annotation[]) =>
  [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('hostile notes', () => {
  it('round-trip exactly through the journal (crash before compaction) and through the snapshot', async () => {
    const dir = tempDir();
    await runThenCrash(dir, {}, async (store) => {
      for (const a of hostile) expect((await store.put(a)).ok).toBe(true);
    });
    const fromJournal = await reopenAfterCrash(dir);
    expect(fromJournal.status.notices).toEqual([]);
    expect(byId(fromJournal.list())).toStrictEqual(byId(hostile));
    await fromJournal.close(); // compacts into the snapshot
    const fromSnapshot = await open(dir);
    const back = byId(fromSnapshot.list());
    expect(back).toStrictEqual(byId(hostile));
    // Code unit by code unit, so a lone surrogate turned into U+FFFD could not hide.
    for (const [i, a] of back.entries()) expect(a.note === byId(hostile)[i]?.note).toBe(true);
  });
});

/** Edits the property test drives; ids come from a small pool so that edits collide. */
type Op =
  | { kind: 'put'; a: Annotation }
  | { kind: 'remove'; id: string }
  | { kind: 'putMany'; list: Annotation[] }
  /** Saves issued together, not one after another: they run into (background) compactions mid-way. */
  | { kind: 'burst'; list: Annotation[] }
  | { kind: 'compact' }
  | { kind: 'reopen' }
  | { kind: 'crash' }
  | { kind: 'disk'; spaceLeft: number | null }
  | { kind: 'fsync'; fail: boolean };

const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\ud800', '\udc00', '\u2028', '\n', '\u0000', '"', '\\'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});
const annotation = fc
  .record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), note: text, tag: text })
  .map(({ id, note: body, tag }) => note(id, { id, note: body, tags: [tag] }));
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: annotation.map((a) => ({ kind: 'put' as const, a })) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('a', 'b', 'c', 'z').map((id) => ({ kind: 'remove' as const, id })),
  },
  {
    weight: 1,
    arbitrary: fc.array(annotation, { maxLength: 4 }).map((list) => ({ kind: 'putMany' as const, list })),
  },
  {
    weight: 2,
    arbitrary: fc
      .array(annotation, { minLength: 2, maxLength: 6 })
      .map((list) => ({ kind: 'burst' as const, list })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'compact' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reopen' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'crash' as const }) },
  { weight: 1, arbitrary: fc.boolean().map((fail) => ({ kind: 'fsync' as const, fail })) },
  { weight: 1, arbitrary: fc.option(fc.nat(400)).map((spaceLeft) => ({ kind: 'disk' as const, spaceLeft })) },
);

const AT = '2024-04-01T00:00:00.000Z';

/** The model: what a Map does with the same edits. */
function applyToModel(model: Map<string, Annotation>, o: Op): boolean {
  if (o.kind === 'put') model.set(o.a.id, o.a);
  else if (o.kind === 'putMany') {
    if (o.list.length === 0) return false;
    for (const a of o.list) model.set(a.id, a);
  } else if (o.kind === 'remove') {
    const existing = model.get(o.id);
    if (!existing) return false;
    if (existing.deletedAt === undefined) model.set(o.id, { ...existing, updatedAt: AT, deletedAt: AT });
  } else return false;
  return true;
}

describe('model property', () => {
  it.each([
    ['in line', 1000],
    ['in the background', 0],
  ])(
    'any edits, compactions (%s), reopens, crashes and full disks: every acknowledged state survives',
    async (_, from) => {
      await fc.assert(
        fc.asyncProperty(fc.array(op, { maxLength: 18 }), async (ops) => {
          const dir = tempDir();
          let fsx = faultyFs();
          let store: AnnotationStore = await reopenAfterCrash(dir, {
            fs: fsx,
            compactEvery: 3,
            backgroundCompactionFrom: from,
          });
          // Model states after each accepted edit; what is on disk must be one of them, never older
          // than the last acknowledged one.
          const model = new Map<string, Annotation>();
          let states: Map<string, Annotation>[] = [new Map()];
          let acked = 0;
          const check = (list: readonly Annotation[]) => {
            const candidates = states.slice(acked).map((s) => byId([...s.values()]));
            expect(candidates).toContainEqual(byId(list));
            const found = candidates.findIndex((c) => JSON.stringify(c) === JSON.stringify(byId(list)));
            // Reopened state becomes the new truth.
            model.clear();
            for (const a of list) model.set(a.id, a);
            states = [new Map(model)];
            acked = 0;
            return found;
          };
          for (const o of ops) {
            if (o.kind === 'disk')
              fsx.spaceLeft = o.spaceLeft; // a number: that many bytes fit, then ENOSPC
            else if (o.kind === 'fsync') fsx.failFsync = o.fail;
            else if (o.kind === 'compact') await store.compact();
            else if (o.kind === 'burst') {
              const results = await Promise.all(o.list.map((a) => store.put(a)));
              for (const [i, result] of results.entries()) {
                const a = o.list[i];
                if (!a || !(result.ok || result.error.code === 'save-failed')) continue;
                model.set(a.id, a);
                states.push(new Map(model));
                if (result.ok) acked = states.length - 1;
              }
              expect(byId(store.list())).toStrictEqual(byId([...model.values()]));
            } else if (o.kind === 'reopen' || o.kind === 'crash') {
              if (o.kind === 'reopen') {
                fsx.spaceLeft = null;
                fsx.failFsync = false;
                expect((await store.retry()).ok).toBe(true);
                await store.close();
              } else fsx.crash();
              fsx = faultyFs();
              store = await reopenAfterCrash(dir, {
                fs: fsx,
                compactEvery: 3,
                backgroundCompactionFrom: from,
              });
              // A crash only ever loses unacknowledged work: never a notice about damage.
              expect(store.status).toEqual({ readOnly: false, notices: [] });
              check(store.list());
            } else {
              const result =
                o.kind === 'put'
                  ? await store.put(o.a)
                  : o.kind === 'remove'
                    ? await store.remove(o.id, AT)
                    : await store.putMany(o.list);
              const accepted = result.ok || result.error.code === 'save-failed';
              if (accepted && applyToModel(model, o)) states.push(new Map(model));
              // Any ok, even for an empty batch or a repeated delete, means everything before it is on disk.
              if (result.ok) acked = states.length - 1;
              // In memory the store always shows every accepted edit, saved or not.
              expect(byId(store.list())).toStrictEqual(byId([...model.values()]));
            }
          }
          fsx.spaceLeft = null;
          fsx.failFsync = false;
          expect((await store.retry()).ok).toBe(true);
          expect(store.pending()).toBe(0);
          await store.close();
          const final = await reopenAfterCrash(dir);
          expect(final.status).toEqual({ readOnly: false, notices: [] });
          expect(byId(final.list())).toStrictEqual(byId([...model.values()]));
          await final.close();
        }),
        { numRuns: 100 },
      );
    },
    60_000,
  );
});
