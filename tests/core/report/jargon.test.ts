import { describe, expect, it } from 'vitest';
import { findUnexplainedTerms } from '../../../core/report/jargon';

describe('findUnexplainedTerms', () => {
  const blocks = [
    { id: 'p1-1', text: '纵深推进“放管服”改革，全面落实“六稳”“六保”任务，“十四五”开局。' },
    {
      id: 'p1-2',
      text: '“放管服”再深化，“双控”落实，“渗、滞、蓄”措施，“特”色，《“十四五”规划》和“《条例》”，“一二三四五六七八九十一二三”。',
    },
  ];

  it('lists quoted terms the glossary does not cover, grouped and in order of first occurrence', () => {
    const terms = findUnexplainedTerms(blocks, ['能耗“双控”', '“双控”']);
    expect(terms.map((term) => term.term)).toEqual(['放管服', '六稳', '六保', '十四五']);
    expect(terms[0]?.occurrences).toEqual([
      { blockId: 'p1-1', start: 5, end: 8 },
      { blockId: 'p1-2', start: 1, end: 4 },
    ]);
    expect(terms.find((term) => term.term === '十四五')?.occurrences).toHaveLength(2);
  });

  it('drops terms a glossary alias explains, quoted or not', () => {
    expect(findUnexplainedTerms(blocks, ['放管服', '“六稳”', '“六保”', '十四五']).map((t) => t.term)).toEqual(
      ['双控'],
    );
  });
});
