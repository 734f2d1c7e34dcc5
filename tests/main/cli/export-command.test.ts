import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { describe as describeTarget } from '../../../core/annotations/anchor';
import type { Annotation, AnnotationPack } from '../../../core/annotations/model';
import type { NotesModel } from '../../../core/export/notes-model';
import type { ReportDocument } from '../../../core/report/model';
import { parseReport } from '../../../core/report/parse';
import { createExportCommand, parseExportArgs, writeFailureMessage } from '../../../main/cli/export-command';
import type { FsSeam } from '../../../main/notes/journal/fs-seam';
import { nodeFs } from '../../../main/notes/journal/fs-seam';
import type { CliIo } from '../../../main/cli/run-cli';
import { tempDir } from '../temp-dir';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const BUNDLED = path.join(ROOT, 'assets/reports/zezhou-2022.txt');
const NOW = new Date(2026, 10, 28, 9, 30);
const enospc = (): never => {
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
};

function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
  };
  return io;
}

/** One line of Chinese on stderr, and nothing that looks like a stack trace. */
function expectOneChineseLine(stderr: string, pattern: RegExp): void {
  expect(stderr).toMatch(/^[^\n]+\n$/);
  expect(stderr).toMatch(/[\u4e00-\u9fff]/);
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at |Error:/);
}

let report: ReportDocument;
let notes: Annotation[];

function makePack(reportId = report.id, annotations = notes): AnnotationPack {
  return {
    format: 'yandu.annotations',
    version: 1,
    report: { id: reportId, title: '政府工作报告' },
    exportedBy: { id: 'u1', name: '王代表' },
    exportedAt: '2026-11-27T10:00:00.000Z',
    annotations,
  };
}

