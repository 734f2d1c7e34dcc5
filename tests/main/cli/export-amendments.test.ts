/** `export … --kind amendments` (issue 16): the 修改意见表 of a pack, from the command line, in each format. */
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { describe as describeTarget } from '../../../core/annotations/anchor';
import { buildPack, packLines } from '../../../core/annotations/exchange';
import type { Annotation } from '../../../core/annotations/model';
import { parseReport } from '../../../core/report/parse';
import { createExportCommand } from '../../../main/cli/export-command';
import { tempDir } from '../temp-dir';

const BUNDLED = path.resolve(import.meta.dirname, '../../../assets/reports/zezhou-2022.txt');
const parsed = parseReport(fs.readFileSync(BUNDLED, 'utf8'));
if (!parsed.ok) throw new Error(parsed.error.message);
const report = parsed.value;
const text = (id: string) => report.blocks.find((b) => b.id === id)?.text ?? '';

const amendment = (
  id: string,
  blockId: string,
  start: number,
  end: number,
  extra: Partial<Annotation>,
): Annotation => ({
  id,
  reportId: report.id,
  kind: 'amendment',
  target: describeTarget(report, blockId, start, end),
  amendment: { action: 'delete', text: '' },
  note: '',
  tags: [],
  author: { id: 'u1', name: '张代表' },
  createdAt: '2022-04-20T08:00:00.000Z',
  updatedAt: '2022-04-20T08:00:00.000Z',
  ...extra,
});

function setup() {
  const dir = tempDir();
  const packFile = path.join(dir, 'amendments.yandu.json');
  const notes = [
    amendment('m2', 'p2-s4-2', 0, 8, {
      amendment: { action: 'replace', text: '全面深化改革' },
      note: '更准确',
    }),
    amendment('m1', 'p1-7', 0, 3, { amendment: { action: 'insertAfter', text: '，全县上下' } }),
    {
      ...amendment('m3', 'p0-1', 0, 2, {}),
      kind: 'highlight' as const,
      color: 'red' as const,
      amendment: undefined,
    },
  ].map((a) => JSON.parse(JSON.stringify(a)) as Annotation);
  const pack = buildPack(
    { id: report.id, title: '报告' },
    { id: 'u1', name: '张代表' },
    notes,
    '2022-04-22T00:00:00.000Z',
  );
  fs.writeFileSync(packFile, packLines(pack).join(''));
  return { dir, packFile };
}

async function run(args: string[]) {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  const code = await createExportCommand({ now: () => new Date(2026, 10, 28) }).run(args, io);
  return { code, out: io.out, err: io.err };
}

describe('export --kind amendments', () => {
  it('md: the table of amendments only, in report order', async () => {
    const { dir, packFile } = setup();
    const output = path.join(dir, 'out.md');
    const result = await run([BUNDLED, packFile, '--format', 'md', '--kind', 'amendments', '-o', output]);
    expect(result).toEqual({ code: 0, err: '', out: `已导出修改意见表（2 条批注）：${output}\n` });
    const md = fs.readFileSync(output, 'utf8');
    const lines = md.split('\n').filter((line) => line.startsWith('| '));
    expect(lines[0]).toBe('| 序号 | 位置 | 原文 | 修改为 | 理由 | 提出人 |');
    expect(lines[2]).toBe(
      `| 1 | 第一部分第7段 | ${text('p1-7').slice(0, 3)} | ${text('p1-7').slice(0, 3)}，全县上下 |  | 张代表 |`,
    );
    expect(lines[3]).toBe(
      `| 2 | 第二部分（四）第2段 | ${text('p2-s4-2').slice(0, 8)} | 全面深化改革 | 更准确 | 张代表 |`,
    );
    expect(md).toContain('代表：张代表');
  });

  it('docx and json are written; html is not a format of this document', async () => {
    const { dir, packFile } = setup();
    const docx = path.join(dir, 'out.docx');
    expect(
      (await run([BUNDLED, packFile, '--format', 'docx', '--kind', 'amendments', '-o', docx])).code,
    ).toBe(0);
    expect(strFromU8(unzipSync(fs.readFileSync(docx))['word/document.xml'] ?? new Uint8Array())).toContain(
      '<w:tbl>',
    );
    const json = path.join(dir, 'out.json');
    expect(
      (await run([BUNDLED, packFile, '--format', 'json', '--kind', 'amendments', '-o', json])).code,
    ).toBe(0);
    const model = JSON.parse(fs.readFileSync(json, 'utf8')) as { rows: { wording: string }[] };
    expect(model.rows.map((row) => row.wording)).toEqual([
      `在第一部分第7段“${text('p1-7').slice(0, 3)}”之后，增加“，全县上下”`,
      `第二部分（四）第2段，将“${text('p2-s4-2').slice(0, 8)}”改为“全面深化改革”`,
    ]);
    const html = await run([
      BUNDLED,
      packFile,
      '--format',
      'html',
      '--kind',
      'amendments',
      '-o',
      path.join(dir, 'o.html'),
    ]);
    expect(html.code).not.toBe(0);
  });
});
