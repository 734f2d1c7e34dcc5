/**
 * The original's pages in the reader (a PDF's 第N页): the label for the margin, shown where a new page begins, and
 * the line on the title page saying where the text came from. The pages come from the document model
 * (`source.pages`, block id → the page the block starts on).
 */
import type { ReportDocument, SourceFormat } from '../../core/report/model';
import type { Language } from '../../core/settings';

/** 第5页 / p. 5 */
export function pageLabel(page: number, language: Language): string {
  return language === 'en' ? `p. ${page}` : `第${page}页`;
}

/** The blocks that start a page of the original (the first block on each page), with that page. */
export function pageStarts(doc: Pick<ReportDocument, 'blocks' | 'source'>): Map<string, number> {
  const starts = new Map<string, number>();
  const pages = doc.source?.pages;
  if (!pages) return starts;
  let previous: number | undefined;
  for (const block of doc.blocks) {
    const page = pages[block.id];
    if (page === undefined) continue;
    if (page !== previous) starts.set(block.id, page);
    previous = page;
  }
  return starts;
}

const FORMAT_NAMES: Record<SourceFormat, Record<Language, string>> = {
  txt: { 'zh-CN': '文本', en: 'text' },
  docx: { 'zh-CN': 'Word 文档', en: 'Word document' },
  pdf: { 'zh-CN': 'PDF', en: 'PDF' },
  html: { 'zh-CN': '网页', en: 'web page' },
};

/** `来源文件：报告.pdf（PDF，共 56 页）`; undefined for a document that does not say where it came from. */
export function sourceLine(doc: Pick<ReportDocument, 'source'>, language: Language): string | undefined {
  const source = doc.source;
  if (!source) return undefined;
  const pages = source.pageCount ?? (source.pages ? Math.max(0, ...Object.values(source.pages)) : 0);
  const format = FORMAT_NAMES[source.format][language];
  if (language === 'en')
    return `Source file: ${source.fileName} (${format}${pages > 0 ? `, ${pages} pages` : ''})`;
  return `来源文件：${source.fileName}（${format}${pages > 0 ? `，共 ${pages} 页` : ''}）`;
}
