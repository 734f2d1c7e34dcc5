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

  it('numbers points, topics, a closing part and appendices with their items', () => {
    const kind = (
      level: 1 | 2,
      ordinal: number,
      k: NonNullable<DraftBlock['heading']>['kind'],
    ): DraftBlock => ({
      type: 'heading',
      heading: { level, ordinal, ...(k && { kind: k }) },
      text: '题',
      marks: [],
    });
    expect(
      assignBlockIds([
        h(1, 1),
        p,
        kind(2, 1, 'topic'),
        p,
        h(1, 2),
        kind(2, 1, 'point'),
        p,
        kind(2, 2, 'point'),
        p,
        kind(1, 0, 'closing'),
        p,
        kind(1, 1, 'appendix'),
        p,
        kind(2, 1, 'item'),
        p,
      ]),
    ).toEqual([
      'p1',
      'p1-1',
      'p1-t1',
      'p1-2',
      'p2',
      'p2-n1',
      'p2-n1-1',
      'p2-n2',
      'p2-n2-1',
      'c',
      'c-1',
      'a1',
      'a1-1',
      'a1-i1',
      'a1-i1-1',
    ]);
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
    ['p3-n2', '第三部分“二是”', 'Part 3 point 2'],
    ['p3-n2-4', '第三部分“二是”第4段', 'Part 3 point 2 ¶4'],
    ['p2-t1', '第二部分小标题1', 'Part 2 heading 1'],
    ['c', '结束语', 'Closing'],
    ['c-2', '结束语第2段', 'Closing ¶2'],
    ['a1', '附件1', 'Appendix 1'],
    ['a1-2', '附件1第2段', 'Appendix 1 ¶2'],
    ['a1-i3', '附件1第3项', 'Appendix 1 item 3'],
    ['a2-i3-1', '附件2第3项第1段', 'Appendix 2 item 3 ¶1'],
    ['n2-1', '“二是”第1段', 'point 2 ¶1'],
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
