import { describe, expect, it } from 'vitest';
import { validateAnnotation } from '../../../core/annotations/validate';
import type { Annotation, Author } from '../../../core/annotations/model';
import { adoptAnnotation } from '../../../core/annotations/ops';

const me: Author = { id: 'me', name: '王代表' };
const NOW = '2022-04-26T10:00:00.000Z';

const theirs: Annotation = {
  id: 'their-1',
  reportId: 'r1',
  kind: 'note',
  target: { blockId: 'p2-1', start: 0, end: 6, exact: '今年政府工作', prefix: '', suffix: '的总体要求' },
  color: 'green',
  note: '建议补充时间表',
  tags: ['建议', '民生'],
  author: { id: 'u2', name: '李代表' },
  createdAt: '2022-04-20T08:00:00.000Z',
  updatedAt: '2022-04-21T08:00:00.000Z',
};

describe('adoptAnnotation', () => {
  it('makes a new note of mine with their kind, place, colour, text and tags', () => {
    const adopted = adoptAnnotation(theirs, me, NOW, () => 'mine-1');
    expect(adopted).toEqual({
      ...theirs,
      id: 'mine-1',
      author: me,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(validateAnnotation(adopted).ok).toBe(true);
  });

  it('is live even when adopted from a tombstone, and shares nothing mutable with the source', () => {
    const adopted = adoptAnnotation({ ...theirs, deletedAt: theirs.updatedAt }, me, NOW, () => 'mine-2');
    expect(adopted.deletedAt).toBeUndefined();
    expect(adopted).not.toHaveProperty('deletedAt');
    adopted.tags.push('x');
    adopted.target.start = 3;
    adopted.author.name = '改名';
    expect(theirs.tags).toEqual(['建议', '民生']);
    expect(theirs.target.start).toBe(0);
    expect(me.name).toBe('王代表');
  });
});
