import { describe, expect, it } from 'vitest';
import { formatChineseNumeral, parseChineseNumeral } from '../../../core/report/chinese-numerals';
import { createHeadingTracker, headingSentenceEnd, matchHeadingStart } from '../../../core/report/headings';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['九十九', 99],
    ['一百', 100],
    ['一百零一', 101],
    ['一百一十', 110],
  ])('reads %s as %i and writes it back', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
    expect(formatChineseNumeral(value)).toBe(text);
  });

  it('refuses lists of digits and other text', () => {
    for (const text of ['四五', '十十', '', '零', '一零', '百', 'a'])
      expect(parseChineseNumeral(text)).toBeNull();
  });

  it('writes numbers it cannot spell as digits', () => {
    expect(formatChineseNumeral(0)).toBe('0');
    expect(formatChineseNumeral(1000)).toBe('1000');
  });
});

describe('matchHeadingStart', () => {
  it('recognises parts and sub-parts, full- and half-width, bold or not', () => {
    expect(matchHeadingStart('一、2021年工作回顾')).toEqual({ level: 1, ordinal: 1 });
    expect(matchHeadingStart('十二、其他工作')).toEqual({ level: 1, ordinal: 12 });
    expect(matchHeadingStart('（三）聚焦项目建设。')).toEqual({ level: 2, ordinal: 3 });
    expect(matchHeadingStart('(二)坚持城乡统筹')).toEqual({ level: 2, ordinal: 2 });
    expect(matchHeadingStart('**二、今年重点工作**')).toEqual({ level: 1, ordinal: 2 });
  });

  it('does not take an enumeration or text in the middle of a line for a heading', () => {
    expect(matchHeadingStart('四、五、六区开工建设，城镇化率提高')).toBeNull();
    expect(matchHeadingStart('滨江新区一、二、三区基本建成')).toBeNull();
    expect(matchHeadingStart('一、')).toBeNull();
    expect(matchHeadingStart('（1）项目')).toBeNull();
  });
});

describe('createHeadingTracker', () => {
  it('accepts only the expected next number; sub-parts restart in each part', () => {
    const tracker = createHeadingTracker();
    expect(tracker.accept('二、跳过的部分')).toBeNull();
    expect(tracker.accept('一、回顾')).toEqual({ level: 1, ordinal: 1 });
    expect(tracker.accept('（二）不是第一个')).toBeNull();
    expect(tracker.accept('（一）第一个')).toEqual({ level: 2, ordinal: 1 });
    expect(tracker.accept('（二）第二个')).toEqual({ level: 2, ordinal: 2 });
    expect(tracker.accept('一、又是一')).toBeNull();
    expect(tracker.accept('二、任务')).toEqual({ level: 1, ordinal: 2 });
    expect(tracker.accept('（一）重新开始')).toEqual({ level: 2, ordinal: 1 });
  });
});

describe('headingSentenceEnd', () => {
  it('splits a heading sentence from the body text after it', () => {
    const text = '（一）聚焦丹河新城，拓展新空间。丹河新城不仅是中心。';
    expect(text.slice(0, headingSentenceEnd(text))).toBe('（一）聚焦丹河新城，拓展新空间。');
  });

  it('keeps closing quotes with the heading and does not split a lone heading', () => {
    expect(headingSentenceEnd('（二）筑牢“堤”。”后文')).toBe(10);
    expect(headingSentenceEnd('（三）聚焦项目建设，夯实支撑。')).toBe(-1);
    expect(headingSentenceEnd('一、2021年工作回顾')).toBe(-1);
  });
});
