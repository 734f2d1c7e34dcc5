/**
 * Launches the real Electron app when a binary exists (a normal install, or ELECTRON_OVERRIDE_DIST_PATH).
 * Machines that install with ELECTRON_SKIP_BINARY_DOWNLOAD=1 have none: the test then reports itself skipped
 * with the reason, rather than passing silently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

/** Where electron 45 puts its executable inside a dist folder, per platform (its install.js). */
function platformPath(): string {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

/**
 * The binary's path, found as electron 45's own index.js finds it, but without `require('electron')`, which would
 * start downloading a missing binary: `path.txt` (written after the first download, on the first `npm start`) names
 * the executable inside `dist/`, or inside ELECTRON_OVERRIDE_DIST_PATH when that is set.
 */
function electronBinary(): string | undefined {
  try {
    const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(packageDir, 'path.txt');
    const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : platformPath();
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const binary = override ? join(override, executable) : join(packageDir, 'dist', executable);
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
const reason =
  'no Electron binary on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, and no ELECTRON_OVERRIDE_DIST_PATH)';

describe.skipIf(!binary)(`Electron smoke test${binary ? '' : ` — skipped: ${reason}`}`, () => {
  it('opens the window with the bundled report, sandboxed and without Node in the page', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'yandu-electron-'));
    const app = await _electron.launch({
      executablePath: binary,
      args: ['.', `--user-data-dir=${userData}`],
    });
    try {
      const window = await app.firstWindow();
      await window.waitForFunction(() => document.documentElement.dataset.ready === 'report');
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
        'undefined',
      );
      expect(await window.evaluate(() => location.protocol)).toBe('yandu:');
      expect(await window.locator('h2.heading--part').count()).toBeGreaterThan(0);
    } finally {
      await app.close();
    }
  });
});

if (!binary) console.warn(`[electron-smoke] skipped: ${reason}`);
