import { describe, expect, it } from 'vitest';
import type { NoteItem } from '../../../core/export/notes-model';
import { byline, itemMarks } from '../../../core/export/sheet-text';

describe('byline', () => {
  it('prints the name, the study group when set, and the date', () => {
    expect(byline({ authorName: '王芳', groupName: ' 第三小组 ', date: '2026-11-28', kind: 'notes' })).toBe(
      '姓名：王芳\u3000小组：第三小组\u3000日期：2026-11-28',
    );
    expect(byline({ authorName: '王芳', groupName: '', date: '2026-11-28', kind: 'notes' })).toBe(
      '姓名：王芳\u3000日期：2026-11-28',
    );
  });

  it('names the delegate on a draft, and says when no name was given', () => {
    expect(byline({ authorName: ' ', date: '2026-11-28', kind: 'draft' })).toBe(
      '代表：（未填写）\u3000日期：2026-11-28',
    );
  });
});

describe('itemMarks', () => {
  const item = (author: { id: string; name: string }): NoteItem => ({
    id: 'a1',
    kind: 'highlight',
    color: 'red',
    colorLabel: '疑问',
    citation: '第一部分第2段',
    blockId: 'p1-2',
    quote: '432.7亿元',
    note: '',
    tags: ['数据'],
    author,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    orphan: false,
    number: 1,
  });
  const header = { authorName: '王芳', authorId: 'me', date: '2026-11-28', kind: 'notes' as const };

  it('names the author of someone else’s note by id, even one with my name, and never mine', () => {
    expect(itemMarks(item({ id: 'me', name: '王芳（旧名）' }), header)).toBe('标记：疑问\u3000标签：数据');
    expect(itemMarks(item({ id: 'other', name: '王芳' }), header)).toBe(
      '标记：疑问\u3000标签：数据\u3000作者：王芳',
    );
  });
});
