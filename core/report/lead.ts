/** Run-in leads: the short first sentence a paragraph opens with (完善城市功能。), rendered bold by the reader. */
import type { TextMark } from './model';

/** Longest first sentence, 。 included, that still reads as a run-in lead rather than a statement. */
const MAX_LEAD_LENGTH = 21;
/** A point the report numbers (一是…, 二是…) opens with its lead even with a comma in it, up to this length. */
const MAX_POINT_LEAD_LENGTH = 40;
const POINT = /^[一二三四五六七八九十]{1,3}是\S/;
const FIRST_STOP = /[。！？；：…!?;:]/;

function hasTextAfter(text: string, index: number): boolean {
  return text.slice(index).trim() !== '';
}

/**
 * Finds the run-in lead of a paragraph: a leading bold span ending in 。, a short first sentence (≤ ~20
 * characters, no ，) ending in 。 and followed by more text, or the first sentence of a numbered point (一是…，…。)
 * up to 40 characters. Returns a prefix of `text`, or undefined.
 */
export function findLead(text: string, marks: readonly TextMark[]): string | undefined {
  const bold = marks.find((mark) => mark.type === 'bold' && mark.start === 0);
  if (bold) {
    const end = text[bold.end - 1] === '。' ? bold.end : text[bold.end] === '。' ? bold.end + 1 : -1;
    if (end > 0 && hasTextAfter(text, end)) return text.slice(0, end);
  }
  const stop = FIRST_STOP.exec(text.length > 64 ? text.slice(0, 64) : text);
  if (!stop || stop[0] !== '。') return undefined;
  const end = stop.index + 1;
  const sentence = text.slice(0, end);
  if (POINT.test(text) && end <= MAX_POINT_LEAD_LENGTH) return hasTextAfter(text, end) ? sentence : undefined;
  if (end > MAX_LEAD_LENGTH || sentence.includes('，') || sentence.includes(',')) return undefined;
  return hasTextAfter(text, end) ? sentence : undefined;
}
