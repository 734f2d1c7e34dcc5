import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationPack } from '../../../core/annotations/model';
import { PACK_MAX_BYTES, readPackFile } from '../../../main/exchange/pack-file';
import { tempDir } from '../temp-dir';

const annotation: Annotation = {
  id: 'a1',
  reportId: 'r1',
  kind: 'highlight',
  target: { blockId: 'p1-1', start: 0, end: 2, exact: '各位', prefix: '', suffix: '代表' },
  color: 'yellow',
  note: '核实数据',
  tags: ['财政'],
  author: { id: 'u1', name: '张代表' },
  createdAt: '2024-03-01T00:00:00.000Z',
  updatedAt: '2024-03-01T00:00:00.000Z',
};
const pack: AnnotationPack = {
  format: 'yandu.annotations',
  version: 1,
  report: { id: 'r1', title: '政府工作报告' },
  exportedBy: { id: 'u1', name: '张代表' },
  exportedAt: '2024-03-01T00:00:00.000Z',
  annotations: [annotation],
};
const json = (value: unknown) => JSON.stringify(value, null, 2);

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, content);
  return file;
}

/** Reads a file that must be refused; returns its message after the checks every refusal must pass. */
async function refused(file: string, code: string): Promise<string> {
  const result = await readPackFile(file);
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.error.code).toBe(code);
  // One sentence, in Chinese, naming the file.
  expect(result.error.message).toContain(`“${path.basename(file)}”`);
  expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
  expect(result.error.message).not.toMatch(/\n/);
  return result.error.message;
}

describe('readPackFile', () => {
  it('reads a valid pack, with or without a BOM, and as UTF-16 with a BOM', async () => {
    expect(await readPackFile(write('ok.yandu.json', json(pack)))).toEqual({ ok: true, value: pack });
    expect(await readPackFile(write('bom.yandu.json', `\uFEFF${json(pack)}`))).toEqual({
      ok: true,
      value: pack,
    });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json(pack), 'utf16le')]);
    expect(await readPackFile(write('notepad.yandu.json', utf16))).toEqual({ ok: true, value: pack });
  });

  it('keeps hostile strings as text: HTML, control characters, bidi marks and escaped NULs round-trip unchanged', async () => {
    const hostile: AnnotationPack = {
      ...pack,
      report: { id: 'r1', title: '\u202e报告<iframe src="javascript:alert(1)">' },
      exportedBy: { id: 'u1', name: '<b onmouseover="alert(1)">张</b>' },
      annotations: [
        {
          ...annotation,
          note: '<script>alert(1)</script><img src=x onerror=alert(1)>\u0000\u0007\u001b[31m红\r\n',
          tags: ['</span>', '\u0001\u0002'],
          target: { ...annotation.target, prefix: '${process.exit()}', suffix: '{{constructor}}' },
        },
      ],
    };
    const result = await readPackFile(write('hostile.yandu.json', json(hostile)));
    expect(result).toEqual({ ok: true, value: hostile });
  });

  it('refuses malformed JSON, saying where', async () => {
    const message = await refused(
      write('bad.yandu.json', '{\n  "format": "yandu.annotations",,\n}'),
      'bad-json',
    );
    expect(message).toMatch(
      /^“bad\.yandu\.json”不是有效的 JSON（第 2 行第 \d+ 列附近有错误），不是研读的批注文件。$/,
    );
  });

  it('refuses a truncated file as incomplete JSON', async () => {
    const message = await refused(write('cut.yandu.json', json(pack).slice(0, 40)), 'bad-json');
    expect(message).toMatch(/不是有效的 JSON/);
    expect(message).not.toMatch(/Unexpected|position|JSON at/);
  });

  it('refuses a JSON file of another format', async () => {
    const message = await refused(write('zotero.json', json({ ...pack, format: 'zotero' })), 'invalid-pack');
    expect(message).toBe('“zotero.json”：这不是研读批注文件（格式标记不符）。');
  });

  it('refuses JSON that is not an object', async () => {
    expect(await refused(write('list.json', '[1, 2]'), 'invalid-pack')).toBe(
      '“list.json”：这不是研读批注文件。',
    );
  });

  it('refuses a version from the future, telling the user to upgrade', async () => {
    const message = await refused(
      write('future.yandu.json', json({ ...pack, version: 9 })),
      'future-version',
    );
    expect(message).toMatch(/更新版本的研读（格式版本 9）/);
    expect(message).toMatch(/请升级研读/);
  });

  it('refuses wrong types, naming the field', async () => {
    expect(
      await refused(write('types.yandu.json', json({ ...pack, annotations: 'many' })), 'invalid-pack'),
    ).toMatch(/批注列表应为列表/);
    const badNote = { ...pack, annotations: [annotation, { ...annotation, color: 'pink' }] };
    expect(await refused(write('color.yandu.json', json(badNote)), 'invalid-pack')).toMatch(
      /第2条批注：颜色“pink”无效/,
    );
  });

  it('refuses a file over 50 MB that is not in the app’s line-by-line layout, reading only its start', async () => {
    const file = write('huge.yandu.json', '{');
    truncateSync(file, PACK_MAX_BYTES + 1); // sparse: nothing is written
    expect(await refused(file, 'file-too-large')).toMatch(
      /^“huge.yandu.json”过大（51 MB）：超过 50 MB 的批注文件只能/,
    );
  });

  it('refuses an image (PNG header) as not a text file', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(await refused(write('photo.png', png), 'not-text')).toMatch(/不是文本文件，不是研读的批注文件/);
  });

  it('refuses random bytes as not a text file', async () => {
    let seed = 42;
    const bytes = Uint8Array.from({ length: 4096 }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 24;
    });
    expect(await refused(write('noise.bin', bytes), 'not-text')).toMatch(/不是文本文件/);
  });

  it('refuses NUL bytes, which are valid UTF-8 but never text', async () => {
    expect(await refused(write('zeros.json', new Uint8Array(64)), 'not-text')).toMatch(/不是文本文件/);
  });

  it('refuses an empty file', async () => {
    expect(await refused(write('empty.yandu.json', ''), 'empty-file')).toMatch(/是空文件/);
    expect(await refused(write('blank.yandu.json', '\n  \n'), 'empty-file')).toMatch(/是空文件/);
  });

  it('says when the file is missing or is a folder', async () => {
    expect(await refused(path.join(tempDir(), 'gone.json'), 'file-not-found')).toMatch(/^找不到文件/);
    const folder = path.join(tempDir(), 'folder.yandu.json');
    mkdirSync(folder);
    expect(await refused(folder, 'not-a-file')).toMatch(/不是文件/);
  });
});
