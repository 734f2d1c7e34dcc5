import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBundleCommand } from '../../../main/cli/bundle-command';
import { createReportLibrary } from '../../../main/reports/report-library';
import { tempDir } from '../temp-dir';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/sources');
const DEFAULT = path.resolve(import.meta.dirname, '../../../assets/reports/zezhou-2022.txt');

function run(args: string[], assetsDir: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) };
  return createBundleCommand({ assetsDir })
    .run(args, io)
    .then((code) => ({ code, stdout: out.join(''), stderr: err.join('') }));
}

describe('bundle: a report of any format becomes the app’s default', () => {
  it('puts a PDF, its extraction and bundled.json beside the default report; the app then opens it', async () => {
    const assets = tempDir();
    fs.copyFileSync(DEFAULT, path.join(assets, 'zezhou-2022.txt'));
    const result = await run([path.join(FIXTURES, 'running-header.pdf'), '--force'], assets);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^已将《.*》（running-header\.pdf，\d+ 段）设为内置报告/);
    expect(fs.readdirSync(assets).sort()).toEqual(
      ['bundled.json', 'running-header.pdf', 'running-header.pdf.source.json', 'zezhou-2022.txt'].sort(),
    );
    const library = createReportLibrary({
      reportsDir: path.join(tempDir(), 'reports'),
      bundledReportPath: path.join(assets, 'zezhou-2022.txt'),
    });
    const opened = await library.openBundled();
    expect(opened).toMatchObject({ ok: true, value: { bundled: true, fileName: 'running-header.pdf' } });
    if (opened.ok) expect(opened.value.report.source?.format).toBe('pdf');
  });

  it('refuses a file it cannot read, and writes nothing', async () => {
    const assets = tempDir();
    const result = await run([path.join(FIXTURES, 'old-word.doc')], assets);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/是旧版 Word 文档/);
    expect(fs.readdirSync(assets)).toEqual([]);
  });

  it('names its usage when called wrong', async () => {
    expect((await run([], tempDir())).code).toBe(2);
    expect((await run(['a.pdf', '--fast'], tempDir())).stderr).toMatch(/^未知选项：--fast/);
  });
});
