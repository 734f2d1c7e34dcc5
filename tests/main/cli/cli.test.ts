import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The real entry point in a child process, as `npm run cli -- …` runs it: exit codes and stderr are the contract.
const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
const BUNDLED = path.join(ROOT, 'assets/reports/zezhou-2022.txt');
const ENCODINGS = path.join(ROOT, 'tests/fixtures/encodings');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yandu-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const run = spawnSync(TSX, ['main/cli/index.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function fifo(name: string): string {
  const target = path.join(dir, name);
  execFileSync('mkfifo', [target]);
  return target;
}

function file(name: string, content: string | Uint8Array): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, content);
  return target;
}

/** One line of Chinese on stderr, and nothing that looks like a stack trace. */
function expectOneChineseLine(stderr: string, pattern: RegExp): void {
  expect(stderr).toMatch(/^[^\n]+\n$/);
  expect(stderr).toMatch(/[\u4e00-\u9fff]/);
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at |Error:/);
}

describe('npm run cli -- parse <file>', { timeout: 60_000 }, () => {
  it('prints the bundled report as JSON, exit 0', () => {
    const run = cli('parse', BUNDLED);
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout) as { id: string; blocks: unknown[]; glossary: unknown[] };
    expect(output.id).toMatch(/^r[0-9a-f]{14}$/);
    expect(output.glossary).toHaveLength(10);
    expect(run.stderr).toBe('');
  });

  it('reads UTF-16 LE with a BOM as the same report', () => {
    const text = fs.readFileSync(BUNDLED, 'utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const run = cli('parse', file('utf16.txt', utf16));
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { id: string }).id).toBe(
      (JSON.parse(cli('parse', BUNDLED).stdout) as { id: string }).id,
    );
  });

  it.each([
    ['GB18030 (GBK)', 'report.gb18030.txt', 'report.utf8.txt'],
    ['Big5', 'report-traditional.big5.txt', 'report-traditional.utf8.txt'],
    ['Shift_JIS', 'report-japanese.shift_jis.txt', 'report-japanese.utf8.txt'],
    ['UTF-16 BE with a BOM', 'report.utf16be-bom.txt', 'report.utf8.txt'],
  ])('reads a %s report as the app does: the same document as its UTF-8 text', (_name, encoded, source) => {
    const run = cli('parse', path.join(ENCODINGS, encoded));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(cli('parse', path.join(ENCODINGS, source)).stdout));
  });

  it('parses a Word file, its PDF and a saved web page through the same rules, naming the source', () => {
    const samples = path.resolve(ROOT, 'tests', 'fixtures', 'samples');
    const word = JSON.parse(cli('parse', path.join(samples, 'henan-2025.docx')).stdout) as {
      blocks: { id: string; text: string }[];
      source: { fileName: string; format: string };
    };
    expect(word.source).toEqual({ fileName: 'henan-2025.docx', format: 'docx' });
    const pdf = JSON.parse(cli('parse', path.join(samples, 'henan-2025.pdf')).stdout) as {
      blocks: { id: string }[];
      source: { format: string; pages: Record<string, number> };
    };
    expect(pdf.source.format).toBe('pdf');
    // Every block has the page it starts on, never decreasing.
    const pages = pdf.blocks.map((block) => pdf.source.pages[block.id] ?? 0);
    expect(pages.every((page, i) => page >= 1 && page >= (pages[i - 1] ?? 1))).toBe(true);
    const page = JSON.parse(
      cli('parse', path.join(ROOT, 'tests/fixtures/sources/saved-page.mhtml')).stdout,
    ) as {
      source: { format: string };
      blocks: { text: string }[];
    };
    expect(page.source.format).toBe('html');
    expect(page.blocks.map((b) => b.text).join('')).not.toMatch(/分享到|版权所有/);
  });

  it('searches a PDF as it searches a text', () => {
    const run = cli('search', path.join(ROOT, 'tests/fixtures/sources/running-header.pdf'), '2345.6亿元');
    expect(run.code).toBe(0);
    const hits = JSON.parse(run.stdout) as { exact: boolean; matches: unknown[] }[];
    expect(hits.filter((hit) => hit.exact).flatMap((hit) => hit.matches)).toHaveLength(24);
  });

  it.each([
    ['a missing file', () => path.join(dir, 'missing.txt'), /^找不到文件：/],
    ['a directory', () => dir, /^这是一个目录，不是文件：/],
    ['an empty file', () => file('empty.txt', ''), /^“.*empty\.txt”是空文件/],
    [
      'a binary file',
      () => file('data.bin', new Uint8Array([0x01, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a])),
      /”不是文本文件（含有二进制数据）/,
    ],
    [
      'an image, naming it',
      () => file('image.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a])),
      /^“image\.bin”是图片。研读暂不能识别图片中的文字/,
    ],
    [
      'an old Word file, naming the format and what to do',
      () => path.join(ROOT, 'tests/fixtures/sources/old-word.doc'),
      /^“old-word\.doc”是旧版 Word 文档（\.doc）。.*另存为 \.docx 或 PDF/,
    ],
    [
      'a scanned PDF',
      () => path.join(ROOT, 'tests/fixtures/sources/no-text-layer.pdf'),
      /没有文字层，像是扫描件/,
    ],
    [
      'a PDF named .docx',
      () =>
        file('report.docx', fs.readFileSync(path.join(ROOT, 'tests/fixtures/sources/running-header.pdf'))),
      /^“report\.docx”的扩展名是 \.docx，但内容是PDF 文件/,
    ],
    [
      'a few bytes of GBK, too few to tell the encoding (not "binary")',
      () => file('gbk.txt', new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xff])),
      /^无法确定“.*gbk\.txt”的文本编码/,
    ],
    [
      'Korean EUC-KR, naming the encoding',
      () => path.join(ENCODINGS, 'korean.euc-kr.txt'),
      /看起来是 EUC-KR/,
    ],
    ['whitespace only', () => file('blank.txt', '\n \n　\n'), /”只有空白字符/],
    [
      'text that is not a report',
      () => file('notes.txt', 'shopping list\nmilk\neggs\n'),
      /^未能识别为政府工作报告/,
    ],
  ])('refuses %s: exit 1, one Chinese line on stderr', (_name, target, pattern) => {
    const run = cli('parse', target());
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expectOneChineseLine(run.stderr, pattern);
  });

  it.skipIf(process.platform === 'win32').each([
    [
      'a FIFO (which blocked forever)',
      () => fifo('pipe.txt'),
      /^不是普通文件（可能是设备、管道或套接字），不能读取：/,
    ],
    ['/dev/zero (which grew without limit)', () => '/dev/zero', /^不是普通文件/],
  ])('refuses %s before reading a byte: exit 1, one Chinese line', (_name, target, pattern) => {
    const run = cli('parse', target());
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expectOneChineseLine(run.stderr, pattern);
  });

  it('prints usage in Chinese for an unknown command or a missing argument, exit 2', () => {
    for (const args of [['frobnicate'], ['parse'], []]) {
      const run = cli(...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('用法：npm run cli --');
      expect(run.stdout).toBe('');
    }
  });
});

describe('npm run cli -- … when the output cannot be written', { timeout: 60_000 }, () => {
  it.runIf(process.platform === 'linux')('/dev/full: exit 1, one Chinese line, no stack trace', () => {
    const full = fs.openSync('/dev/full', 'w');
    try {
      const run = spawnSync(TSX, ['main/cli/index.ts', 'parse', BUNDLED], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
        stdio: ['ignore', full, 'pipe'],
      });
      expect(run.status).toBe(1);
      expectOneChineseLine(run.stderr, /^无法写出结果：磁盘已满，输出不完整。\n$/);
    } finally {
      fs.closeSync(full);
    }
  });

  it.runIf(process.platform !== 'win32')(
    'a pipe closed by its reader: exit 1, one Chinese line',
    async () => {
      const child = spawn(TSX, ['main/cli/index.ts', 'parse', BUNDLED], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      // The reader goes away before the CLI writes a byte: every write then meets EPIPE.
      child.stdout.destroy();
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(status).toBe(1);
      expectOneChineseLine(stderr, /^无法写出结果：接收输出的管道已关闭/);
    },
  );
});
