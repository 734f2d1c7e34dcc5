/** Refusing input that is not report text at all (empty, binary), before any parsing is attempted. */
import type { AppError } from '../result';

/** Share of non-space characters that may be control or U+FFFD replacement characters before text counts as binary. */
const MAX_GARBAGE_SHARE = 0.1;

/** Checks that the (normalised) input is non-empty text; returns the error to show, or null if parsing may go on. */
export function checkInput(text: string): AppError | null {
  if (text.length === 0) return { code: 'not-a-report', message: '文件为空' };
  if (text.includes('\u0000')) return { code: 'not-a-report', message: '文件不是文本（可能是二进制文件）' };
  let visible = 0;
  let garbage = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x0a || code === 0x09 || code === 0x3000) continue;
    visible++;
    if (code === 0xfffd || code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) garbage++;
  }
  if (visible === 0 || text.trim() === '')
    return { code: 'not-a-report', message: '文件为空（只有空白字符）' };
  if (garbage > visible * MAX_GARBAGE_SHARE) {
    return { code: 'not-a-report', message: '文件不是文本（可能是二进制文件）' };
  }
  return null;
}
