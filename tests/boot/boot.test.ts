/**
 * The Electron wiring, run: the built main bundle against a strict stand-in for `electron` (electron-stand-in.ts).
 * Start-up order, every contract call's handler, the app protocol, the window, permissions, menus on Linux and
 * macOS, window lifecycle, and the files the OS asks the app to open.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CALL_NAMES, callChannel } from '../../core/contract';
import { buildContentSecurityPolicy, SECURE_WEB_PREFERENCES } from '../../main/security/policies';
import { boot, cleanUpBoots, ROOT, until } from './boot-harness';
import type { Booted } from './boot-harness';
import { fakeEvent } from './electron-stand-in';
import type { FakeMenu, FakeMenuItem } from './electron-stand-in';

afterEach(() => cleanUpBoots());

const REPORT_TEXT = readFileSync(path.join(ROOT, 'assets', 'reports', 'zezhou-2022.txt'), 'utf8');

function expectNoFailures(booted: Booted): void {
  expect(booted.electron.missing).toEqual([]);
  expect(booted.electron.errorBoxes).toEqual([]);
}

function items(menu: FakeMenu | null | undefined): FakeMenuItem[] {
  return (menu?.items ?? []).flatMap((item) => [item, ...items(item.submenu)]);
}

const order = (booted: Booted, api: string): number => booted.electron.calls.findIndex((c) => c.api === api);

describe('start-up', () => {
  it('follows Electron’s order: schemes before ready, protocol, session and window after it', async () => {
    const booted = await boot();
    const { calls } = booted.electron;
    const phase = (api: string) => calls.find((c) => c.api === api)?.phase;
    expect(phase('protocol.registerSchemesAsPrivileged')).toBe('before-ready');
    // Compiled scripts are cached across launches, so a start-up does not compile the bundle again.
    const [schemes] = calls.find((c) => c.api === 'protocol.registerSchemesAsPrivileged')?.args ?? [];
    expect(schemes).toEqual([
      expect.objectContaining({ privileges: expect.objectContaining({ standard: true, codeCache: true }) }),
    ]);
    expect(phase('app.requestSingleInstanceLock')).toBe('before-ready');
    expect(phase('protocol.handle')).toBe('after-ready');
    expect(phase('new BrowserWindow')).toBe('after-ready');
    // Permissions are decided before any page exists.
    expect(order(booted, 'session.setPermissionRequestHandler')).toBeLessThan(
      order(booted, 'new BrowserWindow'),
    );
    expect(order(booted, 'session.setPermissionCheckHandler')).toBeLessThan(
      order(booted, 'new BrowserWindow'),
    );
    expect(booted.window().url).toMatch(/^yandu:\/\/app\//);
    expectNoFailures(booted);
  });

  it('a development run keeps its own data folder (and so its own single-instance lock)', async () => {
    const booted = await boot();
    const setPath = booted.electron.calls.find((c) => c.api === 'app.setPath');
    expect(setPath?.args).toEqual(['userData', path.join(booted.dirs.appData, '研读-dev')]);
    expect(order(booted, 'app.setPath')).toBeLessThan(order(booted, 'app.requestSingleInstanceLock'));
    const installed = await boot({ isPackaged: true });
    expect(installed.electron.calls.some((c) => c.api === 'app.setPath')).toBe(false);
    const chosen = await boot({ switches: ['user-data-dir'] });
    expect(chosen.electron.calls.some((c) => c.api === 'app.setPath')).toBe(false);
  });

  it('quits at once, opening nothing, when another instance holds the lock', async () => {
    const booted = await boot({ singleInstance: false, stayUnready: true });
    expect(booted.electron.calls.some((c) => c.api === 'app.quit')).toBe(true);
    booted.electron.ready();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(booted.electron.windows).toHaveLength(0);
  });
});

describe('the contract', () => {
  it('has one handler per call, and each refuses a foreign sender', async () => {
    const booted = await boot();
    const channels = [...booted.electron.ipcHandlers.keys()].filter((c) => c.startsWith('yandu:'));
    expect(channels.sort()).toEqual(CALL_NAMES.map(callChannel).sort());
    for (const name of CALL_NAMES) {
      for (const sender of ['https://evil.example/', 'file:///etc/passwd', 'yandu://evil/', 'about:blank']) {
        const result = await booted.call(name, {}, sender);
        expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
      }
    }
    expectNoFailures(booted);
  });
});

describe('the app protocol', () => {
  it('serves index.html with the CSP, and nothing outside the renderer', async () => {
    const booted = await boot();
    const handler = booted.electron.protocolHandlers.get('yandu');
    expect(handler).toBeDefined();
    if (!handler) return;
    const page = await handler(new Request('yandu://app/'));
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toMatch(/script-src 'self'/);
    expect(await page.text()).toMatch(/<div id="root">/);
    for (const url of [
      'yandu://app/%2e%2e/%2e%2e/package.json',
      'yandu://app/..%2f..%2fpackage.json',
      'yandu://app/%5c..%5cpackage.json',
      'yandu://other/index.html',
    ]) {
      const refused = await handler(new Request(url));
      expect(refused.status, url).toBe(404);
      expect(refused.headers.get('Content-Security-Policy')).toMatch(/script-src 'self'/);
    }
    expect((await handler(new Request('yandu://app/', { method: 'POST' }))).status).toBe(405);
  });
});

describe('the window', () => {
  it('has exactly the secure web preferences and the built preload, and loads the app scheme', async () => {
    const booted = await boot();
    const prefs = booted.window().options.webPreferences as Record<string, unknown>;
    // Nothing may be added or overridden after the constant (nodeIntegration, webviewTag, enableBlinkFeatures…).
    expect(prefs).toEqual({
      ...SECURE_WEB_PREFERENCES,
      preload: path.join(ROOT, 'dist', 'preload', 'index.cjs'),
    });
    expect(booted.window().url).toBe('yandu://app/index.html');
  });

  it('shows only once its content is ready, also when it opens maximized', async () => {
    const first = await boot();
    expect(first.window().visible).toBe(false);
    first.window().finishLoad();
    expect(first.window().visible).toBe(true);
    expect(first.window().shownBeforeReady).toBe(false);

    const maximized = await boot({
      beforeReady: (electron) => {
        mkdirSync(electron.app.userDataPath(), { recursive: true });
        const bounds = { width: 1000, height: 700, maximized: true };
        writeFileSync(
          path.join(electron.app.userDataPath(), 'settings.json'),
          JSON.stringify({ windowBounds: bounds }),
        );
      },
    });
    expect(maximized.window().visible).toBe(false);
    maximized.window().finishLoad();
    expect(maximized.window()).toMatchObject({ visible: true, maximized: true, shownBeforeReady: false });
  });

  it('denies every permission (copying goes through main’s clipboard, not a page permission)', async () => {
    const booted = await boot();
    const request = booted.electron.permissionRequestHandler();
    const check = booted.electron.permissionCheckHandler();
    for (const permission of [
      'clipboard-read',
      'clipboard-sanitized-write',
      'media',
      'notifications',
      'openExternal',
    ]) {
      for (const url of ['yandu://app/index.html', 'https://evil.example/']) {
        let granted: boolean | undefined;
        request?.(booted.window().webContents, permission, (answer) => (granted = answer), {
          requestingUrl: url,
        });
        expect(granted).toBe(false);
        expect(check?.(booted.window().webContents, permission, url)).toBe(false);
      }
    }
  });

  it('blocks navigation and redirects away from the app, new windows, webviews and every network request', async () => {
    const booted = await boot();
    const contents = booted.window().webContents;
    for (const event of ['will-navigate', 'will-redirect']) {
      const away = fakeEvent();
      contents.emit(event, away, 'https://evil.example/');
      expect(away.defaultPrevented, event).toBe(true);
      const home = fakeEvent();
      contents.emit(event, home, 'yandu://app/index.html');
      expect(home.defaultPrevented, event).toBe(false);
    }
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'yandu://app/index.html' })).toEqual({ action: 'deny' });
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
    const blocker = booted.electron.calls.find((c) => c.api === 'session.webRequest.onBeforeRequest');
    const [filter, listener] = (blocker?.args ?? []) as [
      { urls: string[] },
      (details: unknown, callback: (response: unknown) => void) => void,
    ];
    expect(filter.urls).toEqual(
      expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']),
    );
    let answer: unknown;
    listener({ url: 'https://evil.example/' }, (response) => (answer = response));
    expect(answer).toEqual({ cancel: true });
  });

  it('the page’s CSP meta tag says what the protocol’s header says', async () => {
    const booted = await boot();
    const page = await booted.electron.protocolHandlers.get('yandu')?.(new Request('yandu://app/index.html'));
    const html = (await page?.text()) ?? '';
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const directives = (csp: string) =>
      csp
        .split(';')
        .map((d) => d.trim().replace(/\s+/g, ' '))
        .filter(Boolean)
        .sort();
    // A meta tag cannot carry frame-ancestors (browsers ignore it there); the header does.
    const headerOnly = (d: string) => !d.startsWith('frame-ancestors');
    expect(directives(meta ?? '')).toEqual(directives(buildContentSecurityPolicy()).filter(headerOnly));
  });
});

describe('menus', () => {
  const roles = (menu: FakeMenu | null) =>
    items(menu)
      .map((i) => i.role)
      .filter(Boolean);

  it('on Linux and Windows: a full Edit menu; the renderer keeps its keys', async () => {
    const booted = await boot({ platform: 'linux' });
    const menu = booted.electron.applicationMenu();
    expect(roles(menu)).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectall', 'quit']));
    for (const item of items(menu).filter((i) => i.accelerator)) expect(item.registerAccelerator).toBe(false);
    expectNoFailures(booted);
  });

  it('on macOS: the app menu, a full Edit menu whose keys reach text fields, and a Window menu', async () => {
    const booted = await boot({ platform: 'darwin' });
    const menu = booted.electron.applicationMenu();
    const [appMenu] = menu?.items ?? [];
    expect(appMenu?.label).toBe('研读');
    expect(roles(appMenu?.submenu ?? null)).toEqual([
      'about',
      'services',
      'hide',
      'hideothers',
      'unhide',
      'quit',
    ]);
    const edit = menu?.items.find((i) => i.label === '编辑');
    for (const role of ['cut', 'copy', 'paste', 'selectall']) {
      const item = edit?.submenu?.items.find((i) => i.role === role);
      expect(item, role).toBeDefined();
      expect(item?.registerAccelerator).not.toBe(false);
    }
    // Undo and Redo reach the renderer (a field's own undo, else the annotation undo) by their keys, too.
    for (const [label, command] of [
      ['撤销', 'undo'],
      ['重做', 'redo'],
    ] as const) {
      const item = edit?.submenu?.items.find((i) => i.label === label);
      expect(item?.accelerator, label).toBeTruthy();
      expect(item?.registerAccelerator).not.toBe(false);
      item?.click?.({}, undefined, {});
      const sent = booted.window().webContents.sent.at(-1);
      expect(sent).toEqual({ channel: 'yandu:event:menuCommandIssued', payload: { command } });
    }
    const window = menu?.items.find((i) => i.role === 'windowmenu');
    expect(roles(window?.submenu ?? null)).toEqual(expect.arrayContaining(['minimize', 'close']));
    expectNoFailures(booted);
  });
});

describe('after the window closes (macOS keeps running)', () => {
  it('menu commands, note events and a second launch cause no error; activate reopens a window', async () => {
    const booted = await boot({ platform: 'darwin' });
    const first = booted.window();
    first.userClose();
    expect(booted.electron.app.quitting).toBe(false);
    // Every menu item that runs code, with no window open.
    for (const item of items(booted.electron.applicationMenu()).filter((i) => i.click && !i.role)) {
      expect(() => item.click?.({}, undefined, {})).not.toThrow();
    }
    const session = await booted.call('getSession');
    expect(session).toMatchObject({ ok: true });
    await booted.call('listAnnotations', { reportId: 'r-none' });
    booted.electron.app.emit('activate', fakeEvent(), false);
    await until(() => booted.electron.windows.length === 2, 'a new window');
    expect(booted.window()).not.toBe(first);
    expectNoFailures(booted);
  });

  it('on Linux, closing the last window quits after the notes are closed', async () => {
    const booted = await boot({ platform: 'linux' });
    booted.window().userClose();
    await until(() => booted.electron.app.quitting, 'quitting');
    expectNoFailures(booted);
  });
});

describe('opening a report the way people do', () => {
  function reportFile(booted: Booted, name = '县政府工作报告.txt'): string {
    const file = path.join(booted.dirs.documents, name);
    writeFileSync(file, REPORT_TEXT.replace('泽州县', '测试县'));
    return file;
  }

  it('a path in a second launch opens that report in the running window, focused', async () => {
    const booted = await boot({ isPackaged: true });
    booted.window().finishLoad();
    await booted.call('getSession'); // the page has its first report
    const file = reportFile(booted);
    booted.electron.app.emit(
      'second-instance',
      fakeEvent(),
      ['/opt/yandu/yandu', file],
      booted.dirs.documents,
      {},
    );
    const contents = booted.window().webContents;
    await until(() => contents.sent.some((m) => m.channel === 'yandu:event:reportOpened'), 'reportOpened');
    const opened = contents.sent.find((m) => m.channel === 'yandu:event:reportOpened');
    expect(opened?.payload).toMatchObject({ fileName: '县政府工作报告.txt' });
    expect(booted.window().focused).toBe(true);
    expect(booted.electron.windows).toHaveLength(1);
  });

  it('a second launch while the page is still loading opens that report first, not after it', async () => {
    const booted = await boot({ isPackaged: true });
    const file = reportFile(booted, '加载中打开.txt');
    booted.electron.app.emit(
      'second-instance',
      fakeEvent(),
      ['/opt/yandu/yandu', file],
      booted.dirs.documents,
      {},
    );
    // Nothing is sent to a page that may not listen yet; its first request gets the report instead.
    expect(booted.window().webContents.sent.filter((m) => m.channel === 'yandu:event:reportOpened')).toEqual(
      [],
    );
    expect(await booted.call('getSession')).toMatchObject({
      ok: true,
      value: { fileName: '加载中打开.txt' },
    });
    expect(booted.electron.windows).toHaveLength(1);
  });

  it('a path on the command line at first start is the first report shown (installed and development runs)', async () => {
    const holder = await boot();
    const file = reportFile(holder, '启动时打开.txt');
    const installed = await boot({ isPackaged: true, argv: ['/opt/yandu/yandu', '--enable-logging', file] });
    expect(await installed.call('getSession')).toMatchObject({
      ok: true,
      value: { fileName: '启动时打开.txt' },
    });
    const dev = await boot({ argv: [process.execPath, ROOT, file] });
    expect(await dev.call('getSession')).toMatchObject({ ok: true, value: { fileName: '启动时打开.txt' } });
    expectNoFailures(installed);
  });

  it('macOS open-file before the app is ready is kept and shown first', async () => {
    const file = path.join(ROOT, 'assets', 'reports', 'zezhou-2022.txt');
    const booted = await boot({
      platform: 'darwin',
      beforeReady: (electron) => {
        const event = fakeEvent();
        electron.app.emit('open-file', event, file);
        expect(event.defaultPrevented).toBe(true);
      },
    });
    expect(await booted.call('getSession')).toMatchObject({
      ok: true,
      value: { fileName: 'zezhou-2022.txt' },
    });
  });

  it('a file the app cannot read falls back to the usual report, saying why', async () => {
    const booted = await boot({ argv: [process.execPath, ROOT, path.join(ROOT, 'no-such-report.txt')] });
    const session = (await booted.call('getSession')) as {
      ok: boolean;
      value?: { notice?: string; bundled: boolean };
    };
    expect(session.ok).toBe(true);
    expect(session.value?.bundled).toBe(true);
    expect(session.value?.notice).toMatch(/无法打开“no-such-report.txt”/);
  });
});

describe('right-click menus and the clipboard, through main', () => {
  it('pops the menu up over the window and answers with the item clicked, or null when dismissed', async () => {
    const booted = await boot();
    const request = { kind: 'text', hasSelection: true, readOnly: false };
    const answer = booted.call('showContextMenu', request);
    await until(() => booted.electron.calls.some((c) => c.api === 'menu.popup'), 'the popup');
    const popup = booted.electron.calls.find((c) => c.api === 'menu.popup');
    const [menu, options] = (popup?.args ?? []) as [FakeMenu, { window: unknown; callback: () => void }];
    expect(options.window).toBe(booted.window());
    const red = items(menu).find((i) => i.label === '疑问');
    red?.click?.({}, undefined, {});
    options.callback();
    expect(await answer).toEqual({ ok: true, value: { action: 'highlight', color: 'red' } });

    const dismissed = booted.call('showContextMenu', { kind: 'field', hasSelection: false, editable: true });
    await until(() => booted.electron.calls.filter((c) => c.api === 'menu.popup').length === 2, 'the popup');
    const second = booted.electron.calls.filter((c) => c.api === 'menu.popup')[1];
    const fieldMenu = second?.args[0] as FakeMenu;
    expect(fieldMenu.items.map((i) => i.role).filter(Boolean)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectall',
    ]);
    (second?.args[1] as { callback: () => void }).callback();
    expect(await dismissed).toEqual({ ok: true, value: null });
    expectNoFailures(booted);
  });

  it('copies through Electron’s clipboard', async () => {
    const booted = await boot();
    expect(await booted.call('writeClipboardText', { text: '引文（第一部分第1段）' })).toEqual({
      ok: true,
      value: null,
    });
    expect(booted.electron.clipboardText()).toBe('引文（第一部分第1段）');
  });
});
