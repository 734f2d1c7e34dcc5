import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledReportPath, preloadPath, rendererRoot, reportsDir } from '../../../main/electron/paths';
import { fitWindowBounds } from '../../../main/electron/window-bounds';

describe('bundledReportPath', () => {
  it('finds the report in assets/ during development (the file exists in this checkout)', () => {
    const file = bundledReportPath({
      isPackaged: false,
      appPath: path.resolve('.'),
      resourcesPath: '/nowhere',
    });
    expect(file).toBe(path.resolve('assets/reports/zezhou-2022.txt'));
    expect(fs.existsSync(file)).toBe(true);
  });

  it('finds it next to app.asar when packaged (electron-builder extraResources → reports/)', () => {
    const file = bundledReportPath({
      isPackaged: true,
      appPath: '/opt/研读/resources/app.asar',
      resourcesPath: '/opt/研读/resources',
    });
    expect(file).toBe(path.join('/opt/研读/resources', 'reports', 'zezhou-2022.txt'));
  });

  it('places the renderer, preload and report copies where the builds and the library expect them', () => {
    expect(rendererRoot('/app')).toBe(path.join('/app', 'dist', 'renderer'));
    expect(preloadPath('/app')).toBe(path.join('/app', 'dist', 'preload', 'index.cjs'));
    expect(reportsDir('/home/u/.config/研读')).toBe(path.join('/home/u/.config/研读', 'reports'));
  });
});

describe('fitWindowBounds', () => {
  const primary = { x: 0, y: 0, width: 1920, height: 1040 };
  const right = { x: 1920, y: 0, width: 1280, height: 1000 };

  it('opens at the default size on first run', () => {
    expect(fitWindowBounds(undefined, [primary])).toEqual({ width: 1280, height: 860, maximized: false });
  });

  it('restores a window that is on a screen, shrunk to fit it', () => {
    expect(
      fitWindowBounds({ x: 2000, y: 50, width: 1600, height: 900, maximized: false }, [primary, right]),
    ).toEqual({
      x: 2000,
      y: 50,
      width: 1280,
      height: 900,
      maximized: false,
    });
  });

  it('drops the position of a window whose screen is gone, keeping size and maximised state', () => {
    expect(fitWindowBounds({ x: 2000, y: 50, width: 1000, height: 700, maximized: true }, [primary])).toEqual(
      {
        width: 1000,
        height: 700,
        maximized: true,
      },
    );
  });
});
