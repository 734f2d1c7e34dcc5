import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// Backups are read with the same reader as every pack (main/pack-file.ts, tested in pack-file.test.ts).
import { readPackFile } from '../../../main/exchange/pack-file';
import { tempDir } from '../temp-dir';

const pack = {
  format: 'yandu.annotations',
  version: 1,
  report: { id: 'r1', title: '政府工作报告' },
  exportedBy: { id: 'u1', name: '张代表' },
  exportedAt: '2024-03-01T00:00:00.000Z',
  annotations: [],
};

async function read(name: string, content: string | Buffer) {
  const file = path.join(tempDir(), name);
  writeFileSync(file, content);
  return readPackFile(file);
}

describe('reading a backup file', () => {
  it('accepts a valid pack, with or without a BOM', async () => {
    expect((await read('ok.yandu.json', JSON.stringify(pack))).ok).toBe(true);
    expect((await read('bom.yandu.json', `\uFEFF${JSON.stringify(pack)}`)).ok).toBe(true);
  });

  it.each([
    ['malformed JSON', '{"format": "yandu.annotations"', /不是有效的 JSON/],
    ['another format', JSON.stringify({ ...pack, format: 'zotero' }), /[\u4e00-\u9fff]/],
    ['a future version', JSON.stringify({ ...pack, version: 9 }), /新/],
    ['wrong types', JSON.stringify({ ...pack, annotations: 'many' }), /[\u4e00-\u9fff]/],
    ['binary bytes', Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x00]), /不是文本文件/],
  ])('refuses %s with a Chinese message naming the file', async (_label, content, message) => {
    const result = await read('bad.yandu.json', content);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toMatch(message);
      expect(result.error.message).toContain('bad.yandu.json');
    }
  });

  it('says when the file is missing', async () => {
    const result = await readPackFile(path.join(tempDir(), 'gone.json'));
    expect(result.ok ? '' : result.error.message).toContain('找不到文件');
  });
});
