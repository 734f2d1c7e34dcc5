import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PdfLine, PdfPageText, PdfTextItem } from '../../../../main/reports/sources/pdf-layout';
import {
  isPageNumber,
  linesToParagraphs,
  pageLines,
  setAsideChrome,
} from '../../../../main/reports/sources/pdf-layout';

const SIZE = 14;
const LEFT = 90;
const CHARS_PER_LINE = 29;
const RIGHT = LEFT + CHARS_PER_LINE * SIZE;

/** Lays paragraphs of CJK text out as a typesetter would: a two-em first-line indent, full lines, justified. */
function layout(paragraphs: string[], linesPerPage = 24): PdfPageText[] {
  const pages: PdfPageText[] = [];
  let items: PdfTextItem[] = [];
  let y = 800;
  const flushPage = () => {
    pages.push({ page: pages.length + 1, width: 595, height: 842, items });
    items = [];
    y = 800;
  };
  for (const text of paragraphs) {
    const chars = [...text];
    let first = true;
    while (chars.length > 0) {
      const piece = chars.splice(0, first ? CHARS_PER_LINE - 2 : CHARS_PER_LINE).join('');
      items.push({
        str: piece,
        x: first ? LEFT + 2 * SIZE : LEFT,
        y,
        width: [...piece].length * SIZE,
        size: SIZE,
      });
      first = false;
      y -= SIZE * 1.6;
      if (items.length === linesPerPage) flushPage();
    }
  }
  if (items.length > 0) flushPage();
  return pages;
}

const HAN_CHARS = [
  ...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别',
];
const HAN = fc
  .array(fc.constantFrom(...HAN_CHARS), { minLength: 30, maxLength: 120 })
  .map((chars) => chars.join(''));

const read = (pages: PdfPageText[]) => {
  const withLines = pages.map((page) => ({ page, lines: pageLines(page) }));
  const { body, setAside } = setAsideChrome(withLines);
  return { paragraphs: linesToParagraphs(body), setAside };
};

describe('pdf-layout: lines and paragraphs from positions', () => {
  it('rebuilds typeset CJK paragraphs exactly, each with the page it starts on (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          HAN.map((t) => `${t}。`),
          { minLength: 1, maxLength: 20 },
        ),
        (texts) => {
          const { paragraphs } = read(layout(texts));
          expect(paragraphs.map((p) => p.text)).toEqual(texts);
          const pages = paragraphs.map((p) => p.page ?? 0);
          expect([...pages].sort((a, b) => a - b)).toEqual(pages);
          expect(paragraphs.every((p) => p.indent === true)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('starts a paragraph after a line that stops short, even without an indent', () => {
    const lines: PdfLine[] = [
      { page: 1, text: '各位代表：', x: LEFT, right: LEFT + 5 * SIZE, y: 700, size: SIZE },
      { page: 1, text: '现'.repeat(CHARS_PER_LINE), x: LEFT, right: RIGHT, y: 678, size: SIZE },
      { page: 1, text: '在。', x: LEFT, right: LEFT + 2 * SIZE, y: 656, size: SIZE },
      { page: 1, text: '下'.repeat(CHARS_PER_LINE), x: LEFT, right: RIGHT, y: 634, size: SIZE },
      { page: 1, text: '一段', x: LEFT, right: LEFT + 2 * SIZE, y: 612, size: SIZE },
    ];
    expect(linesToParagraphs(lines).map((p) => p.text)).toEqual([
      '各位代表：',
      `${'现'.repeat(CHARS_PER_LINE)}在。`,
      `${'下'.repeat(CHARS_PER_LINE)}一段`,
    ]);
  });

  it('joins Latin words with a space, mends a hyphenated word, and invents no space next to CJK', () => {
    const line = (text: string, y: number, right = RIGHT): PdfLine => ({
      page: 1,
      text,
      x: LEFT,
      right,
      y,
      size: SIZE,
    });
    const lines = [
      line('the delegates discussed the inter-', 700),
      line('nationalization of GDP', 678),
      line('增长', 656, LEFT + 200),
    ];
    expect(linesToParagraphs(lines).map((p) => p.text)).toEqual([
      'the delegates discussed the internationalization of GDP增长',
    ]);
  });

  it('spaces pieces of a line by their gap: Latin words yes, autospace between Chinese and digits no', () => {
    // Pieces one after another, each `gap` ems after the previous one ends.
    let x = 90;
    const items = (
      [
        ['增长', 0],
        ['9.8%', 0.22],
        ['，全市', 0.22],
        ['GDP', 0],
        ['growth', 0.3],
        ['附件', 0.1],
        ['2', 0.22],
        ['名词解释', 0.36],
      ] as const
    ).map(([str, gap]): PdfTextItem => {
      const start = x + gap * SIZE;
      x = start + [...str].length * SIZE * 0.7;
      return { str, x: start, y: 500, width: x - start, size: SIZE };
    });
    const page: PdfPageText = { page: 1, width: 595, height: 842, items };
    expect(pageLines(page).map((l) => l.text)).toEqual(['增长9.8%，全市GDP growth附件2 名词解释']);
  });

  it('sets aside page numbers and running headers and footers, with their pages', () => {
    const texts = Array.from({ length: 6 }, (_, i) => `第${i + 1}段。${'文'.repeat(300)}`);
    const pages = layout(texts, 20).map((page) => ({
      ...page,
      items: [
        { str: '示例市第十七届人民代表大会第三次会议文件', x: 150, y: 820, width: 200, size: 9 },
        ...page.items,
        { str: `- ${page.page} -`, x: 290, y: 30, width: 20, size: 9 },
      ],
    }));
    const { paragraphs, setAside } = read(pages);
    expect(paragraphs.map((p) => p.text)).toEqual(texts);
    expect(setAside.filter((s) => s.reason === '页码').map((s) => s.page)).toEqual(pages.map((p) => p.page));
    expect(setAside.filter((s) => s.reason === '页眉')).toHaveLength(pages.length);
  });

  it.each(['3', '- 3 -', '— 12 —', '第3页', '第 3 页 共 56 页', '3/56', 'iv'])(
    '%s is a page number',
    (text) => {
      expect(isPageNumber(text)).toBe(true);
    },
  );

  it.each(['2024年', '一、总体要求', '3.5%', '第三部分'])('%s is not a page number', (text) => {
    expect(isPageNumber(text)).toBe(false);
  });
});
