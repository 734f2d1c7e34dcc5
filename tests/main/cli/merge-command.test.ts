import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packLines } from '../../../core/annotations/exchange';
import { mergePacks } from '../../../core/annotations/merge';
import type { Annotation, AnnotationPack } from '../../../core/annotations/model';
import { err, ok } from '../../../core/result';
import { createMergeCommand, mergeCommand } from '../../../main/cli/merge-command';
import type { CliIo } from '../../../main/cli/run-cli';
import { runCli } from '../../../main/cli/run-cli';
import { tempDir } from '../temp-dir';

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

function note(id: string, updatedAt: string, author = { id: 'u1', name: '王代表' }): Annotation {
  return {
    id,
    reportId: 'r1',
    kind: 'highlight',
    target: { blockId: 'p1-1', start: 0, end: 2, exact: '各位', prefix: '', suffix: '代表' },
    color: 'yellow',
    note: updatedAt,
    tags: [],
    author,
    createdAt: '2022-04-20T08:00:00.000Z',
    updatedAt,
  };
}

function pack(annotations: Annotation[], extra: Partial<AnnotationPack> = {}): AnnotationPack {
  return {
    format: 'yandu.annotations',
    version: 1,
    report: { id: 'r1', title: '泽州县政府工作报告' },
    exportedBy: { id: 'u1', name: '王代表' },
    exportedAt: '2022-04-25T00:00:00.000Z',
    annotations,
    ...extra,
  };
}

const wang = pack([note('a', '2022-04-20T09:00:00.000Z'), note('b', '2022-04-20T09:00:00.000Z')]);
const li = pack(
  [
    note('a', '2022-04-21T09:00:00.000Z'),
    { ...note('c', '2022-04-21T09:00:00.000Z', { id: 'u2', name: '李代表' }) },
  ],
  { exportedBy: { id: 'u2', name: '李代表' }, exportedAt: '2022-04-26T00:00:00.000Z' },
);

