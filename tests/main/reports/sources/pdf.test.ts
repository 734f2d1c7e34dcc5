import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../../main/reports/sources/docx';
import { readPdf } from '../../../../main/reports/sources/pdf';
import { fixture, sample, WORD_SAMPLES } from './fixtures';

const squeeze = (text: string) => text.replace(/[\s\u3000\u2003\u00a0\u200b-\u200d]/g, '');

/** Whether `short` is `long` with at most `missing` characters left out (LibreOffice drops a few hanging marks). */
function withAtMostMissing(long: string, short: string, missing: number): boolean {
  let i = 0;
  let skipped = 0;
  for (const char of short) {
    while (i < long.length && long[i] !== char) {
      i++;
      if (++skipped > missing) return false;
    }
    if (i >= long.length) return false;
    i++;
  }
  return skipped + (long.length - i) <= missing;
}

describe('readPdf on the PDFs LibreOffice made from the Word samples', () => {
  it.each(WORD_SAMPLES)(
    '%s: the Word file’s paragraphs and text, with pages, chrome set aside',
    async (name) => {
      const pdf = await readPdf(`${name}.pdf`, sample(`${name}.pdf`));
      const docx = await readDocx(`${name}.docx`, sample(`${name}.docx`));
      if (!pdf.ok || !docx.ok) throw new Error('sample not read');
      const { source, pageCount } = pdf.value;
      expect(source.format).toBe('pdf');
      // Paragraph boundaries rebuilt from geometry are the Word file's own.
      expect(source.paragraphs.length).toBe(docx.value.paragraphs.length);
      // Every character, in order; only the few punctuation marks LibreOffice did not draw are absent.
      const pdfText = squeeze(source.paragraphs.map((p) => p.text).join(''));
      const wordText = squeeze(docx.value.paragraphs.map((p) => p.text).join(''));
      expect(withAtMostMissing(wordText, pdfText, 3)).toBe(true);
      // No space invented between Chinese and digits: only those the Word file has (附件2 名词解释, 2024 年).
      const spaced = (texts: string[]) =>
        texts.flatMap((t) => t.match(/[\u4e00-\u9fff] \d|\d [\u4e00-\u9fff]/g) ?? []).sort();
      const pdfSpaces = spaced(source.paragraphs.map((p) => p.text));
      const wordSpaces = spaced(docx.value.paragraphs.map((p) => p.text));
      expect(pdfSpaces.every((pair) => wordSpaces.includes(pair))).toBe(true);
      // Pages: from 1, never decreasing, the last one the last page.
      const pages = source.paragraphs.map((p) => p.page ?? 0);
      expect(pages[0]).toBe(1);
      expect(pages.every((page, i) => i === 0 || page >= (pages[i - 1] ?? 0))).toBe(true);
      expect(pages[pages.length - 1]).toBe(pageCount);
      // Page numbers at the foot (where the Word file has a footer) are set aside with their page; nothing else is.
      expect(source.setAside.every((s) => s.reason === '页码' && s.text === String(s.page))).toBe(true);
      if (name === 'guangdong-2025' || name === 'liaoning-2025')
        expect(source.setAside).toHaveLength(pageCount);
    },
  );

  it('guangdong: 56 pages; the glossary heading on the page where it is printed', async () => {
    const pdf = await readPdf('guangdong-2025.pdf', sample('guangdong-2025.pdf'));
    if (!pdf.ok) throw new Error(pdf.error.message);
    expect(pdf.value.pageCount).toBe(56);
    expect(pdf.value.source.paragraphs.find((p) => p.text.startsWith('附件2'))?.page).toBe(53);
  });
});

describe('readPdf on made-up PDFs', () => {
  it('sets aside a running header and “- N -” page numbers (LibreOffice, 7 pages)', async () => {
    const pdf = await readPdf('running-header.pdf', fixture('running-header.pdf'));
    if (!pdf.ok) throw new Error(pdf.error.message);
    const { setAside, paragraphs } = pdf.value.source;
    const reasons = (reason: string) => setAside.filter((s) => s.reason === reason).map((s) => s.page);
    expect(reasons('页眉')).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(reasons('页码')).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(paragraphs.map((p) => p.text).join('')).not.toMatch(/会议文件|- \d -/);
    expect(paragraphs[0]).toEqual({ text: '2024年示例市政府工作报告', page: 1, indent: true });
    expect(paragraphs.filter((p) => /（第\d部分第\d段）$/.test(p.text))).toHaveLength(12);
  });

  it('refuses a scan (no text layer) and a PDF that needs a password, saying so', async () => {
    expect(await readPdf('扫描件.pdf', fixture('no-text-layer.pdf'))).toMatchObject({
      ok: false,
      error: { code: 'scanned-pdf', message: expect.stringMatching(/^“扫描件\.pdf”没有文字层，像是扫描件/) },
    });
    expect(await readPdf('加密.pdf', fixture('encrypted.pdf'))).toMatchObject({
      ok: false,
      error: { code: 'encrypted-file', message: expect.stringMatching(/^“加密\.pdf”设有打开密码/) },
    });
  });

  it('refuses a PDF that is not one, or is cut short, as damaged', async () => {
    const whole = sample('henan-2025.pdf');
    for (const bytes of [new TextEncoder().encode('%PDF-1.7\n这不是 PDF'), whole.subarray(0, 2000)]) {
      expect(await readPdf('坏.pdf', bytes)).toMatchObject({
        ok: false,
        error: { code: 'damaged-file', message: expect.stringMatching(/^“坏\.pdf”已损坏/) },
      });
    }
  });

  it('leaves the caller’s bytes whole (pdf.js takes its own copy)', async () => {
    const bytes = fixture('running-header.pdf');
    const before = bytes.length;
    await readPdf('x.pdf', bytes);
    expect(bytes.length).toBe(before);
    expect(bytes[0]).toBe(0x25);
  });
});
