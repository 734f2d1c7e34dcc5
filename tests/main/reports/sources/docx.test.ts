import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../../main/reports/sources/docx';
import { formatNumber } from '../../../../main/reports/sources/docx-numbering';
import { makeDocx, para, SAMPLES, sample, WORD_SAMPLES } from './fixtures';

const read = async (bytes: Uint8Array) => {
  const result = await readDocx('t.docx', bytes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const texts = async (bytes: Uint8Array) => (await read(bytes)).paragraphs.map((p) => p.text);
const boldOf = (p: { text: string; bold?: { start: number; end: number }[] }) =>
  (p.bold ?? []).map((run) => p.text.slice(run.start, run.end));

/** Every w:t of a document part in order, by a regex: an extraction independent of the reader's. */
function allRunText(docx: Uint8Array): string {
  const xml = new TextDecoder().decode(unzipSync(docx)['word/document.xml']);
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}
const squeeze = (text: string) => text.replace(/[\s\u3000\u2003\u00a0\u200b-\u200d]/g, '');

describe('readDocx on the real Word samples', () => {
  it.each(WORD_SAMPLES)(
    '%s: every character of the file’s runs, in order, and nothing else',
    async (name) => {
      const bytes = sample(`${name}.docx`);
      const source = await read(bytes);
      expect(source.format).toBe('docx');
      expect(squeeze(source.paragraphs.map((p) => p.text).join(''))).toBe(squeeze(allRunText(bytes)));
      for (const p of source.paragraphs) {
        expect(p.text.trim()).toBe(p.text);
        expect(p.text).not.toBe('');
      }
    },
  );

  it('keeps Word’s bold runs: guangdong’s part headings and sub-part leads, not its unbolded （十二）', async () => {
    const { paragraphs } = await read(sample('guangdong-2025.docx'));
    const find = (start: string) => paragraphs.find((p) => p.text.startsWith(start));
    expect(boldOf(find('一、2024年工作回顾')!)).toEqual(['一、2024年工作回顾']);
    expect(boldOf(find('（三）')!)[0]).toMatch(/^（三）全方位扩大内需/);
    expect(find('（十二）')!.bold).toBeUndefined();
  });

  it('marks first-line indents, typed (EM SPACE, liaoning) or set in the paragraph (gansu)', async () => {
    for (const name of ['liaoning-2025', 'gansu-2025']) {
      const { paragraphs } = await read(sample(`${name}.docx`));
      const body = paragraphs.filter((p) => p.text.length > 80);
      expect(body.every((p) => p.indent === true)).toBe(true);
      expect(paragraphs.some((p) => /^[\u2003\u3000 ]/.test(p.text))).toBe(false);
    }
  });

  it('the samples exist where the tests look for them', () => {
    expect(fs.existsSync(path.join(SAMPLES, 'README.md'))).toBe(true);
  });
});

describe('readDocx on made-up documents', () => {
  it('drops empty paragraphs and page-number fields, keeps other field results', async () => {
    const field = (instr: string, result: string) =>
      `<w:p><w:r><w:t>见第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> ${instr} </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p>`;
    const doc = makeDocx(
      para([['标题']]) +
        para([['   ']]) +
        '<w:p/>' +
        field('PAGE \\* MERGEFORMAT', '7') +
        field('PAGEREF _Toc1 \\h', '12') +
        '<w:p><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>56</w:t></w:r></w:fldSimple></w:p>',
    );
    const source = await read(doc);
    expect(source.paragraphs.map((p) => p.text)).toEqual(['标题', '见第页', '见第12页']);
    expect(source.setAside).toEqual([{ text: '7', reason: '页码' }]);
  });

  it('bold from a run, from a character style, from a paragraph style, and switched off by w:val="0"', async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Lead"><w:rPr><w:b/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="LeadChild"><w:basedOn w:val="Lead"/></w:style>' +
      '<w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style>';
    const doc = makeDocx(
      para([['加粗', true], ['不加粗']]) +
        '<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>强调</w:t></w:r><w:r><w:t>正文</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:pStyle w:val="LeadChild"/></w:pPr><w:r><w:t>整段</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>除外</w:t></w:r></w:p>',
      { styles },
    );
    const { paragraphs } = await read(doc);
    expect(paragraphs.map(boldOf)).toEqual([['加粗'], ['强调'], ['整段']]);
  });

  it('puts Word’s automatic list numbers in front of the text, as Word shows them', async () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0">' +
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>' +
      '</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>';
    const numbered = (level: number, text: string) =>
      para([[text]], `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="3"/></w:numPr>`);
    const doc = makeDocx(
      numbered(0, '工作回顾') +
        numbered(1, '稳增长') +
        numbered(1, '促改革') +
        para([['正文。']]) +
        numbered(0, '工作安排') +
        numbered(1, '扩内需'),
      { numbering },
    );
    expect(await texts(doc)).toEqual([
      '一、工作回顾',
      '（一）稳增长',
      '（二）促改革',
      '正文。',
      '二、工作安排',
      '（一）扩内需',
    ]);
  });

  it.each([
    [1, 'chineseCounting', '一'],
    [12, 'chineseCounting', '十二'],
    [3, 'ideographTraditional', '丙'],
    [2, 'decimalEnclosedCircle', '②'],
    [28, 'lowerLetter', 'bb'],
    [14, 'upperRoman', 'XIV'],
    [5, 'decimalFullWidth', '５'],
    [4, 'bullet', ''],
  ])('formats %i in %s as %s', (n, format, expected) => {
    expect(formatNumber(n, format)).toBe(expected);
  });

  it('reads neither deleted revisions nor the fallback copy of a drawing, and splits at line breaks', async () => {
    const doc = makeDocx(
      '<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del><w:ins><w:r><w:t>插入</w:t></w:r></w:ins></w:p>' +
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></mc:Choice>' +
        '<mc:Fallback><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>段落</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:br w:type="page"/><w:t>同一行</w:t></w:r></w:p>',
    );
    expect(await texts(doc)).toEqual(['保留插入', '文本框', '段落', '第一行', '第二行同一行']);
  });

  it('reads a document whose prefix for the Word namespace is not w:, and ignores DrawingML text', async () => {
    const body =
      '<x:p><x:r><x:t>正文</x:t></x:r><x:r><x:drawing><a:p xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:t>图中文字</a:t></a:p></x:drawing></x:r></x:p>';
    const doc = zipSync({
      'word/document.xml': new TextEncoder().encode(
        `<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body>${body}</x:body></x:document>`,
      ),
    });
    expect(await texts(doc)).toEqual(['正文']);
  });
});

describe('readDocx refuses hostile and broken files with a message', () => {
  it('a truncated Word file', async () => {
    const bytes = sample('henan-2025.docx');
    for (const cut of [100, Math.floor(bytes.length / 2), bytes.length - 10]) {
      const result = await readDocx('截断.docx', bytes.subarray(0, cut));
      expect(result).toMatchObject({ ok: false, error: { code: 'damaged-file' } });
      if (!result.ok) expect(result.error.message).toMatch(/^“截断\.docx”已损坏/);
    }
  });

  it('a zip bomb posing as a Word file', async () => {
    const bomb = zipSync({
      '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
      'word/document.xml': new Uint8Array(64 * 1024 * 1024),
    });
    const result = await readDocx('炸弹.docx', bomb);
    expect(result).toMatchObject({ ok: false, error: { code: 'damaged-file' } });
    if (!result.ok) expect(result.error.message).toMatch(/压缩比远超正常文档/);
  });

  it('a Word file with no text', async () => {
    expect(await readDocx('空.docx', makeDocx('<w:p/>'))).toMatchObject({
      ok: false,
      error: { code: 'empty-file' },
    });
  });
});
