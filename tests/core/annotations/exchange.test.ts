import { describe, expect, it } from 'vitest';
import {
  buildPack,
  codePointOffset,
  diffForRestore,
  toWebAnnotations,
} from '../../../core/annotations/exchange';
import type { Annotation } from '../../../core/annotations/model';
import { validatePack } from '../../../core/annotations/validate';

const make = (id: string, extra: Partial<Annotation> = {}): Annotation => ({
  id,
  reportId: 'r1',
  kind: 'highlight',
  target: { blockId: 'b1', start: 3, end: 5, exact: '增长', prefix: '😀经济', suffix: '8%' },
  color: 'blue',
  note: '核实',
  tags: ['数据'],
  author: { id: 'u1', name: '张代表' },
  createdAt: '2024-03-01T00:00:00.000Z',
  updatedAt: '2024-03-01T00:00:00.000Z',
  ...extra,
});

describe('exchange files', () => {
  it('builds a pack that validates and keeps tombstones', () => {
    const pack = buildPack(
      { id: 'r1', title: '政府工作报告' },
      { id: 'u1', name: '张代表' },
      [make('a'), make('b', { deletedAt: '2024-03-02T00:00:00.000Z' })],
      '2024-03-03T00:00:00.000Z',
    );
    const checked = validatePack(JSON.parse(JSON.stringify(pack)));
    expect(checked.ok).toBe(true);
    expect(pack.annotations).toHaveLength(2);
  });

  it('counts code points, not UTF-16 units, for the W3C position selector', () => {
    expect(codePointOffset('😀经济增长', 3)).toBe(2);
    expect(codePointOffset('😀经济增长', 5)).toBe(4);
    const ld = toWebAnnotations(
      { id: 'r1', blocks: [{ id: 'b1', type: 'paragraph', text: '😀经济增长8%' }] },
      [make('a'), make('gone', { deletedAt: '2024-03-02T00:00:00.000Z' })],
    ) as {
      items: {
        target: { selector: { type: string; start?: number; end?: number }[] };
        body: { value: string; purpose?: string }[];
      }[];
    };
    expect(ld.items).toHaveLength(1);
    const position = ld.items[0]?.target.selector.find((s) => s.type === 'TextPositionSelector');
    expect(position).toMatchObject({ start: 2, end: 4 });
    expect(ld.items[0]?.body.map((b) => b.value)).toEqual(['核实', '数据']);
  });

  it('previews a restore as added, changed, unchanged and removed', () => {
    const current = [make('same'), make('edited'), make('only-here')];
    const incoming = [
      make('same'),
      make('edited', { note: '改了' }),
      make('new'),
      make('deleted', { deletedAt: '2024-03-02T00:00:00.000Z' }),
    ];
    expect(diffForRestore(current, incoming)).toEqual({
      added: 1,
      changed: 1,
      unchanged: 1,
      removed: 1,
      total: 3,
    });
  });
});
