import { describe, expect, it } from 'vitest';
import { makeSnippet } from '../../../core/search/snippet';

const marked = (s: { text: string; hits: { start: number; end: number }[] }) =>
  s.hits.map((h) => s.text.slice(h.start, h.end));

describe('makeSnippet', () => {
  it('returns short text whole, with hits relative to it', () => {
    const s = makeSnippet('夯实煤炭基本盘', [{ start: 2, end: 4 }]);
    expect(s).toEqual({ text: '夯实煤炭基本盘', hits: [{ start: 2, end: 4 }] });
  });

  it('cuts about 60 characters around the first hit, marking the cuts with …', () => {
    const text = '甲'.repeat(100) + '煤炭' + '乙'.repeat(100);
    const s = makeSnippet(text, [{ start: 100, end: 102 }]);
    expect(s.text.startsWith('…') && s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBe(62);
    expect(marked(s)).toEqual(['煤炭']);
  });

  it('keeps every hit inside the window and clips the ones at its edge', () => {
    const text = '煤'.repeat(200);
    const s = makeSnippet(text, [
      { start: 0, end: 1 },
      { start: 59, end: 61 },
      { start: 150, end: 151 },
    ]);
    expect(s.hits).toEqual([
      { start: 0, end: 1 },
      { start: 59, end: 60 },
    ]);
  });

  it('never splits a surrogate pair and turns whitespace into spaces one for one', () => {
    const text = '𠀀'.repeat(50) + '\n煤炭\t' + '𠀀'.repeat(50);
    const s = makeSnippet(text, [{ start: 101, end: 103 }]);
    expect(s.text).not.toMatch(/[\n\t]/);
    expect(s.text.replace(/…/g, '')).toMatch(/^(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\uD800-\uDFFF])*$/);
    expect(marked(s)).toEqual(['煤炭']);
  });

  it('shows the start of the text when there is no hit', () => {
    expect(makeSnippet('没有命中', [])).toEqual({ text: '没有命中', hits: [] });
  });

  it('turns exactly the characters \\s matches into spaces, and no other', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const s = makeSnippet(`煤${ch}炭`, []);
      expect(s.text === '煤 炭', `U+${c.toString(16)}`).toBe(/\s/.test(ch));
    }
  });
});
