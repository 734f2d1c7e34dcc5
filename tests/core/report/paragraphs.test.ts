import { describe, expect, it } from 'vitest';
import { joinLineTexts, splitLines, standsAlone } from '../../../core/report/lines';
import { detectLayoutMode, groupLines } from '../../../core/report/paragraphs';

const units = (text: string): string[] => groupLines(splitLines(text)).map((unit) => unit.raw);

describe('joinLineTexts', () => {
  it('inserts nothing between CJK characters and one space between ASCII letters or digits', () => {
    expect(joinLineTexts(['第一', '方阵'])).toBe('第一方阵');
    expect(joinLineTexts(['全县', '66%的煤矿'])).toBe('全县66%的煤矿');
    expect(joinLineTexts(['AI', 'Plus'])).toBe('AI Plus');
    expect(joinLineTexts(['增长5', '%'])).toBe('增长5%');
    expect(joinLineTexts(['**AI**', '**Plus**'])).toBe('**AI** **Plus**');
  });
});

describe('groupLines', () => {
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

  it('starts a paragraph at a heading number after a sentence end, but not at an enumeration', () => {
    expect(
      units(
        '一、回顾\n正文。\n二、任务\n推动丹河新城建设，加快\n\n四、五、六区开工建设。\n三、建设\n（一）第一项。正文接着。',
      ),
    ).toEqual([
      '一、回顾',
      '正文。',
      '二、任务',
      '推动丹河新城建设，加快四、五、六区开工建设。',
      '三、建设',
      '（一）第一项。正文接着。',
    ]);
  });

  it('continues the body text of a heading line over a page break, but not a complete heading', () => {
    expect(units('一、回顾\n（一）聚焦新城。新城是\n\n中心。\n下一段。')).toEqual([
      '一、回顾',
      '（一）聚焦新城。新城是中心。',
      '下一段。',
    ]);
    expect(units('一、聚焦新城，\n拓展空间\n正文。')).toEqual(['一、聚焦新城，拓展空间', '正文。']);
  });

  it('keeps bold markup that a line break falls inside', () => {
    expect(units('今年的**总体\n要求**是：\n正文。')).toEqual(['今年的**总体要求**是：', '正文。']);
  });

  it('keeps an unnumbered part title on its own line, not glued to the paragraph after it', () => {
    expect(units('提出意见。\n\n2024年工作回顾\n\n过去一年，我们坚持稳中求进。')).toEqual([
      '提出意见。',
      '2024年工作回顾',
      '过去一年，我们坚持稳中求进。',
    ]);
  });

  it('keeps title-page lines, a scraper header and 各位代表： apart even without blank lines', () => {
    expect(
      units(
        '标题：某县政府工作报告（草案）\n发布机构：某县人民政府\n政府工作报告\n县长 张三\n各位代表：\n现在，我报告工作。',
      ),
    ).toEqual([
      '标题：某县政府工作报告（草案）',
      '发布机构：某县人民政府',
      '政府工作报告',
      '县长 张三',
      '各位代表：',
      '现在，我报告工作。',
    ]);
  });

  it('takes a line of only a zero-width space for a blank line', () => {
    expect(units('一、回顾\n\u200B\n二、任务\n正文。')).toEqual(['一、回顾', '二、任务', '正文。']);
    expect(units('第一句话说到这里，还没有\n\u200B\n写完。')).toEqual(['第一句话说到这里，还没有写完。']);
  });

  it('ends a paragraph at a glossary page reference and at an ellipsis of dots', () => {
    expect(units('〔1〕甲：乙。(见第3页)\n〔2〕丙：丁。')).toEqual([
      '〔1〕甲：乙。(见第3页)',
      '〔2〕丙：丁。',
    ]);
    expect(units('摘要的开头被截断......\n政府工作报告')).toEqual(['摘要的开头被截断......', '政府工作报告']);
  });
});

describe('standsAlone', () => {
  it('takes short lines without sentence punctuation, and short key：value lines', () => {
    for (const line of [
      '2024年工作回顾',
      '——2022年4月26日在泽州县第七届',
      'QQ空间',
      '04-02',
      '来源：甘肃日报',
    ])
      expect(standsAlone(line)).toBe(true);
    for (const line of [
      '这一年，我们',
      '推动丹河新城，',
      '完成投资。',
      '时间：2024 作者：某某',
      'x'.repeat(40),
    ])
      expect(standsAlone(line)).toBe(false);
  });
});

describe('detectLayoutMode', () => {
  const indented = '　　第一段开头，\n接着写。第一段\n\n结束。\n　　第二段。\n　　第三段开头\n结束。';

  it('uses indentation when most paragraph starts are indented, even if wrapped lines are not', () => {
    expect(detectLayoutMode(splitLines(indented))).toBe('indent');
    // 接着写。第一段 / 结束。 are wraps: only indented lines start paragraphs.
    expect(units(indented)).toEqual(['第一段开头，接着写。第一段结束。', '第二段。', '第三段开头结束。']);
  });

  it('in indented text where blank lines separate paragraphs, starts one at an unindented line after a blank', () => {
    const text = [
      '　　第一段。',
      '',
      '　　第二段。',
      '',
      '　　第三段。',
      '',
      '　　第四段。',
      '',
      '第五段没有缩进。',
    ].join('\n');
    expect(detectLayoutMode(splitLines(text))).toBe('indent');
    expect(units(text)).toHaveLength(5);
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
