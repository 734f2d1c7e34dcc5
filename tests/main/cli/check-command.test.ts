import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../../main/cli/check-command';
import type { CliIo } from '../../../main/cli/run-cli';

const BUNDLED = path.resolve(import.meta.dirname, '../../../assets/reports/zezhou-2022.txt');
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/reports');

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

async function check(file: string): Promise<{ code: number; out: string; err: string }> {
  const io = capture();
  const code = await checkCommand.run([file], io);
  return { code, out: io.out, err: io.err };
}

describe('the check command', () => {
  it('prints, in Chinese, the title page, parts with sub-parts and paragraph counts, glossary and no warnings', async () => {
    const { code, out, err } = await check(BUNDLED);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('结构检查：zezhou-2022.txt');
    expect(out).toContain('  报告人：县长 张军');
    expect(out).toMatch(/正文：3个部分，8个分项，共\d+段/);
    expect(out).toMatch(/ {2}二、2022年总体要求和重点工作：\d+段，8个分项/);
    expect(out).toMatch(/ {4}（三）聚焦项目建设，夯实全方位高质量发展的硬核支撑。：\d+段/);
    expect(out).toContain('名词解释：10条，其中10条在正文中出现');
    expect(out).toContain('未收入正文的内容：无');
    expect(out).toContain('警告：无');
    expect(out).toContain('结论：没有发现可疑的结构，可以打包。');
  });

  it('lists appendices, what was set aside and why, and the warnings', async () => {
    const appendix = await check(path.join(FIXTURES, 'appendix-items-glossary.txt'));
    expect(appendix.out).toContain('附件：1个');
    expect(appendix.out).toMatch(/ {2}附件1 2025年省十件民生实事：\d+段，3项/);
    const scraped = await check(path.join(FIXTURES, 'scraped-unnumbered-parts.txt'));
    expect(scraped.out).toContain('  网页分享栏：“分享到：”等4行');
    expect(scraped.out).toContain('  不完整的名词解释（后面有完整的一份）：');
    expect(scraped.out).toContain('  第一部分 2023年工作回顾：3段');
    const doubtful = await check(path.join(FIXTURES, 'doubtful-structure.txt'));
    expect(doubtful.code).toBe(0);
    expect(doubtful.out).toContain('警告：4条');
    expect(doubtful.out).toContain('  ! 第二部分缺少（二）：（一）之后是（三）');
    expect(doubtful.out).toContain('  ! 找到“名词解释”标题，但没有识别出词条');
    expect(doubtful.out).toContain('结论：请对照原文核对以上警告，确认无误后再打包。');
  });

  it('refuses a missing argument or one too many, and a file it cannot read, with one Chinese line', async () => {
    const none = capture();
    expect(await checkCommand.run([], none)).toBe(2);
    expect(none.err).toMatch(/^缺少文件参数。\n用法：npm run cli -- check <文件>/);
    const two = capture();
    expect(await checkCommand.run(['a', 'b'], two)).toBe(2);
    const missing = await check(path.join(FIXTURES, 'no-such-report.txt'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^找不到文件：.*no-such-report\.txt\n$/);
  });
});
