import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../core/search/corpus';
import type { SearchDoc } from '../../../core/search/documents';
import { positions } from '../../../core/search/literal';
import { scoreTerms } from '../../../core/search/score';

const docs: SearchDoc[] = ['煤炭产量需要核对', '煤炭煤炭，还是煤炭', '与查询无关', '核对', '15g不是5g'].map(
  (text) => ({ kind: 'note', fields: [{ name: 'note', text }] }),
);
const corpus = buildCorpus(docs);
const scan = (needle: string) => positions(corpus.texts.text, needle);
const score = (terms: string[]) => scoreTerms(corpus, terms, scan);

describe('scoreTerms', () => {
  it('counts, per document, the distinct terms it contains', () => {
    expect([...score(['煤炭', '核对']).terms]).toEqual([2, 1, 0, 1, 0]);
  });

  it('scores more matched terms and more occurrences higher, and documents without a term 0', () => {
    const both = score(['煤炭', '核对']).score;
    expect(both[0] ?? 0).toBeGreaterThan(both[3] ?? 0);
    expect(both[2]).toBe(0);
    const one = score(['煤炭']).score;
    expect(one[1] ?? 0).toBeGreaterThan(one[0] ?? 0);
  });

  it('counts titles double', () => {
    const titled = buildCorpus([
      { kind: 'note', fields: [{ name: 'note', text: '建议' }] },
      { kind: 'note', fields: [{ name: 'tag', text: '建议', title: true }] },
    ]);
    const s = scoreTerms(titled, ['建议'], (n) => positions(titled.texts.text, n)).score;
    expect(s[1]).toBeCloseTo(2 * (s[0] ?? 0));
  });

  it('counts a word term only where it is a whole word', () => {
    expect([...score(['5g']).terms]).toEqual([0, 0, 0, 0, 1]);
    expect([...score(['15g']).terms]).toEqual([0, 0, 0, 0, 1]);
    expect([...score(['g']).terms]).toEqual([0, 0, 0, 0, 0]);
  });

  it('handles no documents and no terms', () => {
    const none = buildCorpus([]);
    expect(scoreTerms(none, ['煤炭'], () => new Int32Array()).score).toHaveLength(0);
    expect([...score([]).terms]).toEqual([0, 0, 0, 0, 0]);
  });
});
