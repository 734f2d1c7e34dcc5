import { describe, expect, it } from 'vitest';
import { glossaryAliases, linkGlossary } from '../../../core/report/glossary-link';

const link = (terms: string[], texts: string[]): string[][] => {
  const blocks = texts.map((text, i) => ({ id: `b${i + 1}`, text }));
  return linkGlossary(
    terms.map((term) => ({ aliases: glossaryAliases(term) })),
    blocks,
  ).map((ranges) =>
    ranges.map(
      (r) =>
        `${r.blockId}:${r.start}-${r.end}:${blocks.find((b) => b.id === r.blockId)?.text.slice(r.start, r.end)}`,
    ),
  );
};

describe('glossaryAliases', () => {
  it('derives the quote-stripped form and each quoted core', () => {
    expect(glossaryAliases('能耗“双控”')).toEqual(['能耗“双控”', '能耗双控', '“双控”']);
    expect(glossaryAliases('国企改革“32字”要求')).toEqual([
      '国企改革“32字”要求',
      '国企改革32字要求',
      '“32字”',
    ]);
    expect(glossaryAliases('“三无”“三可”')).toEqual(['“三无”“三可”', '三无三可', '“三无”', '“三可”']);
    expect(glossaryAliases('双减')).toEqual(['双减']);
  });

  it('leaves out single-character cores', () => {
    expect(glossaryAliases('农业“特”“优”战略')).toEqual(['农业“特”“优”战略', '农业特优战略']);
  });
});

describe('linkGlossary', () => {
  it('finds quoted and variant forms, longest first and without overlaps', () => {
    expect(
      link(
        ['能耗“双控”', '国企改革“32字”要求'],
        ['严格落实能耗“双控”，全面落实“双碳”“双控”目标要求', '按照“32字”改革要求'],
      ),
    ).toEqual([['b1:4-10:能耗“双控”', 'b1:19-23:“双控”'], ['b2:2-7:“32字”']]);
  });

  it('matches an unquoted term in its quoted form', () => {
    expect(link(['双减'], ['持续推动“双减”工作'])).toEqual([['b1:5-7:双减']]);
  });

  it('does not link inside a longer word', () => {
    expect(link(['双控'], ['建立双控制度', '严格落实双控要求', '“双控”'])).toEqual([
      ['b2:4-6:双控', 'b3:1-3:双控'],
    ]);
  });

  it('gives the longer term the overlap', () => {
    expect(link(['碳达峰', '达峰'], ['推进碳达峰行动'])).toEqual([['b1:2-5:碳达峰'], []]);
  });

  it('handles many blocks (timings belong to the bench)', () => {
    const blocks = Array.from(
      { length: 20000 },
      (_, i) => `第${i}段落实能耗“双控”和双控制度，推进“两新一重”建设。`,
    );
    const found = link(['能耗“双控”', '两新一重', '双控'], blocks);
    expect(found[0]).toHaveLength(20000);
    expect(found[2]).toHaveLength(0);
  });
});
