import { describe, expect, it } from 'vitest';
import { byline } from '../../../core/export/sheet-text';

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
