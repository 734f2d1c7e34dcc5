/**
 * Rebuilding a PDF's lines and paragraphs from where its text sits on the page (pure: no pdf.js here, so the rules
 * are tested on made-up pages). A PDF has no paragraphs, only glyphs at positions, so:
 * - lines are items sharing a baseline, read left to right; spaces come from gaps between Latin letters or digits
 *   only, never between Chinese and anything (LibreOffice and Word space CJK from digits by layout, not text);
 * - running headers and footers (the same line at the top or foot of many pages) and page numbers alone at the
 *   top or foot are set aside with the page they were on;
 * - a paragraph starts at a first-line indent, after a line that stops short of the right margin, at a change of
 *   type size or a wider gap than lines have; wrapped lines are joined with nothing between CJK characters, a space
 *   between Latin words, and a hyphenated Latin word is mended;
 * - every paragraph keeps the page it starts on.
 */
import type { SourceParagraph } from '../../../core/report/source';
import type { SetAsideText } from '../../../core/report/model';

/** One run of text as pdf.js reports it: baseline origin (PDF units, y up), advance width and type size. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfPageText {
  page: number;
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** A rebuilt line. */
export interface PdfLine {
  page: number;
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** CJK characters and the punctuation set with them: never separated by an invented space. */
const CJK =
  /[\u1100-\u11ff\u2e80-\u2fdf\u2ff0-\u303f\u3040-\u31ff\u3200-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe4f\uff00-\uffef\u2014\u2015\u2018-\u201f\u2026\u00b7\u2160-\u217f\u2460-\u24ff\u25a0-\u25ff]|[\ud840-\ud87f][\udc00-\udfff]/;

const lastChar = (text: string): string => {
  const last = text.codePointAt(text.length - 1) ?? 0;
  return last >= 0xdc00 && last <= 0xdfff ? text.slice(-2) : text.slice(-1);
};
const firstChar = (text: string): string => String.fromCodePoint(text.codePointAt(0) ?? 0x20);
const isCjk = (char: string): boolean => CJK.test(char);

/**
 * The space, if any, between two pieces of one line `gap` apart (in ems). Between Latin letters and digits a small
 * gap is a word space. Next to CJK, layout alone puts up to a quarter em between Chinese and digits (the autospace
 * of Word and LibreOffice), so only a wider gap is a typed space; next to full-width punctuation never.
 */
function spaceBetween(left: string, right: string, gap: number): string {
  const a = lastChar(left);
  const b = firstChar(right);
  if (/\s/.test(a) || /\s/.test(b) || FULL_WIDTH_PUNCTUATION.test(a) || FULL_WIDTH_PUNCTUATION.test(b))
    return '';
  if (!isCjk(a) && !isCjk(b)) return gap > 0.15 ? ' ' : '';
  const other = isCjk(a) ? b : a;
  if (isCjk(other) || /[0-9A-Za-z]/.test(other)) return gap > 0.3 ? ' ' : '';
  return gap > 0.15 ? ' ' : '';
}

/** Full-width punctuation: no space stands beside it. */
const FULL_WIDTH_PUNCTUATION =
  /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2015\u2018-\u201f\u2026]/;

/**
 * Spaces pdf.js puts inside one run: beside full-width punctuation (a hanging comma set off by a space) and between
 * Chinese and Latin letters or digits (autospace, when one font holds both) are layout, not typed text.
 */
function tidySpaces(text: string): string {
  return text
    .replace(/([\u3400-\u4dbf\u4e00-\u9fff])[ \u00a0]+(?=[0-9A-Za-z])/g, '$1')
    .replace(/([0-9A-Za-z%])[ \u00a0]+(?=[\u3400-\u4dbf\u4e00-\u9fff])/g, '$1')
    .replace(
      /[ \u00a0]+(?=[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2015\u2018-\u201f\u2026])/g,
      '',
    )
    .replace(
      /([\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2014\u2015\u2018-\u201f\u2026])[ \u00a0]+/g,
      '$1',
    );
}

/**
 * A line that continues on the next one was stretched to the margin (justified): the spaces pdf.js reports inside
 * it next to CJK are that stretching, not typed spaces, and are dropped. Spaces between Latin words stay.
 */
