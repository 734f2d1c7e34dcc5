import { describe, expect, it } from 'vitest';
import { prepareDocs } from '../../../core/search/documents';
import { scanTerms } from '../../../core/search/term-scan';

const docs = prepareDocs(
  ['煤炭产量需要核对', '煤炭煤炭，还是煤炭', '与查询无关', '核对'].map((text) => ({
    kind: 'note' as const,
    fields: [{ name: 'note' as const, text }],
  })),
);

describe('scanTerms', () => {
  it('returns only documents with a term, with the terms they contain', () => {
    const matches = scanTerms(docs, ['煤炭', '核对']);
    expect([...matches.keys()].sort()).toEqual([0, 1, 3]);
    expect(matches.get(0)?.terms).toEqual(['煤炭', '核对']);
    expect(matches.get(1)?.terms).toEqual(['煤炭']);
  });

  it('scores more matched terms and more occurrences higher', () => {
    const matches = scanTerms(docs, ['煤炭', '核对']);
    expect(matches.get(0)?.score ?? 0).toBeGreaterThan(matches.get(3)?.score ?? 0);
    const one = scanTerms(docs, ['煤炭']);
    expect(one.get(1)?.score ?? 0).toBeGreaterThan(one.get(0)?.score ?? 0);
  });

  it('handles no documents and no terms', () => {
    expect(scanTerms([], ['煤炭']).size).toBe(0);
    expect(scanTerms(docs, []).size).toBe(0);
  });
});
