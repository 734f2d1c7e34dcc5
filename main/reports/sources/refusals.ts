/**
 * Every way a report file is refused, as one Chinese message that names the file, the real problem and what to do.
 * Kept in one place so the app, a dropped file and the CLI say the same thing.
 */
import type { Result } from '../../../core/result';
import { err } from '../../../core/result';

const SAVE_AS = '请用 Word 或 WPS 打开它，另存为 .docx 或 PDF 后再打开';

/** Formats we recognise but do not read, with their names for people. */
export const UNREADABLE_FORMATS = {
  doc: '旧版 Word 文档（.doc）',
  wps: 'WPS 文字文档（.wps）',
  ofd: 'OFD 版式文档（.ofd）',
  'encrypted-office': '设有打开密码的 Office 文档',
  xls: 'Excel 表格',
  ppt: 'PowerPoint 演示文稿',
  odt: 'OpenDocument 文本（.odt）',
  rtf: 'RTF 文档（.rtf）',
  epub: 'EPUB 电子书',
  image: '图片',
  archive: '压缩包',
} as const;

export type UnreadableFormat = keyof typeof UNREADABLE_FORMATS;

const ADVICE: Record<UnreadableFormat, string> = {
  doc: `研读不能读取这种旧格式。${SAVE_AS}`,
  wps: `研读不能读取这种格式。${SAVE_AS}`,
  ofd: '研读不能读取 OFD 文件。请用数科 OFD 阅读器等软件把它导出为 PDF，或向发文单位索取 Word（.docx）或 PDF 版本',
  'encrypted-office':
    '研读无法读取加密的文件。请在 Word 或 WPS 中输入密码打开，取消密码后另存为 .docx 再打开',
  xls: '它不是报告全文。请打开报告的 Word（.docx）、PDF 或文本文件',
  ppt: '它不是报告全文。请打开报告的 Word（.docx）、PDF 或文本文件',
  odt: '研读不能读取这种格式。请用 WPS 或 LibreOffice 打开它，另存为 .docx 或 PDF 后再打开',
  rtf: `研读不能读取这种格式。${SAVE_AS}`,
  epub: '研读不能读取电子书。请打开报告的 Word（.docx）、PDF 或文本文件',
  image: '研读暂不能识别图片中的文字。请打开报告的 Word（.docx）、PDF 或文本文件',
  archive: '请先解压，再打开其中的报告文件',
};

/** A format we recognise and cannot read. */
export const unreadableFormat = (fileName: string, format: UnreadableFormat): Result<never> =>
  err('unsupported-format', `“${fileName}”是${UNREADABLE_FORMATS[format]}。${ADVICE[format]}。`);

/** The extension names a format the content is not (a .docx that is a zip of something else, a .pdf that is text). */
export const lyingExtension = (fileName: string, claimed: string, actual: string): Result<never> =>
  err(
    'wrong-extension',
    `“${fileName}”的扩展名是 .${claimed}，但内容${actual}；文件可能已损坏，或扩展名被改过，没有打开。`,
  );

/** A Word file whose zip or XML is broken. */
export const damagedWord = (fileName: string, detail: string): Result<never> =>
  err(
    'damaged-file',
    `“${fileName}”已损坏，无法作为 Word 文档读取（${detail}）。请用 Word 或 WPS 打开检查，另存后再试。`,
  );

/** A part inflating far beyond its compressed size, or past the cap. */
export const zipBomb = (fileName: string): Result<never> =>
  err(
    'damaged-file',
    `“${fileName}”解压后的内容异常庞大（压缩比远超正常文档），可能是恶意构造的文件，没有打开。`,
  );

export const damagedPdf = (fileName: string): Result<never> =>
  err(
    'damaged-file',
    `“${fileName}”已损坏，无法作为 PDF 读取。请用 PDF 阅读器打开检查，或向发文单位重新索取。`,
  );

export const encryptedPdf = (fileName: string): Result<never> =>
  err(
    'encrypted-file',
    `“${fileName}”设有打开密码，研读无法读取加密的 PDF。请向发文单位索取未加密的版本，或在 PDF 阅读器中输入密码后另存为不加密的 PDF 再打开。`,
  );

export const scannedPdf = (fileName: string, pages: number): Result<never> =>
  err(
    'scanned-pdf',
    `“${fileName}”${pages > 1 ? `的全部 ${pages} 页` : ''}没有文字层，像是扫描件（页面是图片），研读暂不能识别图片中的文字。请向发文单位索取 Word（.docx）或可以复制文字的 PDF。`,
  );

export const noArticle = (fileName: string): Result<never> =>
  err(
    'no-article',
    `没有在网页“${fileName}”中找到正文。请在浏览器中打开报告全文所在的页面，用“另存为”保存完整网页（.html 或 .mhtml）后再打开。`,
  );

export const emptyDocument = (fileName: string): Result<never> =>
  err('empty-file', `“${fileName}”中没有可以阅读的文字。`);
