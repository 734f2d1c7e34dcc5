import { describe, expect, it } from 'vitest';
import type { Block } from '../../../core/report/model';
import {
  buildOutline,
  enclosingSections,
  flattenOutline,
  PREAMBLE_ID,
  sectionIndex,
} from '../../../core/report/outline';

const p = (id: string): Block => ({ id, type: 'paragraph', text: id });
const h = (id: string, level: 1 | 2): Block => ({ id, type: 'heading', level, text: `heading ${id}` });

describe('buildOutline', () => {
  const blocks: Block[] = [
    p('p0-1'),
    h('p1', 1),
    p('p1-1'),
    h('p2', 1),
    p('p2-1'),
    h('p2-s1', 2),
    p('p2-s1-1'),
    h('p2-s2', 2),
    p('p2-s2-1'),
    h('p3', 1),
  ];

  it('groups sub-parts under parts and keeps a preamble', () => {
    const outline = buildOutline(blocks);
    expect(outline.map((s) => s.id)).toEqual([PREAMBLE_ID, 'p1', 'p2', 'p3']);
    expect(outline[2]?.children.map((s) => s.id)).toEqual(['p2-s1', 'p2-s2']);
    expect(outline[2]?.firstBlock).toBe(3);
    expect(outline[2]?.lastBlock).toBe(8);
    expect(outline[2]?.children[0]?.lastBlock).toBe(6);
  });

  it('maps every block to its innermost section', () => {
    const index = sectionIndex({ blocks });
    expect(index.get('p0-1')?.id).toBe(PREAMBLE_ID);
    expect(index.get('p2-1')?.id).toBe('p2');
    expect(index.get('p2-s1-1')?.id).toBe('p2-s1');
    expect(index.get('p2-s2-1')?.id).toBe('p2-s2');
    expect(index.size).toBe(blocks.length);
  });

  it('lists the sections a block lies in: its own, then the part around a sub-part', () => {
    const sections = enclosingSections({ blocks });
    expect(sections.get('p0-1')).toEqual([PREAMBLE_ID]);
    expect(sections.get('p2-1')).toEqual(['p2']);
    expect(sections.get('p2-s1')).toEqual(['p2-s1', 'p2']);
    expect(sections.get('p2-s2-1')).toEqual(['p2-s2', 'p2']);
    expect(sections.size).toBe(blocks.length);
  });

  it('flattens in reading order', () => {
    expect(flattenOutline(buildOutline(blocks)).map((s) => s.id)).toEqual([
      PREAMBLE_ID,
      'p1',
      'p2',
      'p2-s1',
      'p2-s2',
      'p3',
    ]);
  });

  it('treats a leading sub-part without a part as a root', () => {
    expect(buildOutline([h('s1', 2), p('x')]).map((s) => s.id)).toEqual(['s1']);
  });

  it('keeps appendices as sections of their own and lists 一是/二是 leads as points of their section', () => {
    const lead = (id: string, text: string): Block => ({
      id,
      type: 'paragraph',
      text: `${text}正文。`,
      lead: text,
    });
    const outline = buildOutline([
      h('p1', 1),
      lead('p1-1', '一是扩大内需。'),
      lead('p1-2', '二是稳定就业。'),
      p('p1-3'),
      { id: 'a1', type: 'heading', level: 1, kind: 'appendix', text: '附件1 十件民生实事' },
      { id: 'a1-i1', type: 'heading', level: 2, kind: 'item', text: '一、提高低保标准。' },
      p('a1-i1-1'),
    ]);
    expect(outline.map((s) => [s.id, s.kind])).toEqual([
      ['p1', undefined],
      ['a1', 'appendix'],
    ]);
    expect(outline[0]?.points).toEqual([
      { id: 'p1-1', title: '一是扩大内需', blockIndex: 1 },
      { id: 'p1-2', title: '二是稳定就业', blockIndex: 2 },
    ]);
    expect(outline[1]?.children.map((s) => [s.id, s.kind])).toEqual([['a1-i1', 'item']]);
    // One lead alone, or leads out of order, are no list of points.
    expect(
      buildOutline([h('p1', 1), lead('p1-1', '二是稳定就业。'), lead('p1-2', '一是扩大内需。')])[0]?.points,
    ).toBeUndefined();
  });
});
