/**
 * Boots the built main bundle (`dist/main/index.js`, as the installed app runs it) in this Node process with the
 * module `electron` mapped to the strict stand-in, so the Electron wiring itself runs in CI without the binary.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { createElectronStandIn } from './electron-stand-in';
import type { FakeWindow, StandIn, StandInOptions } from './electron-stand-in';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const BUNDLE = path.join(ROOT, 'dist', 'main', 'index.js');
const APP_ORIGIN_URL = 'yandu://app/index.html';

export interface Booted {
  electron: StandIn;
  dirs: { userData: string; appData: string; documents: string };
  /** Invokes a contract call as the app's page would (or as `senderUrl` would). */
  call(name: string, arg?: unknown, senderUrl?: string): Promise<unknown>;
  window(): FakeWindow;
}

export interface BootOptions extends Partial<StandInOptions> {
  platform?: NodeJS.Platform;
  argv?: string[];
  /** Runs before `ready` (e.g. emitting macOS open-file early). */
  beforeReady?: (electron: StandIn) => void;
  /** Leave the app not ready (to inspect what happens before it). */
  stayUnready?: boolean;
}

const made: string[] = [];
const restore: (() => void)[] = [];

/** Removes the temp folders and restores process.platform and argv. */
export function cleanUpBoots(): void {
  for (const undo of restore.splice(0).reverse()) undo();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

function setPlatform(platform: NodeJS.Platform): void {
  const original = Object.getOwnPropertyDescriptor(process, 'platform');
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
  restore.push(() => original && Object.defineProperty(process, 'platform', original));
}

/** Electron sets process.resourcesPath (where electron-builder puts extraResources: the bundled report). */
function setResourcesPath(resources: string): void {
  mkdirSync(path.join(resources, 'reports'), { recursive: true });
  copyFileSync(
    path.join(ROOT, 'assets', 'reports', 'zezhou-2022.txt'),
    path.join(resources, 'reports', 'zezhou-2022.txt'),
  );
  const holder = process as { resourcesPath?: string };
  const original = holder.resourcesPath;
  holder.resourcesPath = resources;
  restore.push(() => (holder.resourcesPath = original));
}

function setArgv(argv: string[]): void {
  const original = process.argv;
  process.argv = argv;
  restore.push(() => (process.argv = original));
}

/** Waits until `check` holds, yielding to the event loop in between (no fixed sleeps). */
export async function until(check: () => boolean, what: string, tries = 400): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Boots a fresh copy of the bundle against a fresh stand-in. */
export async function boot(options: BootOptions = {}): Promise<Booted> {
  const base = mkdtempSync(path.join(tmpdir(), 'yandu-boot-'));
  made.push(base);
  const dirs = {
    userData: path.join(base, 'appData', '研读'),
    appData: path.join(base, 'appData'),
    documents: path.join(base, 'documents'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  setPlatform(options.platform ?? 'linux');
  setArgv(options.argv ?? (options.isPackaged ? ['/opt/yandu/yandu'] : [process.execPath, ROOT]));
  setResourcesPath(path.join(base, 'resources'));
  const electron = createElectronStandIn({ ...dirs, appPath: ROOT, ...options });
  vi.resetModules();
  vi.doMock('electron', () => electron.module);
  await import(BUNDLE);
  options.beforeReady?.(electron);
  if (!options.stayUnready) {
    electron.ready();
    await until(() => electron.windows.length > 0, 'the window');
  }
  return {
    electron,
    dirs,
    async call(name, arg, senderUrl = APP_ORIGIN_URL) {
      const handler = electron.ipcHandlers.get(`yandu:call:${name}`);
      if (!handler) throw new Error(`no handler for ${name}`);
      const open = electron.windows.find((w) => !w.isDestroyed());
      const event = { senderFrame: { url: senderUrl }, sender: open?.webContents };
      return arg === undefined ? handler(event) : handler(event, arg);
    },
    window() {
      const window = electron.windows.at(-1);
      if (!window) throw new Error('no window');
      return window;
    },
  };
}
