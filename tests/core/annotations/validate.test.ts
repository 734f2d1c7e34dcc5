/** Annotation and pack validation: strict shapes, limits, and Chinese messages that name the problem. */
import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationPack } from '../../../core/annotations/model';
import {
  isIsoDateTime,
  NOTE_MAX_LENGTH,
  validateAnnotation,
  validateAnnotationList,
  validatePack,
} from '../../../core/annotations/validate';

const a: Annotation = {
  id: 'n1',
  reportId: 'r1',
  kind: 'highlight',
  target: { blockId: 'p1-2', start: 0, end: 4, exact: '稳中求进', prefix: '', suffix: '工作总基调' },
  color: 'red',
  note: '',
  tags: ['疑问'],
  author: { id: 'u1', name: '李代表' },
  createdAt: '2024-03-05T09:00:00+08:00',
  updatedAt: '2024-03-05T01:00:00.000Z',
};

const pack = (annotations: unknown[], extra: Record<string, unknown> = {}): unknown => ({
  format: 'yandu.annotations',
  version: 1,
  report: { id: 'r1', title: '政府工作报告' },
  exportedBy: { id: 'u1', name: '李代表' },
  exportedAt: '2024-03-05T10:00:00Z',
  annotations,
  ...extra,
});

const message = (r: { ok: boolean; error?: { message: string } }) => (r.ok ? 'ok' : r.error?.message);

describe('validateAnnotation', () => {
  it('accepts a valid annotation and returns a copy', () => {
    const result = validateAnnotation(a);
    expect(result).toEqual({ ok: true, value: a });
    expect(result.ok && result.value).not.toBe(a);
    expect(validateAnnotation({ ...a, deletedAt: '2024-03-06T00:00:00Z' }).ok).toBe(true);
  });

  it.each<[string, unknown, string]>([
    ['a colour outside the palette', { ...a, color: 'pink' }, '批注：颜色“pink”无效'],
    ['an unknown kind', { ...a, kind: 'comment' }, '批注：类型“comment”无效'],
    ['a missing id', { ...a, id: undefined }, '批注：缺少编号'],
    ['an empty id', { ...a, id: '' }, '批注：编号不能为空'],
    ['an id over 200 characters', { ...a, id: 'x'.repeat(201) }, '批注：编号过长（最多 200 个字符）'],
    ['51 tags', { ...a, tags: Array.from({ length: 51 }, String) }, '批注：标签过多（最多 50 个）'],
    [
      'a tag over 100 characters',
      { ...a, tags: ['ok', 'x'.repeat(101)] },
      '批注：第2个标签过长（最多 100 个字符）',
    ],
    [
      'a date that is not ISO',
      { ...a, updatedAt: '2024年3月5日' },
      '批注：修改时间“2024年3月5日”不是有效的日期时间',
    ],
    [
      'start after end',
      { ...a, target: { ...a.target, start: 5, end: 4 } },
      '批注：起始位置不能大于结束位置',
    ],
    ['a fractional offset', { ...a, target: { ...a.target, end: 4.5 } }, '批注：结束位置应为整数'],
    ['a negative offset', { ...a, target: { ...a.target, start: -1 } }, '批注：起始位置不能为负数'],
    ['an unknown field', { ...a, html: '<b>' }, '批注：有未知字段“html”'],
    ['not an object', 'note', '批注格式无效'],
  ])('refuses %s with a message that names it', (_, input, expected) => {
    expect(message(validateAnnotation(input))).toBe(expected);
  });

  it('takes a note of 2 MB but not more, and never quotes the whole note back', () => {
    expect(validateAnnotation({ ...a, note: '长'.repeat(NOTE_MAX_LENGTH) }).ok).toBe(true);
    const tooLong = message(validateAnnotation({ ...a, note: '长'.repeat(NOTE_MAX_LENGTH + 1) }));
    expect(tooLong).toBe(`批注：笔记过长（最多 ${NOTE_MAX_LENGTH} 个字符）`);
  });

  it('keeps hostile text exactly (it is data, not markup)', () => {
    const note = '<script>alert(1)</script>\u0000\ud800\u202e👨‍👩‍👧';
    const result = validateAnnotation({ ...a, note });
    expect(result.ok && result.value.note === note).toBe(true);
  });
});

describe('validateAnnotationList', () => {
  it('names the position of the first bad annotation', () => {
    expect(message(validateAnnotationList([a, a, { ...a, color: 'pink' }]))).toBe(
      '第3条批注：颜色“pink”无效',
    );
    expect(validateAnnotationList([a])).toEqual({ ok: true, value: [a] });
  });
});

describe('validatePack', () => {
  it('accepts a pack and drops report metadata it does not keep', () => {
    const result = validatePack(pack([a], { report: { id: 'r1', title: '报告', year: 2022 } }));
    expect(result.ok).toBe(true);
    expect(result.ok && (result.value as AnnotationPack).report).toEqual({ id: 'r1', title: '报告' });
  });

  it('names the annotation that is wrong, with how many more problems there are', () => {
    expect(message(validatePack(pack([a, a, { ...a, color: 'pink' }])))).toBe('第3条批注：颜色“pink”无效');
    expect(message(validatePack(pack([{ ...a, color: 'pink', kind: 'x' }])))).toMatch(
      /^第1条批注：.*（另有 1 处问题）$/,
    );
  });

  it('says a pack from a newer 研读 needs an upgrade', () => {
    const result = validatePack(pack([a], { version: 3 }));
    expect(result.ok || result.error.code).toBe('future-version');
    expect(message(result)).toBe(
      '此批注文件来自更新版本的研读（格式版本 3），当前版本无法读取，请升级研读后再打开',
    );
  });

  it.each<[unknown, string]>([
    [null, '这不是研读批注文件'],
    [[], '这不是研读批注文件'],
    [{ format: 'other' }, '这不是研读批注文件（格式标记不符）'],
    [pack([], { version: 0 }), '批注文件：格式版本“0”无效'],
    [pack([], { exportedAt: 'yesterday' }), '批注文件：导出时间“yesterday”不是有效的日期时间'],
  ])('refuses %j', (input, expected) => {
    expect(message(validatePack(input))).toBe(expected);
  });
});

describe('isIsoDateTime', () => {
  it('accepts UTC and offsets, refuses the rest', () => {
    expect(['2024-03-05T09:00:00Z', '2024-03-05T09:00:00.123+08:00'].every(isIsoDateTime)).toBe(true);
    expect(['2024-03-05', '2024-03-05T09:00:00', 'now', 5].some(isIsoDateTime)).toBe(false);
  });
});
