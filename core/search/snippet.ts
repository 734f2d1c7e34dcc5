/** Result snippets: a short stretch of text around the first hit, with hit ranges the UI turns into <mark>s. */
import type { Span } from './normalize';

/** Plain text plus hit ranges relative to it; render with text nodes and <mark> elements, never as HTML. */
export interface Snippet {
  text: string;
  hits: Span[];
}

const ELLIPSIS = '…';
/** Characters of context shown before the first hit. */
const LEAD = 20;

const isLowSurrogate = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff;
};

/** Whether code unit c is one `\s` matches (ECMAScript's WhiteSpace and LineTerminator). */
const isSpace = (c: number): boolean =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** Whether `text` holds whitespace (a loop over its code units costs less than the regex, for every hit). */
function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Han text and most else is above U+3000: one comparison for them.
    if ((c > 0x3000 && c !== 0xfeff) || !isSpace(c)) continue;
    return true;
  }
  return false;
}

/**
 * Cuts about `width` code units of `text` around the first of `spans` (sorted, original offsets), adding … where
 * text was cut; the first hit is always whole, up to four widths long.
 */
export function makeSnippet(text: string, spans: readonly Span[], width = 60): Snippet {
  const first = spans[0];
  let start = first ? Math.max(0, first.start - LEAD) : 0;
  let end = Math.min(text.length, start + width);
  if (end - start < width) start = Math.max(0, end - width);
  if (first && first.end > end) end = Math.min(text.length, first.end, start + 4 * width);
  if (start > 0 && isLowSurrogate(text, start)) start--;
  if (end < text.length && isLowSurrogate(text, end)) end++;

  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  // Whitespace becomes plain spaces one for one, so offsets stay valid (most snippets have none to replace).
  const cut = text.slice(start, end);
  const body = hasSpace(cut) ? cut.replace(/\s/g, ' ') : cut;
  const shift = prefix.length - start;
  const hits: Span[] = [];
  for (const span of spans) {
    if (span.end <= start || span.start >= end) continue;
    hits.push({ start: Math.max(span.start, start) + shift, end: Math.min(span.end, end) + shift });
  }
  return { text: prefix + body + suffix, hits };
}
