import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeAnnotations } from '../../../core/annotations/merge';
import type { AnnotationTarget } from '../../../core/annotations/model';
import {
  createAnnotation,
  nextTimestamp,
  normalizeTags,
  tombstone,
  updateAnnotation,
} from '../../../core/annotations/ops';
import { annotationArb } from './arbitraries';

const target: AnnotationTarget = {
  blockId: 'p1-1',
  start: 3,
  end: 5,
  exact: '增长',
  prefix: '同比',
  suffix: '15.4%',
};
const T0 = '2022-04-20T08:00:00.000Z';
const T1 = '2022-04-20T09:00:00.000Z';

const fresh = () =>
  createAnnotation(
    {
      reportId: 'r1',
      kind: 'highlight',
      target,
      color: 'yellow',
      author: { id: 'u1', name: '王代表' },
      tags: [' 财政 ', '财政', ''],
    },
    T0,
    () => 'id-1',
  );

describe('createAnnotation', () => {
  it('fills defaults, stamps both times and takes the id from idGen', () => {
    expect(fresh()).toEqual({
      id: 'id-1',
      reportId: 'r1',
      kind: 'highlight',
      target,
      color: 'yellow',
      note: '',
      tags: ['财政'],
      author: { id: 'u1', name: '王代表' },
      createdAt: T0,
      updatedAt: T0,
    });
    expect(fresh().target).not.toBe(target);
  });
});

describe('updateAnnotation', () => {
  it('changes only editable fields and bumps updatedAt', () => {
    const a = fresh();
    const b = updateAnnotation(a, { color: 'red', note: '核实', tags: ['民生'] }, T1);
    expect(b).toEqual({ ...a, color: 'red', note: '核实', tags: ['民生'], updatedAt: T1 });
    expect(a.color).toBe('yellow');
  });

  it('keeps every edit newer than the version it replaces, even if the clock went back', () => {
    fc.assert(
      fc.property(
        annotationArb,
        fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }),
        (a, d) => {
          const b = updateAnnotation(a, { note: 'x' }, d.toISOString());
          expect(mergeAnnotations([a], [b])).toEqual([b]);
        },
      ),
    );
  });
});

describe('tombstone', () => {
  it('marks deleted at a time after the last edit and wins a merge', () => {
    const a = updateAnnotation(fresh(), { note: 'n' }, T1);
    const dead = tombstone(a, T0);
    expect(dead.deletedAt).toBe(dead.updatedAt);
    expect(Date.parse(dead.updatedAt)).toBeGreaterThan(Date.parse(a.updatedAt));
    expect(dead.note).toBe('n');
    expect(mergeAnnotations([a], [dead])).toEqual([dead]);
  });
});

describe('helpers', () => {
  it('nextTimestamp moves forward by 1 ms when the clock has not', () => {
    expect(nextTimestamp(T0, T1)).toBe(T1);
    expect(nextTimestamp(T1, T0)).toBe('2022-04-20T09:00:00.001Z');
    expect(nextTimestamp(T1, T1)).toBe('2022-04-20T09:00:00.001Z');
    expect(nextTimestamp('garbage', T0)).toBe(T0);
  });

  it('normalizeTags trims, drops empties and duplicates, keeps order', () => {
    expect(normalizeTags([' b', 'a', 'b ', '', '  '])).toEqual(['b', 'a']);
  });
});
