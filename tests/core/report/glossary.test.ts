import { describe, expect, it } from 'vitest';
import { parseEntry, readEntryLists, supersededLists } from '../../../core/report/glossary';
import { isGlossaryTitle } from '../../../core/report/rules/glossary-rules';
import { parasOf } from './report-fixtures';

const entry = (text: string) => {
  const [para] = parasOf(text);
  return para ? parseEntry(para) : null;
};
const lists = (text: string) => {
  const paras = parasOf(text);
  return readEntryLists(paras, 0, paras.length, () => false).lists.map((list) =>
    list.map(({ number, term, definition }) => ({ number, term, definition })),
  );
};

describe('isGlossaryTitle', () => {
  it.each([
    '名词解释',
    '※名词解释※',
    '*名词解释',
    '[名词解释]',
    '【名词解释】',
    '附：名词解释',
    '附件一：名词解释',
    '附件2 名词解释',
    '※注释※',
    '《政府工作报告》名词解释',
    '名词解释：',
  ])('takes %s', (title) => {
    expect(isGlossaryTitle(title)).toBe(true);
  });

  it('refuses other lines', () => {
    for (const line of ['附件1', '解释说明了很多问题。', '正文提到名词解释。', '2025年省十件民生实事'])
      expect(isGlossaryTitle(line)).toBe(false);
  });
});

describe('parseEntry', () => {
  it.each([
    ['1. **能耗“双控”**：能耗总量和强度双控。', '1.', 1, '能耗“双控”', '能耗总量和强度双控。'],
    ['10. 四单七步：“四单”即任务通知单', '10.', 10, '四单七步', '“四单”即任务通知单'],
    ['[1]“放管服”：简政放权', '[1]', 1, '“放管服”', '简政放权'],
    ['2、三个一百:100个重点项目', '2、', 2, '三个一百', '100个重点项目'],
    ['（3）“四上”企业：规模以上', '（3）', 3, '“四上”企业', '规模以上'],
    ['4. **碳达峰：**二氧化碳', '4.', 4, '碳达峰', '二氧化碳'],
    ['１．分线管理：货物“一线”放开', '１．', 1, '分线管理', '货物“一线”放开'],
    ['【2】“双一流”：世界一流大学', '【2】', 2, '“双一流”', '世界一流大学'],
    ['〔3〕三免一助：对在高中阶段', '〔3〕', 3, '三免一助', '对在高中阶段'],
    ['(4)河(湖)长制：即由各级', '(4)', 4, '河(湖)长制', '即由各级'],
    ['5.[岳山造林]上世纪70年代', '5.', 5, '岳山造林', '上世纪70年代'],
    ['6.“岳山造林”。上世纪70年代', '6.', 6, '“岳山造林”', '上世纪70年代'],
    ['7.两免一补。是指免教科书费', '7.', 7, '两免一补', '是指免教科书费'],
    ['8.“岳山造林”上世纪70年代', '8.', 8, '“岳山造林”', '上世纪70年代'],
    ['^[9]“专精特新”：即具有特征的企业', '^[9]', 9, '“专精特新”', '即具有特征的企业'],
  ])('parses %s', (line, number, ordinal, term, rest) => {
    const found = entry(line);
    expect(found && { number: found.number, ordinal: found.ordinal, term: found.term }).toEqual({
      number,
      ordinal,
      term,
    });
    const text = parasOf(line)[0]?.text ?? '';
    expect(found && text.slice(found.definitionAt)).toBe(rest);
  });

  it('refuses lines that are not entries', () => {
    expect(entry('2.5微米以下的颗粒物')).toBeNull();
    expect(entry('1. 这是一句话，没有冒号。')).toBeNull();
    expect(entry('名词解释')).toBeNull();
  });
});

describe('readEntryLists', () => {
  it('joins an entry broken by a page break and a definition in two paragraphs, and stops after the last', () => {
    expect(
      lists(
        '1. **双减**：有效减轻学生作业负担和校外培\n\n训负担。\n2. 四库：项目库。\n另一段说明项目库。\n3. 三带：产业带。\n分享到：',
      ),
    ).toEqual([
      [
        { number: '1.', term: '双减', definition: '有效减轻学生作业负担和校外培训负担。' },
        { number: '2.', term: '四库', definition: '项目库。另一段说明项目库。' },
        { number: '3.', term: '三带', definition: '产业带。' },
      ],
    ]);
  });

  it('treats an out-of-sequence number as part of the definition, and takes any number style in sequence', () => {
    expect(lists('1. 甲：第一。\n3. 丙：跳号。\n2. 乙：第二。\n〔3〕丁：第三。')).toEqual([
      [
        { number: '1.', term: '甲', definition: '第一。3. 丙：跳号。' },
        { number: '2.', term: '乙', definition: '第二。' },
        { number: '〔3〕', term: '丁', definition: '第三。' },
      ],
    ]);
  });

  it('sees a list cut off and given again in full, and a list given twice', () => {
    const paras = parasOf('〔1〕甲：一。\n〔2〕乙：二。\n〔1〕甲：一。\n〔2〕乙：二。\n〔3〕丙：三。');
    const read = readEntryLists(paras, 0, paras.length, () => false);
    expect(read.lists.map((list) => list.length)).toEqual([2, 3]);
    expect([...supersededLists(read.lists)]).toEqual([0]);
    const twice = parasOf('〔1〕甲：一。\n〔2〕乙：二。\n〔1〕甲：一。\n〔2〕乙：二。');
    expect([...supersededLists(readEntryLists(twice, 0, twice.length, () => false).lists)]).toEqual([1]);
  });
});
