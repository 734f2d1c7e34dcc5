/** Header and footer of a printed PDF (Chromium fills `pageNumber` and `totalPages`). Pure: tests and the e2e printer use it. */
import { escapeHtml } from '../../core/export/html';

/**
 * The footer: the report title on the left, 第 N 页 / 共 M 页 on the right. Chromium renders it at 0 font size unless
 * one is given, and outside the page's CSS, so the font is named here too.
 */
export function pdfFooterTemplate(label: string): string {
  const font = `font-family:'Noto Serif CJK SC','Noto Sans CJK SC','Source Han Serif SC',SimSun,serif;font-size:8pt;color:#444`;
  return (
    `<div style="${font};width:100%;margin:0 14mm;display:flex;justify-content:space-between">` +
    `<span>${escapeHtml(label)}</span>` +
    `<span>第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</span></div>`
  );
}

/** Margins in inches (Electron's and Chromium's unit), with room for the footer; print CSS sets no @page margin. */
export const PDF_MARGINS_INCHES = { top: 0.6, bottom: 0.7, left: 0.6, right: 0.6 } as const;
