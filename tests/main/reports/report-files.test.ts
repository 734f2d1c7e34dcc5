import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeReportFile,
  readReportFile,
  REPORT_FILE_MAX_BYTES,
  writeBytesSafely,
  writeTextFileSafely,
} from '../../../main/reports/report-files';
import type { FsSeam } from '../../../main/notes/journal/fs-seam';
import { nodeFs } from '../../../main/notes/journal/fs-seam';
import { tempDir } from '../temp-dir';

const TEXT = '政府工作报告\n\n各位代表：现在，我代表县人民政府向大会报告工作。PM2.5';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/encodings');
const fixture = (name: string): Buffer => fs.readFileSync(path.join(FIXTURES, name));

describe('decodeReportFile (File → Open and a dropped file both end here)', () => {
  it('decodes UTF-8 with and without a BOM, and UTF-16 with either BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [
      Buffer.from(TEXT),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]),
      le,
      be,
    ])
      expect(decodeReportFile('r.txt', bytes)).toEqual({
        ok: true,
        value: { fileName: 'r.txt', text: TEXT },
      });
  });

  it.each([
    ['report.gb18030.txt', 'report.utf8.txt'],
    ['report-traditional.big5.txt', 'report-traditional.utf8.txt'],
    ['report-japanese.shift_jis.txt', 'report-japanese.utf8.txt'],
  ])('decodes %s as its own encoding, not as GB18030 mojibake', (file, source) => {
    expect(decodeReportFile(file, fixture(file))).toEqual({
      ok: true,
      value: { fileName: file, text: fixture(source).toString('utf8') },
    });
  });

  it('refuses an encoding it does not read, naming it', () => {
    expect(decodeReportFile('k.txt', fixture('korean.euc-kr.txt'))).toMatchObject({
      ok: false,
      error: { code: 'unsupported-encoding', message: expect.stringContaining('EUC-KR') },
    });
  });

  it('refuses binary data with a Chinese message', () => {
    for (const bytes of [
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      Buffer.from('PK\u0003\u0004\u0000\u0000'),
    ])
      expect(decodeReportFile('x.png', bytes)).toEqual({
        ok: false,
        error: { code: 'not-text', message: expect.stringMatching(/^“x\.png”不是文本文件/) },
      });
  });

  it('refuses empty and blank files', () => {
    for (const text of ['', ' \n\t '])
      expect(decodeReportFile('e.txt', Buffer.from(text))).toMatchObject({
        ok: false,
        error: { code: 'empty-file' },
      });
  });

  it('refuses more bytes than the cap (a dropped file is sent as at most cap + 1 bytes)', () => {
    const bytes = new Uint8Array(REPORT_FILE_MAX_BYTES + 1).fill(0x61);
    expect(decodeReportFile('big.txt', bytes)).toEqual({
      ok: false,
      error: { code: 'file-too-large', message: '“big.txt”超过 60 MB 的上限，无法作为报告打开。' },
    });
  });

  it('round-trips any text without NUL through UTF-8', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => !s.includes('\u0000') && s.trim() !== ''),
        (text) => {
          expect(decodeReportFile('a.txt', Buffer.from(text))).toEqual({
            ok: true,
            value: { fileName: 'a.txt', text },
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('readReportFile', () => {
  it('reads a report and names it by its file name', async () => {
    const dir = tempDir();
    const file = path.join(dir, '2022年政府工作报告.txt');
    fs.writeFileSync(file, TEXT);
    expect(await readReportFile(file)).toEqual({
      ok: true,
      value: { fileName: '2022年政府工作报告.txt', text: TEXT },
    });
  });

  it('refuses files over 60 MB without reading them', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'big.txt');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, REPORT_FILE_MAX_BYTES + 1); // sparse: no real disk use
    expect(await readReportFile(file)).toMatchObject({
      ok: false,
      error: { code: 'file-too-large', message: expect.stringContaining('60 MB') },
    });
  });

  it('explains a missing file and a directory in Chinese', async () => {
    const dir = tempDir();
    expect(await readReportFile(path.join(dir, 'gone.txt'))).toMatchObject({
      ok: false,
      error: { code: 'file-not-found', message: expect.stringContaining('找不到文件') },
    });
    expect(await readReportFile(dir)).toMatchObject({ ok: false, error: { code: 'not-a-file' } });
  });

  it('reads a Big5 report as Big5 (it was GB18030 mojibake)', async () => {
    const file = path.join(FIXTURES, 'report-traditional.big5.txt');
    expect(await readReportFile(file)).toEqual({
      ok: true,
      value: {
        fileName: 'report-traditional.big5.txt',
        text: fixture('report-traditional.utf8.txt').toString(),
      },
    });
  });

  it.runIf(process.platform !== 'win32')(
    'refuses a FIFO and a device without blocking or reading',
    async () => {
      const fifo = path.join(tempDir(), 'pipe.txt');
      execFileSync('mkfifo', [fifo]);
      for (const target of [fifo, '/dev/zero'])
        expect(await readReportFile(target)).toMatchObject({
          ok: false,
          error: { code: 'not-a-file', message: expect.stringContaining('不是普通文件') },
        });
    },
  );

  it('says a file it may not read is not readable (not a write problem)', async () => {
    const denied = {
      stat: fs.promises.stat,
      open: () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })),
    };
    const file = path.join(FIXTURES, 'report.utf8.txt');
    expect(await readReportFile(file, denied)).toEqual({
      ok: false,
      error: { code: 'file-not-readable', message: '没有权限读取“report.utf8.txt”。' },
    });
  });
});

describe('writeTextFileSafely', () => {
  it('writes the text and leaves no temp file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'r1.txt');
    await writeTextFileSafely(file, TEXT);
    expect(fs.readFileSync(file, 'utf8')).toBe(TEXT);
    expect(fs.readdirSync(dir)).toEqual(['r1.txt']);
  });

  it('loops over short writes (what a nearly full disk does)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'r1.txt');
    const shortWrites: FsSeam = {
      ...nodeFs,
      write: (fd, data, offset, length, position) =>
        nodeFs.write(fd, data, offset, Math.min(length, 7), position),
    };
    await writeTextFileSafely(file, TEXT.repeat(20), shortWrites);
    expect(fs.readFileSync(file, 'utf8')).toBe(TEXT.repeat(20));
  });

  it('keeps the old file whole when the disk fills up mid-write', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'r1.txt');
    fs.writeFileSync(file, 'old text');
    let calls = 0;
    const diskFull: FsSeam = {
      ...nodeFs,
      write: async (fd, data, offset, length, position) => {
        if (++calls > 1)
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return nodeFs.write(fd, data, offset, Math.min(length, 5), position);
      },
    };
    await expect(writeTextFileSafely(file, TEXT, diskFull)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(fs.readFileSync(file, 'utf8')).toBe('old text');
    expect(fs.readdirSync(dir)).toEqual(['r1.txt']);
  });

  it('refuses a write that makes no progress (a full disk that does not say ENOSPC)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'r1.txt');
    const stuck: FsSeam = { ...nodeFs, write: async () => 0 };
    await expect(writeBytesSafely(file, Buffer.from(TEXT), stuck)).rejects.toMatchObject({
      code: 'ESHORTWRITE',
    });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
