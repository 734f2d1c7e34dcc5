import { describe, expect, it } from 'vitest';
import { documentText } from '../../../core/report/document-text';
import type { ReportDocument } from '../../../core/report/model';
import { parseReportSource, sourceText } from '../../../core/report/source';
import type { SourceParagraph } from '../../../core/report/source';
import { reportId } from '../../../core/report/report-id';
import { formatStructureCheck } from '../../../core/report/structure-check';

const bold = (text: string): SourceParagraph => ({ text, bold: [{ start: 0, end: text.length }] });
const PARAGRAPHS: SourceParagraph[] = [
  bold('2025年某省政府工作报告'),
  { text: '——2025年1月20日在某省第十四届人民代表大会第三次会议上' },
  { text: '某省省长 某某某\u3000' },
  { text: '各位代表：', page: 1 },
  { text: '\u3000\u3000现在，我代表省人民政府，向大会报告工作，请予审议。', indent: true, page: 1 },
  // A heading Word splits over two bold paragraphs is one heading.
  bold('\u3000\u3000一、2024年'),
  bold('工作回顾'),
  { text: '\u3000\u3000过去一年，全省经济运行稳中有进，主要指标好于预期。', page: 2 },
  {
    text: '\u3000\u3000加力扩大投资。全年完成投资1200亿元，重大项目加快推进。',
    bold: [{ start: 2, end: 9 }],
    page: 2,
  },
  bold('\u3000\u3000二、2025年工作安排'),
  { text: '（一）更大力度推动全方位扩大内需', bold: [{ start: 0, end: 16 }], page: 3 },
  { text: '加力提振消费。实施提振消费专项行动，推动中低收入群体增收减负。', page: 3 },
];

function parse(paragraphs: SourceParagraph[], setAside: ReportDocument['setAside'] = []): ReportDocument {
  const result = parseReportSource({
    fileName: '某省.docx',
    format: 'docx',
    paragraphs,
    setAside: setAside ?? [],
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('parseReportSource', () => {
  const doc = parse(PARAGRAPHS, [
    { text: '1', reason: '页码', page: 1 },
    { text: '2', reason: '页码', page: 2 },
    { text: '3', reason: '页码', page: 3 },
  ]);

  it('applies the structure rules to the paragraphs, a heading split over two bold paragraphs being one', () => {
    expect(doc.meta).toEqual({
      title: '2025年某省政府工作报告',
      dateLine: '——2025年1月20日在某省第十四届人民代表大会第三次会议上',
      speaker: '某省省长 某某某',
    });
    expect(doc.blocks.filter((b) => b.type === 'heading').map((b) => `${b.id} ${b.text}`)).toEqual([
      'p1 一、2024年工作回顾',
      'p2 二、2025年工作安排',
      'p2-s1 （一）更大力度推动全方位扩大内需',
    ]);
  });

  it('takes bold runs as leads and marks, offsets moved past the trimmed indent', () => {
    const lead = doc.blocks.find((b) => b.id === 'p1-2');
    expect(lead).toMatchObject({
      type: 'paragraph',
      lead: '加力扩大投资。',
      marks: [{ type: 'bold', start: 0, end: 7 }],
    });
  });

  it('records the page each block starts on, keeps the reader’s set-aside text, and ids the extracted text', () => {
    expect(doc.source).toEqual({
      fileName: '某省.docx',
      format: 'docx',
      pages: { 'p0-1': 1, 'p0-2': 1, 'p1-1': 2, 'p1-2': 2, 'p2-s1': 3, 'p2-s1-1': 3 },
    });
    expect(doc.setAside?.map((item) => `${item.reason}${item.text}`)).toEqual(['页码1', '页码2', '页码3']);
    expect(doc.id).toBe(reportId(sourceText({ paragraphs: PARAGRAPHS })));
    expect(formatStructureCheck(doc, '某省.docx')).toContain('  页码：3处（“1”…“3”）');
  });

  it('keeps every character of the paragraphs', () => {
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    expect(squeeze(documentText({ ...doc, setAside: [] }))).toBe(
      squeeze(PARAGRAPHS.map((p) => p.text).join('')),
    );
  });

  it('refuses a source with no text or no body, with one Chinese line', () => {
    expect(parseReportSource({ fileName: 'a.pdf', format: 'pdf', paragraphs: [], setAside: [] })).toEqual({
      ok: false,
      error: { code: 'not-a-report', message: '文件中没有文字' },
    });
    const noBody = parseReportSource({
      fileName: 'a.pdf',
      format: 'pdf',
      paragraphs: [{ text: '政府工作报告' }],
      setAside: [],
    });
    expect(noBody.ok).toBe(false);
  });
});
