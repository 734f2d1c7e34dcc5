import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createParseCommand, parseCommand } from '../../../main/cli/parse-command';
import type { CliIo } from '../../../main/cli/run-cli';
import { runCli } from '../../../main/cli/run-cli';

const BUNDLED = path.resolve(import.meta.dirname, '../../../assets/reports/zezhou-2022.txt');

function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

const fsError = (code: string) => () => Promise.reject(Object.assign(new Error(code), { code }));

describe('the parse command', () => {
  it('prints the document as JSON with the documented shape', async () => {
    const io = capture();
    expect(await parseCommand.run([BUNDLED], io)).toBe(0);
    expect(io.err).toBe('');
    const output = JSON.parse(io.out) as Record<string, unknown>;
    expect(Object.keys(output)).toEqual(['id', 'meta', 'blocks', 'glossary', 'unexplainedTerms']);
    const blocks = output.blocks as Record<string, unknown>[];
    expect(blocks.find((block) => block.id === 'p2-s1-2')).toMatchObject({
      type: 'paragraph',
      lead: '完善城市功能。',
    });
    expect(blocks.find((block) => block.id === 'p2')).toEqual({
      id: 'p2',
      type: 'heading',
      level: 1,
      text: '二、2022年总体要求和重点工作',
    });
    const glossary = output.glossary as Record<string, unknown>[];
    expect(Object.keys(glossary[0] ?? {})).toEqual(['id', 'term', 'aliases', 'definition', 'occurrences']);
  });

  it.each([
    ['ENOENT', '找不到文件：x.txt'],
    ['EISDIR', '这是一个目录，不是文件：x.txt'],
    ['EACCES', '没有权限读取文件：x.txt'],
    ['EIO', '无法读取文件：x.txt'],
    ['ENOTREGULAR', '不是普通文件（可能是设备、管道或套接字），不能读取：x.txt'],
    ['EFBIG', '文件超过 60 MB 的上限，不能读取：x.txt'],
  ])('reports %s as one Chinese line, exit 1', async (code, message) => {
    const io = capture();
    expect(await createParseCommand(fsError(code)).run(['x.txt'], io)).toBe(1);
    expect(io.err).toBe(`${message}\n`);
    expect(io.out).toBe('');
  });

  it('reports text that is not a report with the parser’s message', async () => {
    const io = capture();
    const readFile = () => Promise.resolve(new TextEncoder().encode('hello\nworld\n'));
    expect(await createParseCommand(readFile).run(['notes.txt'], io)).toBe(1);
    expect(io.err).toBe('未能识别为政府工作报告：没有找到正文段落（notes.txt）\n');
  });

  it('wants exactly one file argument (exit 2)', async () => {
    for (const args of [[], ['a.txt', 'b.txt']]) {
      const io = capture();
      expect(await parseCommand.run(args, io)).toBe(2);
      expect(io.err).toMatch(/^(缺少文件参数|参数过多)。\n用法：/);
    }
  });
});

describe('runCli', () => {
  it('dispatches by name and prints usage for an unknown or missing command (exit 2)', async () => {
    const seen: (readonly string[])[] = [];
    const echo = {
      name: 'echo',
      usage: 'echo <文字>',
      run: (args: readonly string[]) => (seen.push(args), Promise.resolve(0)),
    };
    expect(await runCli(['echo', 'a', 'b'], capture(), [echo])).toBe(0);
    expect(seen).toEqual([['a', 'b']]);
    const unknown = capture();
    expect(await runCli(['nope'], unknown, [echo])).toBe(2);
    expect(unknown.err).toContain('未知命令：nope。');
    expect(unknown.err).toContain('echo <文字>');
    const none = capture();
    expect(await runCli([], none, [echo])).toBe(2);
    expect(none.err).toMatch(/^缺少命令。\n用法：/);
    const help = capture();
    expect(await runCli(['help'], help, [echo])).toBe(0);
    expect(help.out).toContain('echo <文字>');
  });

  it('turns an unexpected exception into one line, exit 1', async () => {
    const broken = { name: 'boom', usage: 'boom', run: () => Promise.reject(new Error('disk\non fire')) };
    const io = capture();
    expect(await runCli(['boom'], io, [broken])).toBe(1);
    expect(io.err).toBe('内部错误：disk on fire\n');
  });

  it('reads real files through the default file system', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yandu-cli-'));
    const file = path.join(dir, 'r.txt');
    fs.writeFileSync(file, fs.readFileSync(BUNDLED));
    const io = capture();
    expect(await runCli(['parse', file], io, [parseCommand])).toBe(0);
    expect((JSON.parse(io.out) as { meta: { speaker: string } }).meta.speaker).toBe('县长 张军');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
