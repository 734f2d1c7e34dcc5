/**
 * Amendments (修改意见) as a note kind of their own (issue 16, docs/decisions.md 44): the schema bounds their fields,
 * packs that hold them are version 2 (so an older build says it needs an upgrade), and edits, sharing, authorship
 * and merge treat them like every other note.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAuthorship } from '../../../core/annotations/authorship';
import { buildPack } from '../../../core/annotations/exchange';
import { mergePacks } from '../../../core/annotations/merge';
import type { Annotation, AnnotationPack } from '../../../core/annotations/model';
import { packVersionFor } from '../../../core/annotations/model';
import {
  adoptAnnotation,
  createAnnotation,
  tombstone,
  updateAnnotation,
} from '../../../core/annotations/ops';
import { buildSharePack } from '../../../core/annotations/share';
import {
  AMENDMENT_TEXT_MAX_LENGTH,
  PACK_VERSION,
  validateAnnotation,
  validatePack,
} from '../../../core/annotations/validate';
import { doc } from '../export/fixture';

const me = { id: 'u1', name: '张代表' };
const base: Annotation = {
  id: 'm1',
  reportId: doc.id,
  kind: 'amendment',
  target: {
    blockId: 'p2-1',
    start: 12,
    end: 18,
    exact: '坚持稳中求进',
    prefix: '今年政府工作的总体要求是',
    suffix: '。',
  },
  amendment: { action: 'replace', text: '坚持稳字当头、稳中求进' },
  note: '与中央提法一致',
  tags: [],
  author: me,
  createdAt: '2022-04-20T08:00:00.000Z',
  updatedAt: '2022-04-20T08:00:00.000Z',
};
const message = (r: { ok: boolean; error?: { message: string } }) => (r.ok ? 'ok' : r.error?.message);
const packOf = (annotations: unknown[], version = 2): unknown => ({
  format: 'yandu.annotations',
  version,
  report: { id: doc.id, title: '报告' },
  exportedBy: me,
  exportedAt: '2022-04-22T00:00:00.000Z',
  annotations,
});

describe('an amendment in the schema', () => {
  it('accepts replace, insert after and delete, with or without a reason', () => {
    expect(validateAnnotation(base)).toEqual({ ok: true, value: base });
    const insert = { ...base, amendment: { action: 'insertAfter', text: '，着力稳增长' }, note: '' };
    expect(validateAnnotation(insert).ok).toBe(true);
    const remove = { ...base, amendment: { action: 'delete', text: '' } };
    expect(validateAnnotation(remove).ok).toBe(true);
  });

  it.each<[string, unknown, string]>([
    ['no amendment', { ...base, amendment: undefined }, '批注：修改意见缺少修改内容'],
    [
      'an unknown action',
      { ...base, amendment: { action: 'rewrite', text: 'x' } },
      '批注：修改方式“rewrite”无效',
    ],
    ['a missing action', { ...base, amendment: { text: 'x' } }, '批注：缺少修改方式'],
    [
      'a text that is not text',
      { ...base, amendment: { action: 'replace', text: 3 } },
      '批注：修改后的文字应为文字',
    ],
    [
      'an unknown key',
      { ...base, amendment: { action: 'replace', text: 'x', by: 'y' } },
      '批注：修改内容中有未知字段“by”',
    ],
    [
      'a text over the limit',
      { ...base, amendment: { action: 'replace', text: 'x'.repeat(AMENDMENT_TEXT_MAX_LENGTH + 1) } },
      `批注：修改后的文字过长（最多 ${AMENDMENT_TEXT_MAX_LENGTH} 个字符）`,
    ],
    [
      'a replace with no new words',
      { ...base, amendment: { action: 'replace', text: '' } },
      '批注：修改意见缺少修改后的文字',
    ],
    [
      'an insert with no words',
      { ...base, amendment: { action: 'insertAfter', text: '' } },
      '批注：修改意见缺少增加的文字',
    ],
    [
      'a delete with new words',
      { ...base, amendment: { action: 'delete', text: '新' } },
      '批注：删去的修改意见不应有新的文字',
    ],
    [
      'no words of the report',
      { ...base, target: { ...base.target, start: 3, end: 3, exact: '' } },
      '批注：修改意见缺少原文',
    ],
    [
      'an amendment on a highlight',
      { ...base, kind: 'highlight', color: 'red' },
      '批注：只有修改意见才有修改内容',
    ],
  ])('refuses %s', (_, value, expected) => {
    expect(message(validateAnnotation(value))).toBe(expected);
  });

  it('lets a tombstone carry an emptied amendment (sharing empties what I wrote)', () => {
    const dead = {
      ...base,
      amendment: { action: 'replace', text: '' },
      deletedAt: '2022-04-21T00:00:00.000Z',
    };
    expect(validateAnnotation(dead).ok).toBe(true);
  });
});

describe('packs with amendments', () => {
  it('are version 2; packs without stay version 1, so an older build reads them', () => {
    expect(PACK_VERSION).toBe(2);
    expect(packVersionFor([])).toBe(1);
    expect(packVersionFor([{ kind: 'note' }, { kind: 'bookmark' }])).toBe(1);
    expect(packVersionFor([base])).toBe(2);
    expect(buildPack({ id: doc.id, title: '' }, me, [base], '2022-04-22T00:00:00.000Z').version).toBe(2);
    const share = buildSharePack({
      report: { id: doc.id, title: '' },
      me,
      annotations: [base],
      doc,
      exportedAt: '2022-04-22T00:00:00.000Z',
    });
    expect(share.version).toBe(2);
    expect(validatePack(JSON.parse(JSON.stringify(share)))).toEqual({ ok: true, value: share });
  });

  it('refuses a version 1 pack that holds an amendment, naming the note', () => {
    expect(message(validatePack(packOf([base], 1)))).toBe('第1条批注：格式版本 1 的批注文件不能包含修改意见');
    expect(validatePack(packOf([base], 2)).ok).toBe(true);
  });

  it('a pack from a build after this one still asks for an upgrade', () => {
    const result = validatePack(packOf([base], 3));
    expect(result.ok || result.error.code).toBe('future-version');
  });

  it('merge keeps version 1 for old packs and gives version 2 once an amendment is in', () => {
    const v1 = validatePack(
      packOf([{ ...base, id: 'h1', kind: 'highlight', color: 'red', amendment: undefined }], 1),
    );
    const v2 = validatePack(packOf([base]));
    if (!v1.ok || !v2.ok) throw new Error('fixture');
    const old = v1.value as AnnotationPack;
    expect(mergePacks([old, old])).toMatchObject({ ok: true, value: { version: 1 } });
    const merged = mergePacks([old, v2.value]);
    expect(merged).toMatchObject({ ok: true, value: { version: 2 } });
    if (merged.ok) expect(validatePack(JSON.parse(JSON.stringify(merged.value))).ok).toBe(true);
  });
});

describe('edits of an amendment', () => {
  const ids = () => 'new-id';
  it('are created with their amendment and no colour unless given', () => {
    const made = createAnnotation(
      {
        reportId: doc.id,
        kind: 'amendment',
        target: base.target,
        amendment: { action: 'delete', text: '' },
        author: me,
      },
      '2022-04-20T08:00:00.000Z',
      ids,
    );
    expect(made).toMatchObject({ kind: 'amendment', amendment: { action: 'delete', text: '' } });
    expect('color' in made).toBe(false);
    expect(validateAnnotation(made).ok).toBe(true);
  });

  it('change action and words, and a note that becomes another kind loses its amendment', () => {
    const later = '2022-04-20T09:00:00.000Z';
    const changed = updateAnnotation(base, { amendment: { action: 'insertAfter', text: '，确保' } }, later);
    expect(changed.amendment).toEqual({ action: 'insertAfter', text: '，确保' });
    expect(changed.amendment).not.toBe(base.amendment);
    const asNote = updateAnnotation(base, { kind: 'note' }, later);
    expect('amendment' in asNote).toBe(false);
    expect(validateAnnotation(asNote).ok).toBe(true);
  });

  it('are adopted whole and deleted as tombstones that keep them', () => {
    const other = { ...base, author: { id: 'u2', name: '李代表' } };
    const adopted = adoptAnnotation(other, me, '2022-04-21T00:00:00.000Z', ids);
    expect(adopted).toMatchObject({
      kind: 'amendment',
      amendment: base.amendment,
      note: base.note,
      author: me,
    });
    expect(tombstone(base, '2022-04-21T00:00:00.000Z').amendment).toEqual(base.amendment);
  });

  it('a shared tombstone is emptied of its new words, and the pack stays valid', () => {
    const dead = tombstone(base, '2022-04-21T00:00:00.000Z');
    const [shared] = buildSharePack({
      report: { id: doc.id, title: '' },
      me,
      annotations: [dead],
      doc,
      exportedAt: '2022-04-22T00:00:00.000Z',
    }).annotations;
    expect(shared).toMatchObject({ note: '', amendment: { action: 'replace', text: '' } });
    expect(validateAnnotation(shared).ok).toBe(true);
  });
});

describe('authorship and merge are the same for amendments', () => {
  const amendmentArb = fc.record({
    author: fc.constantFrom('u1', 'u2'),
    action: fc.constantFrom('replace' as const, 'insertAfter' as const),
    text: fc.string({ minLength: 1, maxLength: 5 }),
    updatedAt: fc.constantFrom('2022-04-20T08:00:00.000Z', '2022-04-21T08:00:00.000Z'),
  });
  it('another member cannot change or delete my amendment', () => {
    fc.assert(
      fc.property(amendmentArb, (r) => {
        const version: Annotation = {
          ...base,
          author: { id: r.author, name: '' },
          amendment: { action: r.action, text: r.text },
          updatedAt: r.updatedAt,
        };
        const check = checkAuthorship(new Map([[base.id, me.id]]), [version]);
        expect(check.kept.length).toBe(r.author === me.id ? 1 : 0);
      }),
    );
  });
});
