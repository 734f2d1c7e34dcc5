import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../../core/report/document-text';
import { citationLabel } from '../../../core/report/ids';
import type { Block, ReportDocument } from '../../../core/report/model';
import { buildOutline } from '../../../core/report/outline';
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
    expect(names.length).toBeGreaterThanOrEqual(13);
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

  const headings = (doc: ReportDocument): string[] =>
    doc.blocks.flatMap((b) => (b.type === 'heading' ? [`${b.id} ${b.kind ?? `H${b.level}`} ${b.text}`] : []));
  const reasons = (doc: ReportDocument): string[] => (doc.setAside ?? []).map((item) => item.reason);

  it('scraped-unnumbered-parts: site header and summary set aside, unnumbered parts, (一) restarting, a repeated tail', () => {
    const doc = mustParse(readFixture('scraped-unnumbered-parts'));
    expect(doc.meta).toEqual({
      title: '青石县2024年政府工作报告',
      dateLine: '2024年1月18日在青石县第十届人民代表大会第三次会议上',
      speaker: '青石县人民政府县长 周某某',
    });
    expect(headings(doc)).toEqual([
      'p1 H1 2023年工作回顾',
      'p2 H1 2024年工作安排',
      'p2-s1 H2 (一)稳增长抓项目，夯实发展基础。',
      'p2-s2 H2 (二)强产业促增收，拓宽致富门路。',
      'p2-s3 H2 (三)惠民生补短板，提升幸福指数。',
      'p3 H1 全面加强政府自身建设',
      'p3-s1 H2 (一)旗帜鲜明讲政治。',
      'p3-s2 H2 (二)依法行政守底线。',
    ]);
    expect(doc.blocks[0]?.text).toBe('各位代表：');
    // The cut-off glossary and the repeated closing paragraph are set aside; the full glossary is kept.
    expect(doc.glossary.map((entry) => entry.term)).toEqual(['两免一补', '7所乡村薄弱学校', '放管服']);
    expect(reasons(doc)).toEqual([
      '网页导航与相关链接',
      '网页信息栏（发布时间、作者、阅读数）',
      '网页摘要（重复了报告的开头）',
      '不完整的名词解释（后面有完整的一份）',
      '重复的段落（与前文相同）',
      '网页分享栏',
      '网页导航与相关链接',
    ]);
    // 〔1〕 markers are taken out of the text and point to their entries.
    expect(doc.blocks.some((b) => b.text.includes('〔'))).toBe(false);
    expect(block(doc, 'p1-2').refs).toEqual([{ at: 41, marker: '〔1〕', entryId: 'g1' }]);
    expect(linked(doc, '7所乡村薄弱学校')).toEqual(['7所乡村薄弱学校']);
    expect(doc.warnings).toBeUndefined();
  });

  it('appendix-items-glossary: a scraper header, 一是 leads as points, 附件1 with items, 附件2 名词解释', () => {
    const doc = mustParse(readFixture('appendix-items-glossary'));
    expect(doc.meta.title).toBe('政府工作报告');
    expect(doc.meta.issuer).toBe('江北省人民政府');
    expect(doc.frontMatter?.slice(0, 3).map((line) => line.slice(0, 5))).toEqual([
      '标题：20',
      '发布机构：',
      '通过或发布',
    ]);
    expect(headings(doc)).toEqual([
      'p1 H1 一、2024年工作回顾',
      'p2 H1 二、2025年工作安排',
      'p2-s1 H2 （一）扩大国内需求，增强发展动力。',
      'p2-s2 H2 （二）建设现代化产业体系，培育新质生产力。',
      'p2-s3 H2 （三）全面加强政府自身建设，提高行政效能。',
      'a1 appendix 附件1 2025年省十件民生实事',
      'a1-i1 item 一、提高城乡低保和特困人员保障水平。',
      'a1-i2 item 二、加快建立长期护理保险制度。',
      'a1-i3 item 三、提升普通高中办学条件。',
    ]);
    expect(lead(doc, 'p1-2')).toBe('一是扩大有效需求，经济运行稳中向好。');
    expect(
      buildOutline(doc.blocks)
        .find((s) => s.id === 'p1')
        ?.points?.map((p) => p.id),
    ).toEqual(['p1-2', 'p1-3', 'p1-4']);
    expect(citationLabel('a1-i3-1')).toBe('附件1第3项第1段');
    expect(doc.glossary.map((entry) => entry.term)).toEqual(['“四上”企业', '“双一流”']);
    expect(linked(doc, '“四上”企业')).toEqual(['“四上”企业']);
    expect(doc.setAside).toBeUndefined();
  });

  it('points-topics-odd-characters: zero-width spaces, ―― and full-width digits, topics and 一是 headings, CRLF', () => {
    const doc = mustParse(readFixture('points-topics-odd-characters'));
    expect(doc.meta).toEqual({
      title: '政府工作报告',
      dateLine: '――２０２４年１月１６日在东岭市第十五届人民代表大会第三次会议上',
      speaker: '赵某某',
    });
    expect(headings(doc)).toEqual([
      'p1 H1 一、过去一年的工作',
      'p1-t1 topic 关于城市更新问题',
      'p1-t2 topic 关于营商环境问题',
      'p2 H1 二、今年的主要任务',
      'p2-n1 point 一是聚焦扩大内需，着力提消费促投资',
      'p2-n2 point 二是聚焦产业升级，加快构建现代化产业体系',
      'p2-n3 point 三是聚焦民生改善，更大力度增进群众福祉',
    ]);
    // A page break marked by a line of only a zero-width space is closed up; the topic keeps the part's numbering.
    expect(block(doc, 'p1-1').text).toMatch(/全年实施重点项目２１０个/);
    expect(doc.blocks.map((b) => b.id)).toContain('p1-4');
    expect(citationLabel('p2-n2-1')).toBe('第二部分“二是”第1段');
    expect(reasons(doc)).toEqual(['网站的版权许可说明', '抓取网页时留下的无用字符']);
  });

  it('ordinal-parts-closing: a run-together header, a caption, 第一、 parts, 第一， inside a part, 结束语', () => {
    const doc = mustParse(readFixture('ordinal-parts-closing'));
    expect(doc.meta).toEqual({
      title: '政府工作报告',
      dateLine: '——1980年8月30日在第五届全国人民代表大会第三次会议上',
      speaker: '国务院总理 王某',
    });
    expect(headings(doc)).toEqual([
      'p1 H1 第一、关于过去一年的工作',
      'p2 H1 第二、关于今年的任务',
      'p3 H1 第三、关于政府自身建设',
      'c closing 结束语',
    ]);
    expect(block(doc, 'p2-2').text.startsWith('第一，要把农业搞上去。')).toBe(true);
    expect(citationLabel('c-1')).toBe('结束语第1段');
    expect(reasons(doc)).toEqual(['图片说明']);
  });

  it('site-bracket-glossary: ※名词解释※, [n] ^[n] 【n】 markers, “term”。 and 【n】[term] entries, site footer', () => {
    const doc = mustParse(readFixture('site-bracket-glossary'));
    expect(doc.glossary.map((entry) => [entry.term, entry.definition.slice(0, 6)])).toEqual([
      ['“减税降费”', '“减税”指通'],
      ['“专精特新”', '即具有“专业'],
      ['四好农村路', '指把农村公路'],
    ]);
    expect(block(doc, 'p1-1').text).toBe(
      '过去一年，全区经济保持平稳增长，落实“减税降费”政策，培育“专精特新”企业30家。',
    );
    expect(doc.glossary.map((entry) => entry.markers?.length)).toEqual([1, 1, 1]);
    expect(reasons(doc)).toEqual(['网站免责声明', '网页标签', '网站版权信息']);
  });

  it('doubtful-structure: the warnings a secretariat must look at', () => {
    const doc = mustParse(readFixture('doubtful-structure'));
    expect(doc.warnings?.map((w) => w.code)).toEqual([
      'glossary-empty',
      'sub-part-gap',
      'part-empty',
      'chrome-kept',
    ]);
    expect(doc.warnings?.find((w) => w.code === 'sub-part-gap')?.message).toBe(
      '第二部分缺少（二）：（一）之后是（三）',
    );
    expect(reasons(doc)).toEqual(['名词解释中未能识别为词条的文字']);
  });
});
