/**
 * Saved web page reader (.html, .htm): Mozilla's Readability finds the article on a linkedom DOM, so the site's
 * navigation, share bars, related links and footer never become text; the article's blocks become paragraphs with
 * their bold runs (<strong>, <b>, headings). The page's charset is honoured (<meta charset>, GBK pages included);
 * without one the bytes are decoded as report texts are. It never decides structure.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { SetAsideText } from '../../../core/report/model';
import type { ReportSource, SourceParagraph } from '../../../core/report/source';
import type { Result } from '../../../core/result';
import { err, ok } from '../../../core/result';
import { decodeReportText } from '../decode-text';
import { noArticle } from './refusals';

/** The DOM as this file uses it; main has no DOM types (linkedom provides the objects). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TFOOT', 'TR', 'UL',
]); // prettier-ignore
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'BUTTON',
  'SELECT',
]);
const BLANK = /^[\s\u00a0\u3000\u2000-\u200b\ufeff]+/;
const TRAILING_BLANK = /[\s\u00a0\u3000\u2000-\u200b\ufeff]+$/;

/** Labels people write in <meta charset> for the encodings TextDecoder knows under another name. */
const CHARSET_ALIASES: Partial<Record<string, string>> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'gb_2312-80': 'gb18030',
  'x-gbk': 'gb18030',
  'big5-hkscs': 'big5',
};

/** The charset a page declares in its first bytes (`<meta charset>` or `http-equiv` Content-Type), if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  const label = match?.[1]?.toLowerCase();
  return label === undefined ? undefined : (CHARSET_ALIASES[label] ?? label);
}

/** A page's bytes as text: its BOM, then its declared charset (strictly), else the report decoder. */
export function decodeHtml(fileName: string, bytes: Uint8Array, charset?: string): Result<string> {
  const label = charset?.toLowerCase() ?? declaredCharset(bytes);
  const bom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  if (label !== undefined && !bom && !/^utf-?8$/.test(label)) {
    try {
      return ok(new TextDecoder(CHARSET_ALIASES[label] ?? label, { fatal: true }).decode(bytes));
    } catch {
      // An unknown label, or bytes not in that charset: let the decoder judge them.
    }
  }
  const decoded = decodeReportText(bytes, fileName);
  return decoded.ok ? ok(decoded.value.text) : decoded;
}

/** Builds paragraphs from the article's element tree: one per block, bold runs from <b>, <strong>, headings. */
function collect(root: DomNode): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  let text = '';
  let bold: { start: number; end: number }[] = [];

  const flush = () => {
    const leading = BLANK.exec(text)?.[0].length ?? 0;
    const trailing = TRAILING_BLANK.exec(text.slice(leading))?.[0].length ?? 0;
    const body = text.slice(leading, text.length - trailing);
    if (body !== '') {
      const runs = bold
        .map((run) => ({
          start: Math.max(0, run.start - leading),
          end: Math.min(body.length, run.end - leading),
        }))
        .filter((run) => run.end > run.start && body.slice(run.start, run.end).trim() !== '');
      paragraphs.push({
        text: body,
        ...(runs.length > 0 ? { bold: runs } : {}),
        // Indents people type in web pages: NBSP, U+3000, EM SPACE.
        ...(/[\u00a0\u3000\u2003]/.test(text.slice(0, leading)) ? { indent: true } : {}),
      });
    }
    text = '';
    bold = [];
  };

  const walk = (node: DomNode, isBold: boolean, pre: boolean) => {
    if (node.nodeType === 3) {
      const raw = node.textContent ?? '';
      // HTML collapses runs of ASCII whitespace; NBSP and U+3000 are text (people indent with them).
      const piece = pre ? raw : raw.replace(/[ \t\r\n\f]+/g, ' ');
      if (piece === '') return;
      const start = text.length;
      text += text.endsWith(' ') && piece.startsWith(' ') ? piece.slice(1) : piece;
      if (isBold) {
        const last = bold[bold.length - 1];
        if (last && last.end === start) last.end = text.length;
        else bold.push({ start, end: text.length });
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') {
      flush();
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    const style = node.getAttribute?.('style') ?? '';
    const bolder =
      isBold ||
      name === 'B' ||
      name === 'STRONG' ||
      /^H[1-6]$/.test(name) ||
      /font-weight\s*:\s*(bold|[6-9]00)/i.test(style);
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child) walk(child, bolder, pre || name === 'PRE');
    }
    if (block) flush();
  };
  walk(root, false, false);
  flush();
  return paragraphs;
}

/** A page title without the site's name after a separator (报告_某某人民政府门户网站): its longest piece. */
export function headline(title: string): string {
  const pieces = title
    .split(/\s*[_|｜»]\s*|\s+[-–—]\s+/)
    .map((piece) => piece.trim())
    .filter(Boolean);
  return pieces.reduce((best, piece) => (piece.length > best.length ? piece : best), '');
}

/** Reads a web page's article; `html` is the page's decoded text. */
export function readHtml(fileName: string, html: string): Result<ReportSource> {
  let article: ReturnType<Readability<DomNode>['parse']>;
  try {
    const { document } = parseHTML(html);
    article = new Readability<DomNode>(document as unknown as ConstructorParameters<typeof Readability>[0], {
      // Keep the article's own element tree; no HTML string round trip.
      serializer: (node) => node as unknown as DomNode,
      charThreshold: 200,
    }).parse();
  } catch (error) {
    return err(
      'damaged-file',
      `无法读取网页“${fileName}”：${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!article?.content) return noArticle(fileName);
  const paragraphs = collect(article.content);
  if (paragraphs.length === 0) return noArticle(fileName);
  const title = headline(article.title ?? '');
  const opening = paragraphs
    .slice(0, 3)
    .map((p) => p.text)
    .join('');
  // Readability may lift the page's headline out of the article; the report's title belongs in front of its text.
  if (title !== '' && !opening.includes(title))
    paragraphs.unshift({ text: title, bold: [{ start: 0, end: title.length }] });
  const setAside: SetAsideText[] = [];
  if (article.siteName) setAside.push({ text: article.siteName, reason: '网站名称' });
  if (article.byline) setAside.push({ text: article.byline, reason: '网页署名' });
  return ok({ fileName, format: 'html', paragraphs, setAside });
}
