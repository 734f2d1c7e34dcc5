import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, normalizeText, toOriginalSpan } from '../../../core/search/normalize';

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
