import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../core/search/search-index';
import { hitSteps, indexOfStep, marksByBlock, stepIndex } from '../../../renderer/search/hit-steps';
import { bundledReport } from '../../core/search/query-table';

const doc = bundledReport();
const index = buildSearchIndex(doc);
const order = new Map(doc.blocks.map((b, i) => [b.id, i]));

describe('hit steps', () => {
  it('steps through the 20 occurrences of 高质量发展, not the look-alikes of 相关结果', () => {
    const results = index.search('高质量发展', { limit: 200 });
    expect(results.related.length).toBeGreaterThan(0);
    const steps = hitSteps(results);
    expect(steps).toHaveLength(20);
    const textOf = new Map(doc.blocks.map((b) => [b.id, b.text]));
    for (const s of steps) expect(textOf.get(s.blockId)?.slice(s.start, s.end)).toBe('高质量发展');
    const marked = [...marksByBlock(results).values()].reduce((n, spans) => n + spans.length, 0);
    expect(marked).toBe(20);
    // No block of a related result is marked.
    for (const hit of results.related) expect(marksByBlock(results).has(hit.blockId ?? '')).toBe(false);
  });

  it('walks down the page: steps in reading order, whatever the order of the result list', () => {
    for (const query of ['发展', '煤炭 智能化', '的']) {
      const results = index.search(query, { order: 'relevance', limit: 3 });
      const steps = hitSteps(results);
      expect(steps.length).toBe(results.count);
      const keys = steps.map((s) => [order.get(s.blockId) ?? -1, s.start]);
      expect(keys).toEqual([...keys].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0)));
    }
  });

  it('never steps to a position that does not exist', () => {
    fc.assert(
      fc.property(
        fc.nat(50),
        fc.integer({ min: -3, max: 60 }),
        fc.constantFrom(1, -1),
        (count, current, dir) => {
          const next = stepIndex(count, current, dir as 1 | -1);
          if (count === 0) expect(next).toBe(-1);
          else expect(next >= 0 && next < count).toBe(true);
        },
      ),
    );
  });

  it('finds the current step again in new results, or none after another query or report', () => {
    const steps = hitSteps(index.search('发展'));
    const third = steps[2];
    expect(indexOfStep(hitSteps(index.search('发展')), third)).toBe(2);
    expect(indexOfStep(hitSteps(index.search('高质量发展')), third)).toBe(-1);
    expect(indexOfStep(steps, undefined)).toBe(-1);
  });
});
