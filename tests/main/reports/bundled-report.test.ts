import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledReportPath } from '../../../main/electron/paths';
import { createReportLibrary } from '../../../main/reports/report-library';
import { tempDir } from '../temp-dir';

// The real parser (core/report/parse.ts) on the real bundled report, through the library.
const BUNDLED = bundledReportPath({ isPackaged: false, appPath: path.resolve('.'), resourcesPath: '' });

describe('the bundled report through the library and the real parser', () => {
  it('opens, and an import of the same text is recognised as the bundled report', async () => {
    const reportsDir = path.join(tempDir(), 'reports');
    const library = createReportLibrary({ reportsDir, bundledReportPath: BUNDLED });
    const opened = await library.openBundled();
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.report.blocks.length).toBeGreaterThan(10);
    expect(opened.value.report.meta.title).toContain('政府工作报告');

    const again = await library.importText('copy.txt', fs.readFileSync(BUNDLED, 'utf8'));
    expect(again).toMatchObject({
      ok: true,
      value: { bundled: true, report: { id: opened.value.report.id } },
    });
    expect(fs.existsSync(reportsDir)).toBe(false);
  });

  it('copies an edited report and reopens it from the copy', async () => {
    const reportsDir = path.join(tempDir(), 'reports');
    const text = fs.readFileSync(BUNDLED, 'utf8').replace('县长', '代县长');
    const imported = await createReportLibrary({ reportsDir, bundledReportPath: BUNDLED }).importText(
      'edited.txt',
      text,
    );
    if (!imported.ok) throw new Error(imported.error.message);
    const reopened = await createReportLibrary({ reportsDir, bundledReportPath: BUNDLED }).openRecent(
      imported.value.report.id,
    );
    expect(reopened.ok && reopened.value.report).toEqual(imported.value.report);
  });

  it('passes the parser’s own message through for text that is not a report', async () => {
    const library = createReportLibrary({
      reportsDir: path.join(tempDir(), 'reports'),
      bundledReportPath: BUNDLED,
    });
    const result = await library.importText('empty.txt', '');
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/[\u4e00-\u9fff]/) } });
  });
});
