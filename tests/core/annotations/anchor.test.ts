import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe as suite, expect, it } from 'vitest';
import {
  createAnchorIndex,
  describe,
  resolve,
  resolveAll,
  resolveIn,
} from '../../../core/annotations/anchor';
import type { Anchor } from '../../../core/annotations/anchor';
import { CONTEXT_LENGTH } from '../../../core/annotations/context';
import type { ReportDocument } from '../../../core/report/model';
import { makeDoc } from './make-doc';

const P1 =
  '2021年，在县委的坚强领导下，在县人大、县政协的监督支持下，面对疫情防控、防汛救灾、经济发展三重大考。';
const P2 =
  '地区生产总值新增132亿元、达到432.7亿元，同比增长15.4%，总量增速首次全市双第一；一般公共预算收入完成37.4亿元。';
const P3 =
  '服务业增加值完成92.5亿元，同比增长16.8%，增速全市第一；规上工业增加值同比增长19.2%，排名全市第二。';
const base = makeDoc([P1, P2, P3]);

/** The block text an anchor covers. */
const textOf = (doc: ReportDocument, anchor: Anchor): string | undefined =>
  anchor.status === 'orphan'
    ? undefined
    : doc.blocks.find((b) => b.id === anchor.blockId)?.text.slice(anchor.start, anchor.end);

/** Describes the n-th occurrence of `quote` in block `blockId`. */
function target(doc: ReportDocument, blockId: string, quote: string, nth = 0) {
  const text = doc.blocks.find((b) => b.id === blockId)?.text ?? '';
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`no ${quote} in ${blockId}`);
  return describe(doc, blockId, at, at + quote.length);
}

suite('describe', () => {
  it('takes the quote and 32 code units of context across block boundaries', () => {
    const t = target(base, 'b2', '地区生产总值');
    expect(t).toMatchObject({ blockId: 'b2', start: 0, end: 6, exact: '地区生产总值' });
    expect(t.prefix).toBe(`${P1}\n`.slice(-CONTEXT_LENGTH));
    expect(t.suffix).toBe(P2.slice(6, 6 + CONTEXT_LENGTH));
    const last = target(base, 'b3', '排名全市第二。');
    expect(last.suffix).toBe('');
  });

  it('keeps surrogate pairs whole at the edges of the context', () => {
    const emoji = '\u{1F600}';
    const doc = makeDoc([`乙${emoji}${'甲'.repeat(31)}丙`]);
    const t = describe(doc, 'b1', 34, 35);
    expect(t.prefix).toBe(`${emoji}${'甲'.repeat(31)}`);
  });

  it('rejects unknown blocks and bad offsets', () => {
    expect(() => describe(base, 'nope', 0, 1)).toThrow(RangeError);
    expect(() => describe(base, 'b1', 3, 2)).toThrow(RangeError);
    expect(() => describe(base, 'b1', 0, P1.length + 1)).toThrow(RangeError);
    expect(() => describe(base, 'b1', 0.5, 2)).toThrow(RangeError);
  });
});

