/** Sample annotations for the journal tests and their child processes (no Vitest import here). */
import type { Annotation } from '../../../../core/annotations/model';

export const REPORT = 'report-2022';

/** A valid annotation; `n` makes the id and note distinct. */
export function note(n: number | string, overrides: Partial<Annotation> = {}): Annotation {
  return {
    id: `a-${n}`,
    reportId: REPORT,
    kind: 'note',
    target: { blockId: 'p2-3', start: 4, end: 10, exact: '经济增长5%', prefix: '全年', suffix: '左右' },
    color: 'yellow',
    note: `第${n}条笔记`,
    tags: ['重点'],
    author: { id: 'u1', name: '王代表' },
    createdAt: '2024-03-01T08:00:00.000Z',
    updatedAt: '2024-03-01T08:00:00.000Z',
    ...overrides,
  };
}
