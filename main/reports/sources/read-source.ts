/**
 * The one entry for a report file's bytes, however they reached main (File → Open, a drop, "Open with", the CLI):
 * the size cap, then the format by content (sniff.ts), then that format's reader. Text stays text, decoded as
 * before (decode-text.ts), so its parse and id do not change; Word, PDF and web pages become a ReportSource for the
 * structure rules. Every refusal is a Chinese message; nothing is written here.
 */
import { REPORT_FILE_MAX_BYTES } from '../../../core/contract';
import type { ReportSource } from '../../../core/report/source';
import type { Result } from '../../../core/result';
import { err, ok } from '../../../core/result';
import { decodeReportText } from '../decode-text';
import { readDocx } from './docx';
import { decodeHtml, readHtml } from './html';
import { mhtmlPage } from './mhtml';
import { readPdf } from './pdf';
import { damagedWord, lyingExtension, unreadableFormat } from './refusals';
import type { ReadableFormat } from './sniff';
import { claimedFormat, extensionOf, sniff } from './sniff';

/** A report file read: its text (a text file), or its paragraphs (any other format), and the original's kind. */
export type ExtractedReport =
  | { format: 'txt'; fileName: string; text: string }
  | {
      format: 'docx' | 'pdf' | 'html';
      /** The original file's kind, for the copy kept beside the extraction (mhtml stays mhtml). */
      original: Exclude<ReadableFormat, 'txt'>;
      fileName: string;
      source: ReportSource;
      /** PDFs: how many pages the original has. */
      pageCount?: number;
      /** Something the reader should know (pages without text). */
      notice?: string;
    };

/** How each format is named in messages. */
export const FORMAT_NAMES: Record<ReadableFormat, string> = {
  txt: '普通文本',
  docx: 'Word 文档（.docx）',
  pdf: 'PDF 文件',
  html: '网页文件',
  mhtml: '单文件网页（.mhtml）',
};

const TEXT_FAMILY = new Set<ReadableFormat>(['txt', 'html', 'mhtml']);

/** Reads a report file's bytes; `fileName` names it in messages and decides nothing the content contradicts. */
export async function extractReport(fileName: string, bytes: Uint8Array): Promise<Result<ExtractedReport>> {
  if (bytes.length > REPORT_FILE_MAX_BYTES)
    return err(
      'file-too-large',
      `“${fileName}”超过 ${REPORT_FILE_MAX_BYTES / 1024 / 1024} MB 的上限，无法作为报告打开。`,
    );
  const found = sniff(fileName, bytes);
  const claimed = claimedFormat(fileName);
  const extension = extensionOf(fileName);
  if ('unreadable' in found) return unreadableFormat(fileName, found.unreadable);
  if ('damagedZip' in found)
    return claimed === 'docx'
      ? damagedWord(fileName, '压缩包结构无效')
      : err('damaged-file', `“${fileName}”是一个已损坏的压缩包，无法作为报告打开。`);
  if ('zipOf' in found)
    return claimed === 'docx'
      ? lyingExtension(fileName, extension, '是一个压缩包，不是 Word 文档')
      : unreadableFormat(fileName, 'archive');
  let format = found.readable;
  if (claimed !== undefined && claimed !== format) {
    // Among texts the content decides (a .txt that is a saved page is read as one); a binary format must match.
    if (TEXT_FAMILY.has(claimed) && TEXT_FAMILY.has(format)) {
      if (format === 'txt') format = claimed;
    } else {
      return lyingExtension(fileName, extension, `是${FORMAT_NAMES[format]}`);
    }
  }
  switch (format) {
    case 'txt': {
      const decoded = decodeReportText(bytes, fileName);
      return decoded.ok ? ok({ format: 'txt', fileName, text: decoded.value.text }) : decoded;
    }
    case 'docx': {
      const read = await readDocx(fileName, bytes);
      return read.ok ? ok({ format: 'docx', original: 'docx', fileName, source: read.value }) : read;
    }
    case 'pdf': {
      const read = await readPdf(fileName, bytes);
      if (!read.ok) return read;
      const { source, pageCount, notice } = read.value;
      return ok({
        format: 'pdf',
        original: 'pdf',
        fileName,
        source,
        pageCount,
        ...(notice !== undefined ? { notice } : {}),
      });
    }
    case 'html':
    case 'mhtml': {
      let pageBytes = bytes;
      let charset: string | undefined;
      if (format === 'mhtml') {
        const page = mhtmlPage(fileName, bytes);
        if (!page.ok) return page;
        pageBytes = page.value.bytes;
        charset = page.value.charset;
      }
      const html = decodeHtml(fileName, pageBytes, charset);
      if (!html.ok) return html;
      const read = readHtml(fileName, html.value);
      return read.ok ? ok({ format: 'html', original: format, fileName, source: read.value }) : read;
    }
  }
}
