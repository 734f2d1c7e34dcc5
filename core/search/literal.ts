/** Literal matching on folded text: the part of search that guarantees recall. */
import { Int32List } from './folded-texts';
import type { Span } from './normalize';

/** Start offsets of every occurrence of `needle` in `haystack`, overlapping ones included, in order. */
export function positions(haystack: string, needle: string): Int32Array {
  const found = new Int32List();
  if (needle.length === 0) return found.toArray();
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found.toArray();
}

/** Every occurrence of `needle` in `haystack`, overlapping ones included, in order. */
export function occurrences(haystack: string, needle: string): Span[] {
  const spans: Span[] = [];
  if (needle.length === 0) return spans;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    spans.push({ start: at, end: at + needle.length });
  }
  return spans;
}

const byStart = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/** Sorts spans and merges those that overlap or touch, so each marked stretch is one <mark>. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  let sorted = spans;
  for (let i = 1; i < spans.length; i++) {
    if (byStart(spans[i - 1] as Span, spans[i] as Span) > 0) {
      sorted = [...spans].sort(byStart);
      break;
    }
  }
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    // A literal, not a spread: this runs for every hit built.
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}
