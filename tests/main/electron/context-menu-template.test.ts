import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { ContextMenuRequest } from '../../../core/contract';
import { buildContextMenuTemplate } from '../../../main/electron/context-menu-template';

const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flat(item.submenu) : [])]);

function menu(request: ContextMenuRequest, palette = {}) {
  const choose = vi.fn();
  const items = flat(buildContextMenuTemplate(request, { language: 'zh-CN', palette }, choose));
  const click = (label: string) => {
    const item = items.find((i) => i.label === label);
    if (!item?.click) throw new Error(`no item ${label}`);
    (item.click as () => void)();
    return choose.mock.calls.at(-1)?.[0];
  };
  return { items, click, labels: items.filter((i) => i.type !== 'separator').map((i) => i.label) };
}

describe('right-click menus', () => {
  it('a text field: the editing roles, enabled by what the field allows', () => {
    const { items } = menu({ kind: 'field', hasSelection: false, editable: true });
    expect(items.filter((i) => i.role).map((i) => [i.role, i.enabled ?? true])).toEqual([
      ['undo', true],
      ['redo', true],
      ['cut', false],
      ['copy', false],
      ['paste', true],
      ['selectAll', true],
    ]);
  });

  it('selected report text: copy, 复制引用, a highlight in each colour by its meaning, a note', () => {
    const { labels, click } = menu(
      { kind: 'text', hasSelection: true, readOnly: false },
      {
        blue: { label: '核实数字', color: '' },
      },
    );
    expect(labels).toEqual([
      '复制',
      '复制引用',
      '高亮为',
      '重点',
      '疑问',
      '建议',
      '核实数字',
      '其他',
      '写批注…',
    ]);
    expect(click('复制引用')).toEqual({ action: 'copy-citation' });
    expect(click('核实数字')).toEqual({ action: 'highlight', color: 'blue' });
    expect(click('写批注…')).toEqual({ action: 'note' });
  });

  it('report text without a selection: a paragraph note and a bookmark; read-only stores offer them disabled', () => {
    const { labels } = menu({ kind: 'text', hasSelection: false, readOnly: false });
    expect(labels).toEqual(['为本段写批注…', '添加或移除书签', '全选']);
    const readOnly = menu({ kind: 'text', hasSelection: true, readOnly: true });
    expect(readOnly.items.find((i) => i.label === '高亮为')?.enabled).toBe(false);
    expect(readOnly.items.find((i) => i.label === '复制引用')?.enabled).toBe(true);
  });

  it('a highlight: edit and delete mine; view and adopt another member’s', () => {
    const mine = menu({ kind: 'highlight', mine: true, readOnly: false });
    expect(mine.labels).toEqual(['编辑批注…', '删除批注', '复制引用']);
    expect(mine.click('删除批注')).toEqual({ action: 'delete' });
    const theirs = menu({ kind: 'highlight', mine: false, readOnly: false });
    expect(theirs.labels).toEqual(['编辑批注…', '采用为我的批注', '复制引用']);
    expect(theirs.click('采用为我的批注')).toEqual({ action: 'adopt' });
  });

  it('speaks English when the interface does', () => {
    const items = flat(
      buildContextMenuTemplate(
        { kind: 'text', hasSelection: true, readOnly: false },
        { language: 'en' },
        () => {},
      ),
    );
    expect(items.map((i) => i.label)).toContain('Copy with Citation');
    expect(items.map((i) => i.label)).toContain('Key point');
  });
});
