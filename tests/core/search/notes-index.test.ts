import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../core/annotations/model';
import { corpusOf } from '../../../core/search/corpus';
import { toHit } from '../../../core/search/hits';
import { byScore, findMatches } from '../../../core/search/match';
import type { SearchOptions } from '../../../core/search/model';
import { noteDocs } from '../../../core/search/documents';
import { emptyNotes, refreshNotes } from '../../../core/search/notes-cache';
import { NotesIndex } from '../../../core/search/notes-index';
import { NotesUpdate } from '../../../core/search/notes-update';
import { parseQuery } from '../../../core/search/query';
import { buildSearchIndex, type SearchIndex } from '../../../core/search/search-index';
import { note, smallReport } from './fixtures';

/** Characters the notes are made of, so that queries often hit several notes and sometimes span words. */
const UNITS = [
  '核',
  '对',
  '数',
  '据',
  '建',
  '议',
  '煤',
  '炭',
  '双',
  '减',
  ' ',
  '5',
  'g',
  '.',
  'P',
  'm',
  '2',
  '“',
  '”',
];
const QUERIES = [
  '核对',
  '数据',
  '建议',
  '煤',
  '煤炭 数据',
  'pm2.5',
  'PM2',
  '5g',
  '“双减”',
  '双减',
  'g.',
  '核 g',
  '对数',
];
const BLOCKS = smallReport.blocks.map((b) => b.id);
const OPTIONS: SearchOptions[] = [{}, { limit: 2 }, { order: 'relevance' }, { limit: 1, order: 'relevance' }];

const text = fc.array(fc.constantFrom(...UNITS), { maxLength: 16 }).map((u) => u.join(''));
const content = fc.record({
  note: text,
  tags: fc.array(fc.constantFrom('数据核对', '建议', 'pm2.5', '5G'), { maxLength: 2 }),
  blockId: fc.constantFrom(...BLOCKS),
  start: fc.nat(6),
});
type Content = typeof content extends fc.Arbitrary<infer T> ? T : never;

const annotation = (id: string, c: Content): Annotation =>
  note(id, c.blockId, c.note, {
    tags: c.tags,
    target: { blockId: c.blockId, start: c.start, end: c.start + 2, exact: '数据', prefix: '', suffix: '' },
  });

