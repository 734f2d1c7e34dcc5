import { describe, expect, it } from 'vitest';
import { citationText } from '../../renderer/annotations/citation-text';

describe('citationText', () => {
  const doc = {
    meta: { title: '政府工作报告' },
    blocks: [
      { id: 'p2-s4-2', type: 'paragraph' as const, text: '深化国资国企改革。推进国企改革“32字”要求。' },
    ],
  };

  it('quotes the passage and cites it in the report’s own numbering', () => {
    expect(citationText(doc, { blockId: 'p2-s4-2', start: 0, end: 8 })).toBe(
      '深化国资国企改革（《政府工作报告》第二部分（四）第2段）',
    );
  });

  it('falls back to 政府工作报告 when the report has no title', () => {
    expect(citationText({ ...doc, meta: {} }, { blockId: 'p2-s4-2', start: 9, end: 13 })).toBe(
      '推进国企（《政府工作报告》第二部分（四）第2段）',
    );
  });

  it('adds the original’s page for a report read from a PDF', () => {
    const fromPdf = {
      ...doc,
      source: { fileName: '报告.pdf', format: 'pdf' as const, pages: { 'p2-s4-2': 17 } },
    };
    expect(citationText(fromPdf, { blockId: 'p2-s4-2', start: 0, end: 8 })).toBe(
      '深化国资国企改革（《政府工作报告》第二部分（四）第2段，原文第17页）',
    );
  });
});