suite('resolve', () => {
  it('finds an unchanged target at its own place', () => {
    const t = target(base, 'b2', '同比增长15.4%');
    expect(resolve(base, t)).toEqual({ status: 'exact', blockId: 'b2', start: t.start, end: t.end });
  });

  it('follows a paragraph whose id changed when one was inserted before it', () => {
    const t = target(base, 'b2', '同比增长15.4%');
    const edited = makeDoc([P1, '新插入的一段话，与原文无关。', P2, P3]);
    const anchor = resolve(edited, t);
    expect(anchor).toMatchObject({ status: 'moved', blockId: 'b3' });
    expect(textOf(edited, anchor)).toBe('同比增长15.4%');
  });

  it('does not take the same words at the old offset of the old id when the context says otherwise', () => {
    // b2's id now names a paragraph with 增长 at the same offset; the real one moved to b3.
    const t = target(base, 'b2', '增长');
    const decoy = '另'.repeat(t.start) + '增长' + '其他内容'.repeat(10);
    const edited = makeDoc([P1, decoy, P2, P3]);
    const anchor = resolve(edited, t);
    expect(anchor).toEqual({ status: 'moved', blockId: 'b3', start: t.start, end: t.end });
  });

  it('prefers the occurrence whose context matches among repeated words', () => {
    const t = target(base, 'b3', '同比增长', 1);
    const anchor = resolve(makeDoc(['开头。', P1, P2, P3]), t);
    expect(anchor).toMatchObject({ status: 'moved', blockId: 'b4', start: P3.indexOf('同比增长19.2%') });
  });

  it('makes an orphan when the quote is gone', () => {
    const t = target(base, 'b2', '总量增速首次全市双第一');
    const edited = makeDoc([P1, P2.replace('总量增速首次全市双第一', ''), P3]);
    expect(resolve(edited, t)).toEqual({ status: 'orphan' });
  });

  it('makes an orphan rather than take a short quote whose context is gone everywhere', () => {
    const t = target(base, 'b2', '增长');
    const edited = makeDoc([
      P1,
      '完全改写后的段落，经济增长势头良好，各项指标稳中有进，发展质量持续提升。',
      P3,
    ]);
    expect(resolve(edited, t)).toEqual({ status: 'orphan' });
  });

  it('finds a reworded quote fuzzily, on the new words', () => {
    const t = target(base, 'b2', '同比增长15.4%，总量增速首次全市双第一');
    const edited = makeDoc([P1, P2.replace('15.4%', '15.5%'), P3]);
    const anchor = resolve(edited, t);
    expect(anchor.status).toBe('fuzzy');
    expect(textOf(edited, anchor)).toBe('同比增长15.5%，总量增速首次全市双第一');
  });

  it('does not slide onto a similar neighbouring phrase when the quote is deleted', () => {
    const doc = makeDoc([P1, '今年地区生产总值同比增长15.4%，财政收入同比增长15.5%，双双创下历史新高。', P3]);
    const t = target(doc, 'b2', '同比增长15.4%，');
    const edited = makeDoc([P1, '今年地区生产总值财政收入同比增长15.5%，双双创下历史新高。', P3]);
    expect(resolve(edited, t)).toEqual({ status: 'orphan' });
  });

  it('treats a long quote as its own evidence when both contexts changed and it is unique', () => {
    const quote = P2.slice(0, 40);
    const t = target(base, 'b2', quote);
    const edited = makeDoc([
      '全新的开头段落，讲的是别的事情，和原文没有关系，字数也足够多。',
      '又一段。',
      quote,
      '另一段。',
    ]);
    expect(resolve(edited, t)).toMatchObject({ status: 'moved', blockId: 'b3', start: 0, end: 40 });
  });

  it('makes an orphan when identical places tie and none is in the original block', () => {
    const t = target(base, 'b2', '增长15.4%');
    const edited = makeDoc([P1, P3, P2, P3, P2, P3], ['x1', 'x2', 'x3', 'x4', 'x5', 'x6']);
    expect(resolve(edited, t)).toEqual({ status: 'orphan' });
  });

  it('takes the copy in the original block when identical places tie', () => {
    const t = target(base, 'b2', '增长15.4%');
    const edited = makeDoc([P1, P2, P3, P1, P2, P3]);
    expect(resolve(edited, t)).toMatchObject({ status: 'exact', blockId: 'b2' });
  });

  it('resolves an empty target (a caret) by its context, here and after a move', () => {
    const t = describe(base, 'b2', 10, 10);
    expect(resolve(base, t)).toEqual({ status: 'exact', blockId: 'b2', start: 10, end: 10 });
    const moved = resolve(makeDoc(['新段。', P1, P2, P3]), t);
    expect(moved).toEqual({ status: 'moved', blockId: 'b3', start: 10, end: 10 });
    expect(resolve(makeDoc([P1, P3]), t)).toEqual({ status: 'orphan' });
  });

  it('survives targets with nonsense offsets from an imported pack', () => {
    const t = { ...target(base, 'b2', '同比增长15.4%'), start: -5, end: 1e9 };
    expect(resolve(base, t)).toMatchObject({ status: 'moved', blockId: 'b2' });
  });
});

