import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../core/search/normalize';
import { buildSearchIndex } from '../../../core/search/search-index';
import { bundledReport } from './query-table';

const doc = bundledReport();
const index = buildSearchIndex(doc);
const blockText = new Map(doc.blocks.map((b) => [b.id, b.text]));

/** Half-width printable ASCII → its full-width form (！ … ～). */
const toFullWidth = (s: string): string =>
  s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('search properties', () => {
  it('finds any 2–12 character substring of any block in that block, as a literal hit', () => {
    fc.assert(
      fc.property(
        fc.nat(doc.blocks.length - 1),
        fc.nat(),
        fc.integer({ min: 2, max: 12 }),
        (i, at, length) => {
          const block = doc.blocks[i];
          if (!block) return;
          const start = at % Math.max(1, block.text.length - 1);
          const query = block.text.slice(start, start + length);
          fc.pre(foldText(query).trim().length > 0);
          const hit = index.search(query).groups.body.find((h) => h.blockId === block.id);
          expect(hit?.literal).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws, and keeps its result invariants, on arbitrary strings', () => {
    const syntax = fc.string({
      unit: fc.constantFrom('~', ':', '+', '-', '^', '*', ' ', '“', '煤', 'a', '５', '😀'),
    });
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), syntax, fc.string({ unit: 'grapheme' })),
        (query) => {
          const results = index.search(query);
          const { body, glossary, notes } = results.groups;
          expect(results.total).toBe(body.length + glossary.length + notes.length);
          expect(results.relatedTotal).toBe(results.related.length);
          for (const group of [body, glossary, notes]) expect(group.every((h) => h.literal)).toBe(true);
          expect(results.related.every((h) => !h.literal && h.matches.length === 0)).toBe(true);
          for (const group of [body, glossary, notes, results.related]) {
            for (const hit of group) {
              for (const h of hit.snippet.hits) {
                expect(0 <= h.start && h.start < h.end && h.end <= hit.snippet.text.length).toBe(true);
              }
            }
          }
          for (const hit of body) {
            const length = blockText.get(hit.blockId ?? '')?.length ?? 0;
            for (const r of hit.ranges) expect(0 <= r.start && r.start < r.end && r.end <= length).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('gives the same results for full-width and half-width ASCII', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...'PMpm2.5%GgVOCs 0123456789-:'), minLength: 1 });
    const mixed = fc.tuple(ascii, fc.constantFrom('', '基站', '亿元', '同比')).map(([a, b]) => a + b);
    fc.assert(
      fc.property(mixed, (query) => {
        expect(index.search(toFullWidth(query))).toEqual(index.search(query));
      }),
      { numRuns: 300 },
    );
  });
});
