/**
 * Search folding: the same rules for the report and for the user's query, so that ５Ｇ ≡ 5G, ＰＭ２．５ ≡ pm2.5,
 * PM₁₀ ≡ pm10, VOCs ≡ vocs and “双减” ≡ 双减. Each character is folded on its own (NFKC, then lower case), quotes
 * and invisible characters are dropped, and whitespace separates query words but is dropped from indexed text
 * (共印 950 份 is found by 950份). Folding a character on its own is what lets a folded offset map back to the
 * original text, which is where the reading pane marks hits.
 */

/** A half-open range [start, end) of UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** Folded text plus a sparse map from its offsets back to the source text. */
export interface NormalizedText {
  text: string;
  /**
   * Offsets in `text` where the distance to the source changes; for a folded unit i in a plain stretch the source
   * unit is i + shifts[k], with k the last break ≤ i.
   */
  breaks: number[];
  shifts: number[];
  /** Units that came from an expansion (… → ...) or a surrogate pair: the whole source character, by offset. */
  wide: Map<number, Span>;
}

const DROP = '';
const SPACE = ' ';

/** Quotes and brackets a delegate may or may not type around a term: “双减” ≡ 双减, 《报告》 ≡ 报告. */
const IGNORED = new Set(
  Array.from('"\'“”‘’‚‛„‟「」『』﹁﹂﹃﹄〝〞〟«»‹›《》〈〉', (c) => c.codePointAt(0) ?? 0),
);
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]$/u;
const WHITESPACE = /^\s$/u;

const cache = new Map<number, string>();

/** The folded form of one code point: '' when dropped, ' ' for whitespace. */
function foldCodePoint(cp: number): string {
  // Common cases first: Han (CJK Unified + Extension A) and ASCII letters and digits fold without a lookup.
  if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) return String.fromCharCode(cp);
  if (cp >= 0x61 && cp <= 0x7a) return String.fromCharCode(cp);
  if (cp >= 0x41 && cp <= 0x5a) return String.fromCharCode(cp + 32);
  let folded = cache.get(cp);
  if (folded === undefined) {
    folded = foldSlow(cp);
    cache.set(cp, folded);
  }
  return folded;
}

function foldSlow(cp: number): string {
  if (IGNORED.has(cp)) return DROP;
  const ch = String.fromCodePoint(cp);
  if (WHITESPACE.test(ch)) return SPACE;
  if (INVISIBLE.test(ch)) return DROP;
  let out = '';
  // NFKC can produce quotes or spaces (＂ → ", ﹟ → #, ␣ stays): fold its output by the same rules once more.
  for (const part of ch.normalize('NFKC').toLowerCase()) {
    const p = part.codePointAt(0) ?? 0;
    if (IGNORED.has(p) || INVISIBLE.test(part)) continue;
    out += WHITESPACE.test(part) ? SPACE : part;
  }
  return out;
}

/** Folds a query or any text for display of what was searched: whitespace runs become one space, trimmed. */
export function foldText(source: string): string {
  let out = '';
  for (const ch of source) out += foldCodePoint(ch.codePointAt(0) ?? 0);
  return out.replace(/ {2,}/g, ' ').trim();
}

/** Folds text for literal matching and indexing (whitespace dropped) and records how to map offsets back. */
export function normalizeText(source: string): NormalizedText {
  const parts: string[] = [];
  const breaks: number[] = [];
  const shifts: number[] = [];
  const wide = new Map<number, Span>();
  let length = 0;
  let shift = 0;
  for (let i = 0; i < source.length;) {
    const cp = source.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp).replaceAll(SPACE, DROP);
    if (folded.length === 1 && width === 1) {
      if (i - length !== shift || breaks.length === 0) {
        shift = i - length;
        if (shift !== 0 || breaks.length > 0) {
          breaks.push(length);
          shifts.push(shift);
        }
      }
      parts.push(folded);
      length += 1;
    } else if (folded !== DROP) {
      for (let k = 0; k < folded.length; k++) wide.set(length + k, { start: i, end: i + width });
      parts.push(folded);
      length += folded.length;
    }
    i += width;
  }
  return { text: parts.join(''), breaks, shifts, wide };
}

/** The source unit a plain folded unit came from. */
function sourceOf(n: NormalizedText, at: number): number {
  let lo = 0;
  let hi = n.breaks.length - 1;
  let shift = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((n.breaks[mid] ?? 0) <= at) {
      shift = n.shifts[mid] ?? 0;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return at + shift;
}

/** Maps a span of folded text to the source text, widened to whole source characters (quotes inside included). */
export function toOriginalSpan(n: NormalizedText, span: Span): Span {
  const first = n.wide.get(span.start);
  const last = n.wide.get(span.end - 1);
  return {
    start: first ? first.start : sourceOf(n, span.start),
    end: last ? last.end : sourceOf(n, span.end - 1) + 1,
  };
}
