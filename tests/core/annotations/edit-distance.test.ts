import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bestSubstring,
  endDistance,
  matcher,
  prefixDistances,
  startDistance,
} from '../../../core/annotations/edit-distance';

/** Textbook Levenshtein distance, the reference the fast versions are checked against. */
function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

const minOverSubstrings = (pattern: string, text: string, endFixed: boolean): number => {
  let best = pattern.length;
  for (let s = 0; s <= text.length; s++) {
    for (let e = s; e <= text.length; e++) {
      if (endFixed && e !== text.length) continue;
      best = Math.min(best, levenshtein(pattern, text.slice(s, e)));
    }
  }
  return best;
};

// A small alphabet makes near-matches common; a CJK pair and a surrogate pair keep code units honest.
const chars = fc.constantFrom('a', 'b', 'c', '增', '长', '\u{1F600}'.charAt(0), '\u{1F600}'.charAt(1));
const str = (max: number) => fc.array(chars, { maxLength: max }).map((a) => a.join(''));

const reverse = (s: string): string => s.split('').reverse().join('');

describe('endDistance and startDistance', () => {
  it('equal the best Levenshtein distance over substrings ending at the end / starting at the start', () => {
    fc.assert(
      fc.property(str(32), str(20), fc.nat(5), (pattern, text, pad) => {
        const padded = 'x'.repeat(pad) + text + 'y'.repeat(pad);
        const [from, to] = [pad, pad + text.length];
        expect(endDistance(matcher(pattern), padded, from, to)).toBe(minOverSubstrings(pattern, text, true));
        const fromStart = minOverSubstrings(reverse(pattern), reverse(text), true);
        expect(startDistance(matcher(pattern, true), padded, from, to)).toBe(fromStart);
      }),
      { numRuns: 400 },
    );
  });

  it('handles a full 32-unit pattern', () => {
    const p = '政府工作报告'.repeat(5) + '增长';
    expect(p.length).toBe(32);
    const text = 'xx' + p;
    expect(endDistance(matcher(p), text, 0, text.length)).toBe(0);
    const edited = 'xx' + p.slice(0, 31) + 'y';
    expect(endDistance(matcher(p), edited, 0, edited.length)).toBe(1);
    expect(startDistance(matcher(p, true), p + 'zz', 0, 34)).toBe(0);
  });

  it('refuses patterns longer than one machine word, and the wrong direction', () => {
    expect(() => matcher('a'.repeat(33))).toThrow(RangeError);
    expect(() => endDistance(matcher('a', true), 'a', 0, 1)).toThrow(RangeError);
    expect(() => startDistance(matcher('a'), 'a', 0, 1)).toThrow(RangeError);
  });
});

describe('prefixDistances', () => {
  it('gives the Levenshtein distance to every prefix of the text', () => {
    fc.assert(
      fc.property(str(10), str(12), (pattern, text) => {
        const d = prefixDistances(pattern, text);
        for (let j = 0; j <= text.length; j++) expect(d[j]).toBe(levenshtein(pattern, text.slice(0, j)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('bestSubstring', () => {
  it('finds a substring at the minimum distance, within the bound', () => {
    fc.assert(
      fc.property(str(10), str(16), fc.nat(4), (pattern, text, maxErrors) => {
        const min = minOverSubstrings(pattern, text, false);
        const found = bestSubstring(pattern, text, maxErrors);
        if (min > maxErrors) {
          expect(found).toBeUndefined();
          return;
        }
        expect(found?.errors).toBe(min);
        if (found) expect(levenshtein(pattern, text.slice(found.start, found.end))).toBe(min);
      }),
      { numRuns: 400 },
    );
  });

  it('prefers a substitution to a shorter range', () => {
    expect(bestSubstring('增长15.4%', '同比增长15.5%，总量', 2)).toEqual({ start: 2, end: 9, errors: 1 });
  });
});
