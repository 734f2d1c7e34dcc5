import { describe, expect, it } from 'vitest';
import { documentText } from '../../../core/report/document-text';
import type { Block } from '../../../core/report/model';
import { mustParse, readBundled, stripMarkupForComparison, visible } from './report-fixtures';

// The real structure of the bundled 泽州县 2022 report, checked by hand against the text.
describe('the bundled report (泽州县 2022)', () => {
  const text = readBundled();
  const doc = mustParse(text);
  const byId = new Map(doc.blocks.map((block) => [block.id, block]));
  const get = (id: string): Block => {
    const block = byId.get(id);
    if (!block) throw new Error(`no block ${id}`);
    return block;
  };
  const headings = doc.blocks.filter((block) => block.type === 'heading');

  it('reads the title page and the footer into meta', () => {
    expect(doc.meta).toEqual({
      title: '政府工作报告',
      classification: '内部资料',
      documentNumber: '泽州县七届人大三次会议文件(19)',
      dateLine: '——2022年4月26日在泽州县第七届人民代表大会第三次会议上',
      speaker: '县长 张军',
      issuer: '大会秘书处',
      issueDate: '2022年4月25日印发',
      printRun: '共印 950 份',
    });
  });

  it('has 3 parts and 8 sub-parts under part 二', () => {
    expect(headings.filter((h) => h.type === 'heading' && h.level === 1).map((h) => h.text)).toEqual([
      '一、2021年工作回顾',
      '二、2022年总体要求和重点工作',
      '三、加强政府自身建设',
    ]);
    expect(headings.filter((h) => h.type === 'heading' && h.level === 2).map((h) => h.id)).toEqual([
      'p2-s1',
      'p2-s2',
      'p2-s3',
      'p2-s4',
      'p2-s5',
      'p2-s6',
      'p2-s7',
      'p2-s8',
    ]);
    expect(get('p2-s3').text).toBe('（三）聚焦项目建设，夯实全方位高质量发展的硬核支撑。');
  });

  it('starts the body at 各位代表： and splits the sub-part heading from its body text', () => {
    expect(doc.blocks[0]).toEqual({ id: 'p0-1', type: 'paragraph', text: '各位代表：' });
    expect(get('p2-s1').text).toBe('（一）聚焦丹河新城，拓展全方位高质量发展的新空间。');
    expect(get('p2-s1-1').text.startsWith('丹河新城不仅是泽州未来经济社会发展的中心')).toBe(true);
    expect(get('p2-s3-1').text).toBe(
      '抓项目就是抓发展，谋项目就是谋未来。要始终坚持“项目为王”理念，以大项目、好项目支撑全方位高质量发展。',
    );
  });

  it('repairs page breaks inside sentences', () => {
    expect(get('p1-2').text).toContain('锚定全省“第一方阵”目标');
    expect(get('p1-3').text).toContain('全县66%的煤矿实现智能化开采');
    expect(get('p1-11').text).toContain('有较大提升空间；生态环境仍需改善');
    expect(get('p2-s3-4').text).toContain('用好“日报告、周调度、旬预警、月通报、季奖惩”五项措施');
    expect(get('p2-s7-2').text.endsWith('坚决守牢泽州阵地。')).toBe(true);
    expect(doc.blocks.some((block) => block.text === '泽州阵地。')).toBe(false);
  });

  it('finds the run-in leads, and none where the first sentence has a comma', () => {
    const leads = doc.blocks.flatMap((block) =>
      block.type === 'paragraph' && block.lead ? [block.lead] : [],
    );
    expect(leads).toHaveLength(31);
    expect(leads.slice(0, 4)).toEqual([
      '完善城市功能。',
      '提升城市活力。',
      '加快区域融合。',
      '推动传统产业转型升级。',
    ]);
    expect(leads).toContain('筑牢疫情防控之“堤”。');
    expect(leads.at(-1)).toBe('廉洁从政守底线。');
    // 这一年，我们紧盯目标… opens with a comma: not a lead.
    const p12 = get('p1-2');
    expect(p12.type).toBe('paragraph');
    expect(p12).not.toHaveProperty('lead');
  });

  it('resolves bold and PM_{2.5} markup into marks', () => {
    const p = get('p2-s6-2');
    const at = p.text.indexOf('PM2.5');
    expect(at).toBeGreaterThan(0);
    expect(p.text).toContain('协同控制PM2.5和O₃污染');
    expect(p.marks).toEqual([{ type: 'sub', start: at + 2, end: at + 5 }]);
    expect(get('p2-2').marks).toEqual([{ type: 'bold', start: 7, end: 11 }]);
    expect(doc.blocks.some((block) => block.text.includes('**') || block.text.includes('_{'))).toBe(false);
  });

  it('reads the 10 glossary entries, including the unbolded 10th and the one broken by a page break', () => {
    expect(doc.glossary.map((entry) => entry.term)).toEqual([
      '能耗“双控”',
      '两新一重',
      '四张清单',
      '四库',
      '国企改革“32字”要求',
      '“三无”“三可”',
      '三带一园',
      '十抓安全',
      '双减',
      '四单七步',
    ]);
    expect(doc.glossary.map((entry) => entry.id)).toEqual([
      'g1',
      'g2',
      'g3',
      'g4',
      'g5',
      'g6',
      'g7',
      'g8',
      'g9',
      'g10',
    ]);
    expect(doc.glossary[8]?.definition).toBe('有效减轻义务教育阶段学生过重作业负担和校外培训负担。');
    expect(doc.glossary[9]?.definition.startsWith('“四单”即任务通知单')).toBe(true);
    expect(doc.blocks.some((block) => block.text.includes('名词解释') || block.text === '附件')).toBe(false);
  });

  it('links glossary terms in their quoted and variant forms', () => {
    const places = (term: string): string[] =>
      (doc.glossary.find((entry) => entry.term === term)?.occurrences ?? []).map(
        (range) => `${range.blockId}:${get(range.blockId).text.slice(range.start, range.end)}`,
      );
    expect(places('能耗“双控”')).toEqual(['p1-7:能耗“双控”', 'p2-s6-4:“双控”']);
    expect(places('国企改革“32字”要求')).toEqual(['p2-s4-2:“32字”']);
    expect(places('“三无”“三可”')).toEqual(['p2-s4-3:“三无”“三可”']);
    expect(places('双减')).toEqual(['p2-s8-3:双减']);
    expect(places('四单七步')).toEqual(['p3-4:四单七步']);
    expect(doc.glossary.reduce((sum, entry) => sum + entry.occurrences.length, 0)).toBe(11);
  });

  it('lists quoted jargon the glossary does not explain, in order of first occurrence', () => {
    const terms = doc.unexplainedTerms.map((term) => term.term);
    for (const term of ['放管服', '六稳', '六保', '专精特新', '136', '十四五']) expect(terms).toContain(term);
    expect(terms.slice(0, 4)).toEqual(['136', '六稳', '六保', '十四五']);
    for (const explained of ['双控', '32字', '三无', '三可', '双减', '两新一重', '四库'])
      expect(terms).not.toContain(explained);
    // 《泽州县2021年优化营商环境116条》 is a title, “特”“优” are single characters, “渗、滞、蓄…” is a list.
    expect(terms.some((term) => term.includes('、') || term.length < 2)).toBe(false);
    expect(doc.unexplainedTerms.find((term) => term.term === '十四五')?.occurrences).toHaveLength(4);
  });

  it('accounts for every visible character of the file', () => {
    expect(visible(documentText(doc))).toBe(visible(stripMarkupForComparison(text)));
  });

  it('gets the same id for the same text, also with CRLF line ends and a BOM, and another id for another text', () => {
    expect(doc.id).toMatch(/^r[0-9a-f]{14}$/);
    expect(mustParse(`\uFEFF${text.replace(/\n/g, '\r\n')}`).id).toBe(doc.id);
    expect(mustParse(text.replace('县长', '代县长')).id).not.toBe(doc.id);
  });
});
