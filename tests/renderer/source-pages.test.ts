import { describe, expect, it } from 'vitest';
import { pageLabel, pageStarts, sourceLine } from '../../renderer/reader/source-pages';

const blocks = ['p1', 'p2', 'p3', 'p4'].map((id) => ({ id, type: 'paragraph' as const, text: id }));

describe('the original’s pages in the reader', () => {
  it('labels the first block on each page, once', () => {
    const doc = {
      blocks,
      source: { fileName: 'a.pdf', format: 'pdf' as const, pages: { p1: 1, p2: 1, p3: 3, p4: 4 } },
    };
    expect([...pageStarts(doc)]).toEqual([
      ['p1', 1],
      ['p3', 3],
      ['p4', 4],
    ]);
    expect(pageLabel(3, 'zh-CN')).toBe('第3页');
    expect(pageLabel(3, 'en')).toBe('p. 3');
  });

  it('has no labels for a text or a Word file', () => {
    expect(pageStarts({ blocks }).size).toBe(0);
    expect(pageStarts({ blocks, source: { fileName: 'a.docx', format: 'docx' } }).size).toBe(0);
  });

  it('says where the text came from on the title page', () => {
    const pdf = { source: { fileName: '粤.pdf', format: 'pdf' as const, pages: { p1: 1, p9: 56 } } };
    expect(sourceLine(pdf, 'zh-CN')).toBe('来源文件：粤.pdf（PDF，共 56 页）');
    // The original's own page count wins over the last page a block starts on (a last page may hold no block).
    const counted = { source: { ...pdf.source, pageCount: 58 } };
    expect(sourceLine(counted, 'zh-CN')).toBe('来源文件：粤.pdf（PDF，共 58 页）');
    expect(sourceLine({ source: { fileName: '豫.docx', format: 'docx' } }, 'zh-CN')).toBe(
      '来源文件：豫.docx（Word 文档）',
    );
    expect(sourceLine({}, 'zh-CN')).toBeUndefined();
  });
});