/** An edit of the list of notes: add one, change one, delete one (tombstone or gone), or move one to the end. */
const op = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), content }),
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), content }),
  fc.record({ kind: fc.constant('tombstone' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat() }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function apply(list: Annotation[], o: Op, serial: number): Annotation[] {
  if (o.kind === 'add') return [...list, annotation(`n${serial}`, o.content)];
  if (list.length === 0) return list;
  const i = o.at % list.length;
  const target = list[i] as Annotation;
  if (o.kind === 'edit') return list.map((a, j) => (j === i ? annotation(a.id, o.content) : a));
  if (o.kind === 'tombstone')
    return list.map((a, j) => (j === i ? { ...a, deletedAt: '2022-04-21T00:00:00.000Z' } : a));
  if (o.kind === 'remove') return list.filter((_, j) => j !== i);
  return [...list.filter((_, j) => j !== i), target];
}

const answers = (index: SearchIndex) =>
  QUERIES.flatMap((q) => OPTIONS.map((options) => index.search(q, options)));

describe('the notes index', () => {
  it('after any sequence of adds, edits and removals answers as an index built from scratch', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), fc.array(fc.integer({ min: 1, max: 5 })), (ops, steps) => {
        const index = buildSearchIndex(smallReport);
        let list: Annotation[] = [];
        ops.forEach((o, serial) => {
          list = apply(list, o, serial);
          // Some updates run in steps of a few notes, as the worker runs them; others at once.
          const units = steps[serial];
          if (units === undefined) index.updateNotes(list);
          else {
            const build = index.startNotesUpdate(list);
            while (build.step(units) === 'building');
          }
        });
        expect(answers(index)).toEqual(answers(buildSearchIndex(smallReport, list)));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the notes, scores and hits a literal scan of one corpus of all notes finds', () => {
    fc.assert(
      fc.property(fc.array(content, { maxLength: 20 }), fc.constantFrom(...QUERIES), (contents, query) => {
        const list = contents.map((c, i) => annotation(`n${i}`, c));
        const results = buildSearchIndex(smallReport, list).search(query, { order: 'relevance' });
        // The reference: every note folded into one corpus and scanned whole (how notes were searched before).
        const corpus = corpusOf(refreshNotes(emptyNotes, list).docs);
        const parsed = parseQuery(query);
        const found = findMatches(corpus, parsed);
        const hits = (matches: typeof found.exact) =>
          [...matches].sort(byScore).map((m) => toHit(corpus, m, parsed));
        expect(results.groups.notes).toEqual(hits(found.exact));
        expect(results.related.filter((h) => h.kind === 'note')).toEqual(hits(found.related));
      }),
      { numRuns: 300 },
    );
  });

  it('answers from the notes indexed before, whole, while an update is in steps, and from the new ones after', () => {
    fc.assert(
      fc.property(
        fc.array(content, { maxLength: 12 }),
        fc.array(content, { maxLength: 12 }),
        fc.array(content, { maxLength: 12 }),
        fc.integer({ min: 1, max: 3 }),
        (a, b, c, units) => {
          const before = a.map((x, i) => annotation(`n${i}`, x));
          // The next lists keep some ids (edited or not) and bring new ones.
          const next = b.map((x, i) => (i % 2 === 0 && before[i] ? before[i] : annotation(`m${i}`, x)));
          const last = c.map((x, i) => (i % 3 === 0 && next[i] ? next[i] : annotation(`k${i}`, x)));
          const index = buildSearchIndex(smallReport, before);
          const expectedBefore = answers(buildSearchIndex(smallReport, before));
          const first = index.startNotesUpdate(next);
          first.step(units);
          if (!first.committed) expect(answers(index)).toEqual(expectedBefore);
          // A newer update replaces the unfinished one; until it commits, the notes before still answer.
          const second = index.startNotesUpdate(last);
          if (!first.committed) expect(first.state).toBe('cancelled');
          const committedBefore = first.committed
            ? answers(buildSearchIndex(smallReport, next))
            : expectedBefore;
          while (second.step(units) === 'building') {
            if (!second.committed) expect(answers(index)).toEqual(committedBefore);
          }
          expect(second.state).toBe('ready');
          expect(answers(index)).toEqual(answers(buildSearchIndex(smallReport, last)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('drops freed entries once they outnumber the live ones, with the same answers', () => {
    const notes = Array.from({ length: 300 }, (_, i) =>
      note(`n${i}`, BLOCKS[i % BLOCKS.length] ?? 'p1', `第${i}条：数据核对，建议补充煤炭产量和pm2.5的来源`),
    );
    const index = new NotesIndex();
    let update = new NotesUpdate(index, noteDocs(notes));
    update.step(Number.POSITIVE_INFINITY);
    const garbage: number[] = [];
    // Every note rewritten, round after round: the old versions' entries are garbage until compacted away.
    for (const round of ['一', '二', '三']) {
      const edited = notes.map((n) => ({ ...n, note: `${n.note}（第${round}次修改）` }));
      update = new NotesUpdate(index, noteDocs(edited), update);
      while (!update.committed) update.step(16);
      garbage.push(index.garbageEntries);
      while (update.step(1) === 'building');
      garbage.push(index.garbageEntries);
      const reference = buildSearchIndex(smallReport, edited);
      for (const q of QUERIES) {
        const counts = [index.match(parseQuery(q)).exact.length, index.match(parseQuery(q)).related.length];
        const { groupTotals, related } = reference.search(q);
        expect(counts).toEqual([groupTotals.notes, related.filter((h) => h.kind === 'note').length]);
      }
    }
    // Garbage grew after the first rewrite, and a later round compacted it to nothing.
    expect(garbage[0]).toBeGreaterThan(0);
    expect(garbage).toContain(0);
    expect(Math.max(...garbage)).toBeLessThan(3 * (garbage[0] ?? 0));
  });
});

describe('hit limits', () => {
  it('count every exact hit per group and in all, and return the first of them', () => {
    fc.assert(
      fc.property(
        fc.array(content, { maxLength: 20 }),
        fc.constantFrom('数据', '煤', '人', '丹河新城', '核对', 'pm2.5', '5g'),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom<SearchOptions['order']>('reading', 'relevance'),
        (contents, query, limit, order) => {
          const index = buildSearchIndex(
            smallReport,
            contents.map((c, i) => annotation(`n${i}`, c)),
          );
          const all = index.search(query, { order });
          const some = index.search(query, { order, limit });
          for (const group of ['body', 'glossary', 'notes'] as const) {
            expect(some.groupTotals[group]).toBe(all.groups[group].length);
            expect(some.groups[group]).toEqual(all.groups[group].slice(0, limit));
          }
          const { body, glossary, notes } = some.groupTotals;
          expect(some.total).toBe(body + glossary + notes);
          expect(some.relatedTotal).toBe(all.related.length);
          expect(some.related).toEqual(all.related.slice(0, limit));
          expect(some.count).toBe(all.count);
          expect(some.occurrences).toEqual(all.occurrences);
        },
      ),
      { numRuns: 300 },
    );
  });
});
