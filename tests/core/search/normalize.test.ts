import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fieldEnd,
  fieldStart,
  fieldText,
  FoldedTextsBuilder,
  toSource,
} from '../../../core/search/folded-texts';
import { foldForIndex, foldText, normalizeText, toOriginalSpan } from '../../../core/search/normalize';

describe('foldText', () => {
  it.each([
    ['５Ｇ基站', '5g基站'],
    ['ＰＭ２．５', 'pm2.5'],
    ['VOCs', 'vocs'],
    ['“双减”', '双减'],
    ['「双减」‘x’"y"', '双减xy'],
    ['PM₁₀', 'pm10'],
    ['15.4％', '15.4%'],
    ['a \t\n　b', 'a b'],
    ['a\u200bb', 'ab'],
    ['O₃ 与 m³', 'o3 与 m3'],
    ['Ⅲ类', 'iii类'],
    ['《政府工作报告》', '政府工作报告'],
    ['  前后空白  ', '前后空白'],
  ])('%s → %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe('normalizeText', () => {
  it('drops whitespace, so 950份 finds 共印 950 份', () => {
    expect(normalizeText('共印 950 份').text).toBe('共印950份');
  });

  it('keeps CJK Extension A and B characters (lunr-languages trims them)', () => {
    expect(normalizeText('㐀𠀀人').text).toBe('㐀𠀀人');
  });

  it('equals the folded query with its word separators removed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(normalizeText(text).text).toBe(foldText(text).replaceAll(' ', ''));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('toOriginalSpan', () => {
  it('maps folded offsets past removed quotes', () => {
    const text = '国企改革“32字”要求';
    const n = normalizeText(text);
    expect(n.text).toBe('国企改革32字要求');
    const at = (s: string) => {
      const start = n.text.indexOf(s);
      const span = toOriginalSpan(n, { start, end: start + s.length });
      return text.slice(span.start, span.end);
    };
    expect(at('32字')).toBe('32字');
    expect(at('革32')).toBe('革“32');
    expect(at('32字要求')).toBe('32字”要求');
  });

  it('maps expansions to the whole original character', () => {
    const text = '等等…完成';
    const n = normalizeText(text);
    expect(n.text).toBe('等等...完成');
    const start = n.text.indexOf('.');
    expect(toOriginalSpan(n, { start, end: start + 1 })).toEqual({ start: 2, end: 3 });
  });

  it('maps every folded range into the original text, covering what folds to it', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'Ａ', '“', ' ', '　', '人', '…', '𠀀', '₁', 'Z', '\n'),
          maxLength: 30,
        }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const n = normalizeText(text);
          fc.pre(n.text.length > 0);
          const start = a % n.text.length;
          const end = start + 1 + (b % (n.text.length - start));
          const span = toOriginalSpan(n, { start, end });
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.start).toBeLessThan(span.end);
          expect(normalizeText(text.slice(span.start, span.end)).text).toContain(n.text.slice(start, end));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('normalizeText: the fast path', () => {
  it('folds every BMP character (and some astral ones) exactly as foldText does, mapping it back whole', () => {
    const astral = [0x1d400, 0x1d7ce, 0x20000, 0x2f800, 0x1f600, 0xe0041];
    const codes = [...Array.from({ length: 0x10000 }, (_, i) => i), ...astral];
    const builder = new FoldedTextsBuilder();
    for (const cp of codes) builder.add(`甲${String.fromCodePoint(cp)}乙`, foldForIndex);
    const t = builder.finish();
    const wrong: string[] = [];
    codes.forEach((cp, f) => {
      const ch = String.fromCodePoint(cp);
      const folded = fieldText(t, f);
      if (folded !== `甲${foldText(ch).replaceAll(' ', '')}乙`)
        wrong.push(`U+${cp.toString(16)} folds to ${folded}`);
      const last = fieldEnd(t, f) - 1;
      const after = toSource(t, f, { start: last, end: last + 1 });
      if (after.start !== 1 + ch.length || after.end !== 2 + ch.length)
        wrong.push(`U+${cp.toString(16)}: 乙`);
      if (folded.length === 2) return;
      const middle = toSource(t, f, { start: fieldStart(t, f) + 1, end: last });
      if (middle.start !== 1 || middle.end !== 1 + ch.length)
        wrong.push(`U+${cp.toString(16)} maps to a part`);
    });
    expect(wrong).toEqual([]);
  });

  it('keeps runs of dropped characters in one segment, so a long run of quotes costs nothing per quote', () => {
    const n = normalizeText(`甲${'“ '.repeat(10_000)}乙`);
    expect(n.text).toBe('甲乙');
    expect(n.at.length).toBe(2);
    expect(toOriginalSpan(n, { start: 1, end: 2 })).toEqual({ start: 20_001, end: 20_002 });
  });
});
