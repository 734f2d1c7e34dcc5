import { describe, expect, it } from 'vitest';
import { joinLineTexts, splitLines } from '../../../core/report/lines';
import { detectLayoutMode, groupUnits } from '../../../core/report/paragraphs';

const units = (text: string): string[] =>
  groupUnits(splitLines(text)).map((unit) =>
    unit.heading ? `H${unit.heading.level}:${unit.raw}` : unit.raw,
  );

describe('joinLineTexts', () => {
  it('inserts nothing between CJK characters and one space between ASCII letters or digits', () => {
    expect(joinLineTexts(['第一', '方阵'])).toBe('第一方阵');
    expect(joinLineTexts(['全县', '66%的煤矿'])).toBe('全县66%的煤矿');
    expect(joinLineTexts(['AI', 'Plus'])).toBe('AI Plus');
    expect(joinLineTexts(['增长5', '%'])).toBe('增长5%');
    expect(joinLineTexts(['**AI**', '**Plus**'])).toBe('**AI** **Plus**');
  });
});

describe('groupUnits', () => {
  it('joins a sentence broken by a blank line (page break) and ends paragraphs at sentence ends', () => {
    expect(units('锚定全省“第一\n\n方阵”目标。\n\n下一段。')).toEqual([
      '锚定全省“第一方阵”目标。',
      '下一段。',
    ]);
  });

  it('splits single-newline paragraphs at sentence ends, also after closing quotes', () => {
    expect(units('第一段结束。\n第二段“引语。”\n第三段：\n第四段')).toEqual([
      '第一段结束。',
      '第二段“引语。”',
      '第三段：',
      '第四段',
    ]);
  });

  it('accepts a heading only after a sentence end and in sequence', () => {
    expect(
      units(
        '一、回顾\n正文。\n二、任务\n推动丹河新城\n\n四、五、六区开工建设。\n三、建设\n（一）第一项。正文接着。',
      ),
    ).toEqual([
      'H1:一、回顾',
      '正文。',
      'H1:二、任务',
      '推动丹河新城四、五、六区开工建设。',
      'H1:三、建设',
      'H2:（一）第一项。正文接着。',
    ]);
  });

  it('continues the body text of a heading line over a page break, but not a complete heading', () => {
    expect(units('一、回顾\n（一）聚焦新城。新城是\n\n中心。\n下一段。')).toEqual([
      'H1:一、回顾',
      'H2:（一）聚焦新城。新城是中心。',
      '下一段。',
    ]);
    expect(units('一、聚焦新城，\n拓展空间\n正文。')).toEqual(['H1:一、聚焦新城，拓展空间', '正文。']);
  });

  it('keeps bold markup that a line break falls inside', () => {
    expect(units('今年的**总体\n要求**是：\n正文。')).toEqual(['今年的**总体要求**是：', '正文。']);
  });
});

describe('detectLayoutMode', () => {
  const indented = '　　第一段开头，\n接着写。第一段\n\n结束。\n　　第二段。\n　　第三段开头\n结束。';

  it('uses indentation when most paragraph starts are indented, even if wrapped lines are not', () => {
    expect(detectLayoutMode(splitLines(indented))).toBe('indent');
    // 接着写。第一段 / 结束。 are wraps: only indented lines start paragraphs.
    expect(units(indented)).toEqual(['第一段开头，接着写。第一段结束。', '第二段。', '第三段开头结束。']);
  });

  it('uses blank lines when lines are hard-wrapped in mid-sentence and paragraphs are blank-separated', () => {
    const text =
      '第一段第一行，\n第一段第二行，\n第一段结束。\n还是第一段。\n\n第二段第一行，\n第二段结束。\n\n第三段。';
    expect(detectLayoutMode(splitLines(text))).toBe('blank');
    expect(units(text)).toEqual([
      '第一段第一行，第一段第二行，第一段结束。还是第一段。',
      '第二段第一行，第二段结束。',
      '第三段。',
    ]);
  });

  it('falls back to sentence ends', () => {
    expect(detectLayoutMode(splitLines('一段。\n\n二段。\n三段。'))).toBe('sentence');
  });
});
