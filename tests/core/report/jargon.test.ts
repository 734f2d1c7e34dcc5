import { describe, expect, it } from 'vitest';
import {
  classifyQuotedTerm,
  findUnexplainedTerms,
  placeOf,
  rankUnexplainedTerms,
} from '../../../core/report/jargon';
import { mustParse, readBundled } from './report-fixtures';

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

describe('how term-like a quoted string is (未释义术语 with fewer false positives)', () => {
  it.each([
    ['六稳', 'numbered'],
    ['十四五', 'numbered'],
    ['一老一小', 'numbered'],
    ['两个维护', 'numbered'],
    ['互联网+监管', 'compound'],
    ['136', 'code'],
    ['放管服', 'coined'],
    ['紧日子', 'coined'],
  ] as const)('%s is a term (%s)', (term, reason) => {
    expect(classifyQuotedTerm(term)).toMatchObject({ termLike: true, reason });
  });

  it.each([
    ['山西省文旅建设先进县', 'honour'],
    ['全国双拥模范城（县）', 'honour'],
    ['秋风古韵·畅游泽州', 'title'],
    ['深化转型项目建设年', 'title'],
    ['六大战略定位', 'description'],
    ['八方面重点工作', 'description'],
    ['无处不在', 'phrase'],
    ['家校（园）共育', 'phrase'],
    ['喜洋洋', 'phrase'],
    ['23.7', 'figure'],
    ['超10万', 'figure'],
  ] as const)('%s is not (%s)', (term, reason) => {
    expect(classifyQuotedTerm(term)).toMatchObject({ termLike: false, reason });
  });

  it('takes a name starting with the report’s own place for a local name, not a term', () => {
    expect(classifyQuotedTerm('泽州好礼', '泽州')).toMatchObject({ termLike: false, reason: 'title' });
    expect(classifyQuotedTerm('泽州好礼')).toMatchObject({ termLike: true });
    expect(placeOf([undefined, '泽州县七届人大三次会议文件(19)'])).toBe('泽州');
    expect(placeOf(['——2022年4月26日在泽州县第七届人民代表大会第三次会议上'])).toBe('泽州');
    expect(placeOf(['2020年阜平县政府工作报告'])).toBe('阜平');
    expect(placeOf(['政府工作报告'])).toBe('');
  });

  it('ranks the most term-like first and sets the rest aside with the reason, losing none', () => {
    const terms = ['泽州好礼', '紧日子', '六稳', '无处不在', '互联网+监管', '三农'].map((term) => ({
      term,
      occurrences: [],
    }));
    const ranked = rankUnexplainedTerms(terms, '泽州');
    expect(ranked.terms.map((t) => [t.term, t.reason])).toEqual([
      ['六稳', 'numbered'],
      ['互联网+监管', 'compound'],
      ['三农', 'numbered'],
      ['紧日子', 'coined'],
    ]);
    expect(ranked.others.map((t) => [t.term, t.reason])).toEqual([
      ['泽州好礼', 'title'],
      ['无处不在', 'phrase'],
    ]);
  });
});

describe('未释义术语 of the bundled report', () => {
  const doc = mustParse(readBundled());
  const m = doc.meta;
  const ranked = rankUnexplainedTerms(
    doc.unexplainedTerms,
    placeOf([m.documentNumber, m.dateLine, m.issuer]),
  );

  it('lists the honours, names, counts and ordinary phrases apart, and keeps the shorthand', () => {
    expect(doc.unexplainedTerms).toHaveLength(69);
    expect(ranked.terms.length + ranked.others.length).toBe(69);
    expect(ranked.others.map((t) => t.term)).toEqual([
      '深化转型项目建设年',
      '山西省文旅建设先进县',
      '家校（园）共育',
      '六大战略定位',
      '八方面重点工作',
      '无事不扰',
      '无处不在',
      '秋风古韵·畅游泽州',
      '泽州好礼',
    ]);
    for (const term of ['136', '六稳', '放管服', '互联网+监管', '一老一小', '米袋子', '紧日子'])
      expect(ranked.terms.map((t) => t.term)).toContain(term);
  });
});
