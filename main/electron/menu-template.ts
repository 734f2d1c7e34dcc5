/**
 * The application menu as data (Chinese and English labels from one table). Accelerators are shown
 * but not registered: the renderer handles the same keys itself (renderer/state/shortcuts.ts), so a
 * key press must not fire twice.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../core/contract';
import type { Language, RecentReport } from '../../core/settings';
import type { MenuActions } from './menu-actions';

const LABELS = {
  'zh-CN': {
    app: '研读',
    file: '文件',
    open: '打开…',
    recent: '最近打开',
    noRecent: '（无）',
    printExport: '打印与导出…',
    shareNotes: '分享我的批注…',
    importNotes: '导入小组批注…',
    quit: '退出',
    hide: '隐藏研读',
    hideOthers: '隐藏其他',
    showAll: '全部显示',
    edit: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    find: '查找…',
    findNext: '查找下一处',
    findPrevious: '查找上一处',
    selectAll: '全选',
    view: '视图',
    nextSection: '下一节',
    previousSection: '上一节',
    focusOutline: '转到目录',
    focusReader: '转到正文',
    focusGlossary: '转到名词解释',
    toggleOutline: '显示/隐藏目录',
    toggleGlossary: '显示/隐藏名词解释',
    fontLarger: '放大字号',
    fontSmaller: '缩小字号',
    fontReset: '恢复默认字号',
    toggleTheme: '切换深色/浅色',
    fullScreen: '全屏',
    window: '窗口',
    minimize: '最小化',
    zoom: '缩放',
    close: '关闭窗口',
    front: '前置全部窗口',
    help: '帮助',
    shortcuts: '快捷键一览',
    about: '关于研读',
  },
  en: {
    app: 'Yandu',
    file: 'File',
    open: 'Open…',
    recent: 'Open Recent',
    noRecent: '(none)',
    printExport: 'Print and Export…',
    shareNotes: 'Share My Notes…',
    importNotes: 'Import Group Notes…',
    quit: 'Quit',
    hide: 'Hide Yandu',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    find: 'Find…',
    findNext: 'Find Next',
    findPrevious: 'Find Previous',
    selectAll: 'Select All',
    view: 'View',
    nextSection: 'Next Section',
    previousSection: 'Previous Section',
    focusOutline: 'Go to Contents',
    focusReader: 'Go to Text',
    focusGlossary: 'Go to Glossary',
    toggleOutline: 'Show/Hide Contents',
    toggleGlossary: 'Show/Hide Glossary',
    fontLarger: 'Larger Text',
    fontSmaller: 'Smaller Text',
    fontReset: 'Default Text Size',
    toggleTheme: 'Toggle Dark/Light',
    fullScreen: 'Full Screen',
    window: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    close: 'Close Window',
    front: 'Bring All to Front',
    help: 'Help',
    shortcuts: 'Keyboard Shortcuts',
    about: 'About Yandu',
  },
} as const satisfies Record<Language, Record<string, string>>;

/** The menu's labels in one language. */
export type MenuLabels = (typeof LABELS)[Language];

/** The labels for `language`. */
export function menuLabels(language: Language): MenuLabels {
  return LABELS[language];
}

/** View-menu entries: command, label key, and the accelerator the renderer's shortcut table uses. */
const VIEW_ITEMS: readonly (readonly [MenuCommand, keyof MenuLabels, string] | 'separator')[] = [
  ['next-section', 'nextSection', 'Alt+Down'],
  ['previous-section', 'previousSection', 'Alt+Up'],
  'separator',
  ['focus-outline', 'focusOutline', 'CmdOrCtrl+1'],
  ['focus-reader', 'focusReader', 'CmdOrCtrl+2'],
  ['focus-glossary', 'focusGlossary', 'CmdOrCtrl+3'],
  ['toggle-outline', 'toggleOutline', 'CmdOrCtrl+Shift+1'],
  ['toggle-glossary', 'toggleGlossary', 'CmdOrCtrl+Shift+3'],
  'separator',
  ['font-larger', 'fontLarger', 'CmdOrCtrl+='],
  ['font-smaller', 'fontSmaller', 'CmdOrCtrl+-'],
  ['font-reset', 'fontReset', 'CmdOrCtrl+0'],
  ['toggle-theme', 'toggleTheme', 'CmdOrCtrl+Shift+L'],
];

export interface MenuModel {
  language: Language;
  recents: readonly RecentReport[];
  isMac: boolean;
}

