import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildSpeakingOutline } from '../../../core/export/outline-model';
import type { Paper } from '../../../core/export/paper';
import { buildSuggestionDraft } from '../../../core/export/suggestion-model';
import { paperToDocx } from '../../../main/export/docx-paper';
import { doc, LABELS, note } from '../../core/export/fixture';
import { HOSTILE_NOTE, INVALID_CHARS } from '../../core/export/hostile';

const signer = { authorName: '张代表', date: '2026-11-28' };

async function parts(bytes: Promise<Uint8Array>): Promise<Record<string, string>> {
  const files = unzipSync(await bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The text of each Word paragraph, in order: what a reader of the file sees, line by line. */
const paragraphs = (xml: string): string[] =>
  [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );

const notes = [
  note('p1-1', 16, 29, 'blue', { note: '9.5%是否为可比价？' }),
  note('p1-1', 0, 4, 'green', { note: '建议公布分项数据\n并说明口径' }),
  note('p2-1', 12, 18, 'red', { note: '稳中求进如何考核？' }),
];

describe('paperToDocx', () => {
  it('writes the speaking outline: A4, title, byline, numbered parts in 黑体, points with their citation', async () => {
    const outline = buildSpeakingOutline({ doc, annotations: notes, labels: LABELS, signer });
    const files = await parts(paperToDocx(outline.paper, '张代表'));
    const xml = files['word/document.xml'] ?? '';
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(paragraphs(xml).filter((p) => p !== '')).toEqual([
      '审议《2022年泽州县政府工作报告》发言提纲',
      '代表：张代表\u3000日期：2026-11-28',
      '一、总体评价',
      '（请填写对报告的总体评价）',
      '二、几点建议',
      '1．建议公布分项数据',
      '并说明口径（第一部分第1段：“这一年，”）',
      '三、几个问题',
      '1．稳中求进如何考核？（第二部分第1段：“坚持稳中求进”）',
    ]);
    // Three ruled lines to write the overall view on.
    expect(xml.match(/<w:tab w:val="right" w:pos="8312" w:leader="underscore"\/>/g)).toHaveLength(3);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(files['word/styles.xml']).toMatch(/w:styleId="Heading1".*?w:eastAsia="黑体"/s);
    expect(files['word/styles.xml']).toMatch(/<w:docDefaults>.*w:eastAsia="仿宋".*<w:sz w:val="28"\/>/s);
    const footer = Object.entries(files).find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? '';
    expect(footer).toMatch(/PAGE.*NUMPAGES/s);
  });

  it('prints large: the body in 三号', async () => {
    const outline = buildSpeakingOutline({
      doc,
      annotations: notes,
      labels: LABELS,
      signer,
      options: { largePrint: true },
    });
    const styles = (await parts(paperToDocx(outline.paper, '张代表')))['word/styles.xml'] ?? '';
    expect(styles).toMatch(/<w:docDefaults>.*<w:sz w:val="32"\/>/s);
  });

  it('writes the suggestion: 关于……的建议, the three parts, 领衔代表 and 附议代表 lines', async () => {
    const draft = buildSuggestionDraft({ doc, annotations: notes, labels: LABELS, signer });
    const xml = (await parts(paperToDocx(draft.paper, '张代表')))['word/document.xml'] ?? '';
    const text = paragraphs(xml).filter((p) => p !== '');
    expect(text[0]).toMatch(/^关于＿+的建议$/);
    expect(text).toContain(
      '“这一年，经济运行交出了高分报表，地区生产总值增长9.5%。”（报告第一部分第1段；涉及数据：9.5%）',
    );
    expect(text.filter((p) => /^[一二三]、/.test(p))).toEqual([
      '一、基本情况',
      '二、问题分析',
      '三、具体建议',
    ]);
    expect(text.slice(-3)).toEqual([
      expect.stringMatching(/^领衔代表：＿+$/),
      expect.stringMatching(/^附议代表：＿+\u3000＿+$/),
      expect.stringMatching(/^\u3000+＿+\u3000＿+$/),
    ]);
    expect(xml).toContain('<w:pStyle w:val="Quote"/>');
  });

  it('keeps hostile text as text, well-formed, in every block', async () => {
    const value = `${HOSTILE_NOTE}</w:t><w:p>`;
    const paper: Paper = {
      kind: 'test',
      title: value,
      meta: [value],
      running: value,
      blocks: [
        { type: 'heading', text: value },
        { type: 'paragraph', text: value },
        { type: 'point', number: '1．', text: value, source: value },
        { type: 'quote', text: value, source: value },
        { type: 'fill', text: value, lines: 1 },
        { type: 'remark', text: value },
        { type: 'table', columns: [value], rows: [[value]] },
        { type: 'sign', lines: [value] },
      ],
    };
    const files = await parts(paperToDocx(paper, value));
    for (const [name, content] of Object.entries(files)) {
      if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
      expect(content).not.toMatch(INVALID_CHARS);
      expect(content).not.toContain('<script>');
      expect(content).not.toContain('</w:t><w:p></w:t>');
    }
    const xml = files['word/document.xml'] ?? '';
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).toContain('&lt;/w:t&gt;&lt;w:p&gt;');
    expect(xml).toContain('<w:tbl>');
  });
});
