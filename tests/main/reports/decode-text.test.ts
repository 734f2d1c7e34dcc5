import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeReportText } from '../../../main/reports/decode-text';

// Fixtures made with iconv from the *.utf8.txt files beside them (see tests/fixtures/encodings/README.md).
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/encodings');
const bytes = (name: string): Uint8Array => fs.readFileSync(path.join(FIXTURES, name));
const utf8 = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

describe('decodeReportText: the encoding is decided from the bytes', () => {
  it.each([
    ['report.utf8.txt', 'report.utf8.txt', 'UTF-8'],
    ['report.utf16le-bom.txt', 'report.utf8.txt', 'UTF-16LE'],
    ['report.utf16be-bom.txt', 'report.utf8.txt', 'UTF-16BE'],
    ['report.gb18030.txt', 'report.utf8.txt', 'GB18030'],
    ['report-traditional.big5.txt', 'report-traditional.utf8.txt', 'Big5'],
    ['report-japanese.shift_jis.txt', 'report-japanese.utf8.txt', 'Shift_JIS'],
  ])('%s decodes to the text of %s, as %s', (file, source, encoding) => {
    expect(decodeReportText(bytes(file), file)).toEqual({
      ok: true,
      value: { text: utf8(source), encoding },
    });
  });

  it('drops a UTF-8 BOM', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('report.utf8.txt')]);
    expect(decodeReportText(withBom, 'a.txt')).toEqual({
      ok: true,
      value: { text: utf8('report.utf8.txt'), encoding: 'UTF-8' },
    });
  });

  it('reads any UTF-8 text without NUL as itself', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => !s.includes('\u0000') && s.trim() !== ''),
        (text) => {
          expect(decodeReportText(new TextEncoder().encode(text), 'a.txt')).toEqual({
            ok: true,
            value: { text, encoding: 'UTF-8' },
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('decodeReportText: refusals name the file and, where it can, the encoding', () => {
  it('calls a GBK report neither binary nor mojibake', () => {
    const result = decodeReportText(bytes('report.gb18030.txt'), 'gbk.txt');
    expect(result.ok && result.value.text).toBe(utf8('report.utf8.txt'));
  });

  it('refuses Korean EUC-KR text, naming the encoding, rather than showing it as GB18030 mojibake', () => {
    expect(decodeReportText(bytes('korean.euc-kr.txt'), 'k.txt')).toEqual({
      ok: false,
      error: { code: 'unsupported-encoding', message: expect.stringMatching(/^“k\.txt”看起来是 EUC-KR/) },
    });
  });

  it('refuses a text too short to tell GB18030 from Big5 and Shift_JIS, naming its best guess', () => {
    const gbk = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6]); // 政府工作报告
    const result = decodeReportText(gbk, 'short.txt');
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown-encoding', message: expect.stringMatching(/^无法确定“short\.txt”的文本编码/) },
    });
    expect(JSON.stringify(result)).not.toMatch(/二进制/);
  });

  it('refuses a Big5 file whose body is damaged, naming Big5', () => {
    const damaged = new Uint8Array(bytes('report-traditional.big5.txt'));
    damaged.set([0xf9, 0xfe, 0x80], damaged.length - 40); // 0x80 can never follow a Big5 lead byte
    expect(decodeReportText(damaged, 'b.txt')).toEqual({
      ok: false,
      error: { code: 'bad-encoding', message: expect.stringMatching(/^“b\.txt”看起来是 Big5/) },
    });
  });

  it('refuses a UTF-8 BOM followed by invalid bytes, naming UTF-8', () => {
    expect(decodeReportText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0x28]), 'x.txt')).toMatchObject({
      ok: false,
      error: { code: 'bad-encoding', message: expect.stringContaining('UTF-8') },
    });
  });

  it('refuses binary data and UTF-32 as such', () => {
    for (const data of [
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d],
      [0x50, 0x4b, 0x03, 0x04, 0x00, 0x00],
      [0xff, 0xfe, 0x41, 0x00, 0x00, 0x00], // UTF-16 LE BOM, then a NUL character
    ])
      expect(decodeReportText(new Uint8Array(data), 'img.png')).toMatchObject({
        ok: false,
        error: { code: 'not-text', message: expect.stringMatching(/^“img\.png”不是文本文件/) },
      });
    expect(decodeReportText(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'w.txt')).toMatchObject({
      ok: false,
      error: { code: 'unsupported-encoding', message: expect.stringContaining('UTF-32') },
    });
  });

  it('refuses bytes chardet reads as GB18030 when they decode to control characters', () => {
    // A confident GB18030 body with an escape byte in it: a terminal log or a binary, not a report.
    const body = bytes('report.gb18030.txt');
    const at = body.indexOf(0x0a, 100) + 1; // after a line break: between two characters
    const withEscape = new Uint8Array([...body.subarray(0, at), 0x1b, ...body.subarray(at)]);
    expect(decodeReportText(withEscape, 'log.txt')).toMatchObject({ ok: false, error: { code: 'not-text' } });
  });

  it('refuses empty and blank files', () => {
    expect(decodeReportText(new Uint8Array(), 'e.txt')).toMatchObject({
      ok: false,
      error: { code: 'empty-file', message: '“e.txt”是空文件，没有可以阅读的内容。' },
    });
    expect(decodeReportText(new TextEncoder().encode(' \n\t　'), 'b.txt')).toMatchObject({
      ok: false,
      error: { code: 'empty-file' },
    });
  });

  it('never throws and never returns text with NUL, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (data) => {
        const result = decodeReportText(data, 'r.txt');
        if (result.ok) expect(result.value.text).not.toContain('\u0000');
        else expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
      }),
      { numRuns: 500 },
    );
  });
});
