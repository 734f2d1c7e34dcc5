/**
 * Many fields' folded texts in one string, with the way back to each field's source offsets kept in typed
 * arrays: no JS object per character or per field, so a 60 MB report costs a few bytes per character, and one
 * `indexOf` over `text` finds every occurrence in every field (a search at 55 MB scans it in a few ms).
 */
import type { Span } from './normalize';

/** Between two fields' texts; folding drops every control character, so no query word contains it. */
export const SEPARATOR = '\0';

/**
 * Field f is `text.slice(start[f], start[f + 1] - 1)`. Its offset map is the segments
 * [firstSegment[f], firstSegment[f + 1]): segment k begins at folded offset `at[k]` (in `text`); when `width[k]`
 * is 0 it is plain, folded unit j coming from source unit `source[k] + j - at[k]` of the field's source text;
 * otherwise every unit in it came from the one source character [source[k], source[k] + width[k]) (… → ...).
 * A dropped character (quote, space) starts a new plain segment; runs of them share one.
 */
export interface FoldedTexts {
  readonly text: string;
  readonly start: Int32Array;
  readonly firstSegment: Int32Array;
  readonly at: Int32Array;
  readonly source: Int32Array;
  /** A source character is one or two code units, so widths are 0, 1 or 2. */
  readonly width: Uint8Array;
}

/** A growable Int32Array (doubling), trimmed to its length when done. */
export class Int32List {
  protected data: Int32Array;
  length = 0;

  constructor(capacity = 16) {
    this.data = new Int32Array(Math.max(1, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i] ?? 0;
  }

  set(i: number, value: number): void {
    this.data[i] = value;
  }

  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }

  /** The values as bytes (for lists whose values are known to fit: 0–255). */
  toBytes(): Uint8Array {
    return Uint8Array.from(this.data.subarray(0, this.length));
  }
}

/** Builds FoldedTexts field by field; `fold` turns one source text into its folded text, reporting segments. */
export class FoldedTextsBuilder {
  private readonly parts: string[] = [];
  private readonly start = new Int32List();
  private readonly firstSegment = new Int32List();
  private readonly at = new Int32List();
  private readonly source = new Int32List();
  private readonly width = new Int32List();
  private length = 0;

  /** Number of fields added so far (the next field's index). */
  get fields(): number {
    return this.start.length;
  }

  /** Adds one field from its source text, folded by `fold`. */
  add(text: string, fold: (text: string, segment: SegmentSink) => string): void {
    this.open();
    const base = this.length;
    const folded = fold(text, (at, source, width) => this.segment(base + at, source, width));
    this.close(folded);
  }

  /** Adds every field of `other` (already folded) unchanged. */
  append(other: FoldedTexts): void {
    const fields = other.start.length - 1;
    for (let f = 0; f < fields; f++) {
      this.open();
      const base = this.length - (other.start[f] ?? 0);
      // The field's first segment (offset 0, source 0) was pushed by open(); replace it by the copied ones.
      this.at.length--;
      this.source.length--;
      this.width.length--;
      for (let k = other.firstSegment[f] ?? 0; k < (other.firstSegment[f + 1] ?? 0); k++) {
        this.at.push(base + (other.at[k] ?? 0));
        this.source.push(other.source[k] ?? 0);
        this.width.push(other.width[k] ?? 0);
      }
      this.close(other.text.slice(other.start[f], (other.start[f + 1] ?? 1) - 1));
    }
  }

  finish(): FoldedTexts {
    this.start.push(this.length + 1);
    this.firstSegment.push(this.at.length);
    return {
      text: this.parts.join(SEPARATOR),
      start: this.start.toArray(),
      firstSegment: this.firstSegment.toArray(),
      at: this.at.toArray(),
      source: this.source.toArray(),
      width: this.width.toBytes(),
    };
  }

  private open(): void {
    if (this.parts.length > 0) this.length += SEPARATOR.length;
    this.start.push(this.length);
    this.firstSegment.push(this.at.length);
    this.at.push(this.length);
    this.source.push(0);
    this.width.push(0);
  }

  private close(folded: string): void {
    this.parts.push(folded);
    this.length += folded.length;
  }

  /** Starts a segment at folded offset `at`; one that begins where the field's last plain one does replaces it. */
  private segment(at: number, source: number, width: number): void {
    // open() gave the field a segment, so the last one always belongs to this field.
    const last = this.at.length - 1;
    if (this.at.get(last) === at && this.width.get(last) === 0) {
      this.source.set(last, source);
      this.width.set(last, width);
    } else {
      this.at.push(at);
      this.source.push(source);
      this.width.push(width);
    }
  }
}

/** Reports a segment while folding: at `at` (offset in the folded field), from source offset `source`. */
export type SegmentSink = (at: number, source: number, width: number) => void;

/** Number of fields. */
export const fieldCount = (t: FoldedTexts): number => t.start.length - 1;

/** Start and end (exclusive) of field f in `t.text`. */
export const fieldStart = (t: FoldedTexts, f: number): number => t.start[f] ?? 0;
export const fieldEnd = (t: FoldedTexts, f: number): number => (t.start[f + 1] ?? 1) - SEPARATOR.length;

/** The folded text of field f (a slice of the shared string). */
export const fieldText = (t: FoldedTexts, f: number): string =>
  t.text.slice(fieldStart(t, f), fieldEnd(t, f));

/** The last index i in [lo, hi) with values[i] <= x (lo when none is). */
function lastAtOrBefore(values: Int32Array, x: number, lo: number, hi: number): number {
  let found = lo;
  let a = lo;
  let b = hi - 1;
  while (a <= b) {
    const mid = (a + b) >> 1;
    if ((values[mid] ?? 0) <= x) {
      found = mid;
      a = mid + 1;
    } else b = mid - 1;
  }
  return found;
}

/** The field holding offset `at` of `t.text`, searching from field `from` on (offsets come in order). */
export const fieldAt = (t: FoldedTexts, at: number, from = 0): number =>
  lastAtOrBefore(t.start, at, from, t.start.length - 1);

/** The source range the folded unit at `at` (in field f) came from. */
function unitSource(t: FoldedTexts, f: number, at: number): Span {
  const k = lastAtOrBefore(t.at, at, t.firstSegment[f] ?? 0, t.firstSegment[f + 1] ?? 0);
  const source = t.source[k] ?? 0;
  const width = t.width[k] ?? 0;
  if (width > 0) return { start: source, end: source + width };
  const unit = source + at - (t.at[k] ?? 0);
  return { start: unit, end: unit + 1 };
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * Maps a span of `t.text` inside field f to the field's source text, widened to whole source characters (a
 * quote inside the span included; a surrogate pair never split).
 */
export function toSource(t: FoldedTexts, f: number, span: Span): Span {
  let { start, end } = span;
  const { text } = t;
  if (isLow(text.charCodeAt(start)) && start > fieldStart(t, f) && isHigh(text.charCodeAt(start - 1)))
    start--;
  if (isHigh(text.charCodeAt(end - 1)) && end < fieldEnd(t, f) && isLow(text.charCodeAt(end))) end++;
  return { start: unitSource(t, f, start).start, end: unitSource(t, f, end - 1).end };
}
