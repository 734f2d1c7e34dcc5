import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { listZip, readZipEntry, ZipError } from '../../../../main/reports/sources/zip';

const enc = (text: string) => new TextEncoder().encode(text);
const problemOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'none';
  } catch (error) {
    return error instanceof ZipError ? error.problem : 'other';
  }
};

/** Patches a little-endian u32 at every central-directory entry's `field` offset (20 compressed, 24 size, 16 crc). */
function patchCentral(zip: Uint8Array, field: number, value: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 4 <= copy.length; at++)
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + field, value, true);
  return copy;
}

describe('zip parts are read without trusting the container', () => {
  it('lists and reads stored and deflated parts', async () => {
    const zip = zipSync({
      'a.xml': [enc('<a>一</a>'), { level: 0 }],
      'b/c.xml': enc('<b>二二二二二二二二</b>'),
    });
    const entries = listZip(zip);
    expect([...entries.keys()]).toEqual(['a.xml', 'b/c.xml']);
    const text = async (name: string) =>
      new TextDecoder().decode(await readZipEntry(zip, entries.get(name)!, 1024 * 1024));
    expect(await text('a.xml')).toBe('<a>一</a>');
    expect(await text('b/c.xml')).toBe('<b>二二二二二二二二</b>');
  });

  it('refuses what is not a zip, and a truncated one', () => {
    expect(() => listZip(enc('not a zip at all'))).toThrow(ZipError);
    const zip = zipSync({ 'a.xml': enc('<a/>'.repeat(100)) });
    for (const cut of [10, zip.length - 30, zip.length - 1])
      expect(() => listZip(zip.subarray(0, cut))).toThrow(ZipError);
  });

  it('refuses a part whose declared size passes the cap', async () => {
    const zip = zipSync({ 'a.xml': enc('x'.repeat(5000)) });
    expect(await problemOf(readZipEntry(zip, listZip(zip).get('a.xml')!, 4999))).toBe('too-large');
  });

  it('refuses a zip bomb: a ratio no document has, declared or found while inflating', async () => {
    // 64 MiB of one byte deflates to about 64 KB: 1000:1.
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(64 * 1024 * 1024) });
    const entry = listZip(bomb).get('word/document.xml')!;
    expect(entry.size / entry.compressedSize).toBeGreaterThan(500);
    expect(await problemOf(readZipEntry(bomb, entry, 256 * 1024 * 1024))).toBe('bomb');
    // The same bomb lying about its size (it claims 1 KB) is stopped at 1 KB, never inflated whole.
    const liar = patchCentral(bomb, 24, 1024);
    expect(
      await problemOf(readZipEntry(liar, listZip(liar).get('word/document.xml')!, 256 * 1024 * 1024)),
    ).toBe('bomb');
  });

  it('refuses a part whose CRC does not match, or whose data is cut short', async () => {
    const zip = zipSync({ 'a.xml': enc('<a>报告</a>'.repeat(50)) });
    const badCrc = patchCentral(zip, 16, 12345);
    expect(await problemOf(readZipEntry(badCrc, listZip(badCrc).get('a.xml')!, 1 << 20))).toBe('damaged');
    const entry = listZip(zip).get('a.xml')!;
    const longer = { ...entry, compressedSize: entry.compressedSize - 5 };
    expect(await problemOf(readZipEntry(zip, longer, 1 << 20))).toBe('damaged');
  });

  it('refuses encrypted parts and unknown methods', async () => {
    const zip = zipSync({ 'a.xml': enc('<a/>') });
    const entry = listZip(zip).get('a.xml')!;
    expect(await problemOf(readZipEntry(zip, { ...entry, flags: 1 }, 1 << 20))).toBe('encrypted');
    expect(await problemOf(readZipEntry(zip, { ...entry, method: 12 }, 1 << 20))).toBe('unsupported');
  });
});
