/**
 * Keys of the notes' inverted index (notes-index.ts): every distinct code unit and pair of adjacent code units of
 * a note's folded fields. A text that contains a needle contains each of the needle's keys, so the notes holding
 * the needle are among those listed under its rarest key; a scan of those notes' own text then decides. Pairs are
 * selective for any script (Han bigrams, 43 of 432.7), single units serve one-character needles. A key is a
 * number (a unit's code, or 65536 more than the pair's two codes in one), so listing a note makes no strings.
 */
import { fieldCount, fieldEnd, fieldStart, type FoldedTexts } from './folded-texts';

/** Counts above this are not kept in an entry; the note's text is scanned for them instead. */
export const MANY = 15;

/**
 * The distinct keys of every field of `texts` (pairs never span two fields), each with how often it occurs in
 * title fields and in the others (overlapping occurrences, as a scan counts them), packed as title × 16 + other,
 * each at most MANY (which means MANY or more).
 */
export function textKeys(texts: FoldedTexts, isTitle: (field: number) => boolean): Map<number, number> {
  const keys = new Map<number, number>();
  const { text } = texts;
  for (let f = 0; f < fieldCount(texts); f++) {
    const end = fieldEnd(texts, f);
    const step = isTitle(f) ? 16 : 1;
    const count = (key: number) => {
      const packed = keys.get(key) ?? 0;
      if (Math.floor(packed / step) % 16 < MANY) keys.set(key, packed + step);
    };
    for (let i = fieldStart(texts, f); i < end; i++) {
      const unit = text.charCodeAt(i);
      count(unit);
      if (i + 1 < end) count(pairKey(unit, text.charCodeAt(i + 1)));
    }
  }
  return keys;
}

const pairKey = (first: number, second: number): number => 65536 + first * 65536 + second;

/** The keys every text containing `needle` has: its pairs, or the unit itself when it is one unit long. */
export function needleKeys(needle: string): number[] {
  if (needle.length <= 1) return needle.length === 1 ? [needle.charCodeAt(0)] : [];
  const keys = new Set<number>();
  for (let i = 0; i + 1 < needle.length; i++)
    keys.add(pairKey(needle.charCodeAt(i), needle.charCodeAt(i + 1)));
  return [...keys];
}
