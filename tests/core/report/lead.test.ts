import { describe, expect, it } from 'vitest';
import { findLead } from '../../../core/report/lead';

describe('findLead', () => {
  it('takes a short first sentence without a comma', () => {
    expect(findLead('完善城市功能。完成投资54亿元。', [])).toBe('完善城市功能。');
    expect(findLead('筑牢疫情防控之“堤”。坚持外防输入。', [])).toBe('筑牢疫情防控之“堤”。');
  });

  it('does not take a sentence with a comma, a long one, a whole paragraph or one ending in ：', () => {
    expect(findLead('这一年，我们紧盯目标。经济运行交出了高分报表。', [])).toBeUndefined();
    expect(findLead('我们持续推进重点领域和关键环节改革创新取得积极成效。后文。', [])).toBeUndefined();
    expect(findLead('完善城市功能。', [])).toBeUndefined();
    expect(findLead('今年政府工作的总体要求是：坚持稳中求进。', [])).toBeUndefined();
  });

  it('takes a leading bold span that ends in 。, however long', () => {
    const text = '一是稳住工业基本盘，扩大有效投资，保持经济平稳运行。全年新增企业42家。';
    expect(findLead(text, [{ type: 'bold', start: 0, end: 26 }])).toBe(text.slice(0, 26));
    expect(findLead('着力扩大内需。推动消费。', [{ type: 'bold', start: 0, end: 6 }])).toBe('着力扩大内需。');
    expect(findLead('今年的总体要求是：稳。', [{ type: 'bold', start: 3, end: 7 }])).toBeUndefined();
  });
});
