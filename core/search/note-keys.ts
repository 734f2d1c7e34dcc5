/**
 * Keys of the notes' inverted index (notes-index.ts): every distinct code unit and pair of adjacent code units of
 * a note's folded fields. A text that contains a needle contains each of the needle's keys, so the notes holding
 * the needle are among those listed under its rarest key; a scan of those notes' own text then decides. Pairs are
 * selective for any script (Han bigrams, 43 of 432.7), single units serve one-character needles.
 */
import { fieldCount, fieldEnd, fieldStart, type FoldedTexts } from './folded-texts';

/** Counts above this are not kept in an entry; the note's text is scanned for them instead. */
export const MANY = 15;

/**
 * The distinct keys of every field of `texts` (pairs never span two fields), each with how often it occurs in
 * title fields and in the others (overlapping occurrences, as a scan counts them), packed as title × 16 + other,
 * each at most MANY (which means MANY or more).
 */
export function textKeys(texts: FoldedTexts, isTitle: (field: number) => boolean): Map<string, number> {
  const keys = new Map<string, number>();
  const { text } = texts;
  for (let f = 0; f < fieldCount(texts); f++) {
    const end = fieldEnd(texts, f);
    const step = isTitle(f) ? 16 : 1;
    const count = (key: string) => {
      const packed = keys.get(key) ?? 0;
      if (Math.floor(packed / step) % 16 < MANY) keys.set(key, packed + step);
    };
    for (let i = fieldStart(texts, f); i < end; i++) {
      count(text[i] ?? '');
      if (i + 1 < end) count(text.slice(i, i + 2));
    }
  }
  return keys;
}

/** The keys every text containing `needle` has: its pairs, or the unit itself when it is one unit long. */
export function needleKeys(needle: string): string[] {
  if (needle.length <= 1) return needle.length === 1 ? [needle] : [];
  const keys = new Set<string>();
  for (let i = 0; i + 1 < needle.length; i++) keys.add(needle.slice(i, i + 2));
  return [...keys];
}
