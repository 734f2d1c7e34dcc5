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
});
