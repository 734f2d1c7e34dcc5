import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../../core/report/document-text';
import type { Block, ReportDocument } from '../../../core/report/model';
import {
  FIXTURE_DIR,
  fixtureNames,
  mustParse,
  readFixture,
  stripMarkupForComparison,
  visible,
} from './report-fixtures';

// Each fixture has an expected parse (<name>.expected.json, the whole document as JSON). A missing one is written
// and the test fails once, so it gets reviewed; UPDATE_FIXTURES=1 rewrites them all (review the diff, then run
// prettier on them). See tests/fixtures/reports/README.md.
const UPDATE = process.env.UPDATE_FIXTURES === '1';

const outline = (doc: ReportDocument): string[] =>
  doc.blocks.map((block) =>
    block.type === 'heading' ? `${block.id} H${block.level} ${block.text}` : block.id,
  );
const block = (doc: ReportDocument, id: string): Block => {
  const found = doc.blocks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no block ${id} in ${doc.blocks.map((b) => b.id).join(' ')}`);
  return found;
};
const lead = (doc: ReportDocument, id: string): string | undefined => {
  const found = block(doc, id);
  return found.type === 'paragraph' ? found.lead : undefined;
};
const linked = (doc: ReportDocument, term: string): string[] => {
  const entry = doc.glossary.find((candidate) => candidate.term === term);
  if (!entry) throw new Error(`no glossary term ${term}`);
  return entry.occurrences.map((range) => block(doc, range.blockId).text.slice(range.start, range.end));
};

describe('fixture reports', () => {
  const names = fixtureNames();

  it('has fixtures', () => {
    expect(names.length).toBeGreaterThanOrEqual(7);
  });

  describe.each(names)('%s', (name) => {
    const text = readFixture(name);
    const doc = mustParse(text);

    it('matches its expected parse', () => {
      const file = path.join(FIXTURE_DIR, `${name}.expected.json`);
      const actual = JSON.parse(JSON.stringify(doc)) as unknown;
      const missing = !fs.existsSync(file);
      if (UPDATE || missing) fs.writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      if (missing)
        expect.fail(`wrote ${path.basename(file)}: review it against the text, then run the tests again`);
      expect(actual).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
    });

    it('keeps every visible character, in order', () => {
      expect(visible(documentText(doc))).toBe(visible(stripMarkupForComparison(text)));
    });

    it('gives every lead as a prefix of its paragraph and keeps ranges inside their blocks', () => {
      for (const b of doc.blocks) {
        if (b.type === 'paragraph' && b.lead !== undefined) expect(b.text.startsWith(b.lead)).toBe(true);
        for (const mark of b.marks ?? []) expect(mark.end).toBeLessThanOrEqual(b.text.length);
      }
      const ranges = [...doc.glossary, ...doc.unexplainedTerms].flatMap((entry) => entry.occurrences);
      for (const range of ranges)
        expect(block(doc, range.blockId).text.length).toBeGreaterThanOrEqual(range.end);
    });
  });

  it('city-bold-glossary: header in another order, sub-part with body text, page breaks, bold glossary', () => {
    const doc = mustParse(readFixture('city-bold-glossary'));
    expect(doc.meta).toEqual({
      title: '政府工作报告',
      classification: '秘密★1年',
      documentNumber: '青川市十五届人大二次会议文件（3）',
      dateLine: '——2023年1月12日在青川市第十五届人民代表大会第二次会议上',
      speaker: '市长 王某某',
      issuer: '大会秘书处',
      issueDate: '2023年1月10日印发',
      printRun: '（共印500份）',
    });
    expect(outline(doc)).toEqual([
      'p0-1',
      'p0-2',
      'p1 H1 一、2022年工作回顾',
      'p1-1',
      'p1-2',
      'p1-3',
      'p2 H1 二、2023年重点工作',
      'p2-1',
      'p2-s1 H2 （一）扩大有效投资，增强发展后劲。',
      'p2-s1-1',
      'p2-s1-2',
      'p2-s2 H2 （二）推进改革开放，激发市场活力。',
      'p2-s2-1',
      'p2-s2-2',
      'p3 H1 三、加强政府自身建设',
      'p3-1',
    ]);
    expect(block(doc, 'p1-1').text).toContain('增速居全省第一方阵。一般公共预算收入');
    // The body text after the heading sentence runs over a page break.
    expect(block(doc, 'p2-s1-1').text).toMatch(/^全年计划实施.*力争全年新开工项目120个以上。$/);
    expect(lead(doc, 'p1-2')).toBe('工业经济稳中有进。');
    expect(lead(doc, 'p2-s1-2')).toBe('抓好项目储备。');
    expect(lead(doc, 'p2-s2-1')).toBe('深化“放管服”改革。');
    expect(lead(doc, 'p1-1')).toBeUndefined();
    const p13 = block(doc, 'p1-3');
    expect(p13.text).toContain('细颗粒物（PM2.5）平均浓度下降到32微克/m3，PM₁₀浓度');
    const at = p13.text.indexOf('PM2.5') + 2;
    expect(p13.marks).toEqual([
      { type: 'sub', start: at, end: at + 3 },
      { type: 'sup', start: p13.text.indexOf('m3') + 1, end: p13.text.indexOf('m3') + 2 },
    ]);
    expect(block(doc, 'p2-1').marks).toEqual([{ type: 'bold', start: 7, end: 11 }]);
    expect(doc.glossary.map((entry) => entry.term)).toEqual([
      '“六稳”“六保”',
      '能耗“双控”',
      '两新一重',
      '碳达峰',
    ]);
    expect(doc.glossary[3]?.definition).toBe(
      '二氧化碳排放量达到历史最高值，然后经历平台期进入持续下降的过程。',
    );
    expect(linked(doc, '“六稳”“六保”')).toEqual(['“六稳”“六保”']);
    expect(linked(doc, '能耗“双控”')).toEqual(['能耗“双控”', '“双控”', '能耗“双控”', '“双控”']);
    expect(doc.unexplainedTerms.map((term) => term.term)).toEqual([
      '专精特新',
      '放管服',
      '一件事一次办',
      '双碳',
    ]);
  });

  it('national-no-subparts: 国务院总理, parts without sub-parts, bold lead, ASCII words joined with a space', () => {
    const doc = mustParse(readFixture('national-no-subparts'));
    expect(doc.meta).toEqual({
      title: '政府工作报告',
      dateLine: '——2024年3月5日在第十四届全国人民代表大会第二次会议上',
      speaker: '国务院总理 李某',
    });
    expect(doc.blocks.filter((b) => b.type === 'heading').map((b) => b.id)).toEqual(['p1', 'p2', 'p3']);
    expect(doc.blocks.map((b) => b.id)).toContain('p3-3');
    expect(lead(doc, 'p1-3')).toBe('着力扩大国内需求。');
    expect(block(doc, 'p1-3').marks).toEqual([{ type: 'bold', start: 0, end: 9 }]);
    expect(block(doc, 'p1-4').text).toContain('“人工智能+”行动和“AI Plus”试点');
    expect(doc.glossary).toEqual([]);
    expect(doc.unexplainedTerms.map((term) => term.term)).toEqual([
      '放管服',
      '人工智能+',
      'AI Plus',
      '专精特新',
      '一带一路',
    ]);
  });

  it('single-newline-paragraphs: no blank lines, half-width (一), an enumeration after a line break', () => {
    const doc = mustParse(readFixture('single-newline-paragraphs'));
    expect(doc.meta.speaker).toBe('代省长 赵某');
    expect(doc.meta.title).toBe('2023年政府工作报告');
    expect(doc.meta.documentNumber).toBe('东江省十四届人大一次会议文件(1)');
    expect(outline(doc)).toEqual([
      'p0-1',
      'p0-2',
      'p1 H1 一、过去五年工作回顾',
      'p1-1',
      'p1-s1 H2 (一)坚持创新驱动，产业结构持续优化。',
      'p1-s1-1',
      'p1-s2 H2 (二)坚持城乡统筹，区域发展更加协调。',
      'p1-s2-1',
      'p1-s2-2',
      'p2 H1 二、今后五年目标任务和2023年工作安排',
      'p2-1',
      'p2-s1 H2 (一)着力扩大内需，推动经济运行整体好转。',
      'p2-s1-1',
      'p3 H1 三、全面提高政府工作水平',
      'p3-1',
    ]);
    expect(block(doc, 'p1-s1-1').text).toContain('全省66%的规模以上工业企业');
    expect(block(doc, 'p1-s2-1').text).toBe(
      '省会都市圈加快建设，滨江新区一、二、三区基本建成，四、五、六区开工建设，城镇化率提高到64.5%。',
    );
  });

  it('indented-fullwidth: indented paragraphs with hard-wrapped lines, a page break after a full stop', () => {
    const doc = mustParse(readFixture('indented-fullwidth'));
    expect(doc.meta).toEqual({
      title: '南湾区2023年政府工作报告',
      dateLine: '——2023年2月8日在南湾区第三届人民代表大会第三次会议上',
      speaker: '区长 陈某某',
      source: '（来源：南湾区人民政府网）',
    });
    expect(block(doc, 'p0-2').text).toBe(
      '现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。',
    );
    // The unindented line after the blank line continues the indented paragraph.
    expect(block(doc, 'p1-1').text).toMatch(
      /^2022年，全区上下.*地区生产总值.*固定资产投资增长9\.5%。社会消费品零售总额.*500亿元。$/,
    );
    expect(block(doc, 'p2-s2-1').text).toContain('推进“一老一小”服务体系建设。');
    expect(doc.blocks.filter((b) => b.type === 'heading').map((b) => b.id)).toEqual([
      'p1',
      'p2',
      'p2-s1',
      'p2-s2',
    ]);
  });

  it('bracket-glossary: bare 名词解释, [n]“term”, half-width colon, no link inside a longer word', () => {
    const doc = mustParse(readFixture('bracket-glossary'));
    expect(doc.glossary.map((entry) => [entry.term, entry.aliases])).toEqual([
      ['“放管服”', ['“放管服”', '放管服']],
      ['“双控”', ['“双控”', '双控']],
      ['“四下基层”', ['“四下基层”', '四下基层']],
    ]);
    expect(doc.glossary[1]?.definition).toBe('能源消费总量和强度双控，逐步转向碳排放总量和强度双控。');
    // “双控”工作 and 落实双控要求 link; 双控制度 does not.
    expect(linked(doc, '“双控”')).toEqual(['“双控”', '双控']);
    expect(doc.glossary[1]?.occurrences.map((range) => range.blockId)).toEqual(['p1-1', 'p2-s2-1']);
    expect(block(doc, 'p1-1').text).toContain('双控制度');
    expect(doc.unexplainedTerms.map((term) => term.term)).toEqual(['一网通办', '无废城市']);
  });

  it('source-footer: (来源：…) after a glossary numbered 1、, no salutation', () => {
    const doc = mustParse(readFixture('source-footer'));
    expect(doc.meta).toEqual({
      title: '2023年政府工作报告',
      speaker: '市长 孙某',
      source: '(来源：某市人民政府门户网站)',
    });
    expect(doc.blocks[0]?.id).toBe('p1');
    expect(doc.glossary.map((entry) => entry.term)).toEqual(['“四上”企业', '三个一百']);
    expect(linked(doc, '“四上”企业')).toEqual(['“四上”企业']);
    expect(linked(doc, '三个一百')).toEqual(['三个一百']);
    expect(doc.backMatter?.at(-1)).toBe('(来源：某市人民政府门户网站)');
  });

  it('no-parts: a report without parts numbers its paragraphs b1, b2…', () => {
    const doc = mustParse(readFixture('no-parts'));
    expect(doc.meta).toEqual({ title: '关于2023年民生实事项目的工作报告' });
    expect(doc.blocks.map((b) => b.id)).toEqual(['b1', 'b2', 'b3', 'b4']);
  });
});
