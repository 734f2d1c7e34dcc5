import { describe, expect, it } from 'vitest';
import type { Anchor } from '../../../core/annotations/anchor';
import type { NoteItem, NotesModel } from '../../../core/export/notes-model';
import {
  BOOKMARK_QUOTE_LENGTH,
  buildDraftModel,
  buildNotesModel,
  draftCategory,
} from '../../../core/export/notes-model';
import { doc, LABELS, LONG_PARAGRAPH, note, orphan, sampleNotes } from './fixture';

const placedItems = (model: NotesModel): NoteItem[] => model.sections.flatMap((s) => s.items);
const allItems = (model: NotesModel): NoteItem[] => [...placedItems(model), ...model.orphans];

describe('buildNotesModel', () => {
  const notes = sampleNotes();
  // Bookmarks asked for, so every kind of note is in.
  const model = buildNotesModel(doc, notes, { labels: LABELS, filter: { bookmarks: true } });

  it('lists every live note once, drops tombstones, keeps orphans apart', () => {
    const live = notes.filter((a) => a.deletedAt === undefined);
    expect(
      allItems(model)
        .map((i) => i.id)
        .sort(),
    ).toEqual(live.map((a) => a.id).sort());
    expect(allItems(model).some((i) => i.note === '已删除的批注')).toBe(false);
    expect(model.orphans.map((i) => i.note)).toEqual(['找不到原文的批注']);
    expect(model.orphans[0]).toMatchObject({
      orphan: true,
      quote: '已被删除的一句话',
      citation: '第一部分第1段',
    });
    expect(placedItems(model).every((i) => !i.orphan)).toBe(true);
    expect(model.total).toBe(live.length);
  });

  it('puts sections and notes in reading order and numbers them, orphans last', () => {
    expect(model.sections.map((s) => [s.id, s.level, s.title])).toEqual([
      ['preamble', 0, '开头'],
      ['p1', 1, '一、2021年工作回顾'],
      ['p2', 1, '二、2022年总体要求和重点工作'],
      ['p2-s1', 2, '（一）聚焦丹河新城'],
      ['p2-s2', 2, '（二）聚焦产业转型'],
    ]);
    expect(model.sections[3]?.partTitle).toBe('二、2022年总体要求和重点工作');
    expect(allItems(model).map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(placedItems(model).map((i) => i.blockId)).toEqual([
      'p0-1',
      'p1-1',
      'p2-1',
      'p2-s1-1',
      'p2-s1-1',
      'p2-s2-1',
    ]);
    expect(model.orphans[0]?.number).toBe(7);
  });

  it('quotes the words as the text reads now, with citations and labels', () => {
    const first = placedItems(model)[0];
    expect(first).toMatchObject({
      quote: '现在我代表县人',
      citation: '开头第1段',
      colorLabel: '重点',
      author: { id: 'u1', name: '张代表' },
    });
    expect(placedItems(model).find((i) => i.color === 'blue')).toMatchObject({
      quote: '生产总值增长9.5%。',
      citation: '第一部分第1段',
      colorLabel: '数据核对',
      tags: ['数据'],
    });
    expect(placedItems(model).at(-1)).toMatchObject({ citation: '第二部分（二）第1段', quote: '转型的平台' });
  });

  it('quotes the start of the paragraph for a bookmark', () => {
    const bookmark = placedItems(model).find((i) => i.kind === 'bookmark');
    expect(bookmark?.quote).toBe(`${LONG_PARAGRAPH.slice(0, BOOKMARK_QUOTE_LENGTH)}…`);
    const short = note('p1-1', 0, 0, 'purple', { kind: 'bookmark' });
    const item = placedItems(
      buildNotesModel(doc, [short], { labels: LABELS, filter: { bookmarks: true } }),
    )[0];
    expect(item?.quote).toBe(doc.blocks[2]?.text);
  });

  it('uses the anchors given (the words moved) and the quote of the current text', () => {
    const moved = note('p1-1', 0, 3);
    const anchors = new Map<string, Anchor>([
      [moved.id, { status: 'moved', blockId: 'p2-s2-1', start: 6, end: 8 }],
    ]);
    const item = placedItems(buildNotesModel(doc, [moved], { labels: LABELS, anchors }))[0];
    expect(item).toMatchObject({ blockId: 'p2-s2-1', quote: '园区', citation: '第二部分（二）第1段' });
  });

  it('counts colours of the notes included, every key present; a bookmark under none', () => {
    expect(model.counts).toEqual({ yellow: 2, red: 2, green: 1, blue: 1, purple: 0 });
    expect(model.bookmarks).toBe(1);
    expect(model.labels).toEqual(LABELS);
  });

  it('takes the report title and date line, with a default title', () => {
    expect(model.report).toEqual({
      id: 'r-test',
      title: '2022年泽州县政府工作报告',
      subtitle: '——2022年4月26日在泽州县第七届人民代表大会第三次会议上',
    });
    expect(buildNotesModel({ ...doc, meta: {} }, [], { labels: LABELS }).report).toEqual({
      id: 'r-test',
      title: '政府工作报告',
    });
  });

  it('uses the user’s colour labels', () => {
    const labels = { ...LABELS, yellow: '要点' };
    expect(placedItems(buildNotesModel(doc, notes, { labels }))[0]?.colorLabel).toBe('要点');
  });

  it('has no sections and no orphans without notes', () => {
    const empty = buildNotesModel(doc, [], { labels: LABELS });
    expect(empty).toMatchObject({ sections: [], orphans: [], total: 0 });
  });
});

describe('buildNotesModel filters', () => {
  const notes = sampleNotes();
  const ids = (filter: Parameters<typeof buildNotesModel>[2]['filter']) =>
    allItems(buildNotesModel(doc, notes, { labels: LABELS, filter: { bookmarks: true, ...filter } })).map(
      (i) => i.note,
    );

  it('by colour', () => {
    expect(ids({ colors: ['red'] })).toEqual(['园区平台如何考核？', '找不到原文的批注']);
  });

  it('by tag: any of the tags', () => {
    expect(ids({ tags: ['数据', '建议'] })).toEqual(['核对增长率', '第一行\n第二行']);
  });

  it('by section: a part includes its sub-parts, a sub-part only itself', () => {
    expect(ids({ sectionIds: ['p2'] })).toEqual([
      '建议细化稳中求进的指标',
      '',
      '第一行\n第二行',
      '园区平台如何考核？',
    ]);
    expect(ids({ sectionIds: ['p2-s2'] })).toEqual(['园区平台如何考核？']);
    expect(ids({ sectionIds: ['preamble'] })).toEqual(['开头的批注']);
  });

  it('by section: an orphan counts where it was stored', () => {
    expect(ids({ sectionIds: ['p1'] })).toEqual(['核对增长率', '找不到原文的批注']);
  });

  it('by author', () => {
    expect(ids({ authorIds: ['u2'] })).toEqual(['建议细化稳中求进的指标']);
  });

  it('combines filters, and empty lists mean all', () => {
    expect(ids({ colors: ['yellow'], sectionIds: ['p2'] })).toEqual(['第一行\n第二行']);
    expect(ids({ colors: [], tags: [], sectionIds: [], authorIds: [] })).toHaveLength(7);
  });

  it('numbers the notes that are left from 1', () => {
    const model = buildNotesModel(doc, notes, { labels: LABELS, filter: { colors: ['red'] } });
    expect(allItems(model).map((i) => i.number)).toEqual([1, 2]);
    expect(model.counts).toEqual({ yellow: 0, red: 2, green: 0, blue: 0, purple: 0 });
    expect(model.total).toBe(2);
  });
});

describe('draft model (审议意见稿)', () => {
  it('draftCategory: green 建议, red 疑问, else a tag 建议/疑问; the colour decides first', () => {
    const kind = 'highlight';
    expect(draftCategory({ kind, color: 'green', tags: [] })).toBe('建议');
    expect(draftCategory({ kind, color: 'red', tags: [] })).toBe('疑问');
    expect(draftCategory({ kind, color: 'red', tags: ['建议'] })).toBe('疑问');
    expect(draftCategory({ kind, color: 'yellow', tags: ['建议'] })).toBe('建议');
    expect(draftCategory({ kind, color: 'blue', tags: ['x', '疑问'] })).toBe('疑问');
    expect(draftCategory({ kind, color: 'purple', tags: ['其他'] })).toBeUndefined();
  });

  it('keeps only 建议 and 疑问, with the same shape and numbering', () => {
    const model = buildDraftModel(doc, sampleNotes(), { labels: LABELS });
    expect(allItems(model).map((i) => [i.number, i.note])).toEqual([
      [1, '建议细化稳中求进的指标'],
      [2, '第一行\n第二行'],
      [3, '园区平台如何考核？'],
      [4, '找不到原文的批注'],
    ]);
    expect(model.total).toBe(4);
    expect(model.orphans).toHaveLength(1);
  });

  it('applies the filter too', () => {
    const model = buildDraftModel(doc, sampleNotes(), { labels: LABELS, filter: { authorIds: ['u2'] } });
    expect(allItems(model).map((i) => i.note)).toEqual(['建议细化稳中求进的指标']);
  });

  it('a renamed red label still means 疑问 in the draft', () => {
    const model = buildDraftModel(doc, [orphan({ color: 'red' })], { labels: { ...LABELS, red: '存疑' } });
    expect(model.orphans[0]).toMatchObject({ colorLabel: '存疑' });
    expect(draftCategory(model.orphans[0] ?? { kind: 'highlight', color: 'yellow', tags: [] })).toBe('疑问');
  });
});

describe('bookmarks and paragraph notes are what the user made', () => {
  const notes = sampleNotes();
  const bookmark = notes.find((a) => a.kind === 'bookmark');
  const { color: _, ...plain } = note('p2-s1-1', 0, LONG_PARAGRAPH.length, 'green', {
    kind: 'note',
    note: '本段总体赞成',
  });
  const paragraphNote = plain as typeof plain & { kind: 'note' };

  it('leaves bookmarks out unless asked for, and never counts them under a colour', () => {
    const model = buildNotesModel(doc, notes, { labels: LABELS });
    expect(allItems(model).some((i) => i.id === bookmark?.id)).toBe(false);
    expect(model).toMatchObject({ total: 6, bookmarks: 0 });
    expect(model.counts.purple).toBe(0);
    const asked = buildNotesModel(doc, notes, { labels: LABELS, filter: { bookmarks: true } });
    expect(allItems(asked).find((i) => i.id === bookmark?.id)).toMatchObject({ colorLabel: '' });
    expect(allItems(asked).find((i) => i.id === bookmark?.id)?.color).toBeUndefined();
    // A colour filter is about highlights and notes: a bookmark has none.
    const purple = buildNotesModel(doc, notes, {
      labels: LABELS,
      filter: { bookmarks: true, colors: ['purple'] },
    });
    expect(purple.total).toBe(0);
  });

  it('gives a paragraph note without a colour no label, no draft category, and its paragraph’s start as quote', () => {
    const model = buildNotesModel(doc, [paragraphNote], { labels: LABELS });
    expect(placedItems(model)[0]).toMatchObject({
      kind: 'note',
      colorLabel: '',
      quote: `${LONG_PARAGRAPH.slice(0, BOOKMARK_QUOTE_LENGTH)}…`,
    });
    expect(model).toMatchObject({ uncoloured: 1, counts: { green: 0 } });
    expect(buildDraftModel(doc, [paragraphNote], { labels: LABELS }).total).toBe(0);
    // Picked 建议 by the user: then it is one.
    expect(buildDraftModel(doc, [{ ...paragraphNote, color: 'green' }], { labels: LABELS }).total).toBe(1);
  });

  it('keeps a draft to the kinds of remark chosen', () => {
    const only = (categories: ('建议' | '疑问')[]) =>
      allItems(buildDraftModel(doc, notes, { labels: LABELS, filter: { categories } })).map((i) => i.note);
    expect(only(['疑问'])).toEqual(['园区平台如何考核？', '找不到原文的批注']);
    expect(only(['建议'])).toEqual(['建议细化稳中求进的指标', '第一行\n第二行']);
    expect(only([])).toHaveLength(4);
  });
});
