/**
 * PDF reader: pdf.js gives each page's text with positions; pdf-layout.ts rebuilds lines and paragraphs from them
 * and sets page chrome aside. Pages are read one at a time (each page's text content released before the next),
 * yielding to the event loop between pages so main answers the window while a long report is read. A PDF without
 * a text layer (a scan) and one that needs a password are refused with a message saying so.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { SetAsideText } from '../../../core/report/model';
import type { ReportSource } from '../../../core/report/source';
import type { Result } from '../../../core/result';
import { err, ok } from '../../../core/result';
import type { PdfLine, PdfPageText, PdfTextItem } from './pdf-layout';
import { linesToParagraphs, pageLines, setAsideChrome } from './pdf-layout';
import { damagedPdf, encryptedPdf, scannedPdf } from './refusals';

/** A PDF's text as paragraphs, its page count, and what the reader should be told (pages without text). */
export interface PdfRead {
  source: ReportSource;
  pageCount: number;
  notice?: string;
}

/**
 * Where pdf.js's character maps are (needed for PDFs whose CJK fonts are not embedded): beside the installed app
 * (electron-builder's extraResources), else in the pdfjs-dist package (development, tests, the CLI).
 */
function pdfjsDataDir(): string | undefined {
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources !== undefined && fs.existsSync(path.join(resources, 'pdfjs', 'cmaps')))
    return path.join(resources, 'pdfjs');
  try {
    return path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  } catch {
    return undefined;
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Glyph codes that are not text: private-use code points and replacement marks (fonts without a Unicode map). */
const UNMAPPED = /[\ue000-\uf8ff\ufffd]/g;

interface TextItemLike {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
}

function toItem(raw: TextItemLike, offsetX: number, offsetY: number): PdfTextItem | undefined {
  if (typeof raw.str !== 'string' || !Array.isArray(raw.transform)) return undefined;
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = raw.transform as number[];
  const size = Math.hypot(c, d) || Math.hypot(a, b);
  return {
    str: raw.str,
    x: e - offsetX,
    y: f - offsetY,
    width: typeof raw.width === 'number' ? raw.width : 0,
    size,
  };
}

/** Reads a PDF file's text. The caller has already checked the bytes start like a PDF. */
export async function readPdf(fileName: string, bytes: Uint8Array): Promise<Result<PdfRead>> {
  const { getDocument, VerbosityLevel } = await import('./pdf-engine');
  const dataDir = pdfjsDataDir();
  const task = getDocument({
    // pdf.js takes ownership of the buffer it is given; the caller keeps the original bytes.
    data: new Uint8Array(bytes),
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    ...(dataDir !== undefined
      ? {
          cMapUrl: `${path.join(dataDir, 'cmaps')}${path.sep}`,
          cMapPacked: true,
          standardFontDataUrl: `${path.join(dataDir, 'standard_fonts')}${path.sep}`,
        }
      : {}),
  });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: unknown }).name;
    if (name === 'PasswordException') return encryptedPdf(fileName);
    return damagedPdf(fileName);
  }
  try {
    const pages: { page: PdfPageText; lines: PdfLine[] }[] = [];
    const empty: number[] = [];
    let characters = 0;
    let unmapped = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = page.view;
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const raw of content.items) {
        const item = toItem(raw as TextItemLike, x1, y1);
        if (item) items.push(item);
      }
      const text: PdfPageText = { page: number, width: x2 - x1, height: y2 - y1, items };
      const lines = pageLines(text);
      const count = lines.reduce((sum, line) => sum + line.text.replace(/\s/g, '').length, 0);
      characters += count;
      unmapped += lines.reduce((sum, line) => sum + (line.text.match(UNMAPPED)?.length ?? 0), 0);
      if (count === 0) empty.push(number);
      // Only the lines are kept; the page's items go with its text content.
      text.items = [];
      pages.push({ page: text, lines });
      page.cleanup();
      await nextTurn();
    }
    if (characters === 0) return scannedPdf(fileName, document.numPages);
    if (unmapped > characters * 0.3)
      return err(
        'pdf-no-text-map',
        `“${fileName}”中的文字无法正确提取（其字体没有文字编码信息，读出来是乱码）。请向发文单位索取 Word（.docx）版本，或可以复制文字的 PDF。`,
      );
    const { body, setAside } = setAsideChrome(pages);
    const paragraphs = linesToParagraphs(body);
    const notice =
      empty.length > 0 && empty.length < document.numPages
        ? `“${fileName}”的第 ${empty.join('、')} 页没有可读的文字（空白页，或扫描的图片），这些页的内容没有读出。`
        : undefined;
    const aside: SetAsideText[] = setAside;
    return ok({
      source: { fileName, format: 'pdf', paragraphs, setAside: aside },
      pageCount: document.numPages,
      ...(notice !== undefined ? { notice } : {}),
    });
  } catch {
    return damagedPdf(fileName);
  } finally {
    await document.destroy().catch(() => undefined);
  }
}
