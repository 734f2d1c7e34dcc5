import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions, mergeAnnotations, mergePacks } from '../../../core/annotations/merge';
import type { Annotation, AnnotationPack } from '../../../core/annotations/model';
import { annotationArb, annotationsArb, instantArb } from './arbitraries';

const merge = mergeAnnotations;

describe('mergeAnnotations laws', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(annotationsArb, annotationsArb, (a, b) => {
        expect(merge(a, b)).toStrictEqual(merge(b, a));
      }),
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(annotationsArb, annotationsArb, annotationsArb, (a, b, c) => {
        expect(merge(merge(a, b), c)).toStrictEqual(merge(a, merge(b, c)));
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(annotationsArb, (a) => {
        const once = merge(a, []);
        expect(merge(once, once)).toStrictEqual(once);
        expect(merge(a, a)).toStrictEqual(once);
      }),
    );
  });

  it('keeps one version per id, sorted by id, each one of the inputs', () => {
    fc.assert(
      fc.property(annotationsArb, annotationsArb, (a, b) => {
        const merged = merge(a, b);
        const ids = merged.map((x) => x.id);
        expect(ids).toEqual([...new Set([...a, ...b].map((x) => x.id))].sort());
        for (const x of merged) expect([...a, ...b]).toContain(x);
      }),
    );
  });

  it('lets a newer tombstone delete, and a newer edit win over an older tombstone', () => {
    fc.assert(
      fc.property(annotationArb, (x) => {
        const live: Annotation = { ...x, updatedAt: '2022-04-20T08:00:00.000Z' };
        delete live.deletedAt;
        const dead: Annotation = {
          ...live,
          updatedAt: '2022-04-21T08:00:00.000Z',
          deletedAt: '2022-04-21T08:00:00.000Z',
        };
        expect(merge([live], [dead])).toEqual([dead]);
        const revived: Annotation = { ...live, note: '恢复', updatedAt: '2022-04-22T08:00:00.000Z' };
        expect(merge([dead], [revived])).toEqual([revived]);
      }),
    );
  });
});

describe('compareVersions', () => {
  it('compares instants, not strings', () => {
    fc.assert(
      fc.property(annotationArb, instantArb, instantArb, (x, t1, t2) => {
        const a = { ...x, updatedAt: t1 };
        const b = { ...x, updatedAt: t2 };
        const byTime = Date.parse(t1) - Date.parse(t2);
        if (byTime !== 0) expect(Math.sign(compareVersions(a, b))).toBe(Math.sign(byTime));
      }),
    );
  });

  it('breaks a tie in favour of the tombstone, then deterministically', () => {
    const base: Annotation = {
      id: 'a',
      reportId: 'r',
      kind: 'highlight',
      target: { blockId: 'b', start: 0, end: 1, exact: 'x', prefix: '', suffix: '' },
      color: 'yellow',
      note: '',
      tags: [],
      author: { id: 'u', name: 'U' },
      createdAt: '2022-04-20T08:00:00.000Z',
      updatedAt: '2022-04-20T08:00:00.000Z',
    };
    const dead = { ...base, deletedAt: base.updatedAt };
    expect(compareVersions(dead, base)).toBeGreaterThan(0);
    const red = { ...base, color: 'red' as const };
    expect(Math.sign(compareVersions(red, base))).toBe(-Math.sign(compareVersions(base, red)));
    expect(compareVersions(base, { ...base })).toBe(0);
  });

  it('sorts unreadable dates before real ones without breaking the order', () => {
    const [x] = fc.sample(annotationArb, { numRuns: 1, seed: 1 });
    if (!x) throw new Error('no sample');
    const bad = { ...x, updatedAt: 'yesterday' };
    const good = { ...x, updatedAt: '2022-04-20T08:00:00.000Z' };
    expect(compareVersions(bad, good)).toBeLessThan(0);
    expect(merge([bad], [good])).toEqual([good]);
  });
});

describe('mergePacks', () => {
  const pack = (
    annotations: Annotation[],
    exportedAt: string,
    name = '王代表',
    reportId = 'r1',
  ): AnnotationPack => ({
    format: 'yandu.annotations',
    version: 1,
    report: { id: reportId, title: '政府工作报告' },
    exportedBy: { id: name, name },
    exportedAt,
    annotations,
  });

  it('merges the annotations and takes the header of the newest pack, in any order', () => {
    fc.assert(
      fc.property(annotationsArb, annotationsArb, annotationsArb, (a, b, c) => {
        const packs = [
          pack(a, '2022-04-20T08:00:00Z', '甲'),
          pack(b, '2022-04-22T08:00:00Z', '乙'),
          pack(c, '2022-04-21T08:00:00Z'),
        ];
        const merged = mergePacks(packs);
        const reversed = mergePacks([...packs].reverse());
        expect(merged).toStrictEqual(reversed);
        if (!merged.ok) throw new Error('merge failed');
        expect(merged.value.exportedBy.name).toBe('乙');
        expect(merged.value.annotations).toStrictEqual(merge(merge(a, b), c));
      }),
    );
  });

  it('uses the given exporter and time', () => {
    const merged = mergePacks([pack([], '2022-04-20T08:00:00Z')], {
      exportedBy: { id: 'me', name: '我' },
      exportedAt: '2022-05-01T00:00:00Z',
    });
    expect(merged.ok && merged.value.exportedBy.id === 'me' && merged.value.exportedAt).toBe(
      '2022-05-01T00:00:00Z',
    );
  });

  it('refuses packs of different reports, and an empty list', () => {
    const refused = mergePacks([
      pack([], '2022-04-20T08:00:00Z'),
      pack([], '2022-04-20T08:00:00Z', 'x', 'r2'),
    ]);
    expect(refused).toMatchObject({ ok: false, error: { code: 'report-mismatch' } });
    expect(mergePacks([])).toMatchObject({ ok: false, error: { code: 'no-packs' } });
  });
});