/** The whole menu template for the current language and recent list. */
export function buildMenuTemplate(model: MenuModel, actions: MenuActions): MenuItemConstructorOptions[] {
  const t = menuLabels(model.language);
  const recentItems: MenuItemConstructorOptions[] =
    model.recents.length === 0
      ? [{ label: t.noRecent, enabled: false }]
      : model.recents.map((report) => ({
          label: report.title,
          sublabel: report.fileName,
          click: () => void actions.openRecent(report.id),
        }));

  const view: MenuItemConstructorOptions[] = VIEW_ITEMS.map((item) =>
    item === 'separator'
      ? { type: 'separator' }
      : {
          label: t[item[1]],
          accelerator: item[2],
          registerAccelerator: false,
          click: () => actions.sendCommand(item[0]),
        },
  );

  const template: MenuItemConstructorOptions[] = [
    {
      label: t.file,
      submenu: [
        {
          label: t.open,
          accelerator: 'CmdOrCtrl+O',
          registerAccelerator: false,
          click: () => void actions.openFile(),
        },
        { label: t.recent, submenu: recentItems },
        { type: 'separator' },
        {
          label: t.printExport,
          accelerator: 'CmdOrCtrl+P',
          registerAccelerator: false,
          click: () => actions.sendCommand('print-export'),
        },
        { label: t.shareNotes, click: () => actions.sendCommand('share-notes') },
        { label: t.importNotes, click: () => actions.sendCommand('import-notes') },
        ...(model.isMac ? [] : [{ type: 'separator' } as const, { label: t.quit, role: 'quit' } as const]),
      ],
    },
    // On macOS the editing keys reach text fields only through these roles' menu items. Elsewhere Chromium handles
    // them in fields itself; the renderer takes Ctrl+Z outside fields (annotation undo), so nothing is registered.
    {
      label: t.edit,
      submenu: [
        // Not roles: the renderer undoes in the focused field if there is one, else the last annotation edit.
        {
          label: t.undo,
          ...editKey('CmdOrCtrl+Z', model.isMac),
          click: () => actions.sendCommand('undo'),
        },
        {
          label: t.redo,
          ...editKey('Shift+CmdOrCtrl+Z', model.isMac),
          click: () => actions.sendCommand('redo'),
        },
        { type: 'separator' },
        { label: t.cut, role: 'cut', ...editKey('CmdOrCtrl+X', model.isMac) },
        { label: t.copy, role: 'copy', ...editKey('CmdOrCtrl+C', model.isMac) },
        { label: t.paste, role: 'paste', ...editKey('CmdOrCtrl+V', model.isMac) },
        { label: t.selectAll, role: 'selectAll', ...editKey('CmdOrCtrl+A', model.isMac) },
        { type: 'separator' },
        {
          label: t.find,
          accelerator: 'CmdOrCtrl+F',
          registerAccelerator: false,
          click: () => actions.sendCommand('find'),
        },
        {
          label: t.findNext,
          accelerator: 'F3',
          registerAccelerator: false,
          click: () => actions.sendCommand('find-next'),
        },
        {
          label: t.findPrevious,
          accelerator: 'Shift+F3',
          registerAccelerator: false,
          click: () => actions.sendCommand('find-previous'),
        },
      ],
    },
    {
      label: t.view,
      submenu: [...view, { type: 'separator' }, { label: t.fullScreen, role: 'togglefullscreen' }],
    },
    ...(model.isMac
      ? [
          {
            label: t.window,
            role: 'windowMenu',
            submenu: [
              { label: t.minimize, role: 'minimize' },
              { label: t.zoom, role: 'zoom' },
              { label: t.close, role: 'close' },
              { type: 'separator' },
              { label: t.front, role: 'front' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: t.help,
      role: 'help',
      submenu: [
        {
          label: t.shortcuts,
          accelerator: 'F1',
          registerAccelerator: false,
          click: () => actions.sendCommand('show-shortcuts'),
        },
        { label: t.about, role: 'about' },
      ],
    },
  ];
  if (model.isMac) {
    template.unshift({
      label: t.app,
      role: 'appMenu',
      submenu: [
        { label: t.about, role: 'about' },
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { label: t.hide, role: 'hide' },
        { label: t.hideOthers, role: 'hideOthers' },
        { label: t.showAll, role: 'unhide' },
        { type: 'separator' },
        { label: t.quit, role: 'quit' },
      ],
    });
  }
  return template;
}

/**
 * An editing role's accelerator: shown everywhere, registered on macOS only (where registerAccelerator does not
 * apply and the page gets the key first anyway: a key it handles never reaches the menu).
 */
function editKey(
  accelerator: string,
  isMac: boolean,
): Pick<MenuItemConstructorOptions, 'accelerator' | 'registerAccelerator'> {
  return isMac ? { accelerator } : { accelerator, registerAccelerator: false };
}
