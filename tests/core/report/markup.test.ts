import { describe, expect, it } from 'vitest';
import { resolveMarkup, sliceMarked } from '../../../core/report/markup';

describe('resolveMarkup', () => {
  it('turns **bold** into a bold mark', () => {
    expect(resolveMarkup('今年政府工作的**总体要求**是：')).toEqual({
      text: '今年政府工作的总体要求是：',
      marks: [{ type: 'bold', start: 7, end: 11 }],
    });
  });

  it('turns PM_{2.5} into PM2.5 with a sub mark and m^{3} into m3 with a sup mark', () => {
    expect(resolveMarkup('控制PM_{2.5}和O₃污染，每立方米m^{3}')).toEqual({
      text: '控制PM2.5和O₃污染，每立方米m3',
      marks: [
        { type: 'sub', start: 4, end: 7 },
        { type: 'sup', start: 18, end: 19 },
      ],
    });
  });

  it('keeps Unicode subscripts, unpaired ** and empty or unclosed braces as written', () => {
    expect(resolveMarkup('PM₁₀浓度')).toEqual({ text: 'PM₁₀浓度', marks: [] });
    expect(resolveMarkup('a**b')).toEqual({ text: 'a**b', marks: [] });
    expect(resolveMarkup('x_{}y_{z')).toEqual({ text: 'x_{}y_{z', marks: [] });
  });

  it('nests a subscript inside bold, marks sorted by start', () => {
    expect(resolveMarkup('**PM_{2.5}浓度**下降')).toEqual({
      text: 'PM2.5浓度下降',
      marks: [
        { type: 'bold', start: 0, end: 7 },
        { type: 'sub', start: 2, end: 5 },
      ],
    });
  });

  it('drops an empty bold pair without a mark', () => {
    expect(resolveMarkup('甲****乙')).toEqual({ text: '甲乙', marks: [] });
  });
});

describe('sliceMarked', () => {
  it('clips and shifts marks to the slice', () => {
    const marked = resolveMarkup('**（一）聚焦新城。**丹河新城**很重要**。');
    expect(sliceMarked(marked, 0, 8)).toEqual({
      text: '（一）聚焦新城。',
      marks: [{ type: 'bold', start: 0, end: 8 }],
    });
    expect(sliceMarked(marked, 8, marked.text.length)).toEqual({
      text: '丹河新城很重要。',
      marks: [{ type: 'bold', start: 4, end: 7 }],
    });
  });
});
