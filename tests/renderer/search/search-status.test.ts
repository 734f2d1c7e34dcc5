import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../core/search/search-index';
import { translator } from '../../../renderer/i18n/i18n';
import { hitSteps } from '../../../renderer/search/hit-steps';
import { searchStatus } from '../../../renderer/search/search-status';
import { smallReport } from '../../core/search/fixtures';
import { bundledReport } from '../../core/search/query-table';

const zh = translator('zh-CN');
const en = translator('en');
const index = buildSearchIndex(bundledReport());

const status = (t: typeof zh, query: string, current: number) => {
  const results = index.search(query, { limit: 200 });
  return searchStatus(t, { indexing: false, query, results, stepCount: hitSteps(results).length, current });
};

describe('search status', () => {
  it('counts exact occurrences only: 高质量发展 occurs 20 times', () => {
    expect(status(zh, '高质量发展', -1)).toBe('共 20 处');
    expect(status(zh, '高质量发展', 0)).toBe('第 1 / 20 处');
    expect(status(en, '高质量发展', 19)).toBe('20 of 20');
  });

  it('never shows 第 0 / N, nor a position beyond the count', () => {
    expect(status(zh, '煤炭', -1)).not.toMatch(/第 0/);
    // A step left over from another report: 第 3 / 1 must not appear.
    const small = buildSearchIndex(smallReport).search('432.7');
    const text = searchStatus(zh, {
      indexing: false,
      query: '432.7',
      results: small,
      stepCount: 1,
      current: 2,
    });
    expect(text).toBe('共 1 处');
  });

  it('says 1 occurrence and N occurrences in English', () => {
    const one = buildSearchIndex(smallReport).search('432.7');
    expect(
      searchStatus(en, { indexing: false, query: '432.7', results: one, stepCount: 1, current: -1 }),
    ).toBe('1 occurrence');
    expect(status(en, '高质量发展', -1)).toBe('20 occurrences');
  });

  it('tells no match at all from related results without an exact one', () => {
    expect(status(zh, '量子计算机', -1)).toBe('没有找到');
    // 生态环境保护 is not in the text, but blocks hold some of its words.
    expect(status(zh, '生态环境保护', -1)).toBe('正文中没有完全一致的字词');
  });
});
