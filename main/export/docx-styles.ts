/**
 * Page and type for the Word export, after Chinese official documents (GB/T 9704): A4, margins 2.54/3.17 cm, body
 * in 仿宋 四号, headings in 黑体, quotations in 楷体. Word picks the eastAsia font for Chinese characters, the
 * ascii/hAnsi font for Latin letters and figures.
 */
import type { IStylesOptions } from 'docx';
import { AlignmentType, BorderStyle } from 'docx';

/** A4 in twips (1/20 pt). */
export const A4 = { width: 11906, height: 16838 } as const;
/** 2.54 cm top and bottom, 3.17 cm left and right, header and footer 1.5 cm from the edge; in twips. */
export const MARGINS = {
  top: 1440,
  bottom: 1440,
  left: 1797,
  right: 1797,
  header: 851,
  footer: 851,
} as const;

const latin = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman' };
export const BODY_FONT = { eastAsia: '仿宋', ...latin };
export const HEADING_FONT = { eastAsia: '黑体', ...latin };
export const QUOTE_FONT = { eastAsia: '楷体', ...latin };
export const TITLE_FONT = { eastAsia: '宋体', ...latin };

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 五号 10.5 pt. */
export const SIZE = { title: 44, heading: 32, subHeading: 28, body: 28, small: 21 } as const;

/** Paragraph style ids used by docx.ts. */
export const STYLE = { quote: 'Quote', marks: 'NoteMarks', small: 'Small' } as const;

export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: BODY_FONT, size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
      paragraph: { spacing: { line: 360, after: 60 } },
    },
    title: {
      run: { font: TITLE_FONT, size: SIZE.title, bold: true, color: '000000' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } },
    },
    heading1: {
      run: { font: HEADING_FONT, size: SIZE.heading, bold: false, color: '000000' },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
    },
    heading2: {
      run: { font: HEADING_FONT, size: SIZE.subHeading, bold: false, color: '000000' },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
    },
    heading3: {
      run: { font: HEADING_FONT, size: SIZE.body, bold: true, color: '000000' },
      paragraph: { spacing: { before: 240, after: 60 }, keepNext: true },
    },
  },
  paragraphStyles: [
    {
      id: STYLE.quote,
      name: 'Quote',
      basedOn: 'Normal',
      quickFormat: true,
      run: { font: QUOTE_FONT, size: SIZE.body },
      paragraph: {
        indent: { left: 560 },
        spacing: { before: 60, after: 60 },
        border: { left: { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 8 } },
      },
    },
    {
      id: STYLE.marks,
      name: 'Note Marks',
      basedOn: 'Normal',
      run: { font: BODY_FONT, size: SIZE.small },
      paragraph: { keepNext: true, spacing: { after: 40 } },
    },
    {
      id: STYLE.small,
      name: 'Small',
      basedOn: 'Normal',
      run: { font: BODY_FONT, size: SIZE.small },
      paragraph: { alignment: AlignmentType.CENTER },
    },
  ],
};
