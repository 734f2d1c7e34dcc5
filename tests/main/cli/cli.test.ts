import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The real entry point in a child process, as `npm run cli -- …` runs it: exit codes and stderr are the contract.
const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
const BUNDLED = path.join(ROOT, 'assets/reports/zezhou-2022.txt');
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
    ['a missing file', () => path.join(dir, 'missing.txt'), /^找不到文件：/],
    ['a directory', () => dir, /^这是一个目录，不是文件：/],
    ['an empty file', () => file('empty.txt', ''), /^文件为空：/],
    [
      'a binary file',
      () => file('image.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a])),
      /二进制文件/,
    ],
    [
      'a file that is not UTF-8',
      () => file('gbk.txt', new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xff])),
      /二进制文件/,
    ],
    ['whitespace only', () => file('blank.txt', '\n \n　\n'), /^文件为空（只有空白字符）/],
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

  it('prints usage in Chinese for an unknown command or a missing argument, exit 2', () => {
    for (const args of [['frobnicate'], ['parse'], []]) {
      const run = cli(...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('用法：npm run cli --');
      expect(run.stdout).toBe('');
    }
  });
});
