import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../core/report/parse';
import { reportId } from '../../../core/report/report-id';
import { scaledReportText } from '../../bench/scaled-report-text';
import { mustParse, readBundled } from './report-fixtures';

const refusal = (text: string) => {
  const result = parseReport(text);
  return result.ok ? null : result.error;
};

describe('parseReport refuses what is not a report, with one line in Chinese', () => {
  it.each([
    ['empty', '', '文件为空'],
    ['whitespace only', ' \n\n　　\t\n', '文件为空（只有空白字符）'],
    ['NUL bytes', `政府工作报告\u0000\u0000各位代表：`, '文件不是文本（可能是二进制文件）'],
    [
      'replacement characters',
      `${'\uFFFD'.repeat(50)}各位代表：现在我代表政府报告工作。`,
      '文件不是文本（可能是二进制文件）',
    ],
    [
      'English text',
      'Government work report.\n\nThis is not Chinese at all, and has no paragraphs we can use.',
      '未能识别为政府工作报告：没有找到正文段落',
    ],
    [
      'only a title page',
      '内部资料\n\n政府工作报告\n\n县长 张军\n',
      '未能识别为政府工作报告：没有找到正文段落',
    ],
    ['only short lines', '你好\n谢谢', '未能识别为政府工作报告：没有找到正文段落'],
  ])('%s', (_name, text, message) => {
    expect(refusal(text)).toEqual({ code: 'not-a-report', message });
  });

  it('accepts a report with a few damaged characters', () => {
    const text = readBundled().replace('第一', '第\uFFFD');
    expect(parseReport(text).ok).toBe(true);
  });
});

describe('reportId', () => {
  it('is stable for the same text and differs for different texts', () => {
    expect(reportId('政府工作报告')).toBe(reportId('政府工作报告'));
    expect(reportId('政府工作报告\r\n')).toBe(reportId('政府工作报告\n'));
    expect(reportId('政府工作报告')).not.toBe(reportId('政府工作报吿'));
    expect(reportId('')).toMatch(/^r[0-9a-f]{14}$/);
  });
});

describe('size and repeats', () => {
  it('parses a report 100 times the size of the bundled one (timings belong to the bench)', () => {
    const text = scaledReportText(readBundled(), 100);
    expect(text.length).toBeGreaterThan(1_000_000);
    const result = parseReport(text);
    expect(result.ok && result.value.blocks.length).toBeGreaterThan(4000);
    expect(result.ok && result.value.glossary.reduce((n, e) => n + e.occurrences.length, 0)).toBeGreaterThan(
      1000,
    );
    expect(result.ok && result.value.setAside).toBeUndefined();
  });

  it("sets aside a website's second copy of the whole report, so nothing is found twice", () => {
    const lines = readBundled().split('\n');
    const bodyStart = lines.indexOf('各位代表：');
    const appendix = lines.indexOf('附件');
    const body = lines.slice(bodyStart, appendix);
    const doubled = [...lines.slice(0, appendix), ...body, ...lines.slice(appendix)].join('\n');
    const once = mustParse(readBundled());
    const twice = mustParse(doubled);
    expect(twice.blocks).toEqual(once.blocks);
    expect(twice.glossary).toEqual(once.glossary);
    expect(twice.setAside?.map((item) => item.reason)).toEqual(['网站重复的正文（与前文相同）']);
    expect(twice.setAside?.[0]?.text.split('\n')[0]).toBe('各位代表：');
  });
});
