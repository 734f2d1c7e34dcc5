import { describe, expect, it } from 'vitest';
import { foldText } from '../../../core/search/normalize';
import { buildSearchIndex } from '../../../core/search/search-index';
import { bundledReport, literalScanner, QUERY_TABLE } from './query-table';

const doc = bundledReport();
const index = buildSearchIndex(doc);
const scan = literalScanner(doc.blocks);
const textOf = new Map(doc.blocks.map((b) => [b.id, b.text]));

describe.each(QUERY_TABLE)('query $query on the bundled report', ({ query, blocks, glossary = [] }) => {
  const results = index.search(query);
  const body = results.groups.body;
  const literal = body.filter((h) => h.literal);

  it('finds exactly the blocks a literal scan finds, as literal hits', () => {
    const expected = scan(query);
    expect(literal.map((h) => h.blockId).sort()).toEqual([...expected].sort());
    expect(expected).toEqual(expect.arrayContaining(blocks));
  });

  it('lists only literal hits as hits, partial ones as related results', () => {
    expect(body.every((h) => h.literal)).toBe(true);
    expect(results.related.every((h) => !h.literal)).toBe(true);
  });

  it('marks each word of the query in the original text of every literal hit', () => {
    for (const hit of literal) {
      const text = textOf.get(hit.blockId ?? '') ?? '';
      const marked = hit.ranges.map((r) => foldText(text.slice(r.start, r.end))).join(' ');
      for (const word of results.words) expect(marked).toContain(word);
      expect(hit.snippet.hits.length).toBeGreaterThan(0);
    }
  });

  it('finds the glossary entries', () => {
    const found = results.groups.glossary.filter((h) => h.literal).map((h) => h.glossaryId);
    expect(found).toEqual(expect.arrayContaining(glossary));
  });
});

describe('query table: equivalences', () => {
  const ids = (q: string) => index.search(q).groups.body.map((h) => h.blockId);
  it('finds the same with and without quotes, and in full width', () => {
    expect(ids('“双减”')).toEqual(ids('双减'));
    expect(ids('５Ｇ基站')).toEqual(ids('5G基站'));
    expect(ids('ＰＭ２．５')).toEqual(ids('PM2.5'));
    expect(ids('vocs')).toEqual(ids('VOCs'));
  });
});