beforeAll(() => {
  const parsed = parseReport(fs.readFileSync(BUNDLED, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  report = parsed.value;
  const paragraphs = report.blocks.filter((block) => block.type === 'paragraph' && block.text.length > 20);
  const at = (i: number) => paragraphs[i]?.id ?? '';
  const base = {
    reportId: report.id,
    kind: 'highlight' as const,
    tags: [],
    author: { id: 'u1', name: '王代表' },
    createdAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-20T08:00:00.000Z',
  };
  notes = [
    { ...base, id: 'n1', target: describeTarget(report, at(3), 2, 10), color: 'yellow', note: '要点一' },
    { ...base, id: 'n2', target: describeTarget(report, at(20), 0, 6), color: 'green', note: '建议加快进度' },
    {
      ...base,
      id: 'n3',
      target: describeTarget(report, at(30), 4, 9),
      color: 'red',
      note: '<script>x</script>',
    },
    {
      ...base,
      id: 'n4',
      target: describeTarget(report, at(10), 0, 4),
      color: 'blue',
      note: '已删',
      deletedAt: '2026-11-21T00:00:00.000Z',
    },
  ];
});

function setup(pack: unknown = makePack()) {
  const dir = tempDir('yandu-export-');
  const packFile = path.join(dir, 'notes.yandu.json');
  fs.writeFileSync(packFile, typeof pack === 'string' ? pack : JSON.stringify(pack));
  return { dir, packFile };
}

const run = (args: string[]) => {
  const io = capture();
  return createExportCommand({ now: () => NOW })
    .run(args, io)
    .then((code) => ({ code, out: io.out, err: io.err }));
};

describe('export command: formats', () => {
  it('md: a study sheet with every live note, dated today, signed by the pack’s author', async () => {
    const { dir, packFile } = setup();
    const output = path.join(dir, 'out.md');
    const result = await run([BUNDLED, packFile, '--format', 'md', '-o', output]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toBe(`已导出 3 条批注：${output}\n`);
    const md = fs.readFileSync(output, 'utf8');
    expect(md).toMatch(/^# 《.*》学习笔记\n/);
    expect(md).toContain('姓名：王代表\u3000日期：2026-11-28');
    expect(md).toContain('要点一');
    expect(md).toContain('建议加快进度');
    expect(md).toContain('\\<script\\>x\\</script\\>');
    expect(md).not.toContain('已删');
  });

  it('html: a printable page with the notes escaped', async () => {
    const { dir, packFile } = setup();
    const output = path.join(dir, 'out.html');
    expect((await run([BUNDLED, packFile, '--format=html', '--output', output])).code).toBe(0);
    const html = fs.readFileSync(output, 'utf8');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('建议加快进度');
  });

  it('json: the notes model, pretty-printed', async () => {
    const { dir, packFile } = setup();
    const output = path.join(dir, 'out.json');
    expect((await run([BUNDLED, packFile, '-f', 'json', '-o', output])).code).toBe(0);
    const text = fs.readFileSync(output, 'utf8');
    expect(text).toContain('\n  "report": {');
    const model = JSON.parse(text) as NotesModel;
    expect(model.total).toBe(3);
    expect(model.sections.flatMap((s) => s.items).map((i) => i.note)).toEqual([
      '要点一',
      '建议加快进度',
      '<script>x</script>',
    ]);
    expect(model.labels.yellow).toBe('重点');
  });

  it('docx: a Word file (format taken from the extension) with the notes', async () => {
    const { dir, packFile } = setup();
    const output = path.join(dir, 'out.docx');
    expect((await run([BUNDLED, packFile, '-o', output])).code).toBe(0);
    const xml = strFromU8(unzipSync(fs.readFileSync(output))['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('要点一');
    expect(xml).toContain('&lt;script&gt;x&lt;/script&gt;');
  });

  it('--draft: only 建议 and 疑问, as a deliberation draft', async () => {
    const { dir, packFile } = setup();
    const output = path.join(dir, 'draft.md');
    const result = await run([BUNDLED, packFile, '--draft', '--format', 'md', '-o', output]);
    expect(result.code).toBe(0);
    const md = fs.readFileSync(output, 'utf8');
    expect(md).toMatch(/^# 关于《.*》的审议意见（稿）/);
    expect(md).toContain('代表：王代表');
    expect(md).toContain('【建议】');
    expect(md).toContain('【疑问】');
    expect(md).not.toContain('要点一');
  });

  it('exports a pack made for another report with a warning; notes that do not anchor are 未定位', async () => {
    const lost: Annotation = {
      ...notes[0]!,
      id: 'lost',
      target: { ...notes[0]!.target, exact: '这句话不在报告里', prefix: '', suffix: '' },
    };
    const { dir, packFile } = setup(makePack('r0000000000000', [...notes, lost]));
    const output = path.join(dir, 'out.md');
    const result = await run([BUNDLED, packFile, '--format', 'md', '-o', output]);
    expect(result.code).toBe(0);
    expectOneChineseLine(result.err, /^注意：批注文件是为另一版本的报告/);
    expect(result.out).toBe(`已导出 4 条批注，其中 1 条未定位：${output}\n`);
    expect(fs.readFileSync(output, 'utf8')).toContain('## 未定位的批注');
  });
});

describe('export command: bad input', () => {
  it.each([
    ['a missing report file', (d: string) => [path.join(d, 'missing.txt'), 'PACK'], /^找不到文件：/],
    [
      'a text that is not a report',
      (d: string) => [write(d, 'list.txt', 'milk\neggs\n'), 'PACK'],
      /^未能识别/,
    ],
    ['a missing pack', (d: string) => [BUNDLED, path.join(d, 'gone.json')], /^找不到文件“gone\.json”/],
    [
      'a pack that is not JSON',
      (d: string) => [BUNDLED, write(d, 'bad.json', '{ not json')],
      /不是有效的 JSON/,
    ],
    [
      'JSON that is not a pack',
      (d: string) => [BUNDLED, write(d, 'other.json', '{"format":"something"}')],
      /^“other\.json”/,
    ],
  ])('refuses %s: exit 1, one Chinese line', async (_name, inputs, pattern) => {
    const { dir, packFile } = setup();
    const [reportFile = '', pack = ''] = inputs(dir);
    const result = await run([
      reportFile,
      pack === 'PACK' ? packFile : pack,
      '--format',
      'md',
      '-o',
      path.join(dir, 'o.md'),
    ]);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expectOneChineseLine(result.err, pattern);
    expect(fs.existsSync(path.join(dir, 'o.md'))).toBe(false);
  });

  it('refuses to overwrite an input file', async () => {
    const { packFile } = setup();
    const result = await run([BUNDLED, packFile, '--format', 'json', '-o', packFile]);
    expect(result.code).toBe(1);
    expectOneChineseLine(result.err, /^输出文件不能是输入文件本身/);
  });

  it('reports an output it cannot write', async () => {
    const { dir, packFile } = setup();
    const result = await run([
      BUNDLED,
      packFile,
      '--format',
      'md',
      '-o',
      path.join(dir, 'no-such-dir', 'o.md'),
    ]);
    expect(result.code).toBe(1);
    expectOneChineseLine(result.err, /^无法写入/);
  });

  it.each([
    ['ENOSPC after a short write', (n: number) => (n === 1 ? 100 : enospc())],
    ['writes that make no progress', (n: number) => (n === 1 ? 100 : 0)],
  ])(
    'a full disk (%s): exit 1, one Chinese line, the old file kept, no temp file left',
    async (_name, sizeOf) => {
      const { dir, packFile } = setup();
      const output = path.join(dir, 'out.md');
      fs.writeFileSync(output, 'the old sheet');
      let calls = 0;
      const fullDisk: FsSeam = {
        ...nodeFs,
        write: async (fd, data, offset, length, position) => {
          const size = sizeOf(++calls);
          return nodeFs.write(fd, data, offset, Math.min(length, size), position);
        },
      };
      const io = capture();
      const code = await createExportCommand({ now: () => NOW, fs: fullDisk }).run(
        [BUNDLED, packFile, '--format', 'md', '-o', output],
        io,
      );
      expect(code).toBe(1);
      expect(io.out).toBe('');
      expectOneChineseLine(io.err, /^无法写入“.*out\.md”：磁盘已满，文件没有写出。\n$/);
      expect(fs.readFileSync(output, 'utf8')).toBe('the old sheet');
      expect(fs.readdirSync(dir).sort()).toEqual(['notes.yandu.json', 'out.md']);
    },
  );

  it('names a read-only disk and a missing permission as such', () => {
    expect(writeFailureMessage('o.md', { code: 'EACCES' })).toBe('无法写入“o.md”：没有写入权限。');
    expect(writeFailureMessage('o.md', { code: 'EROFS' })).toBe('无法写入“o.md”：磁盘是只读的。');
    expect(writeFailureMessage('o.md', { code: 'ENOENT' })).toBe('无法写入“o.md”：所在的目录不存在。');
  });

  it.each([
    [[], /^缺少报告文件参数。用法：npm run cli -- export/],
    [['r.txt'], /^缺少批注文件参数。/],
    [['r.txt', 'p.json', 'x'], /^参数过多。/],
    [['r.txt', 'p.json', '--format', 'md'], /^缺少输出文件（-o <输出文件>）。/],
    [['r.txt', 'p.json', '-o'], /^缺少输出文件/],
    [['r.txt', 'p.json', '-o', 'out.txt'], /^缺少导出格式/],
    [['r.txt', 'p.json', '--format', 'pdf', '-o', 'out.pdf'], /^命令行不生成 PDF：请导出 docx 后/],
    [['r.txt', 'p.json', '-o', 'out.pdf'], /^命令行不生成 PDF/],
    [['r.txt', 'p.json', '--format', 'odt', '-o', 'out.odt'], /^未知的导出格式：odt/],
    [
      ['r.txt', 'p.json', '--kind', 'minutes', '-o', 'o.md'],
      /^未知的文档种类：minutes（可用 notes、draft、outline、suggestion/,
    ],
    [
      ['r.txt', 'p.json', '--draft', '--kind', 'outline', '-o', 'o.md'],
      /^--draft 与 --kind outline 不能同时使用。/,
    ],
    [
      ['r.txt', 'p.json', '--kind', 'outline', '-o', 'o.html'],
      /^审议发言提纲不能导出为 html（可用 md、docx、json）。/,
    ],
    [['r.txt', 'p.json', '--tag', '-o', 'o.md'], /^--tag 后缺少标签。/],
    [['r.txt', 'p.json', '--verbose', '-o', 'o.md'], /^未知选项：--verbose。/],
  ])('usage problem %j: exit 2, one line', async (args, pattern) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expectOneChineseLine(result.err, pattern);
  });

  it('parseExportArgs takes options in any order; --draft is --kind draft', () => {
    const draft = {
      reportFile: 'r.txt',
      packFile: 'p.json',
      format: 'docx',
      kind: 'draft',
      tags: [],
      options: {},
      output: 'x.docx',
    };
    expect(parseExportArgs(['-o', 'x.docx', '--draft', 'r.txt', 'p.json'])).toEqual(draft);
    expect(parseExportArgs(['r.txt', '--kind=draft', 'p.json', '-o', 'x.docx'])).toEqual(draft);
    expect(parseExportArgs(['r.txt', 'p.json', '-o', 'x.docx', '--draft', '--kind', 'draft'])).toEqual(draft);
    expect(
      parseExportArgs([
        'r.txt',
        'p.json',
        '--kind',
        'suggestion',
        '--tag',
        '新城',
        '--tag=路网',
        '--subject',
        '加快路网建设',
        '--overview',
        '赞成',
        '--large',
        '-o',
        'x.md',
      ]),
    ).toEqual({
      reportFile: 'r.txt',
      packFile: 'p.json',
      format: 'md',
      kind: 'suggestion',
      tags: ['新城', '路网'],
      options: { subject: '加快路网建设', overview: '赞成', largePrint: true },
      output: 'x.md',
    });
  });
});

describe('export command: --kind outline and suggestion', () => {
  it('outline: the 审议发言提纲 with the overall view given, suggestions and questions with citations', async () => {
    const { dir, packFile } = setup();
    const output = path.join(dir, 'outline.md');
    const result = await run([
      BUNDLED,
      packFile,
      '--kind',
      'outline',
      '--overview',
      '赞成这个报告。',
      '-o',
      output,
    ]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toBe(`已导出审议发言提纲（2 条批注）：${output}\n`);
    const md = fs.readFileSync(output, 'utf8');
    expect(md).toMatch(/^# 审议《.*》发言提纲\n\n代表：王代表\u3000日期：2026-11-28\n/);
    expect(md).toContain('## 一、总体评价\n\n赞成这个报告。\n');
    expect(md).toMatch(/## 二、几点建议\n\n\*\*1．\*\* 建议加快进度 {2}\n（第.+部分.*第\d+段：“.+”）\n/);
    expect(md).toContain('## 三、几个问题\n\n**1．** \\<script\\>x\\</script\\>');
    expect(md).not.toContain('要点一');
  });

  it('outline: says on stderr which suggestions were left out past the fifth', async () => {
    const many = Array.from({ length: 7 }, (_, i) => ({
      ...notes[1]!,
      id: `g${i}`,
      note: `建议${i + 1}`,
    }));
    const { dir, packFile } = setup(makePack(report.id, many));
    const output = path.join(dir, 'outline.docx');
    const result = await run([BUNDLED, packFile, '--kind', 'outline', '-o', output]);
    expect(result.code).toBe(0);
    expectOneChineseLine(result.err, /^注意：未列入提纲的建议 2 条（第.+、第.+）：提纲每类最多列 5 条。\n$/);
    const xml = strFromU8(unzipSync(fs.readFileSync(output))['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('建议5');
    expect(xml).not.toContain('建议6');
  });

  it('suggestion: a 代表建议 from the notes with a tag, with the subject as title, warning when they span parts', async () => {
    const tagged = notes.map((n) => ({ ...n, tags: n.id === 'n4' ? [] : ['新城'] }));
    const { dir, packFile } = setup(makePack(report.id, tagged));
    const output = path.join(dir, 'suggestion.docx');
    const result = await run([
      BUNDLED,
      packFile,
      '--kind=suggestion',
      '--tag',
      '新城',
      '--subject',
      '加快项目进度',
      '-o',
      output,
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toBe(`已导出代表建议（3 条批注）：${output}\n`);
    expectOneChineseLine(result.err, /^注意：所选批注分属报告的第.部分、第.部分.*一事一议/);
    const xml = strFromU8(unzipSync(fs.readFileSync(output))['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('关于加快项目进度的建议');
    for (const text of [
      '一、基本情况',
      '二、问题分析',
      '三、具体建议',
      '领衔代表：',
      '附议代表：',
      '建议加快进度',
    ])
      expect(xml).toContain(text);
    expect(xml).toContain('&lt;script&gt;x&lt;/script&gt;');
  });

  it('suggestion: a tag no note has gives a draft that says what to write, not empty headings', async () => {
    const { dir, packFile } = setup();
    const output = path.join(dir, 'suggestion.md');
    const result = await run([BUNDLED, packFile, '--kind', 'suggestion', '--tag', '没有', '-o', output]);
    expect(result.code).toBe(0);
    const md = fs.readFileSync(output, 'utf8');
    expect(md).toContain('## 一、基本情况\n\n（所选批注中没有标为“重点”或“数据核对”的原文');
    expect(md).toContain('## 三、具体建议\n\n（所选批注中没有标为“建议”的批注');
  });
});

function write(dir: string, name: string, content: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('npm run cli -- export (the real entry point)', { timeout: 60_000 }, () => {
  it('is in the command table and lists itself in the usage', () => {
    const { dir, packFile } = setup();
    const output = path.join(dir, 'out.md');
    const tsx = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
    const exec = (...args: string[]) =>
      spawnSync(tsx, ['main/cli/index.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const ran = exec('export', BUNDLED, packFile, '--format', 'md', '-o', output);
    expect(ran.status).toBe(0);
    expect(fs.readFileSync(output, 'utf8')).toContain('要点一');
    expect(exec('help').stdout).toContain('export <报告文件> <批注文件>');
  });
});
