/**
 * Issue 14, "Search counts what the text holds": the count, the marks and the steps cover exact occurrences
 * only; partial matches are a separate group (相关结果), never counted; exact hits come in reading order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../core/report/model';
import { foldText } from '../../../core/search/normalize';
import { buildSearchIndex } from '../../../core/search/search-index';
import { note, smallReport } from './fixtures';
import { bundledReport } from './query-table';

const report = (...texts: string[]): ReportDocument => ({
  ...smallReport,
  blocks: texts.map((text, i) => ({ id: `b${i}`, type: 'paragraph', text })),
  glossary: [],
});

const fold = (s: string) => foldText(s).replaceAll(' ', '');

/** Occurrences of `word` in `text` by a plain scan of the folded text (overlapping ones included). */
const countIn = (text: string, word: string) => {
  let n = 0;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) n++;
  return n;
};

const doc = bundledReport();
const index = buildSearchIndex(doc);
const textOf = new Map(doc.blocks.map((b) => [b.id, b.text]));

describe('exact hits and 相关结果', () => {
  it('counts 高质量发展 20 times in the bundled report, not its look-alikes', () => {
    const results = index.search('高质量发展');
    const scanned = doc.blocks.reduce((n, b) => n + countIn(fold(b.text), '高质量发展'), 0);
    expect(scanned).toBe(20);
    expect(results.count).toBe(20);
    expect(results.occurrences.reduce((n, o) => n + o.matches.length, 0)).toBe(20);
    for (const { blockId, matches } of results.occurrences) {
      for (const m of matches)
        expect(fold((textOf.get(blockId) ?? '').slice(m.start, m.end))).toBe('高质量发展');
    }
    // Only exact hits in the groups; the look-alikes (高质量办理, 提质量, 优质均衡发展) are 相关结果.
    expect(results.groups.body.every((h) => h.literal)).toBe(true);
    expect(results.related.length).toBeGreaterThan(0);
    for (const hit of results.related) {
      expect(hit.literal).toBe(false);
      expect(hit.matches).toEqual([]);
      expect(fold(textOf.get(hit.blockId ?? '') ?? '')).not.toContain('高质量发展');
    }
    expect(results.total).toBe(results.groups.body.length);
  });

  it('counts 新质生产力 once, whatever shares its characters', () => {
    const index = buildSearchIndex(
      report('加快形成新质生产力。', '提高全要素生产力', '新质生产要素', '质生'),
    );
    const results = index.search('新质生产力');
    expect(results.count).toBe(1);
    expect(results.groups.body.map((h) => h.blockId)).toEqual(['b0']);
    // b1 and b2 hold half or more of its terms (新质 质生 生产 产力): related; b3 only one of four: nothing.
    expect(results.related.map((h) => h.blockId).sort()).toEqual(['b1', 'b2']);
    expect(results.occurrences).toEqual([{ blockId: 'b0', matches: [{ start: 4, end: 9 }] }]);
  });

  it('lists exact hits in reading order by default, by relevance when asked', () => {
    const index = buildSearchIndex(report('发展', '发展发展发展，发展是第一要务', '发展发展'));
    expect(index.search('发展').groups.body.map((h) => h.blockId)).toEqual(['b0', 'b1', 'b2']);
    const ranked = index.search('发展', { order: 'relevance' }).groups.body;
    expect(ranked.map((h) => h.blockId)).not.toEqual(['b0', 'b1', 'b2']);
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(ranked[i]?.score ?? 0);
  });

  it('lists notes in the reading order of the passages they annotate', () => {
    const at = (id: string, blockId: string, start: number) =>
      note(id, blockId, '核对数据', {
        target: { blockId, start, end: start + 2, exact: '煤炭', prefix: '', suffix: '' },
      });
    const index = buildSearchIndex(smallReport, [at('c', 'p1-3', 2), at('b', 'p1-2', 9), at('a', 'p1-2', 1)]);
    expect(index.search('核对').groups.notes.map((h) => h.annotationId)).toEqual(['a', 'b', 'c']);
  });

  it('limits each list, but counts every exact hit and every occurrence', () => {
    const all = index.search('发展');
    const limited = index.search('发展', { limit: 2 });
    expect(limited.groups.body).toHaveLength(2);
    expect(limited.total).toBe(all.total);
    expect(limited.count).toBe(all.count);
    expect(limited.occurrences).toEqual(all.occurrences);
    expect(limited.related.length).toBeLessThanOrEqual(2);
    expect(limited.relatedTotal).toBe(all.relatedTotal);
  });

  it('gives the occurrences block by block in reading order, the same spans as the hits', () => {
    const order = new Map(doc.blocks.map((b, i) => [b.id, i]));
    fc.assert(
      fc.property(
        fc.constantFrom('发展', '煤炭 智能化', '的', '高质量', '“双减”', 'PM2.5', '人'),
        (query) => {
          const results = index.search(query);
          const positions = results.occurrences.map((o) => order.get(o.blockId) ?? -1);
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
          const byBlock = new Map(results.occurrences.map((o) => [o.blockId, o.matches]));
          for (const hit of results.groups.body) expect(byBlock.get(hit.blockId ?? '')).toEqual(hit.matches);
          expect(results.count).toBe(results.occurrences.reduce((n, o) => n + o.matches.length, 0));
        },
      ),
    );
  });

  it('keeps exact and related apart on any query', () => {
    fc.assert(
      fc.property(
        fc.nat(doc.blocks.length - 1),
        fc.nat(),
        fc.integer({ min: 1, max: 8 }),
        (i, at, length) => {
          const text = doc.blocks[i]?.text ?? '';
          const query = text.slice(at % Math.max(1, text.length), (at % Math.max(1, text.length)) + length);
          const results = index.search(query);
          const words = results.words;
          for (const hit of results.groups.body) {
            const folded = fold(textOf.get(hit.blockId ?? '') ?? '');
            for (const w of words) expect(folded).toContain(w);
          }
          for (const hit of results.related.filter((h) => h.kind === 'block')) {
            const folded = fold(textOf.get(hit.blockId ?? '') ?? '');
            expect(words.every((w) => folded.includes(w))).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
