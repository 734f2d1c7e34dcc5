import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fieldAt,
  fieldCount,
  fieldText,
  FoldedTextsBuilder,
  toSource,
} from '../../../core/search/folded-texts';
import { foldForIndex, foldText, normalizeText } from '../../../core/search/normalize';

const unit = fc.constantFrom('a', 'Ａ', 'Z', '“', ' ', '　', '\n', '人', '…', '.', '𠀀', '₁', '\u200b');

describe('FoldedTexts: many fields in one string', () => {
  it('keeps each field apart, finds the field of an offset, and maps back within it', () => {
    const b = new FoldedTextsBuilder();
    for (const text of ['甲“乙”', '', 'Ａ …B']) b.add(text, foldForIndex);
    const t = b.finish();
    expect(fieldCount(t)).toBe(3);
    expect([0, 1, 2].map((f) => fieldText(t, f))).toEqual(['甲乙', '', 'a...b']);
    const at = t.text.indexOf('b');
    expect(fieldAt(t, at)).toBe(2);
    expect(toSource(t, 2, { start: at - 3, end: at + 1 })).toEqual({ start: 2, end: 4 });
    expect(toSource(t, 0, { start: 1, end: 2 })).toEqual({ start: 2, end: 3 });
  });

  it('maps the same after fields are copied into another set (as the notes corpus is assembled)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 12 }), { minLength: 1, maxLength: 5 }), (texts) => {
        const direct = new FoldedTextsBuilder();
        const copied = new FoldedTextsBuilder();
        copied.add('前面的字段', foldForIndex);
        for (const text of texts) {
          direct.add(text, foldForIndex);
          copied.append(normalizeText(text));
        }
        const a = direct.finish();
        const b = copied.finish();
        texts.forEach((text, f) => {
          expect(fieldText(b, f + 1)).toBe(fieldText(a, f));
          expect(fieldText(a, f)).toBe(foldText(text).replaceAll(' ', ''));
          const base = { a: a.start[f] ?? 0, b: b.start[f + 1] ?? 0 };
          for (let i = 0; i < fieldText(a, f).length; i++) {
            const span = (x: number) => ({ start: x + i, end: x + i + 1 });
            expect(toSource(b, f + 1, span(base.b))).toEqual(toSource(a, f, span(base.a)));
          }
        });
      }),
      { numRuns: 500 },
    );
  });
});
