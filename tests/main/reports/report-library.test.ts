import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { copyFileNameFor, createReportLibrary } from '../../../main/reports/report-library';
import { FAKE_PARSE_ERROR, fakeParse } from '../fake-report';
import { tempDir } from '../temp-dir';

const BUNDLED = '政府工作报告\n内置报告正文。\n';
const IMPORTED = '政府工作报告（市）\n第一段。\n第二段。\n';

function setup(parse = fakeParse) {
  const dir = tempDir();
  const bundledReportPath = path.join(dir, 'assets', 'zezhou-2022.txt');
  fs.mkdirSync(path.dirname(bundledReportPath));
  fs.writeFileSync(bundledReportPath, BUNDLED);
  const reportsDir = path.join(dir, 'userData', 'reports');
  const make = () => createReportLibrary({ reportsDir, bundledReportPath, parse, log: () => undefined });
  return { dir, reportsDir, bundledReportPath, make, library: make() };
}

const idOf = (text: string): string => {
  const parsed = fakeParse(text);
  if (!parsed.ok) throw new Error('fixture does not parse');
  return parsed.value.id;
};

describe('createReportLibrary', () => {
  it('opens the bundled report', async () => {
    const { library } = setup();
    const opened = await library.openBundled();
    expect(opened).toMatchObject({ ok: true, value: { fileName: 'zezhou-2022.txt', bundled: true } });
    expect(await library.isBundled(idOf(BUNDLED))).toBe(true);
  });

  it('copies an imported text into the reports folder, byte for byte', async () => {
    const { library, reportsDir } = setup();
    const opened = await library.importText('市报告.txt', IMPORTED);
    expect(opened).toMatchObject({ ok: true, value: { fileName: '市报告.txt', bundled: false } });
    expect(fs.readFileSync(path.join(reportsDir, `${idOf(IMPORTED)}.txt`), 'utf8')).toBe(IMPORTED);
  });

  it('reopens an imported report from its copy after a restart, without the original', async () => {
    const { library, make, dir } = setup();
    const original = path.join(dir, 'original.txt');
    fs.writeFileSync(original, IMPORTED);
    const imported = await library.importFile(original);
    fs.rmSync(original);
    expect(imported.ok).toBe(true);

    const reopened = await make().openRecent(idOf(IMPORTED));
    expect(reopened.ok && reopened.value.report).toEqual(imported.ok && imported.value.report);
  });

  it('treats an import of the bundled text as the bundled report (no copy)', async () => {
    const { library, reportsDir } = setup();
    expect(await library.importText('copy.txt', BUNDLED)).toMatchObject({
      ok: true,
      value: { bundled: true },
    });
    expect(fs.existsSync(reportsDir)).toBe(false);
  });

  it('returns the parser’s Chinese message and writes nothing for a text it rejects', async () => {
    const { library, reportsDir } = setup();
    expect(await library.importText('bad.txt', '无法解析的文本')).toEqual({
      ok: false,
      error: { code: 'parse-failed', message: FAKE_PARSE_ERROR },
    });
    expect(fs.existsSync(reportsDir)).toBe(false);
  });

  it('refuses a binary file with a Chinese message naming what it is', async () => {
    const { library, dir, reportsDir } = setup();
    const file = path.join(dir, 'photo.png');
    fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    expect(await library.importFile(file)).toMatchObject({
      ok: false,
      error: { code: 'unsupported-format', message: expect.stringMatching(/“photo\.png”是图片/) },
    });
    const noise = path.join(dir, 'noise.bin');
    fs.writeFileSync(noise, Buffer.from([0x01, 0x02, 0, 0, 0x03]));
    expect(await library.importFile(noise)).toMatchObject({
      ok: false,
      error: { code: 'not-text', message: expect.stringMatching(/文本文件/) },
    });
    expect(fs.existsSync(reportsDir)).toBe(false);
  });

  it('forgets an imported report: the copy goes, reopening explains why', async () => {
    const { library, reportsDir } = setup();
    await library.importText('市报告.txt', IMPORTED);
    const id = idOf(IMPORTED);
    expect(await library.forget(id)).toEqual({ ok: true, value: null });
    expect(fs.readdirSync(reportsDir)).toEqual([]);
    expect(await library.openRecent(id)).toMatchObject({
      ok: false,
      error: { code: 'report-missing', message: expect.stringContaining('重新打开原文件') },
    });
  });

  it('cannot forget the bundled report', async () => {
    const { library, bundledReportPath } = setup();
    expect(await library.forget(idOf(BUNDLED))).toMatchObject({
      ok: false,
      error: { code: 'cannot-forget-bundled' },
    });
    expect(fs.existsSync(bundledReportPath)).toBe(true);
  });

  it('parses each report once while it stays cached', async () => {
    const parse = vi.fn(fakeParse);
    const { library } = setup(parse);
    await library.importText('a.txt', IMPORTED);
    const calls = parse.mock.calls.length;
    for (let i = 0; i < 3; i++) await library.openRecent(idOf(IMPORTED));
    await library.openBundled();
    expect(parse.mock.calls.length).toBe(calls);
  });

  it('still opens an import whose copy cannot be saved, and says so', async () => {
    const { library, reportsDir } = setup();
    fs.mkdirSync(path.dirname(reportsDir), { recursive: true });
    fs.writeFileSync(reportsDir, 'a file where the folder should be');
    const opened = await library.importText('市报告.txt', IMPORTED);
    expect(opened).toMatchObject({
      ok: true,
      value: { bundled: false, notice: expect.stringContaining('未能在本机保存') },
    });
  });

  it('reports a missing bundled file in Chinese', async () => {
    const { library, bundledReportPath } = setup();
    fs.rmSync(bundledReportPath);
    expect(await library.openBundled()).toMatchObject({
      ok: false,
      error: { code: 'bundled-missing', message: expect.stringContaining('内置报告无法读取') },
    });
  });
});

describe('copyFileNameFor', () => {
  it('uses safe lower-case ids as they are', () => {
    expect(copyFileNameFor('r3f9a0c')).toBe('r3f9a0c.txt');
  });

  it('never yields a path, a device name or a case-colliding name, for any id', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ minLength: 1, maxLength: 200 }),
          fc.constantFrom('../../etc/passwd', 'CON', 'con', 'nul', 'Abc', 'a/b', 'a\\b', '.', '..'),
        ),
        (id) => {
          const name = copyFileNameFor(id);
          expect(name).toMatch(/^[a-z0-9][a-z0-9_-]*\.txt$/);
          expect(name).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)\.txt$/);
        },
      ),
      { numRuns: 1000 },
    );
    expect(copyFileNameFor('Abc')).not.toBe(copyFileNameFor('abc'));
  });
});
