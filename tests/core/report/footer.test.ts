import { describe, expect, it } from 'vitest';
import { readFooter } from '../../../core/report/footer';
import { splitLines } from '../../../core/report/lines';

const footer = (text: string) => readFooter(splitLines(text), 0);

describe('readFooter', () => {
  it('reads issuer, issue date and print run from the last lines', () => {
    const lines = '正文结束。\n\n大会秘书处\n\n2022年4月25日印发\n\n共印 950 份\n';
    expect(footer(lines)).toEqual({
      meta: { issuer: '大会秘书处', issueDate: '2022年4月25日印发', printRun: '共印 950 份' },
      start: 2,
    });
  });

  it('reads a source line in either bracket width and an issuer and date on one line', () => {
    expect(footer('正文。\n(来源：新华社)').meta).toEqual({ source: '(来源：新华社)' });
    expect(footer('正文。\n（来源：某某日报）').meta).toEqual({ source: '（来源：某某日报）' });
    expect(footer('正文。\n县人大常委会办公室　　2023年1月5日印发').meta).toEqual({
      issuer: '县人大常委会办公室',
      issueDate: '2023年1月5日印发',
    });
  });

  it('stops at the first line that is not a footer line and leaves body text alone', () => {
    expect(footer('大会秘书处\n正文最后一句。')).toEqual({ meta: {}, start: 2 });
    expect(footer('我们将认真落实大会秘书处的工作安排。').meta).toEqual({});
  });
});
