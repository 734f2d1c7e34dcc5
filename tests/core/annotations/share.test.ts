import { describe, expect, it } from 'vitest';
import { describe as describeTarget, resolveAll } from '../../../core/annotations/anchor';
import type { Annotation, Author, ColorKey } from '../../../core/annotations/model';
import { buildSharePack, sectionsFromBlockId } from '../../../core/annotations/share';
import type { ShareFilter } from '../../../core/annotations/share';
import { validatePack } from '../../../core/annotations/validate';
import type { Block, ReportDocument } from '../../../core/report/model';

const p = (id: string, text: string): Block => ({ id, type: 'paragraph', text });
const h = (id: string, level: 1 | 2, text: string): Block => ({ id, type: 'heading', level, text });
const LONG = '丹河新城是泽州未来发展的中心，要坚持高起点规划、高标准建设、高水平管理，打造城市发展新引擎。';
const blocks = (p1Text: string, p2s1Text: string): Block[] => [
  p('p0-1', '各位代表：现在我代表县人民政府向大会报告工作。'),
  h('p1', 1, '一、2021年工作回顾'),
  p('p1-1', p1Text),
  h('p2', 1, '二、2022年总体要求和重点工作'),
  p('p2-1', '今年政府工作的总体要求是坚持稳中求进。'),
  h('p2-s1', 2, '（一）聚焦丹河新城'),
  p('p2-s1-1', p2s1Text),
  h('p2-s2', 2, '（二）聚焦产业转型'),
  p('p2-s2-1', '转型的平台在园区，转型的支撑在产业。'),
];
const doc: ReportDocument = {
  id: 'r1',
  meta: {},
  blocks: blocks('这一年，经济运行交出了高分报表。', LONG),
  glossary: [],
  unexplainedTerms: [],
};

const me: Author = { id: 'me', name: '王代表' };
const other: Author = { id: 'u2', name: '李代表' };
const REPORT = { id: 'r1', title: '政府工作报告' };
const AT = '2022-04-25T00:00:00.000Z';

function note(
  id: string,
  blockId: string,
  extra: Partial<Annotation> = {},
  where: { doc: ReportDocument; start: number; end: number } = { doc, start: 0, end: 2 },
): Annotation {
  return {
    id,
    reportId: 'r1',
    kind: 'highlight',
    target: describeTarget(where.doc, blockId, where.start, where.end),
    color: 'yellow',
    note: '私人笔记',
    tags: ['财政'],
    author: me,
    createdAt: '2022-04-20T08:00:00.000Z',
    updatedAt: '2022-04-20T09:00:00.000Z',
    ...extra,
  };
}

const share = (annotations: readonly Annotation[], filter?: ShareFilter) =>
  buildSharePack({ report: REPORT, me, annotations, doc, exportedAt: AT, ...(filter ? { filter } : {}) });
const ids = (annotations: readonly Annotation[]) => annotations.map((a) => a.id);

