import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../core/report/model';
import { foldText } from '../../../core/search/normalize';
import { buildSearchIndex } from '../../../core/search/search-index';
import { note, smallReport } from './fixtures';

const report = (texts: readonly string[], glossary: ReportDocument['glossary'] = []): ReportDocument => ({
  ...smallReport,
  blocks: texts.map((text, i) => ({ id: `b${i}`, type: 'paragraph', text })),
  glossary,
});

const fold = (s: string) => foldText(s).replaceAll(' ', '');

describe('one folded corpus for many fields', () => {
  it('never matches a word across two blocks, two fields of an entry, or two notes', () => {
    const glossary = [{ id: 'g', term: '甲煤', aliases: ['炭乙'], definition: '丙', occurrences: [] }];
    const index = buildSearchIndex(report(['前一段煤', '炭后一段'], glossary), [
      note('n1', 'b0', '批注煤'),
      note('n2', 'b1', '炭批注'),
    ]);
    const { groups } = index.search('煤炭');
    expect([...groups.body, ...groups.glossary, ...groups.notes].filter((h) => h.literal)).toEqual([]);
    const literal = index.search('一段煤').groups.body.filter((h) => h.literal);
    expect(literal.map((h) => h.blockId)).toEqual(['b0']);
  });

  it('counts a word term only as a whole word (5g is not in 15g)', () => {
    const index = buildSearchIndex(report(['15G网络', '5G网络', '基站建设']));
    const hits = index.search('5G基站').related.map((h) => [h.blockId, h.literal]);
    // The query's terms are 5g and 基站: b1 and b2 have one each (a related hit); b0 has "5g" inside 15g only.
    expect(hits).toEqual([
      ['b1', false],
      ['b2', false],
    ]);
  });

  const unit = fc.constantFrom(
    'a',
    'Ａ',
    'Z',
    '“',
    '”',
    ' ',
    '　',
    '\n',
    '人',
    '煤',
    '炭',
    '…',
    '.',
    '5',
    '𠀀',
    '₁',
  );
  const text = fc.string({ unit, maxLength: 24 });

  it('finds exactly the blocks and notes that hold the word, and maps every occurrence back', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 6 }),
        fc.array(text, { maxLength: 4 }),
        fc.string({ unit, minLength: 1, maxLength: 4 }),
        (blocks, notes, query) => {
          const word = fold(query);
          fc.pre(word.length > 0 && !foldText(query).includes(' '));
          const annotations = notes.map((t, i) => note(`n${i}`, 'b0', t, { tags: [t] }));
          const results = buildSearchIndex(report(blocks), annotations).search(query);
          const literal = (hits: typeof results.groups.body) => hits.filter((h) => h.literal);

          const bodyExpected = blocks.flatMap((t, i) => (fold(t).includes(word) ? [`b${i}`] : []));
          expect(
            literal(results.groups.body)
              .map((h) => h.blockId)
              .sort(),
          ).toEqual(bodyExpected.sort());
          const notesExpected = annotations.flatMap((a) =>
            a.note.trim() && [a.note, a.target.exact, ...a.tags].some((t) => fold(t).includes(word))
              ? [a.id]
              : [],
          );
          expect(
            literal(results.groups.notes)
              .map((h) => h.annotationId)
              .sort(),
          ).toEqual(notesExpected.sort());

          for (const hit of [...literal(results.groups.body), ...literal(results.groups.notes)]) {
            const source =
              hit.kind === 'block'
                ? (blocks[Number(hit.blockId?.slice(1))] ?? '')
                : hit.field === 'quote'
                  ? '地区'
                  : (notes[Number(hit.annotationId?.slice(1))] ?? '');
            expect(hit.matches.length).toBeGreaterThan(0);
            for (const m of hit.matches) expect(fold(source.slice(m.start, m.end))).toContain(word);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
