import { describe, expect, it } from 'vitest';
import { pdfFooterTemplate } from '../../../main/export/print-templates';

describe('pdfFooterTemplate', () => {
  it('prints the label as text and leaves Chromium the page number and total', () => {
    const footer = pdfFooterTemplate('《报告》<img src=x onerror=alert(1)> & "引号"');
    expect(footer).toContain('《报告》&lt;img src=x onerror=alert(1)&gt; &amp; &quot;引号&quot;');
    expect(footer).not.toContain('<img');
    expect(footer).toContain(
      '第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页',
    );
  });
});
