/**
 * A set document (Paper: 审议发言提纲, 代表建议 …) as Word: 黑体 headings, 仿宋 body indented two characters as
 * official documents are, the report's words in 楷体, ruled lines where the delegate writes by hand.
 */
import type { IStylesOptions, ParagraphChild } from 'docx';
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  LeaderType,
  Paragraph,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Paper, PaperBlock } from '../../core/export/paper';
import { docxLines, xmlSafe } from './docx-text';
import { wordDocument } from './docx-page';
import { A4, DOCX_STYLES, MARGINS, QUOTE_FONT, SIZE, STYLE } from './docx-styles';

/** The width of a line of text on the page, in twips. */
const TEXT_WIDTH = A4.width - MARGINS.left - MARGINS.right;
/** 三号 body for large print (the default is 四号). */
const LARGE_BODY = 32;

const run = (text: string, options: { bold?: boolean; size?: number; kai?: boolean } = {}): TextRun =>
  new TextRun({
    text: xmlSafe(text),
    ...(options.bold && { bold: true }),
    ...(options.size !== undefined && { size: options.size }),
    ...(options.kai && { font: QUOTE_FONT }),
  });

/** Two characters of first-line indent, at the body size in twips (one character = size in half-points × 10). */
const indent = (size: number) => ({ firstLine: size * 20 });

/**
 * A line to write on: a tab to the right margin drawn as a rule (a tab leader). Bottom borders would merge into
 * one in Word when paragraphs in a row share them.
 */
const ruled = (): Paragraph =>
  new Paragraph({
    spacing: { before: 240, after: 0 },
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.UNDERSCORE }],
    children: [new TextRun({ children: [new Tab()] })],
  });

function table(item: Extract<PaperBlock, { type: 'table' }>): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (text: string, bold = false) =>
    new TableCell({
      borders,
      children: docxLines(text).map(
        (line) => new Paragraph({ children: [run(line, { bold, size: SIZE.small })] }),
      ),
    });
  // The page's text width shared out by the relative widths, so Word and LibreOffice lay the columns out alike.
  const weights = item.columns.map((_, i) => item.widths?.[i] ?? 1);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const columnWidths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths,
    rows: [
      new TableRow({ tableHeader: true, children: item.columns.map((column) => cell(column, true)) }),
      ...item.rows.map((row) => new TableRow({ children: item.columns.map((_, i) => cell(row[i] ?? '')) })),
    ],
  });
}

function blocks(item: PaperBlock, body: number): (Paragraph | Table)[] {
  // Where a point comes from, a size below the body: 五号, or 小四 in large print.
  const small = body > SIZE.body ? 24 : SIZE.small;
  switch (item.type) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(item.text)] })];
    case 'paragraph':
      return docxLines(item.text)
        .filter((line) => line.trim() !== '')
        .map((line) => new Paragraph({ indent: indent(body), children: [run(line.trim())] }));
    case 'point': {
      const lines = docxLines(item.text);
      return lines.map((line, i) => {
        const children: ParagraphChild[] = [];
        if (i === 0) children.push(run(item.number, { bold: true }));
        children.push(run(line));
        if (i === lines.length - 1 && item.source !== '')
          children.push(run(item.source, { size: small, kai: true }));
        return new Paragraph({ indent: indent(body), children });
      });
    }
    case 'quote': {
      const quote = docxLines(item.text).join(' ').trim();
      const source = item.source.trim() === '' ? [] : [run(`（${item.source}）`, { size: small })];
      return [new Paragraph({ style: STYLE.quote, children: [run(`“${quote}”`), ...source] })];
    }
    case 'fill':
      return [
        new Paragraph({ style: STYLE.marks, children: [run(item.text)] }),
        ...Array.from({ length: item.lines }, ruled),
      ];
    case 'sign': {
      // Set to the right, as far as the longest line lets it stay on one line.
      const longest = Math.max(...item.lines.map((line) => Array.from(line).length));
      const left = Math.max(0, TEXT_WIDTH - (longest + 1) * body * 10);
      return item.lines.map(
        (line, i) =>
          new Paragraph({
            indent: { left },
            spacing: { before: i === 0 ? 720 : 240 },
            keepNext: i < item.lines.length - 1,
            keepLines: true,
            children: [run(line)],
          }),
      );
    }
    case 'remark':
      return [new Paragraph({ style: STYLE.marks, children: [run(item.text)] })];
    case 'table':
      return [table(item)];
  }
}

/** The shared styles with the body one size up for large print. */
function stylesFor(paper: Paper): IStylesOptions {
  if (!paper.large) return DOCX_STYLES;
  const document = DOCX_STYLES.default?.document;
  return {
    ...DOCX_STYLES,
    default: {
      ...DOCX_STYLES.default,
      document: { ...document, run: { ...document?.run, size: LARGE_BODY } },
    },
  };
}

export async function paperToDocx(paper: Paper, creator: string): Promise<Uint8Array> {
  const body = paper.large ? LARGE_BODY : SIZE.body;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(paper.title)] }),
    ...paper.meta.map(
      (line) => new Paragraph({ style: STYLE.small, alignment: AlignmentType.CENTER, children: [run(line)] }),
    ),
    ...paper.blocks.flatMap((item) => blocks(item, body)),
  ];
  return wordDocument({
    title: paper.title,
    creator,
    running: paper.running,
    children,
    styles: stylesFor(paper),
  });
}
