import { describe, expect, it } from 'vitest';
import { fieldText } from '../../../core/search/folded-texts';
import { emptyNotes, refreshNotes } from '../../../core/search/notes-cache';
import { note } from './fixtures';

describe('refreshNotes', () => {
  const a = note('a', 'p1-1', '核对数据');
  const b = note('b', 'p1-2', '建议补充', { tags: ['建议'] });

  it('re-folds only annotations whose searchable text changed', () => {
    const first = refreshNotes(emptyNotes, [a, b]);
    const second = refreshNotes(first, [
      a,
      { ...b, note: '建议补充说明', updatedAt: '2022-04-21T00:00:00.000Z' },
    ]);
    expect(second.docs[0]).toBe(first.docs[0]);
    expect(second.docs[1]).not.toBe(first.docs[1]);
    const changed = second.docs[1];
    expect(changed && fieldText(changed.folded, 0)).toBe('建议补充说明');
  });

  it('drops tombstones and annotations without words of the user', () => {
    const notes = refreshNotes(emptyNotes, [
      { ...a, deletedAt: '2022-04-21T00:00:00.000Z' },
      note('h', 'p1-1', '', { kind: 'highlight' }),
      b,
    ]);
    expect(notes.docs.map((d) => d.annotationId)).toEqual(['b']);
  });
});
