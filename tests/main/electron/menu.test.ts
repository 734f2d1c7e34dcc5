import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../../core/contract';
import type { EventName, Events } from '../../../core/contract';
import { err, ok } from '../../../core/result';
import { createMenuActions } from '../../../main/electron/menu-actions';
import type { MenuActions } from '../../../main/electron/menu-actions';
import { buildMenuTemplate } from '../../../main/electron/menu-template';
import type { SessionService } from '../../../main/reports/sessions';

const items = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);

const noActions: MenuActions = {
  openFile: async () => undefined,
  openRecent: async () => undefined,
  openPath: async () => undefined,
  sendCommand: () => undefined,
};

describe('buildMenuTemplate', () => {
  const recents = [
    {
      id: 'r1',
      title: '政府工作报告',
      fileName: 'a.txt',
      bundled: false,
      openedAt: '2024-01-01T00:00:00.000Z',
    },
  ];

  it('has 文件, 编辑, 视图 and 帮助 in Chinese, and English labels for English', () => {
    expect(
      buildMenuTemplate({ language: 'zh-CN', recents, isMac: false }, noActions).map((m) => m.label),
    ).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(
      buildMenuTemplate({ language: 'en', recents, isMac: false }, noActions).map((m) => m.label),
    ).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(buildMenuTemplate({ language: 'zh-CN', recents, isMac: true }, noActions)[0]?.label).toBe('研读');
  });

  it('shows accelerators without registering them (the renderer handles the keys)', () => {
    const withKeys = items(buildMenuTemplate({ language: 'zh-CN', recents, isMac: false }, noActions)).filter(
      (i) => i.accelerator,
    );
    expect(withKeys.length).toBeGreaterThanOrEqual(12);
    for (const item of withKeys) expect(item.registerAccelerator).toBe(false);
  });

  it('offers every menu command once, and sends it on click', () => {
    const sendCommand = vi.fn();
    const all = items(
      buildMenuTemplate({ language: 'zh-CN', recents, isMac: false }, { ...noActions, sendCommand }),
    );
    // Every item that runs something, except opening files (File → Open…, recent reports).
    for (const item of all)
      if (!item.role && item.click && item.label !== '打开…' && item.sublabel === undefined)
        (item.click as () => void)();
    expect(sendCommand.mock.calls.map(([c]) => c).sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('lists recent reports, or says there are none', () => {
    const openRecent = vi.fn(async () => undefined);
    const recent = items(
      buildMenuTemplate({ language: 'zh-CN', recents, isMac: false }, { ...noActions, openRecent }),
    ).find((i) => i.label === '政府工作报告');
    (recent?.click as () => void)();
    expect(openRecent).toHaveBeenCalledWith('r1');
    const empty = items(buildMenuTemplate({ language: 'zh-CN', recents: [], isMac: false }, noActions)).find(
      (i) => i.label === '（无）',
    );
    expect(empty?.enabled).toBe(false);
  });
});

describe('createMenuActions', () => {
  const session = { fileName: 'a.txt' } as unknown as Parameters<typeof ok>[0];

  function setup(sessions: Partial<SessionService>) {
    const emitted: [EventName, unknown][] = [];
    const emit = <E extends EventName>(event: E, payload: Events[E]) => void emitted.push([event, payload]);
    return {
      emitted,
      actions: createMenuActions({ sessions: sessions as SessionService, emit, log: () => undefined }),
    };
  }

  it('opens a chosen report in the window, and does nothing on cancel', async () => {
    const chooseFile = vi.fn().mockResolvedValueOnce(ok(session)).mockResolvedValueOnce(ok(null));
    const { emitted, actions } = setup({ chooseFile });
    await actions.openFile();
    await actions.openFile();
    expect(emitted).toEqual([['reportOpened', session]]);
  });

  it('reports failures and exceptions as errorReported, in Chinese', async () => {
    const { emitted, actions } = setup({
      openRecent: vi.fn().mockResolvedValue(err('report-missing', '找不到副本')),
      chooseFile: vi.fn().mockRejectedValue(new Error('boom')),
    });
    await actions.openRecent('r1');
    await actions.openFile();
    expect(emitted).toEqual([
      ['errorReported', { message: '找不到副本' }],
      ['errorReported', { message: expect.stringMatching(/意外错误/) }],
    ]);
  });

  it('forwards view commands', () => {
    const { emitted, actions } = setup({});
    actions.sendCommand('font-larger');
    expect(emitted).toEqual([['menuCommandIssued', { command: 'font-larger' }]]);
  });
});
