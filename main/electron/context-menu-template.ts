/**
 * The right-click menus as data, for what was clicked (a text field, the report's text, a highlight), in the UI
 * language and with the user's colour meanings. Field items and Copy are Electron roles (they act on the focused
 * page, as the Edit menu's do); the others report a choice, which the renderer carries out. Pure, so every menu is
 * tested without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { paletteLabels } from '../../core/annotations/palette-labels';
import { PALETTE_KEYS } from '../../core/annotations/model';
import type { ContextMenuChoice, ContextMenuRequest } from '../../core/contract';
import type { Language, Palette } from '../../core/settings';

const LABELS = {
  'zh-CN': {
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    copyCitation: '复制引用',
    highlight: '高亮为',
    note: '写批注…',
    paragraphNote: '为本段写批注…',
    bookmark: '添加或移除书签',
    edit: '编辑批注…',
    delete: '删除批注',
    adopt: '采用为我的批注',
  },
  en: {
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    copyCitation: 'Copy with Citation',
    highlight: 'Highlight as',
    note: 'Write a Note…',
    paragraphNote: 'Note on This Paragraph…',
    bookmark: 'Add or Remove Bookmark',
    edit: 'Edit Note…',
    delete: 'Delete Note',
    adopt: 'Adopt as My Note',
  },
} as const satisfies Record<Language, Record<string, string>>;

/** The menu for `request`; `choose` is called with the item's choice when one is clicked. */
export function buildContextMenuTemplate(
  request: ContextMenuRequest,
  view: { language: Language; palette?: Partial<Palette> },
  choose: (choice: ContextMenuChoice) => void,
): MenuItemConstructorOptions[] {
  const t = LABELS[view.language];
  const item = (label: string, choice: ContextMenuChoice, enabled = true): MenuItemConstructorOptions => ({
    label,
    enabled,
    click: () => choose(choice),
  });
  switch (request.kind) {
    case 'field':
      return [
        { label: t.undo, role: 'undo', enabled: request.editable },
        { label: t.redo, role: 'redo', enabled: request.editable },
        { type: 'separator' },
        { label: t.cut, role: 'cut', enabled: request.editable && request.hasSelection },
        { label: t.copy, role: 'copy', enabled: request.hasSelection },
        { label: t.paste, role: 'paste', enabled: request.editable },
        { type: 'separator' },
        { label: t.selectAll, role: 'selectAll' },
      ];
    case 'text': {
      if (!request.hasSelection) {
        return [
          item(t.paragraphNote, { action: 'paragraph-note' }, !request.readOnly),
          item(t.bookmark, { action: 'bookmark' }, !request.readOnly),
          { type: 'separator' },
          { label: t.selectAll, role: 'selectAll' },
        ];
      }
      const labels = paletteLabels(view.palette, view.language);
      return [
        { label: t.copy, role: 'copy' },
        item(t.copyCitation, { action: 'copy-citation' }),
        { type: 'separator' },
        {
          label: t.highlight,
          enabled: !request.readOnly,
          submenu: PALETTE_KEYS.map((color) => item(labels[color], { action: 'highlight', color })),
        },
        item(t.note, { action: 'note' }, !request.readOnly),
      ];
    }
    case 'highlight':
      return request.mine
        ? [
            item(t.edit, { action: 'edit' }),
            item(t.delete, { action: 'delete' }, !request.readOnly),
            { type: 'separator' },
            item(t.copyCitation, { action: 'copy-citation' }),
          ]
        : [
            item(t.edit, { action: 'edit' }),
            item(t.adopt, { action: 'adopt' }, !request.readOnly),
            { type: 'separator' },
            item(t.copyCitation, { action: 'copy-citation' }),
          ];
  }
}
