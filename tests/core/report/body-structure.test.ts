import { describe, expect, it } from 'vitest';
import { structureBody } from '../../../core/report/body-structure';
import type { StructureWarning } from '../../../core/report/model';
import { parasOf } from './report-fixtures';

const outline = (text: string, warnings: StructureWarning[] = []): string[] =>
  structureBody(parasOf(text), warnings).flatMap((draft) =>
    draft.type === 'heading' && draft.heading
      ? [`${draft.heading.kind ?? `H${draft.heading.level}`}${draft.heading.ordinal} ${draft.text}`]
      : [],
  );

describe('structureBody', () => {
  it('takes 第一部分 with a space, and restarts sub-parts in every part', () => {
    expect(
      outline(
        '第一部分 过去一年的工作\n正文一。\n（一）甲项工作。正文。\n第二部分 今年的工作\n正文二。\n（一）乙项工作。正文。',
      ),
    ).toEqual([
      'H11 第一部分 过去一年的工作',
      'H21 （一）甲项工作。',
      'H12 第二部分 今年的工作',
      'H21 （一）乙项工作。',
    ]);
  });

  it('finds no title in a list of targets or a table flattened to lines', () => {
    const text = [
      '一、今年的主要目标',
      '今年经济社会发展的主要预期目标是：',
      '地区生产总值增长5%左右',
      '城镇新增就业七十万人',
      '居民收入增长与经济增长同步',
      '实现上述目标，需要付出艰苦努力。我们将坚持稳中求进。',
      '二、今年的重点工作',
      '全力扩大有效投资，推动经济运行持续好转。',
    ].join('\n');
    expect(outline(text)).toEqual(['H11 一、今年的主要目标', 'H12 二、今年的重点工作']);
  });

  it('takes unnumbered parts only when no part is numbered, and warns about a part number skipped', () => {
    expect(
      outline(
        '各位代表：\n2023年工作回顾\n过去一年成绩显著，经济稳中向好。\n2024年工作安排\n今年要继续努力，推动高质量发展。',
      ),
    ).toEqual(['H11 2023年工作回顾', 'H12 2024年工作安排']);
    const warnings: StructureWarning[] = [];
    expect(outline('一、回顾\n正文甲，很长的一段话。\n三、任务\n正文乙，很长的一段话。', warnings)).toEqual([
      'H11 一、回顾',
      'H13 三、任务',
    ]);
    expect(warnings.map((w) => w.message)).toEqual(['缺少第二部分：“一、”之后是“三、任务”']);
  });

  it('takes a list numbered 一、二、三 inside a part for a list, not for parts', () => {
    const text = [
      '一、过去一年工作回顾',
      '过去一年，全市经济运行稳中向好，主要指标好于预期。',
      '二、今年重点工作',
      '今年要办好十件民生实事：',
      '一、提高城乡低保标准。农村低保标准提高到每人每月600元。',
      '二、新建城区学校。新增学位3000个以上。',
      '三、改造老旧小区。完成改造86个，惠及居民3万户。',
      '三、加强政府自身建设',
      '坚持依法行政，自觉接受各方面监督。',
    ].join('\n');
    expect(outline(text)).toEqual([
      'H11 一、过去一年工作回顾',
      'H12 二、今年重点工作',
      'H13 三、加强政府自身建设',
    ]);
  });
});
