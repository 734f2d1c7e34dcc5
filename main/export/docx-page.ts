/**
 * The page every Word export shares: A4 with official-document margins, the report title at the head of each page
 * and 第 X 页 共 Y 页 at the foot.
 */
import type { IStylesOptions, Table } from 'docx';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { xmlSafe } from './docx-text';
import { A4, DOCX_STYLES, MARGINS, STYLE } from './docx-styles';

export interface WordPage {
  title: string;
  creator: string;
  /** Printed at the head of every page: the report's title. */
  running: string;
  children: (Paragraph | Table)[];
  styles?: IStylesOptions;
}

/** Builds the .docx bytes. Every string passes through xmlSafe, so no note can make the file unreadable. */
export async function wordDocument(page: WordPage): Promise<Uint8Array> {
  const document = new Document({
    title: xmlSafe(page.title),
    creator: xmlSafe(page.creator.trim() || '研读'),
    description: '研读 Yandu',
    styles: page.styles ?? DOCX_STYLES,
    sections: [
      {
        properties: { page: { size: A4, margin: MARGINS } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                style: STYLE.small,
                border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 4 } },
                children: [new TextRun({ text: xmlSafe(page.running) })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                style: STYLE.small,
                children: [
                  new TextRun({
                    children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'],
                  }),
                ],
              }),
            ],
          }),
        },
        children: page.children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
