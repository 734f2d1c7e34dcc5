import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../core/annotations/model';
import type { PaperBlock } from '../../../core/export/paper';
import { BLANK } from '../../../core/export/paper';
import {
  buildSuggestionDraft,
  figuresIn,
  sentenceAround,
  SIGN,
  type SuggestionInput,
} from '../../../core/export/suggestion-model';
import { doc, LABELS, note, sampleNotes } from './fixture';

const signer = { authorName: '张代表', date: '2026-11-28' };
const draft = (annotations: readonly Annotation[], extra: Partial<SuggestionInput> = {}) =>
  buildSuggestionDraft({ doc, annotations, labels: LABELS, signer, ...extra });

/** The body as text per part: heading → the lines under it. */
function parts(blocks: readonly PaperBlock[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let current = '';
  for (const block of blocks) {
    if (block.type === 'heading') out[(current = block.text)] = [];
    else if (block.type === 'quote') out[current]?.push(`“${block.text}”（${block.source}）`);
    else if (block.type === 'point') out[current]?.push(`${block.number}${block.text}${block.source}`);
    else if (block.type === 'fill') out[current]?.push(block.text);
    else if (block.type === 'sign') out[current]?.push(...block.lines);
  }
  return out;
}

describe('the suggestion draft (代表建议)', () => {
  const figures = note('p1-1', 0, 29, 'blue', { note: '9.5%是否为可比价？' });
  const key = note('p2-s1-1', 0, 14, 'yellow', { note: '' });
  const proposal = note('p2-s1-1', 15, 28, 'green', { note: '建议公布新城建设的年度投资计划' });
  const question = note('p2-s1-1', 29, 36, 'red', { note: '路网建设何时完工？' });

  it('gives 基本情况 from the 重点/数据核对 quotes with citations and figures, 问题分析 from the notes, 具体建议 from the 建议 notes', () => {
    const result = draft([key, proposal, question]);
    expect(result.paper.title).toBe(`关于${BLANK}的建议`);
    expect(result.paper.meta).toEqual([
      '依据《2022年泽州县政府工作报告》的 3 条批注起草',
      '起草人：张代表\u3000日期：2026-11-28',
    ]);
    expect(parts(result.paper.blocks)).toEqual({
      '一、基本情况': [
        '“丹河新城是泽州未来发展的中心，也是全县高质量发展的主引擎。”（报告第二部分（一）第1段）',
      ],
      '二、问题分析': ['1．路网建设何时完工？（第二部分（一）第1段：“今年要加快路网”）'],
      '三、具体建议': [
        '1．建议公布新城建设的年度投资计划（第二部分（一）第1段：“也是全县高质量发展的主引擎”）',
        `领衔代表：${SIGN}`,
        `附议代表：${SIGN}\u3000${SIGN}`,
        `\u3000\u3000\u3000\u3000\u3000${SIGN}\u3000${SIGN}`,
      ],
    });
    expect(result.warning).toBeUndefined();
    expect(result.parts).toEqual(['第二部分']);
  });

  it('names the figures of a quote; years, dates and ordinals are not figures', () => {
    expect(figuresIn('地区生产总值增长9.5%，达到432.7亿元，第3年，2022年4月，提高1.5个百分点')).toEqual([
      '9.5%',
      '432.7亿元',
      '1.5个百分点',
    ]);
    expect(figuresIn('全年新建５Ｇ基站１２０个，增长１５．４％')).toEqual(['5', '120个', '15.4%']);
    const situation = parts(draft([figures]).paper.blocks)['一、基本情况'];
    expect(situation).toEqual([
      '“这一年，经济运行交出了高分报表，地区生产总值增长9.5%。”（报告第一部分第1段；涉及数据：9.5%）',
    ]);
  });

  it('says what to write where the chosen notes give nothing, rather than leave a heading empty', () => {
    const body = parts(draft([question]).paper.blocks);
    expect(body['一、基本情况']).toEqual([
      '（所选批注中没有标为“重点”或“数据核对”的原文，请写明这件事的现状和有关数据。）',
    ]);
    expect(body['三、具体建议']?.[0]).toBe('（所选批注中没有标为“建议”的批注，请写明具体、可办的建议。）');
    const onlyQuote = parts(draft([key]).paper.blocks);
    expect(onlyQuote['二、问题分析']).toEqual(['（所选批注中没有写下的分析，请写明存在的问题及其原因。）']);
  });

  it('takes the subject the user gives as the title, once', () => {
    expect(draft([], { options: { subject: '加快丹河新城路网建设' } }).paper.title).toBe(
      '关于加快丹河新城路网建设的建议',
    );
    expect(draft([], { options: { subject: '关于新城路网的建议' } }).paper.title).toBe('关于新城路网的建议');
  });

  it('warns when the chosen notes lie in different parts of the report (one matter per suggestion)', () => {
    const spread = draft([figures, proposal]);
    expect(spread.parts).toEqual(['第一部分', '第二部分']);
    expect(spread.warning).toBe(
      '所选批注分属报告的第一部分、第二部分：一件代表建议只写一件事（一事一议），请确认它们说的是同一件事，或分开起草。',
    );
    // Sub-parts of one part are one matter's neighbourhood: no warning.
    const within = draft([note('p2-1', 0, 4, 'green'), proposal, note('p2-s2-1', 0, 4, 'yellow')]);
    expect(within.warning).toBeUndefined();
  });

  it('is made from the notes the filter chooses (a tag, a section), bookmarks never', () => {
    const result = draft(sampleNotes(), { filter: { tags: ['疑问'] } });
    expect(result.total).toBe(1);
    expect(parts(result.paper.blocks)['二、问题分析']).toEqual([
      '1．园区平台如何考核？（第二部分（二）第1段：“转型的平台”）',
    ]);
    const all = draft(sampleNotes(), { filter: { bookmarks: true } });
    expect(all.total).toBe(6);
    expect(all.orphans).toBe(1);
  });
});

describe('sentenceAround', () => {
  const text = '一是稳增长。全年地区生产总值达到432.7亿元，增长9.5%。“十四五”开局良好！';
  it('quotes the whole sentence the marked words lie in, with its full stop', () => {
    const start = text.indexOf('432.7亿元');
    expect(sentenceAround(text, start, start + 7)).toBe('全年地区生产总值达到432.7亿元，增长9.5%。');
    expect(sentenceAround(text, 0, 2)).toBe('一是稳增长。');
    expect(sentenceAround(text, text.indexOf('开局'), text.indexOf('开局') + 2)).toBe('“十四五”开局良好！');
    expect(sentenceAround('有“引号。”之后', 1, 3)).toBe('有“引号。”');
  });

  it('quotes the clause of a very long sentence', () => {
    const long = `${'甲'.repeat(100)}；${'乙'.repeat(100)}；丙。`;
    expect(sentenceAround(long, 105, 107)).toBe(`${'乙'.repeat(100)}；`);
  });
});
