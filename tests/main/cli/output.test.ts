import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WriteFd } from '../../../main/cli/output';
import { createCliOutput } from '../../../main/cli/output';
import { tempDir } from '../temp-dir';

const code = (name: string) => Object.assign(new Error(name), { code: name });

/** A descriptor that takes at most `sizes[i]` bytes on the i-th write (then `rest`), collecting what it took. */
function device(sizes: readonly (number | Error)[], rest: number | Error = Infinity) {
  const taken: number[] = [];
  let call = 0;
  const write: WriteFd = async (_fd, data, offset, length) => {
    const size = sizes[call++] ?? rest;
    if (size instanceof Error) throw size;
    const n = Math.min(size, length);
    taken.push(...data.subarray(offset, offset + n));
    return n;
  };
  return { write, text: () => Buffer.from(taken).toString('utf8') };
}

describe('createCliOutput', () => {
  it('writes everything, in order, through any pattern of short writes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 30 }),
        async (chunks, sizes) => {
          const fd = device(sizes, 3);
          const output = createCliOutput(1, fd.write);
          for (const chunk of chunks) output.write(chunk);
          expect(await output.finished()).toBeUndefined();
          expect(fd.text()).toBe(chunks.join(''));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('waits and retries when a non-blocking pipe is full (EAGAIN)', async () => {
    const fd = device([code('EAGAIN'), 2, code('EAGAIN'), code('EAGAIN')]);
    const output = createCliOutput(1, fd.write);
    output.write('各位代表');
    expect(await output.finished()).toBeUndefined();
    expect(fd.text()).toBe('各位代表');
  });

  it.each([
    [
      'a full disk (ENOSPC after a short write)',
      [5, code('ENOSPC')],
      /^无法写出结果：磁盘已满，输出不完整。$/,
    ],
    ['a disk that takes nothing and says nothing', [4, 0], /^无法写出结果：磁盘已满/],
    ['a closed pipe (EPIPE)', [code('EPIPE')], /^无法写出结果：接收输出的管道已关闭/],
    ['another error', [code('EIO')], /^无法写出结果（EIO），输出不完整。$/],
  ])('reports %s as one Chinese line, once, and drops later output', async (_name, sizes, message) => {
    const fd = device(sizes);
    const output = createCliOutput(1, fd.write);
    output.write('x'.repeat(20));
    output.write('later');
    const failure = await output.finished();
    expect(failure).toMatch(message);
    expect(failure).not.toMatch(/\n/);
    expect(fd.text()).not.toContain('later');
  });

  it('writes a real file whole', async () => {
    const file = path.join(tempDir(), 'out.json');
    const fd = fs.openSync(file, 'w');
    try {
      const output = createCliOutput(fd);
      const text = `${JSON.stringify({ text: '政府工作报告'.repeat(50_000) })}\n`;
      output.write(text);
      expect(await output.finished()).toBeUndefined();
      expect(fs.readFileSync(file, 'utf8')).toBe(text);
    } finally {
      fs.closeSync(fd);
    }
  });

  it.runIf(process.platform === 'linux')('reports /dev/full as a full disk', async () => {
    const fd = fs.openSync('/dev/full', 'w');
    try {
      const output = createCliOutput(fd);
      output.write('{}\n');
      expect(await output.finished()).toBe('无法写出结果：磁盘已满，输出不完整。');
    } finally {
      fs.closeSync(fd);
    }
  });
});
