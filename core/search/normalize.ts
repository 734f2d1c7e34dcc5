/**
 * Search folding: the same rules for the report and for the user's query, so that ５Ｇ ≡ 5G, ＰＭ２．５ ≡ pm2.5,
 * PM₁₀ ≡ pm10, VOCs ≡ vocs and “双减” ≡ 双减. Each character is folded on its own (NFKC, then lower case), quotes
 * and invisible characters are dropped, and whitespace separates query words but is dropped from indexed text
 * (共印 950 份 is found by 950份). Folding a character on its own is what lets a folded offset map back to the
 * original text, which is where the reading pane marks hits.
 */
import { FoldedTextsBuilder, toSource, type FoldedTexts, type SegmentSink } from './folded-texts';

/** A half-open range [start, end) of UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** One folded text (`text`) with its map back to the source: FoldedTexts holding one field. */
export type NormalizedText = FoldedTexts;

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

/** Characters that fold to themselves (most of a Chinese report): runs of them are copied, not visited. */
const KEEP = 'a-z0-9\\u3400-\\u4dbf\\u4e00-\\u9fff\\u3001\\u3002!#$%&()*+,\\-./:;<=>?@[\\]^_`{|}~';
/** What folding may change: a run of capitals, a run of whitespace (dropped), or any other one character. */
const CHANGES = new RegExp(`[A-Z]+|\\s+|[^${KEEP}]`, 'gu');

/**
 * Folds one text for literal matching (whitespace dropped), reporting to `segment` where the offset map back to
 * the source changes: after a dropped character, and around a character that folds to a different length.
 */
export function foldForIndex(source: string, segment: SegmentSink): string {
  let shift = 0; // folded length minus source length, so far
  return source.replace(CHANGES, (match: string, offset: number) => {
    const first = match.charCodeAt(0);
    if (first >= 0x41 && first <= 0x5a) return match.toLowerCase();
    let folded = foldCodePoint(match.codePointAt(0) ?? 0);
    // A whitespace run folds to one space; spaces are dropped from indexed text.
    if (folded === SPACE) folded = DROP;
    else if (folded.includes(SPACE)) folded = folded.replaceAll(SPACE, DROP);
    if (folded.length === match.length && (match.length === 1 || folded === match)) return folded;
    const at = offset + shift;
    if (folded.length === 0) segment(at, offset + match.length, 0);
    else {
      segment(at, offset, match.length);
      segment(at + folded.length, offset + match.length, 0);
    }
    shift += folded.length - match.length;
    return folded;
  });
}

/** Folds text for literal matching (whitespace dropped) and records how to map offsets back. */
export function normalizeText(source: string): NormalizedText {
  const builder = new FoldedTextsBuilder();
  builder.add(source, foldForIndex);
  return builder.finish();
}

/** Maps a span of folded text to the source text, widened to whole source characters (quotes inside included). */
export function toOriginalSpan(n: NormalizedText, span: Span): Span {
  return toSource(n, 0, span);
}
