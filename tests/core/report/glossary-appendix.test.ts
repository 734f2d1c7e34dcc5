import { describe, expect, it } from 'vitest';
import { findGlossaryAppendix, parseEntryLine } from '../../../core/report/glossary-appendix';
import { splitLines } from '../../../core/report/lines';

const appendix = (text: string) => {
  const lines = splitLines(text);
  return findGlossaryAppendix(lines, 0, lines.length);
};

describe('parseEntryLine', () => {
  it.each([
    ['1. **能耗“双控”**：能耗总量和强度双控。', '1.', 1, '能耗“双控”', '能耗总量和强度双控。'],
    ['10. 四单七步：“四单”即任务通知单', '10.', 10, '四单七步', '“四单”即任务通知单'],
    ['[1]“放管服”：简政放权', '[1]', 1, '“放管服”', '简政放权'],
    ['2、三个一百:100个重点项目', '2、', 2, '三个一百', '100个重点项目'],
    ['（3）“四上”企业：规模以上', '（3）', 3, '“四上”企业', '规模以上'],
    ['4. **碳达峰：**二氧化碳', '4.', 4, '碳达峰', '二氧化碳'],
  ])('parses %s', (line, number, ordinal, term, rest) => {
    expect(parseEntryLine(line)).toEqual({ number, ordinal, term, rest });
  });

  it('refuses lines that are not entries', () => {
    expect(parseEntryLine('2.5微米以下的颗粒物')).toBeNull();
    expect(parseEntryLine('1. 这是一句话，没有冒号。')).toBeNull();
    expect(parseEntryLine('名词解释')).toBeNull();
  });
});

describe('findGlossaryAppendix', () => {
  it('finds 附件 + 《…》名词解释 and joins an entry broken by a page break', () => {
    const found = appendix(
      '正文。\n\n附件\n\n《政府工作报告》名词解释\n\n1. **双减**：有效减轻学生作业负担和校外培\n\n训负担。\n2. 四库：项目库。',
    );
    expect(found).toEqual({
      start: 2,
      entries: [
        { number: '1.', term: '双减', definition: '有效减轻学生作业负担和校外培训负担。' },
        { number: '2.', term: '四库', definition: '项目库。' },
      ],
    });
  });

  it('finds a bare 名词解释 heading, and only when entry 1 follows', () => {
    expect(appendix('正文。\n名词解释\n[1]“放管服”：简政放权。')?.start).toBe(1);
    expect(appendix('正文。\n名词解释\n下面是一段正文。')).toBeNull();
    expect(appendix('正文提到名词解释。\n1. 甲：乙。')).toBeNull();
  });

  it('treats an out-of-sequence number as part of the definition', () => {
    expect(appendix('名词解释\n1. 甲：第一。\n3. 丙：跳号。\n2. 乙：第二。')?.entries).toEqual([
      { number: '1.', term: '甲', definition: '第一。3. 丙：跳号。' },
      { number: '2.', term: '乙', definition: '第二。' },
    ]);
  });
});
