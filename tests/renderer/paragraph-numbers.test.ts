import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationLabel } from '../../core/report/ids';
import { parseReport } from '../../core/report/parse';
import { paragraphLabel, paragraphNumber } from '../../renderer/reader/paragraph-numbers';

const reports = [
  'assets/reports/zezhou-2022.txt',
  ...readdirSync('tests/fixtures/reports')
    .filter((name) => name.endsWith('.txt'))
    .map((name) => `tests/fixtures/reports/${name}`),
];

describe('paragraphNumber', () => {
  it('reads the number of ids of every shape, and none for headings', () => {
    expect(paragraphNumber({ id: 'p2-s3-2', type: 'paragraph' })).toBe(2);
    expect(paragraphNumber({ id: 'b5', type: 'paragraph' })).toBe(5);
    expect(paragraphNumber({ id: 'c-12', type: 'paragraph' })).toBe(12);
    expect(paragraphNumber({ id: 'p3-n1-4_2', type: 'paragraph' })).toBe(4);
    expect(paragraphNumber({ id: 'p2-s3', type: 'heading' })).toBeUndefined();
    expect(paragraphNumber({ id: 'a1-i3', type: 'paragraph' })).toBeUndefined();
  });

  it('is the 第N段 the citation of every paragraph ends with, in the bundled report and every fixture', () => {
    let checked = 0;
    for (const file of reports) {
      const parsed = parseReport(readFileSync(file, 'utf8'));
      if (!parsed.ok) continue;
      for (const block of parsed.value.blocks) {
        const n = paragraphNumber(block);
        const citation = citationLabel(block.id);
        if (n === undefined) {
          expect(block.type === 'heading' || !/第\d+段$/.test(citation)).toBe(true);
          continue;
        }
        expect(citation.endsWith(paragraphLabel(n, 'zh-CN'))).toBe(true);
        expect(citationLabel(block.id, 'en').endsWith(paragraphLabel(n, 'en'))).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });
});