describe('buildSharePack', () => {
  it('holds only my annotations, sorted by id, in a valid pack exported by me', () => {
    const pack = share([note('b', 'p1-1'), note('x', 'p1-1', { author: other }), note('a', 'p2-1')]);
    expect(ids(pack.annotations)).toEqual(['a', 'b']);
    expect(pack).toMatchObject({ format: 'yandu.annotations', version: 1, report: REPORT, exportedBy: me });
    expect(pack.exportedAt).toBe(AT);
    expect(validatePack(JSON.parse(JSON.stringify(pack)))).toEqual({ ok: true, value: pack });
  });

  it('carries tombstones emptied of note and tags, keeping place, colour and times', () => {
    const dead = note('d', 'p1-1', {
      color: 'red',
      updatedAt: '2022-04-21T00:00:00.000Z',
      deletedAt: '2022-04-21T00:00:00.000Z',
    });
    const [shared] = share([dead]).annotations;
    expect(shared).toEqual({ ...dead, note: '', tags: [] });
  });

  it('keeps live notes whole and does not touch the stored objects', () => {
    const live = note('l', 'p1-1');
    const copy = structuredClone(live);
    const [shared] = share([live]).annotations;
    expect(shared).toEqual(copy);
    expect(shared).not.toBe(live);
    expect(live).toEqual(copy);
  });

  it('fills a blank author name with mine, live and tombstone alike, and keeps a name already there', () => {
    const blank = note('a', 'p1-1', { author: { id: 'me', name: '  ' } });
    const blankDead = note('b', 'p1-1', {
      author: { id: 'me', name: '' },
      deletedAt: '2022-04-20T09:00:00.000Z',
    });
    const oldName = note('c', 'p1-1', { author: { id: 'me', name: '王某' } });
    expect(share([blank, blankDead, oldName]).annotations.map((a) => a.author)).toEqual([
      me,
      me,
      { id: 'me', name: '王某' },
    ]);
  });

  it('filters by colour and by tag (any of them); absent or empty lists mean all', () => {
    const red = note('r', 'p1-1', { color: 'red', tags: ['民生'] });
    const green = note('g', 'p1-1', { color: 'green', tags: ['财政', '环保'] });
    const blue = note('b', 'p1-1', { color: 'blue', tags: [] });
    const all = [red, green, blue];
    expect(ids(share(all, { colors: ['red', 'blue'] }).annotations)).toEqual(['b', 'r']);
    expect(ids(share(all, { tags: ['环保', '民生'] }).annotations)).toEqual(['g', 'r']);
    expect(ids(share(all, { colors: ['red', 'green'], tags: ['环保'] }).annotations)).toEqual(['g']);
    expect(ids(share(all, { colors: [], tags: [], sectionIds: [] }).annotations)).toEqual(['b', 'g', 'r']);
    expect(ids(share(all, {}).annotations)).toEqual(['b', 'g', 'r']);
  });

  it('applies the filter to tombstones by what they held, before emptying them', () => {
    const dead = (id: string, color: ColorKey, tags: string[]) =>
      note(id, 'p1-1', { color, tags, deletedAt: '2022-04-20T09:00:00.000Z' });
    const pack = share([dead('x', 'red', ['民生']), dead('y', 'green', ['财政'])], { tags: ['民生'] });
    expect(pack.annotations).toMatchObject([{ id: 'x', color: 'red', tags: [], note: '' }]);
    expect(
      ids(share([dead('x', 'red', []), dead('y', 'green', [])], { colors: ['green'] }).annotations),
    ).toEqual(['y']);
  });

  it('filters by section: a part includes its own paragraphs and its sub-parts, a sub-part only itself', () => {
    const all = [
      note('pre', 'p0-1'),
      note('one', 'p1-1'),
      note('two', 'p2-1'),
      note('twoOne', 'p2-s1-1'),
      note('twoTwo', 'p2-s2-1'),
      note('heading', 'p2-s2'),
      note('gone', 'p2-s2-1', { deletedAt: '2022-04-20T09:00:00.000Z' }),
    ];
    expect(ids(share(all, { sectionIds: ['p2'] }).annotations)).toEqual([
      'gone',
      'heading',
      'two',
      'twoOne',
      'twoTwo',
    ]);
    expect(ids(share(all, { sectionIds: ['p2-s2'] }).annotations)).toEqual(['gone', 'heading', 'twoTwo']);
    expect(ids(share(all, { sectionIds: ['p1', 'p2-s1'] }).annotations)).toEqual(['one', 'twoOne']);
    expect(ids(share(all, { sectionIds: ['preamble'] }).annotations)).toEqual(['pre']);
    expect(ids(share(all, { sectionIds: ['p9'] }).annotations)).toEqual([]);
  });

  it('places a note where it anchors in this text, a tombstone too, so a delete follows its note', () => {
    // Made on a text where the sentence stood in p1-1; here it stands in p2-s1-1.
    const before: ReportDocument = { ...doc, blocks: blocks(LONG, '丹河新城建设全面提速。') };
    const where = { doc: before, start: 0, end: LONG.length };
    const live = note('live', 'p1-1', {}, where);
    const dead = note('dead', 'p1-1', { deletedAt: '2022-04-20T09:00:00.000Z' }, where);
    expect(resolveAll(doc, [live]).get('live')).toMatchObject({ status: 'moved', blockId: 'p2-s1-1' });
    expect(ids(share([live, dead], { sectionIds: ['p2-s1'] }).annotations)).toEqual(['dead', 'live']);
    expect(ids(share([live, dead], { sectionIds: ['p1'] }).annotations)).toEqual([]);
  });

  it('places a note that does not anchor by its stored block, else by what its block id says', () => {
    const lost = (id: string, blockId: string): Annotation => ({
      ...note(id, 'p1-1'),
      target: { blockId, start: 0, end: 4, exact: '无此引文', prefix: '', suffix: '' },
    });
    const all = [
      lost('inDoc', 'p2-s2-1'),
      lost('elsewhere', 'p2-s7-3'),
      lost('pre', 'p0-4'),
      lost('odd', 'x7'),
    ];
    expect(resolveAll(doc, all).get('inDoc')).toEqual({ status: 'orphan' });
    expect(ids(share(all, { sectionIds: ['p2-s2'] }).annotations)).toEqual(['inDoc']);
    expect(ids(share(all, { sectionIds: ['p2'] }).annotations)).toEqual(['elsewhere', 'inDoc']);
    expect(ids(share(all, { sectionIds: ['p2-s7'] }).annotations)).toEqual(['elsewhere']);
    expect(ids(share(all, { sectionIds: ['preamble'] }).annotations)).toEqual(['pre']);
  });
});

describe('sectionsFromBlockId', () => {
  it.each([
    ['p2-s3-4', ['p2-s3', 'p2']],
    ['p2-s3', ['p2-s3', 'p2']],
    ['p2-1', ['p2']],
    ['p2', ['p2']],
    ['p2-1_2', ['p2']],
    ['p0-1', ['preamble']],
    ['s3-1', ['s3']],
    ['b5', ['preamble']],
    ['x7', []],
    ['', []],
  ])('%s lies in %j', (blockId, sections) => {
    expect(sectionsFromBlockId(blockId)).toEqual(sections);
  });
});