function unstretch(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === ' ' || char === '\u00a0') {
      let j = i;
      while (text[j + 1] === ' ' || text[j + 1] === '\u00a0') j++;
      const before = lastChar(out);
      const after = firstChar(text.slice(j + 1));
      if (out !== '' && j + 1 < text.length && !isCjk(before) && !isCjk(after)) out += ' ';
      i = j;
    } else {
      out += char;
    }
  }
  return out;
}

/** The lines of one page, top to bottom. */
export function pageLines(page: PdfPageText): PdfLine[] {
  const items = page.items
    .filter((item) => item.str.trim() !== '' && item.size > 0)
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const clusters: PdfTextItem[][] = [];
  for (const item of items) {
    const cluster = clusters[clusters.length - 1];
    const head = cluster?.[0];
    if (cluster && head && Math.abs(head.y - item.y) <= 0.4 * Math.max(head.size, item.size))
      cluster.push(item);
    else clusters.push([item]);
  }
  return clusters.map((cluster) => {
    cluster.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    let size = 0;
    for (const item of cluster) {
      const gap = (item.x - end) / item.size;
      const piece = tidySpaces(item.str);
      text = text === '' ? piece : text + spaceBetween(text, piece, gap) + piece;
      end = Math.max(end, item.x + item.width);
      size = Math.max(size, item.size);
    }
    const first = cluster[0] ?? { x: 0, y: 0 };
    return { page: page.page, text: text.trim(), x: first.x, right: end, y: first.y, size };
  });
}

/** A page number standing alone: 3, - 3 -, — 3 —, 第3页, 3/56, 第 3 页 共 56 页, iii. */
const PAGE_NUMBER =
  /^[-—–―~\s]*(?:第\s*)?(?:\d{1,4}|[ivxlcdm]{1,6}|[IVXLCDM]{1,6})(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*[,，]?\s*共\s*\d{1,4}\s*页)?[-—–―~\s]*$/;

/** Whether a line is a page number. */
export const isPageNumber = (text: string): boolean => PAGE_NUMBER.test(text.trim());

/** The share of the page's height at its top and foot where headers, footers and page numbers sit. */
const MARGIN_BAND = 0.12;

/**
 * Lines set aside as page chrome; the rest is body, in order. Chrome is what sits at a page's top or foot, apart
 * from the text column (another type size, or a wider gap than lines have), and is a page number or repeats on many
 * pages. A body line that happens to repeat is not apart from its column, so it stays.
 */
export function setAsideChrome(pages: { page: PdfPageText; lines: PdfLine[] }[]): {
  body: PdfLine[];
  setAside: SetAsideText[];
} {
  const all = pages.flatMap((p) => p.lines);
  const { size, leading } = columnOf(all);
  const apart = (line: PdfLine, neighbour: PdfLine | undefined) =>
    neighbour === undefined ||
    Math.abs(line.size - size) > 0.15 * size ||
    Math.abs(line.y - neighbour.y) > leading * 1.5;
  const key = (line: PdfLine) => line.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  // Candidates: up to two lines at each end of a page, inside the margin band, each apart from the next inward.
  const candidates = new Map<PdfLine, 'top' | 'foot'>();
  for (const { page, lines } of pages) {
    const band = page.height * MARGIN_BAND;
    for (let i = 0; i < Math.min(2, lines.length); i++) {
      const line = lines[i];
      if (!line || line.y < page.height - band || !apart(line, lines[i + 1])) break;
      candidates.set(line, 'top');
    }
    for (let i = lines.length - 1; i >= Math.max(0, lines.length - 2); i--) {
      const line = lines[i];
      if (!line || line.y > band || !apart(line, lines[i - 1])) break;
      candidates.set(line, 'foot');
    }
  }
  const counts = new Map<string, Set<number>>();
  for (const line of candidates.keys()) {
    const pagesWith = counts.get(key(line)) ?? new Set<number>();
    pagesWith.add(line.page);
    counts.set(key(line), pagesWith);
  }
  const repeatsOn = Math.max(3, Math.ceil(pages.length * 0.3));
  const body: PdfLine[] = [];
  const setAside: SetAsideText[] = [];
  for (const line of all) {
    const where = candidates.get(line);
    if (where !== undefined && isPageNumber(line.text)) {
      setAside.push({ text: line.text, reason: '页码', page: line.page });
    } else if (where !== undefined && (counts.get(key(line))?.size ?? 0) >= repeatsOn) {
      setAside.push({ text: line.text, reason: where === 'top' ? '页眉' : '页脚', page: line.page });
    } else {
      body.push(line);
    }
  }
  return { body, setAside };
}