function writePack(name: string, content: unknown): string {
  const file = path.join(tempDir('yandu-merge-'), name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** One line of Chinese on stderr, nothing on stdout. */
function expectRefusal(io: { out: string; err: string }, pattern: RegExp): void {
  expect(io.out).toBe('');
  expect(io.err).toMatch(/^[^\n]+\n$/);
  expect(io.err).toMatch(/[\u4e00-\u9fff]/);
  expect(io.err).toMatch(pattern);
}

describe('merge <pack…>', () => {
  it('prints the merged pack of several files as JSON, exit 0', async () => {
    const io = capture();
    const code = await mergeCommand.run(
      [writePack('wang.yandu.json', wang), writePack('li.yandu.json', li)],
      io,
    );
    expect(code).toBe(0);
    expect(io.err).toBe('');
    const expected = mergePacks([wang, li]);
    expect(expected.ok).toBe(true);
    if (expected.ok) expect(JSON.parse(io.out)).toEqual(expected.value);
    // The layout the app writes packs in: one note per line (any size reads back).
    if (expected.ok) expect(io.out).toBe(packLines(expected.value).join(''));
    const merged = JSON.parse(io.out) as AnnotationPack;
    expect(merged.annotations.map((a) => [a.id, a.updatedAt])).toEqual([
      ['a', '2022-04-21T09:00:00.000Z'],
      ['b', '2022-04-20T09:00:00.000Z'],
      ['c', '2022-04-21T09:00:00.000Z'],
    ]);
  });

  it('accepts a single file (its versions deduplicated)', async () => {
    const io = capture();
    const doubled = pack([note('a', '2022-04-20T09:00:00.000Z'), note('a', '2022-04-22T09:00:00.000Z')]);
    expect(await mergeCommand.run([writePack('one.yandu.json', doubled)], io)).toBe(0);
    expect((JSON.parse(io.out) as AnnotationPack).annotations).toEqual([
      note('a', '2022-04-22T09:00:00.000Z'),
    ]);
  });

  it('without files prints the usage, exit 2', async () => {
    const io = capture();
    expect(await runCli(['merge'], io, [mergeCommand])).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toMatch(/^缺少批注文件参数。\n用法：npm run cli -- merge <批注文件>/);
  });

  it.each([
    ['malformed JSON', '{"format": "yandu.annotations"', /“bad\.yandu\.json”不是有效的 JSON/],
    [
      'another format',
      JSON.stringify({ ...wang, format: 'zotero' }),
      /“bad\.yandu\.json”：这不是研读批注文件/,
    ],
    ['a future version', JSON.stringify({ ...wang, version: 3 }), /“bad\.yandu\.json”：.*更新版本/],
    ['wrong types', JSON.stringify({ ...wang, exportedAt: 42 }), /“bad\.yandu\.json”：导出时间应为文字/],
  ])(
    'refuses %s after a good file: exit 1, one line naming the file, nothing printed',
    async (_label, content, pattern) => {
      const io = capture();
      const code = await mergeCommand.run(
        [writePack('good.yandu.json', wang), writePack('bad.yandu.json', content)],
        io,
      );
      expect(code).toBe(1);
      expectRefusal(io, pattern);
    },
  );

  it('refuses a binary file and a missing file', async () => {
    const binary = capture();
    const png = writePack('photo.png', '');
    writeFileSync(png, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(await mergeCommand.run([png], binary)).toBe(1);
    expectRefusal(binary, /“photo\.png”不是文本文件/);
    const missing = capture();
    expect(await mergeCommand.run([path.join(tempDir(), 'gone.yandu.json')], missing)).toBe(1);
    expectRefusal(missing, /找不到文件“gone\.yandu\.json”/);
  });

  it('refuses packs of different reports, naming both by title', async () => {
    const io = capture();
    const other = pack([], { report: { id: 'r2', title: '晋城市政府工作报告' } });
    const code = await mergeCommand.run(
      [writePack('a.json', wang), writePack('b.json', li), writePack('c.json', other)],
      io,
    );
    expect(code).toBe(1);
    expectRefusal(io, /^合并的批注文件属于不同的报告：《泽州县政府工作报告》与《晋城市政府工作报告》\n$/);
  });

  it('adds the report ids when two different reports share a title', async () => {
    const io = capture();
    const sameTitle = pack([], { report: { id: 'r2', title: '泽州县政府工作报告' } });
    expect(await mergeCommand.run([writePack('a.json', wang), writePack('b.json', sameTitle)], io)).toBe(1);
    expectRefusal(io, /《泽州县政府工作报告》（r1）与《泽州县政府工作报告》（r2）/);
  });

  it('keeps a message on one line whatever the reader returns, and reads files in order', async () => {
    const read: string[] = [];
    const command = createMergeCommand(async (file) => {
      read.push(file);
      return file === 'x' ? ok(wang) : err('bad-json', '“y”不是有效的 JSON\n第二行');
    });
    const io = capture();
    expect(await command.run(['x', 'y', 'z'], io)).toBe(1);
    expect(read).toEqual(['x', 'y']);
    expectRefusal(io, /^“y”不是有效的 JSON 第二行\n$/);
  });
});

describe('merge keeps authorship', () => {
  const zhang = { id: 'u3', name: '张代表' };

  it('refuses a version signed by someone other than the note’s author in the first pack, and says so', async () => {
    const takeOver = pack(
      [{ ...note('a', '2022-05-01T09:00:00.000Z', zhang), deletedAt: '2022-05-01T09:00:00.000Z' }],
      { exportedBy: zhang },
    );
    const io = capture();
    expect(
      await mergeCommand.run([writePack('wang.json', wang), writePack('zhang.json', takeOver)], io),
    ).toBe(0);
    const merged = JSON.parse(io.out) as AnnotationPack;
    expect(merged.annotations.find((a) => a.id === 'a')).toEqual(note('a', '2022-04-20T09:00:00.000Z'));
    expect(io.err).toMatch(
      /^已拒收 1 个批注版本：作者与该批注原作者不符（批注 a：原作者 u1，此处署名 u3）。\n$/,
    );
  });

  it('refuses a note no earlier pack has when two later packs give it different authors', async () => {
    const one = pack([note('x', '2022-05-01T09:00:00.000Z', zhang)], { exportedBy: zhang });
    const two = pack([note('x', '2022-05-02T09:00:00.000Z', { id: 'u2', name: '李代表' })]);
    const io = capture();
    const code = await mergeCommand.run(
      [writePack('w.json', wang), writePack('1.json', one), writePack('2.json', two)],
      io,
    );
    expect(code).toBe(0);
    expect((JSON.parse(io.out) as AnnotationPack).annotations.map((a) => a.id)).toEqual(['a', 'b']);
    expect(io.err).toMatch(/^已拒收 2 个批注版本/);
  });

  it('prints the pack line by line, as the app writes it, so any size reads back', async () => {
    const io = capture();
    expect(await mergeCommand.run([writePack('wang.json', wang)], io)).toBe(0);
    expect(io.out.split('\n')[0]).toMatch(/"annotations":\[$/);
    expect(io.out.split('\n')).toHaveLength(wang.annotations.length + 3);
  });
});

describe('npm run cli -- merge', { timeout: 60_000 }, () => {
  it('is in the command table', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const tsx = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
    const run = spawnSync(tsx, ['main/cli/index.ts', 'merge', writePack('wang.yandu.json', wang)], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as AnnotationPack).annotations).toHaveLength(2);
  });
});
