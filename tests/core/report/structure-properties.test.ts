import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../../core/report/document-text';
import type { ReportDocument } from '../../../core/report/model';
import { parseReport } from '../../../core/report/parse';
import { parseReportSource } from '../../../core/report/source';
import type { ReportShape } from './report-shapes';
import { reportShapes, shapeSource, shapeText, textLayouts } from './report-shapes';
import { stripMarkupForComparison, visible } from './report-fixtures';

const headingsOf = (doc: ReportDocument): string[] =>
  doc.blocks.flatMap((block) =>
    block.type === 'heading' ? [`${block.id} ${block.kind ?? `H${block.level}`} ${block.text}`] : [],
  );

/** The structure the shape was generated with comes back, and its chrome is set aside, not kept. */
function expectShape(doc: ReportDocument, shape: ReportShape): void {
  expect(headingsOf(doc)).toEqual(shape.headings);
  expect(doc.meta).toMatchObject(shape.meta);
  expect(doc.glossary.map((entry) => entry.term)).toEqual(shape.glossary.map((entry) => entry.term));
  doc.glossary.forEach((entry, i) =>
    expect(entry.definition.startsWith(shape.glossary[i]?.definitionStart ?? '')).toBe(true),
  );
  const setAsideLines = (doc.setAside ?? []).flatMap((item) => item.text.split('\n'));
  for (const line of shape.chrome) {
    expect(setAsideLines).toContain(line);
    expect(doc.blocks.some((block) => block.text.includes(line))).toBe(false);
  }
  expect(setAsideLines).toHaveLength(shape.chrome.length);
  // Markers are not text: none is left in a block.
  expect(doc.blocks.some((block) => /\[\d\]|【\d】|〔\d〕/.test(block.text))).toBe(false);
  expect(doc.warnings).toBeUndefined();
}

describe('structure rules on generated reports', () => {
  it('give back the generated parts, sub-parts, points, appendices and glossary from a text, chrome set aside', () => {
    fc.assert(
      fc.property(reportShapes, textLayouts, (shape, layout) => {
        const text = shapeText(shape, layout);
        const result = parseReport(text);
        if (!result.ok) throw new Error(result.error.message);
        expectShape(result.value, shape);
        expect(visible(documentText(result.value))).toBe(visible(stripMarkupForComparison(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('give back the same structure from paragraphs with bold runs and pages, as a Word or PDF reader hands them', () => {
    fc.assert(
      fc.property(reportShapes, (shape) => {
        const paragraphs = shapeSource(shape);
        const result = parseReportSource({ fileName: 'x.docx', format: 'docx', paragraphs, setAside: [] });
        if (!result.ok) throw new Error(result.error.message);
        expectShape(result.value, shape);
        // Every block knows the page it starts on.
        expect(Object.keys(result.value.source?.pages ?? {})).toEqual(
          result.value.blocks.map((block) => block.id),
        );
        expect(visible(documentText(result.value))).toBe(visible(paragraphs.map((p) => p.text).join('')));
      }),
      { numRuns: 200 },
    );
  });

  it('read the same structure from a text and from its paragraphs', () => {
    fc.assert(
      fc.property(reportShapes, (shape) => {
        const text = parseReport(shapeText(shape, 'blank'));
        const source = parseReportSource({
          fileName: 'x.docx',
          format: 'docx',
          paragraphs: shapeSource(shape),
          setAside: [],
        });
        expect(text.ok && source.ok).toBe(true);
        if (text.ok && source.ok)
          expect(source.value.blocks.map((b) => b.id)).toEqual(text.value.blocks.map((b) => b.id));
      }),
      { numRuns: 100 },
    );
  });
});
