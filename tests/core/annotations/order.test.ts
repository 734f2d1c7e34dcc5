import { describe, expect, it } from 'vitest';
import type { Anchor } from '../../../core/annotations/anchor';
import { describe as describeTarget } from '../../../core/annotations/anchor';
import type { Annotation, ColorKey } from '../../../core/annotations/model';
import { countByColor, groupBySection, orderAnnotations } from '../../../core/annotations/order';
import type { Block, ReportDocument } from '../../../core/report/model';

const p = (id: string, text: string): Block => ({ id, type: 'paragraph', text });
const h = (id: string, level: 1 | 2, text: string): Block => ({ id, type: 'heading', level, text });
const doc: ReportDocument = {
  id: 'r',
  meta: {},
  blocks: [
    p('p0-1', '各位代表：现在我代表县人民政府向大会报告工作。'),
    h('p1', 1, '一、2021年工作回顾'),
    p('p1-1', '这一年，经济运行交出了高分报表。'),
    h('p2', 1, '二、2022年总体要求和重点工作'),
    p('p2-1', '今年政府工作的总体要求是坚持稳中求进。'),
    h('p2-s1', 2, '（一）聚焦丹河新城'),
    p('p2-s1-1', '丹河新城是泽州未来发展的中心。'),
    h('p2-s2', 2, '（二）聚焦产业转型'),
    p('p2-s2-1', '转型的平台在园区，转型的支撑在产业。'),
  ],
  glossary: [],
  unexplainedTerms: [],
};

let n = 0;
function note(
  blockId: string,
  start: number,
  end: number,
  color: ColorKey = 'yellow',
  extra: Partial<Annotation> = {},
): Annotation {
  n += 1;
  return {
    id: `a${String(n).padStart(2, '0')}`,
    reportId: 'r',
    kind: 'highlight',
    target: describeTarget(doc, blockId, start, end),
    color,
    note: '',
    tags: [],
    author: { id: 'u', name: 'U' },
    createdAt: `2022-04-20T08:00:${String(60 - n).padStart(2, '0')}.000Z`,
    updatedAt: '2022-04-20T09:00:00.000Z',
    ...extra,
  };
}

describe('orderAnnotations', () => {
  it('puts annotations in document order and orphans apart, skipping tombstones', () => {
    const late = note('p2-s2-1', 0, 2, 'red');
    const early = note('p0-1', 5, 7);
    const sameStartLonger = note('p1-1', 3, 9, 'green');
    const sameStart = note('p1-1', 3, 5, 'blue');
    const gone = note('p2-1', 0, 2, 'yellow', { deletedAt: '2022-04-21T00:00:00.000Z' });
    const lost = {
      ...note('p2-1', 2, 4),
      target: { ...note('p2-1', 2, 4).target, exact: '不存在的话', prefix: '', suffix: '' },
    };
    const ordered = orderAnnotations(doc, [late, lost, gone, sameStartLonger, early, sameStart]);
    expect(ordered.placed.map((x) => x.annotation.id)).toEqual([
      early.id,
      sameStart.id,
      sameStartLonger.id,
      late.id,
    ]);
    expect(ordered.orphans.map((x) => x.id)).toEqual([lost.id]);
  });

  it('uses the anchors given, treating a missing one as an orphan', () => {
    const a = note('p1-1', 0, 2);
    const b = note('p1-1', 2, 4);
    const anchors = new Map<string, Anchor>([
      [a.id, { status: 'moved', blockId: 'p2-s1-1', start: 0, end: 2 }],
    ]);
    const ordered = orderAnnotations(doc, [a, b], anchors);
    expect(ordered.placed.map((x) => [x.annotation.id, x.anchor.blockId])).toEqual([[a.id, 'p2-s1-1']]);
    expect(ordered.orphans).toEqual([b]);
  });

  it('orders orphans by creation time', () => {
    const mk = (createdAt: string, id: string): Annotation => ({
      ...note('p1-1', 0, 2),
      id,
      createdAt,
      target: { blockId: 'gone', start: 0, end: 2, exact: '无此文字', prefix: '', suffix: '' },
    });
    const ordered = orderAnnotations(doc, [mk('2022-04-21T00:00:00Z', 'x'), mk('2022-04-20T00:00:00Z', 'y')]);
    expect(ordered.orphans.map((x) => x.id)).toEqual(['y', 'x']);
  });
});

describe('groupBySection', () => {
  it('groups by innermost section in document order, with the part of each sub-part', () => {
    const all = [
      note('p2-s2-1', 0, 2),
      note('p0-1', 0, 2),
      note('p2-1', 0, 2),
      note('p2-s1-1', 0, 2),
      note('p2-s1', 3, 5),
    ];
    const groups = groupBySection(doc, orderAnnotations(doc, all).placed);
    expect(groups.map((g) => [g.section.id, g.section.level, g.part?.id, g.items.length])).toEqual([
      ['preamble', 0, undefined, 1],
      ['p2', 1, undefined, 1],
      ['p2-s1', 2, 'p2', 2],
      ['p2-s2', 2, 'p2', 1],
    ]);
    expect(groups[2]?.section.title).toBe('（一）聚焦丹河新城');
    expect(groups[2]?.part?.title).toBe('二、2022年总体要求和重点工作');
  });
});

describe('countByColor', () => {
  it('counts live annotations per colour, every colour present', () => {
    const all = [
      note('p1-1', 0, 2, 'red'),
      note('p1-1', 2, 4, 'red'),
      note('p1-1', 4, 6, 'blue'),
      note('p1-1', 6, 8, 'red', { deletedAt: 'x' }),
    ];
    expect(countByColor(all)).toEqual({ yellow: 0, red: 2, green: 0, blue: 1, purple: 0 });
  });
});
