/** lunr (with lunr-languages' zh) ranks 相关结果 once its index is built; it never decides what matches. */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../core/search/corpus';
import { reportDocs } from '../../../core/search/documents';
import { buildLunrIndex, buildLunrIndexAtOnce, queryLunr } from '../../../core/search/lunr-zh';
import { parseQuery } from '../../../core/search/query';
import { LUNR_LIMITS, lunrDocs, type RankerBuild } from '../../../core/search/ranker';
import { buildSearchIndex, type SearchIndex } from '../../../core/search/search-index';
import { bundledReport, scaledReport } from './query-table';

const doc = bundledReport();
const docs = lunrDocs(buildCorpus(reportDocs(doc)));

/** Steps a build to its end, a few items at a time, as the worker does. */
function finish(build: RankerBuild | undefined): string {
  if (!build) return 'none';
  let state = build.step(7);
  while (state === 'building') state = build.step(7);
  return state;
}

function withLunr(): SearchIndex {
  const index = buildSearchIndex(doc);
  expect(finish(index.startRanker())).toBe('ready');
  return index;
}

describe('lunr index built in slices', () => {
  it('is the index lunr builds in one call', () => {
    expect(JSON.stringify(buildLunrIndex(docs).toJSON())).toBe(
      JSON.stringify(buildLunrIndexAtOnce(docs).toJSON()),
    );
  });

  it('indexes every Han character and pair and the words, refs that are not array indexes', () => {
    const index = buildLunrIndex(docs);
    const scores = queryLunr(index, ['煤']);
    expect(scores.size).toBeGreaterThan(0);
    expect([...scores.keys()].every((ref) => /^d\d+$/.test(ref))).toBe(true);
    expect(queryLunr(index, ['pm2.5']).size).toBeGreaterThan(0);
    expect(queryLunr(index, ['煤炭']).size).toBe(2);
  });
});

describe('ranking 相关结果', () => {
  it('ranks related results by BM25 until lunr is ready, then by lunr', () => {
    const index = buildSearchIndex(doc);
    expect(index.search('高质量发展').ranking).toBe('bm25');
    const build = index.startRanker();
    expect(build?.step(1)).toBe('building');
    // Searches answer while the build is under way, with the literal tier and BM25.
    expect(index.search('高质量发展')).toMatchObject({ ranking: 'bm25', count: 20 });
    expect(finish(build)).toBe('ready');
    expect(index.search('高质量发展')).toMatchObject({ ranking: 'lunr', count: 20 });
  });

  it('orders related results as lunr scores them, and leaves exact hits and counts alone', () => {
    const before = buildSearchIndex(doc);
    const after = withLunr();
    const lunr = buildLunrIndex(docs);
    const key = (h: { blockId?: string; glossaryId?: string }) => h.blockId ?? h.glossaryId ?? '';
    // lunr's documents are the corpus's, in the same order: d0 is the first block.
    const refOf = new Map(reportDocs(doc).map((d, i) => [key(d), docs[i]?.ref ?? '']));
    for (const query of ['高质量发展', '煤炭 智能化', '经济发展', '生态环境保护', '基础设施建设', '煤 无']) {
      const bm25 = before.search(query);
      const ranked = after.search(query);
      expect(ranked.groups).toEqual(bm25.groups);
      expect(ranked.occurrences).toEqual(bm25.occurrences);
      // The same documents are related; only their order is lunr's.
      expect(ranked.related.map(key).sort()).toEqual(bm25.related.map(key).sort());
      expect(ranked.related.length, query).toBeGreaterThan(1);
      const scores = queryLunr(lunr, parseQuery(query).terms);
      const lunrScores = ranked.related.map((h) => scores.get(refOf.get(key(h)) ?? '') ?? 0);
      expect(lunrScores).toEqual([...lunrScores].sort((a, b) => b - a));
      expect(lunrScores[0]).toBeGreaterThan(0);
    }
  });

  it('never passes user text to lunr’s query parser', () => {
    const index = withLunr();
    for (const query of ['title:煤炭 ~2', '+煤 -炭', '煤*', '^3 发展:', '*', 'body:发展 煤炭^10']) {
      expect(() => index.search(query)).not.toThrow();
      expect(index.search(query).ranking).toBe('lunr');
    }
  });

  it('is not built above its size cap, so related results keep BM25', () => {
    const big = scaledReport(doc, 10);
    const index = buildSearchIndex(big);
    expect(index.startRanker()).toBeUndefined();
    expect(index.search('高质量发展').ranking).toBe('bm25');
    expect(LUNR_LIMITS.maxChars).toBeLessThan(10 * 11_000);
  });

  it('gives up, and keeps BM25, when the index would outgrow its memory ceiling', () => {
    const index = buildSearchIndex(doc);
    const build = index.startRanker({ maxChars: Number.POSITIVE_INFINITY, maxBytes: 2_000_000 });
    expect(finish(build)).toBe('abandoned');
    expect(build?.estimatedBytes).toBeGreaterThan(2_000_000);
    expect(index.search('高质量发展').ranking).toBe('bm25');
  });

  it('estimates within the ceiling what the bundled report’s index costs', () => {
    const build = buildSearchIndex(doc).startRanker();
    expect(finish(build)).toBe('ready');
    expect(build?.estimatedBytes).toBeGreaterThan(1_000_000);
    expect(build?.estimatedBytes).toBeLessThan(LUNR_LIMITS.maxBytes);
  });
});
