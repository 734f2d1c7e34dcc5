import { describe, expect, it } from 'vitest';
import { readFooter } from '../../../core/report/footer';
import { parasOf } from './report-fixtures';

const footer = (text: string, skip: (i: number) => boolean = () => false) =>
  readFooter(parasOf(text), 0, skip);

describe('readFooter', () => {
  it('reads issuer, issue date and print run from the last lines', () => {
    expect(footer('正文结束。\n\n大会秘书处\n\n2022年4月25日印发\n\n共印 950 份\n')).toEqual({
      meta: { issuer: '大会秘书处', issueDate: '2022年4月25日印发', printRun: '共印 950 份' },
      indices: [1, 2, 3],
    });
  });

  it('reads a source line in either bracket width, with an ASCII colon, and an issuer and date on one line', () => {
    expect(footer('正文。\n(来源：新华社)').meta).toEqual({ source: '(来源：新华社)' });
    expect(footer('正文。\n（来源：某某日报）').meta).toEqual({ source: '（来源：某某日报）' });
    expect(footer('正文。\n来源 : 某某日报').meta).toEqual({ source: '来源 : 某某日报' });
    expect(footer('正文。\n县人大常委会办公室　　2023年1月5日印发').meta).toEqual({
      issuer: '县人大常委会办公室',
      issueDate: '2023年1月5日印发',
    });
    expect(footer('正文。\n２０２３年１月５日印发').meta).toEqual({ issueDate: '２０２３年１月５日印发' });
  });

  it('passes over what is set aside after it, and stops at the first line that is not a footer line', () => {
    expect(footer('正文。\n大会秘书处\n分享到：', (i) => i === 2)).toEqual({
      meta: { issuer: '大会秘书处' },
      indices: [1],
    });
    expect(footer('大会秘书处\n正文最后一句。')).toEqual({ meta: {}, indices: [] });
    expect(footer('我们将认真落实大会秘书处的工作安排。').meta).toEqual({});
  });
});
