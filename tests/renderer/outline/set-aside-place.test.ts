import { describe, expect, it } from 'vitest';
import type { Block } from '../../../core/report/model';
import { outlineWords } from '../../../renderer/outline/outline-words';
import { setAsidePlace } from '../../../renderer/outline/set-aside-place';

const blocks: Block[] = [
  { id: 'p1', type: 'heading', level: 1, text: '一、回顾' },
  { id: 'p1-1', type: 'paragraph', text: '正文。' },
];
const zh = outlineWords('zh-CN');

describe('setAsidePlace', () => {
  it('names where set-aside text stood: the title page, after a block (to go to), after the body, the end', () => {
    const at = (zone: 'front' | 'body' | 'back', index: number) => ({
      text: 'x',
      reason: 'r',
      at: { zone, index },
    });
    expect(setAsidePlace(at('front', 0), { blocks }, zh, 'zh-CN')).toEqual({ label: '标题页' });
    expect(setAsidePlace(at('body', 2), { blocks }, zh, 'zh-CN')).toEqual({
      label: '第一部分第1段之后',
      blockId: 'p1-1',
    });
    expect(setAsidePlace(at('back', 3), { blocks }, zh, 'zh-CN')).toEqual({ label: '正文之后' });
    expect(setAsidePlace({ text: 'x', reason: 'r', page: 4 }, { blocks }, zh, 'zh-CN')).toEqual({
      label: '末尾（第4页）',
    });
    expect(setAsidePlace(at('body', 1), { blocks }, outlineWords('en'), 'en').label).toBe('after Part 1');
  });
});
