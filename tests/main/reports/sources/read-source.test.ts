import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeReportText } from '../../../../main/reports/decode-text';
import { extractReport } from '../../../../main/reports/sources/read-source';
import { fixture, makeDocx, para, sample } from './fixtures';

const enc = (text: string) => new TextEncoder().encode(text);
const refusal = async (fileName: string, bytes: Uint8Array) => {
  const result = await extractReport(fileName, bytes);
  if (result.ok) throw new Error(`${fileName} was read`);
  return result.error;
};

describe('extractReport: the format comes from the content', () => {
  it('reads a text as text, exactly as the decoder does (its parse and id do not change)', async () => {
    const text = enc('政府工作报告\n\n各位代表：\n\n现在报告工作。\n');
    const decoded = decodeReportText(text, 'a.txt');
    expect(await extractReport('a.txt', text)).toEqual({
      ok: true,
      value: { format: 'txt', fileName: 'a.txt', text: decoded.ok ? decoded.value.text : '' },
    });
  });

  it.each([
    ['guangdong-2025.docx', 'docx', 'docx'],
    ['guangdong-2025.pdf', 'pdf', 'pdf'],
  ])(
    'reads %s as %s, whatever it is called when the name has no known extension',
    async (file, format, original) => {
      for (const name of [file, '报告', '报告.bin']) {
        const result = await extractReport(name, sample(file));
        expect(result).toMatchObject({ ok: true, value: { format, original, fileName: name } });
      }
    },
  );

  it('reads a saved web page (GBK) and the same page saved as MHTML: the article, no site chrome', async () => {
    for (const [name, original] of [
      ['saved-page.gbk.html', 'html'],
      ['saved-page.mhtml', 'mhtml'],
    ] as const) {
      const result = await extractReport(name, fixture(name));
      if (!result.ok || result.value.format === 'txt') throw new Error(`${name} not read as a page`);
      expect(result.value.original).toBe(original);
      const texts = result.value.source.paragraphs.map((p) => p.text);
      expect(texts[0]).toBe('2024年示例市政府工作报告');
      expect(texts).toContain('各位代表：');
      expect(texts).toContain('现在，我代表市人民政府，向大会报告工作，请予审议。');
      expect(texts.filter((t) => t.includes('持续优化营商环境。'))).toHaveLength(6);
      const all = texts.join('\n');
      for (const chrome of [
        '网站首页',
        '当前位置',
        '分享到',
        '相关链接',
        '版权所有',
        'ICP',
        '不要读我',
        '浏览次数',
        '门户网站',
      ])
        expect(all).not.toContain(chrome);
      const lead = result.value.source.paragraphs.find((p) => p.text.includes('第1项重点工作'));
      expect(lead?.indent).toBe(true);
      expect(lead?.bold?.map((run) => lead.text.slice(run.start, run.end))).toEqual(['持续优化营商环境。']);
    }
  });
});

describe('extractReport refuses, naming the format and what to do', () => {
  it('old Word (.doc) and WPS files', async () => {
    const doc = fixture('old-word.doc');
    expect((await refusal('报告.doc', doc)).message).toBe(
      '“报告.doc”是旧版 Word 文档（.doc）。研读不能读取这种旧格式。请用 Word 或 WPS 打开它，另存为 .docx 或 PDF 后再打开。',
    );
    expect((await refusal('报告.wps', doc)).message).toMatch(
      /^“报告\.wps”是WPS 文字文档（\.wps）。.*另存为 \.docx 或 PDF/,
    );
  });

  it('an OFD file', async () => {
    const ofd = zipSync({ 'OFD.xml': enc('<ofd:OFD/>'), 'Doc_0/Document.xml': enc('<x/>') });
    expect((await refusal('报告.ofd', ofd)).message).toMatch(
      /^“报告\.ofd”是OFD 版式文档（\.ofd）。.*导出为 PDF/,
    );
  });

  it('an encrypted Office file', async () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = 'EncryptedPackage';
    for (let i = 0; i < name.length; i++) ole[1024 + i * 2] = name.charCodeAt(i);
    expect((await refusal('加密.docx', ole)).message).toMatch(/设有打开密码的 Office 文档/);
  });

  it('a file whose extension lies', async () => {
    const notWord = zipSync({ 'photo.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0]) });
    expect(await refusal('报告.docx', notWord)).toEqual({
      code: 'wrong-extension',
      message:
        '“报告.docx”的扩展名是 .docx，但内容是一个压缩包，不是 Word 文档；文件可能已损坏，或扩展名被改过，没有打开。',
    });
    expect((await refusal('报告.pdf', enc('政府工作报告\n各位代表：'))).message).toMatch(
      /^“报告\.pdf”的扩展名是 \.pdf，但内容是普通文本/,
    );
    expect((await refusal('报告.txt', sample('henan-2025.pdf'))).message).toMatch(
      /扩展名是 \.txt，但内容是PDF 文件/,
    );
    expect((await refusal('报告.docx', sample('henan-2025.pdf'))).code).toBe('wrong-extension');
  });

  it('a truncated Word file, a broken zip, images and archives', async () => {
    const docx = makeDocx(para([['正文']]));
    expect((await refusal('坏.docx', docx.subarray(0, docx.length - 40))).message).toMatch(
      /^“坏\.docx”已损坏/,
    );
    expect((await refusal('图.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]))).message).toMatch(
      /是图片/,
    );
    expect((await refusal('包.zip', zipSync({ 'a.txt': enc('x') }))).message).toMatch(/是压缩包。请先解压/);
  });

  it('a file over the size cap, before reading it', async () => {
    const big = new Uint8Array(60 * 1024 * 1024 + 1);
    expect(await refusal('大.pdf', big)).toMatchObject({ code: 'file-too-large' });
  });
});