suite('resolveAll', () => {
  it('resolves live annotations by id and skips tombstones', () => {
    const t = target(base, 'b2', '增长15.4%');
    const anchors = resolveAll(base, [
      { id: 'a', target: t },
      { id: 'b', target: t },
      { id: 'c', target: t, deletedAt: '2022-01-01T00:00:00.000Z' },
    ]);
    expect([...anchors.keys()]).toEqual(['a', 'b']);
    expect(anchors.get('b')).toEqual(anchors.get('a'));
  });

  it('resolves 10,000 annotations on the bundled report, also after an edit moved them all', () => {
    const raw = readFileSync('assets/reports/zezhou-2022.txt', 'utf8');
    const lines = raw.split('\n').filter((line) => line.trim() !== '');
    const doc = makeDoc(lines);
    const rnd = fc.sample(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 30 })), {
      seed: 42,
      numRuns: 10_000,
    });
    const annotations = rnd.map(([b, s, len], i) => {
      const block = doc.blocks[b % doc.blocks.length];
      if (!block) throw new Error('no block');
      const start = s % Math.max(1, block.text.length - len);
      return {
        id: `a${i}`,
        target: describe(doc, block.id, start, Math.min(block.text.length, start + len)),
      };
    });
    const unchanged = resolveAll(doc, annotations);
    expect([...unchanged.values()].every((a) => a.status === 'exact')).toBe(true);

    const shifted = makeDoc(['插入的新段落。', ...lines]);
    const moved = resolveAll(shifted, annotations);
    const orphans = [...moved.values()].filter((a) => a.status === 'orphan').length;
    expect(orphans).toBeLessThan(annotations.length * 0.01);
  });
});

suite('properties', () => {
  // A small alphabet makes repeated words everywhere: the hard case for context.
  const blockText = fc.array(fc.constantFrom('增', '长', '发', '展', '，', '。', 'a', '1'), {
    maxLength: 60,
  });
  const docArb = fc.array(
    blockText.map((chars) => chars.join('')),
    { minLength: 1, maxLength: 6 },
  );

  it('describe then resolve on an unchanged document returns the same range, exact', () => {
    fc.assert(
      fc.property(docArb, fc.nat(), fc.nat(), fc.nat(), (texts, b, x, y) => {
        const doc = makeDoc(texts);
        const block = doc.blocks[b % doc.blocks.length];
        if (!block) return;
        const n = block.text.length + 1;
        const [start, end] = [x % n, y % n].sort((p, q) => p - q) as [number, number];
        const t = describe(doc, block.id, start, end);
        expect(resolve(doc, t)).toEqual({ status: 'exact', blockId: block.id, start, end });
      }),
      { numRuns: 1000 },
    );
  });

  const report = makeDoc(
    readFileSync('assets/reports/zezhou-2022.txt', 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== ''),
  );
  const index = createAnchorIndex(report);
  // Inserted text from a range of rare ideographs, so it cannot recreate the quote or its context.
  const insertion = fc
    .array(fc.integer({ min: 0x9f00, max: 0x9fa5 }), { minLength: 1, maxLength: 80 })
    .map((codes) => String.fromCharCode(...codes));
  const placeArb = fc.record({
    b: fc.nat(),
    s: fc.nat(),
    len: fc.integer({ min: 1, max: 40 }),
    at: fc.nat(),
  });

  it('insertions before the anchor in the same block still resolve to the same words', () => {
    fc.assert(
      fc.property(placeArb, insertion, ({ b, s, len, at }, inserted) => {
        const block = report.blocks[b % report.blocks.length];
        if (!block || block.text.length < 2) return;
        const start = s % (block.text.length - 1);
        const end = Math.min(block.text.length, start + len);
        const t = describe(report, block.id, start, end);
        const where = at % (start + 1);
        const edited = makeDoc(
          report.blocks.map((x) =>
            x === block ? x.text.slice(0, where) + inserted + x.text.slice(where) : x.text,
          ),
          report.blocks.map((x) => x.id),
        );
        const shift = inserted.length;
        expect(resolve(edited, t)).toEqual({
          status: 'moved',
          blockId: block.id,
          start: start + shift,
          end: end + shift,
        });
      }),
      { numRuns: 500 },
    );
  });

  it('a quote that is removed becomes an orphan', () => {
    fc.assert(
      fc.property(placeArb, ({ b, s, len }) => {
        const block = report.blocks[b % report.blocks.length];
        if (!block || block.text.length < 4) return;
        const start = s % (block.text.length - 3);
        const end = Math.min(block.text.length, start + Math.max(4, len));
        const quote = block.text.slice(start, end);
        // Only quotes that occur once: a removed word that also stands elsewhere may rightly be found there.
        if (index.text.indexOf(quote) !== index.text.lastIndexOf(quote)) return;
        const t = describe(report, block.id, start, end);
        const edited = makeDoc(
          report.blocks.map((x) => (x === block ? x.text.slice(0, start) + x.text.slice(end) : x.text)),
          report.blocks.map((x) => x.id),
        );
        expect(resolveIn(createAnchorIndex(edited), t)).toEqual({ status: 'orphan' });
      }),
      { numRuns: 500 },
    );
  });
});
