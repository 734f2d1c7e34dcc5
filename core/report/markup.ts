/** Light source markup: `**bold**`, `X_{sub}` and `X^{sup}` become plain text plus marks. */
import type { TextMark } from './model';

/** Plain text and the formatting that was written around parts of it. */
export interface MarkedText {
  text: string;
  marks: TextMark[];
}

/** Longest `_{…}`/`^{…}` content taken as markup; longer braces are literal text. */
const MAX_SCRIPT_LENGTH = 16;

function scriptEnd(raw: string, from: number, limit: number): number {
  const close = raw.indexOf('}', from);
  if (close <= from || close - from > MAX_SCRIPT_LENGTH || close >= limit) return -1;
  for (let i = from; i < close; i++) {
    const ch = raw[i];
    if (ch === '{' || ch === '\n') return -1;
  }
  return close;
}

/**
 * Resolves the markup of one paragraph so the reader gets plain text it can search and cite: `**…**` pairs become
 * bold marks, `PM_{2.5}` becomes `PM2.5` with a sub mark over `2.5` (`^{…}` likewise a sup mark). An unpaired
 * `**` stays as written; Unicode sub/superscripts (PM₁₀, m³) are plain characters and stay too.
 */
export function resolveMarkup(raw: string): MarkedText {
  if (!raw.includes('**') && !raw.includes('_{') && !raw.includes('^{')) return { text: raw, marks: [] };
  const out: string[] = [];
  const marks: TextMark[] = [];
  let length = 0;
  let chunkStart = 0;
  let boldStart = -1;
  let boldClose = -1;
  const flush = (to: number): void => {
    if (to > chunkStart) {
      out.push(raw.slice(chunkStart, to));
      length += to - chunkStart;
    }
  };
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i];
    if (ch === '*' && raw[i + 1] === '*') {
      if (boldStart >= 0 && i === boldClose) {
        flush(i);
        if (length > boldStart) marks.push({ type: 'bold', start: boldStart, end: length });
        boldStart = -1;
        i += 2;
        chunkStart = i;
        continue;
      }
      if (boldStart < 0) {
        const close = raw.indexOf('**', i + 2);
        if (close >= 0) {
          flush(i);
          boldStart = length;
          boldClose = close;
          i += 2;
          chunkStart = i;
          continue;
        }
      }
    } else if ((ch === '_' || ch === '^') && raw[i + 1] === '{') {
      const close = scriptEnd(raw, i + 2, boldStart >= 0 ? boldClose : raw.length);
      if (close > 0) {
        flush(i);
        const start = length;
        out.push(raw.slice(i + 2, close));
        length += close - i - 2;
        marks.push({ type: ch === '_' ? 'sub' : 'sup', start, end: length });
        i = close + 1;
        chunkStart = i;
        continue;
      }
    }
    i++;
  }
  flush(raw.length);
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text: out.join(''), marks };
}

/** The part [start, end) of a marked text, marks clipped and shifted to it (for splitting a heading from its body). */
export function sliceMarked(marked: MarkedText, start: number, end: number): MarkedText {
  const marks: TextMark[] = [];
  for (const mark of marked.marks) {
    const from = Math.max(mark.start, start);
    const to = Math.min(mark.end, end);
    if (to > from) marks.push({ type: mark.type, start: from - start, end: to - start });
  }
  return { text: marked.text.slice(start, end), marks };
}
