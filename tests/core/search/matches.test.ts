import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../../core/report/model';
import { foldText } from '../../../core/search/normalize';
import { buildSearchIndex } from '../../../core/search/search-index';
import { smallReport } from './fixtures';
import { bundledReport } from './query-table';

const report = (...texts: string[]): ReportDocument => ({
  ...smallReport,
  blocks: texts.map((text, i) => ({ id: `b${i}`, type: 'paragraph', text })),
  glossary: [],
});

const slices = (text: string, spans: readonly { start: number; end: number }[]) =>
  spans.map((s) => text.slice(s.start, s.end));

describe('Hit.matches: one span per exact occurrence', () => {
  it('lists overlapping occurrences one by one, where ranges merge them', () => {
    const hit = buildSearchIndex(report('煤煤煤，煤')).search('煤煤').groups.body[0];
    expect(hit?.matches).toEqual([
      { start: 0, end: 2 },
      { start: 1, end: 3 },
    ]);
    expect(hit?.ranges).toEqual([{ start: 0, end: 3 }]);
  });

  it('gives offsets in the original text, across quotes, spaces and full-width forms', () => {
    const text = '国企改革“32字”要求，共印 950 份，ＰＭ２．５下降';
    const index = buildSearchIndex(report(text));
    const marked = (q: string) => slices(text, index.search(q).groups.body[0]?.matches ?? []);
    expect(marked('32字要求')).toEqual(['32字”要求']);
    expect(marked('950份')).toEqual(['950 份']);
    expect(marked('pm2.5')).toEqual(['ＰＭ２．５']);
    expect(marked('“32字”')).toEqual(['32字']);
  });

  it('lists every word of a query of several, in reading order', () => {
    const text = '智能化改造，夯实煤炭基本盘，煤矿实现智能化开采';
    const hit = buildSearchIndex(report(text)).search('煤炭 智能化').groups.body[0];
    expect(slices(text, hit?.matches ?? [])).toEqual(['智能化', '煤炭', '智能化']);
    expect(hit?.matches.map((m) => m.start)).toEqual([0, 8, 18]);
  });

  it('is empty for related hits', () => {
    const partial = buildSearchIndex(smallReport).search('新城建设').related[0];
    expect(partial?.literal).toBe(false);
    expect(partial?.ranges.length).toBeGreaterThan(0);
    expect(partial?.matches).toEqual([]);
  });

  it('counts what an independent scan counts, each span folding to the query (bundled report)', () => {
    const doc = bundledReport();
    const index = buildSearchIndex(doc);
    const byId = new Map(doc.blocks.map((b) => [b.id, b.text]));
    const fold = (s: string) => foldText(s).replaceAll(' ', '');
    const count = (text: string, word: string) => {
      let n = 0;
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) n++;
      return n;
    };
    fc.assert(
      fc.property(
        fc.nat(doc.blocks.length - 1),
        fc.nat(),
        fc.integer({ min: 1, max: 6 }),
        (i, at, length) => {
          const block = doc.blocks[i];
          if (!block) return;
          const start = at % block.text.length;
          const word = fold(block.text.slice(start, start + length));
          fc.pre(word.length > 0);
          const results = index.search(word);
          for (const hit of results.groups.body.filter((h) => h.literal)) {
            const text = byId.get(hit.blockId ?? '') ?? '';
            expect(hit.matches).toHaveLength(count(fold(text), word));
            for (const span of slices(text, hit.matches)) expect(fold(span)).toBe(word);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
