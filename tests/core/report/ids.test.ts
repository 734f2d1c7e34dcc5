import { describe, expect, it } from 'vitest';
import type { DraftBlock } from '../../../core/report/blocks';
import { assignBlockIds, citationLabel } from '../../../core/report/ids';

const p: DraftBlock = { type: 'paragraph', text: '段。', marks: [] };
const h = (level: 1 | 2, ordinal: number): DraftBlock => ({
  type: 'heading',
  heading: { level, ordinal },
  text: '题',
  marks: [],
});

describe('assignBlockIds', () => {
  it('follows the report numbering', () => {
    expect(assignBlockIds([p, h(1, 1), p, h(1, 2), p, h(2, 1), p, h(2, 2), p, p, h(1, 3)])).toEqual([
      'p0-1',
      'p1',
      'p1-1',
      'p2',
      'p2-1',
      'p2-s1',
      'p2-s1-1',
      'p2-s2',
      'p2-s2-1',
      'p2-s2-2',
      'p3',
    ]);
  });

  it('numbers a report without parts b1, b2… and its sub-parts s1…', () => {
    expect(assignBlockIds([p, p, h(2, 1), p])).toEqual(['b1', 'b2', 's1', 's1-1']);
  });

  it('keeps ids unique for odd input', () => {
    expect(assignBlockIds([h(1, 1), p, h(1, 1), p, h(1, 1)])).toEqual([
      'p1',
      'p1-1',
      'p1_2',
      'p1-1_2',
      'p1_3',
    ]);
  });
});

describe('citationLabel', () => {
  it.each([
    ['p2-s3-2', '第二部分（三）第2段', 'Part 2 (3) ¶2'],
    ['p2-s3', '第二部分（三）', 'Part 2 (3)'],
    ['p2', '第二部分', 'Part 2'],
    ['p2-1', '第二部分第1段', 'Part 2 ¶1'],
    ['p0-1', '开头第1段', 'Opening ¶1'],
    ['b5', '第5段', '¶5'],
    ['s3-2', '（三）第2段', '(3) ¶2'],
    ['p12-s21-3', '第十二部分（二十一）第3段', 'Part 12 (21) ¶3'],
    ['p99', '第九十九部分', 'Part 99'],
    ['p1-1_2', '第一部分第1段', 'Part 1 ¶1'],
  ])('%s → %s / %s', (id, zh, en) => {
    expect(citationLabel(id)).toBe(zh);
    expect(citationLabel(id, 'zh-CN')).toBe(zh);
    expect(citationLabel(id, 'en')).toBe(en);
  });

  it('returns an unknown id unchanged', () => {
    expect(citationLabel('preamble')).toBe('preamble');
    expect(citationLabel('p2-x')).toBe('p2-x');
  });
});
