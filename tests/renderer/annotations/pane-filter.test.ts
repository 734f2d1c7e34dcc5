import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../core/annotations/model';
import type { PlacedAnnotation } from '../../../core/annotations/order';
import { filterNotes, shortTitle, type PaneFilter } from '../../../renderer/annotations/pane-filter';

let n = 0;
const placed = (blockId: string, extra: Partial<Annotation>): PlacedAnnotation => {
  n += 1;
  return {
    annotation: {
      id: `a${n}`,
      reportId: 'r',
      kind: 'highlight',
      target: { blockId, start: 0, end: 2, exact: '增长', prefix: '', suffix: '' },
      color: 'yellow',
      note: '',
      tags: [],
      author: { id: 'me', name: '' },
      createdAt: '2024-01-01T00:00:00Z',
      updatedAt: '2024-01-01T00:00:00Z',
      ...extra,
    } as Annotation,
    anchor: { status: 'exact', blockId, start: 0, end: 2 },
  };
};

const notes = [
  placed('p1-1', { color: 'red', tags: ['财政'], note: '核实口径' }),
  placed('p1-2', { color: 'red' }),
  placed('p2-1', { color: 'green', tags: ['财政'] }),
  placed('p2-1', { kind: 'bookmark', color: 'purple' }),
  placed('p2-2', { kind: 'note', color: undefined, note: '本段赞成', tags: ['财政'] }),
  placed('p2-2', { kind: 'amendment', color: undefined, amendment: { action: 'replace', text: '提高' } }),
];
const sections = new Map<string, string[]>([
  ['p1-1', ['p1']],
  ['p1-2', ['p1']],
  ['p2-1', ['p2']],
  ['p2-2', ['p2']],
]);
const all: PaneFilter = { text: '', section: '', tag: '', color: 'all' };
const run = (filter: Partial<PaneFilter>) => filterNotes(notes, [], { ...all, ...filter }, sections);

describe('the 批注 pane’s filters', () => {
  it('counts bookmarks, amendments and notes without a colour apart from the colours', () => {
    expect(run({}).counts).toEqual({
      all: 6,
      colors: { yellow: 0, red: 2, green: 1, blue: 0, purple: 0 },
      none: 1,
      bookmark: 1,
      amendment: 1,
    });
    expect(run({ color: 'amendment' }).placed.map((p) => p.annotation.kind)).toEqual(['amendment']);
  });

  it('finds an amendment by its new words', () => {
    expect(run({ text: '提高' }).placed.map((p) => p.annotation.kind)).toEqual(['amendment']);
  });

  it('counts follow the text, section and tag filters, not the colour chosen', () => {
    expect(run({ tag: '财政' }).counts).toMatchObject({ all: 3, colors: { red: 1, green: 1 }, none: 1 });
    expect(run({ section: 'p2' }).counts).toMatchObject({
      all: 4,
      colors: { red: 0 },
      bookmark: 1,
      amendment: 1,
    });
    expect(run({ text: '口径' }).counts).toMatchObject({ all: 1, colors: { red: 1 } });
    expect(run({ color: 'green', tag: '财政' }).counts).toEqual(run({ tag: '财政' }).counts);
  });

  it('shows what every filter lets through', () => {
    const ids = (filter: Partial<PaneFilter>) => run(filter).placed.map((p) => p.annotation.id);
    expect(ids({ color: 'red', tag: '财政' })).toEqual([notes[0]?.annotation.id]);
    expect(ids({ color: 'none' })).toEqual([notes[4]?.annotation.id]);
    expect(ids({ color: 'bookmark', section: 'p2' })).toEqual([notes[3]?.annotation.id]);
  });

  it('leaves orphans out under a section filter, and filters them otherwise', () => {
    const orphan = placed('gone', { color: 'blue', note: '旧批注' }).annotation;
    expect(filterNotes(notes, [orphan], { ...all, section: 'p1' }, sections).orphans).toEqual([]);
    expect(filterNotes(notes, [orphan], { ...all, color: 'blue' }, sections).orphans).toEqual([orphan]);
    expect(filterNotes(notes, [orphan], all, sections).counts.colors.blue).toBe(1);
  });
});

describe('shortTitle', () => {
  it('cuts a long section name with an ellipsis, on a code point boundary, and leaves short ones', () => {
    expect(shortTitle('（一）聚焦丹河新城，拓展全方位高质量发展的新空间', 12)).toBe(
      '（一）聚焦丹河新城，拓…',
    );
    expect(shortTitle('一、2021年工作回顾')).toBe('一、2021年工作回顾');
    expect(Array.from(shortTitle('𠀀'.repeat(30), 10))).toHaveLength(10);
  });
});