/** The value most lines have (rounded to `step`), weighted by how much text each line holds. */
function mode(values: { value: number; weight: number }[], step: number): number | undefined {
  const tally = new Map<number, number>();
  for (const { value, weight } of values) {
    const bucket = Math.round(value / step) * step;
    tally.set(bucket, (tally.get(bucket) ?? 0) + weight);
  }
  let best: number | undefined;
  let bestWeight = -1;
  for (const [bucket, weight] of tally) {
    if (weight > bestWeight || (weight === bestWeight && best !== undefined && bucket < best)) {
      best = bucket;
      bestWeight = weight;
    }
  }
  return best;
}

/** Where the text column's lines start and end, and how far apart lines are, for the body type size. */
interface Column {
  size: number;
  left: number;
  right: number;
  leading: number;
}

function columnOf(lines: PdfLine[]): Column {
  const size =
    mode(
      lines.map((l) => ({ value: l.size, weight: l.text.length })),
      0.5,
    ) ?? 12;
  const body = lines.filter((l) => Math.abs(l.size - size) <= 0.15 * size);
  // The left margin: the leftmost place where many lines start (first lines are indented, the rest are not).
  const starts = new Map<number, number>();
  for (const line of body) starts.set(Math.round(line.x), (starts.get(Math.round(line.x)) ?? 0) + 1);
  const left = Math.min(...[...starts].filter(([, n]) => n >= body.length * 0.1).map(([x]) => x));
  const rights = body.map((l) => l.right).sort((a, b) => a - b);
  // Most body lines are full: the right margin is where the longer lines end (hanging punctuation beyond it).
  const right = rights[Math.floor(rights.length * 0.75)] ?? left + 30 * size;
  const gaps: { value: number; weight: number }[] = [];
  for (let i = 1; i < body.length; i++) {
    const a = body[i - 1];
    const b = body[i];
    if (a && b && a.page === b.page && a.y > b.y) gaps.push({ value: a.y - b.y, weight: 1 });
  }
  return { size, left, right, leading: mode(gaps, 0.5) ?? size * 1.5 };
}

/** Whether `line` starts a new paragraph after `previous`. */
function startsParagraph(previous: PdfLine, line: PdfLine, column: Column): boolean {
  const em = Math.min(line.size, column.size);
  if (Math.abs(line.size - previous.size) > 0.15 * column.size) return true;
  if (line.x - column.left > 0.8 * em) return true;
  if (line.x < column.left - 0.8 * em) return true;
  if (previous.right < column.right - 1.5 * em) return true;
  if (previous.page === line.page && previous.y - line.y > column.leading * 1.6) return true;
  return false;
}

/** Joins a wrapped line to its paragraph: a hyphenated Latin word mended, a space only between Latin words. */
function joinLine(paragraph: string, line: string): string {
  if (paragraph === '') return line;
  if (/[A-Za-z]-$/.test(paragraph) && /^[a-z]/.test(line)) return paragraph.slice(0, -1) + line;
  const a = lastChar(paragraph);
  const b = firstChar(line);
  return isCjk(a) || isCjk(b) || /\s/.test(a) || /\s/.test(b) ? paragraph + line : `${paragraph} ${line}`;
}

/** Body lines as paragraphs, each with the page it starts on and whether its first line is indented. */
export function linesToParagraphs(lines: PdfLine[]): SourceParagraph[] {
  if (lines.length === 0) return [];
  const column = columnOf(lines);
  const paragraphs: SourceParagraph[] = [];
  let current: { paragraph: SourceParagraph; lines: string[] } | undefined;
  const close = () => {
    if (!current) return;
    const { lines: texts, paragraph } = current;
    // Every line but the last was stretched to the margin.
    paragraph.text = texts.reduce(
      (text, line, i) => joinLine(text, i < texts.length - 1 ? unstretch(line) : line),
      '',
    );
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const previous = lines[i - 1];
    if (!current || !previous || startsParagraph(previous, line, column)) {
      close();
      const indent = line.x - column.left > 0.8 * Math.min(line.size, column.size);
      current = { paragraph: { text: '', page: line.page, ...(indent ? { indent: true } : {}) }, lines: [] };
      paragraphs.push(current.paragraph);
    }
    current.lines.push(line.text);
  }
  close();
  return paragraphs;
}
