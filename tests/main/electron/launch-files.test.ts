import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { devDataFolder } from '../../../main/electron/data-folder';
import { reportFileFromArgv } from '../../../main/electron/launch-files';

describe('reportFileFromArgv', () => {
  const installed = { isPackaged: true, cwd: '/home/u' };
  const dev = { isPackaged: false, cwd: '/work/yandu' };

  it('finds the file an installed app was opened with, relative or absolute', () => {
    expect(reportFileFromArgv(['/opt/研读/yandu', '报告.txt'], installed)).toBe(
      path.resolve('/home/u', '报告.txt'),
    );
    expect(reportFileFromArgv(['C:\\研读\\yandu.exe', '/data/政府工作报告.TXT'], installed)).toBe(
      path.resolve('/data/政府工作报告.TXT'),
    );
  });

  it('skips the app path of a development run, and Chromium switches wherever they are', () => {
    expect(reportFileFromArgv(['/x/electron', '.'], dev)).toBeNull();
    expect(reportFileFromArgv(['/x/electron', '.', '--no-sandbox', 'a.md', '--enable-logging'], dev)).toBe(
      path.resolve('/work/yandu', 'a.md'),
    );
  });

  it('ignores files that are not reports, and a lone executable', () => {
    expect(reportFileFromArgv(['/opt/yandu', 'notes.yandu.json', 'image.png'], installed)).toBeNull();
    expect(reportFileFromArgv(['/opt/yandu'], installed)).toBeNull();
    expect(reportFileFromArgv([], installed)).toBeNull();
  });

  it('takes the last report named when several are', () => {
    expect(reportFileFromArgv(['/opt/yandu', 'a.txt', 'b.txt'], installed)).toBe(
      path.resolve('/home/u', 'b.txt'),
    );
  });
});

describe('devDataFolder', () => {
  it('gives development runs their own folder, and leaves the installed app on the default', () => {
    const run = { appData: '/home/u/.config', appName: '研读', userDataDirSwitch: false };
    expect(devDataFolder({ ...run, isPackaged: false })).toBe(path.join('/home/u/.config', '研读-dev'));
    expect(devDataFolder({ ...run, isPackaged: true })).toBeNull();
    // A folder named with --user-data-dir was chosen on purpose.
    expect(devDataFolder({ ...run, isPackaged: false, userDataDirSwitch: true })).toBeNull();
  });
});
