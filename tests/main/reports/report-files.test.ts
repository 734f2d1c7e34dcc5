import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeReportBytes,
  readReportFile,
  REPORT_FILE_MAX_BYTES,
  writeTextFileSafely,
} from '../../../main/reports/report-files';
import { tempDir } from '../temp-dir';

const TEXT = '政府工作报告\n\n各位代表：现在，我代表县人民政府向大会报告工作。PM2.5';

describe('decodeReportBytes', () => {
  it('decodes UTF-8 with and without a BOM', () => {
    expect(decodeReportBytes(Buffer.from(TEXT))).toEqual({ ok: true, value: TEXT });
    expect(decodeReportBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toEqual({
      ok: true,
      value: TEXT,
    });
  });

  it('decodes UTF-16 with either BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeReportBytes(le)).toEqual({ ok: true, value: TEXT });
    expect(decodeReportBytes(be)).toEqual({ ok: true, value: TEXT });
  });

  it('decodes GBK files by way of GB18030', () => {
    const gbk = Buffer.from([0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6]); // 政府工作报告
    expect(decodeReportBytes(gbk)).toEqual({ ok: true, value: '政府工作报告' });
  });

  it('refuses binary data with a Chinese message', () => {
    for (const bytes of [
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      Buffer.from('PK\u0003\u0004\u0000\u0000'),
    ]) {
      const result = decodeReportBytes(bytes);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error).toEqual({
          code: 'not-text',
          message: expect.stringMatching(/不是可读的文本文件/),
        });
    }
  });

  it('refuses empty and blank files', () => {
    expect(decodeReportBytes(Buffer.from(''))).toMatchObject({ ok: false, error: { code: 'empty-file' } });
    expect(decodeReportBytes(Buffer.from(' \n\t '))).toMatchObject({
      ok: false,
      error: { code: 'empty-file' },
    });
  });

  it('round-trips any text without NUL through UTF-8', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => !s.includes('\u0000') && s.trim() !== ''),
        (text) => {
          expect(decodeReportBytes(Buffer.from(text))).toEqual({ ok: true, value: text });
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
    const shortWrites: typeof fs.promises = {
      ...fs.promises,
      open: (async (...args: Parameters<typeof fs.promises.open>) => {
        const handle = await fs.promises.open(...args);
        const write = handle.write.bind(handle) as (
          b: Buffer,
          o: number,
          l: number,
          p: number,
        ) => Promise<{ bytesWritten: number }>;
        return Object.assign(handle, {
          write: (buffer: Buffer, offset: number, length: number, position: number) =>
            write(buffer, offset, Math.min(length, 7), position),
        });
      }) as typeof fs.promises.open,
    };
    await writeTextFileSafely(file, TEXT.repeat(20), shortWrites);
    expect(fs.readFileSync(file, 'utf8')).toBe(TEXT.repeat(20));
  });

  it('keeps the old file whole when the disk fills up mid-write', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'r1.txt');
    fs.writeFileSync(file, 'old text');
    let calls = 0;
    const diskFull: typeof fs.promises = {
      ...fs.promises,
      open: (async (...args: Parameters<typeof fs.promises.open>) => {
        const handle = await fs.promises.open(...args);
        const write = handle.write.bind(handle) as (
          b: Buffer,
          o: number,
          l: number,
          p: number,
        ) => Promise<{ bytesWritten: number }>;
        return Object.assign(handle, {
          write: async (buffer: Buffer, offset: number, length: number, position: number) => {
            if (++calls > 1)
              throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
            return write(buffer, offset, Math.min(length, 5), position);
          },
        });
      }) as typeof fs.promises.open,
    };
    await expect(writeTextFileSafely(file, TEXT, diskFull)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(fs.readFileSync(file, 'utf8')).toBe('old text');
    expect(fs.readdirSync(dir)).toEqual(['r1.txt']);
  });
});
