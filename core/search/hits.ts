/** Turns a ranked match into a Hit: the field to show, hit ranges in original offsets, and a snippet. */
import { fieldsOf, type Corpus } from './corpus';
import type { SearchDoc } from './documents';
import { fieldEnd, fieldStart, toSource, type FoldedTexts } from './folded-texts';
import { mergeSpans } from './literal';
import type { Match } from './match';
import type { Hit } from './model';
import type { Span } from './normalize';
import type { ParsedQuery } from './query';
import { makeSnippet } from './snippet';
import { isWholeWord, isWordTerm } from './terms';

/** Adds each occurrence of `needle` in `text` to `out` (word terms: whole words only, 5g is not a term of 15g). */
function collect(text: string, needle: string, wholeWords: boolean, out: Span[]): void {
  if (needle.length === 0) return;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (!wholeWords || isWholeWord(text, at, at + needle.length))
      out.push({ start: at, end: at + needle.length });
  }
}

const byStart = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Whether folding kept field f's offsets (one plain segment): its folded offsets are its source offsets. */
function isPlain(texts: FoldedTexts, f: number): boolean {
  const k = texts.firstSegment[f] ?? 0;
  return (texts.firstSegment[f + 1] ?? 0) - k === 1 && texts.width[k] === 0 && texts.source[k] === 0;
}

/** Maps spans of field f's folded text (offsets from `base`, where the field starts) to its source text. */
function toOriginal(texts: FoldedTexts, f: number, base: number, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  if (isPlain(texts, f)) {
    // What toSource does, without its searches: only a surrogate pair cut at an edge widens the span.
    const { text } = texts;
    const end = fieldEnd(texts, f);
    for (const s of spans) {
      let from = s.start + base;
      let to = s.end + base;
      if (isLow(text.charCodeAt(from)) && from > base && isHigh(text.charCodeAt(from - 1))) from--;
      if (isHigh(text.charCodeAt(to - 1)) && to < end && isLow(text.charCodeAt(to))) to++;
      out.push({ start: from - base, end: to - base });
    }
    return out;
  }
  for (const s of spans) out.push(toSource(texts, f, { start: s.start + base, end: s.end + base }));
  return out;
}

/** Builds the Hit for document match.doc of `corpus`. */
export function toHit(corpus: Corpus, match: Match, query: ParsedQuery): Hit {
  const doc = corpus.docs[match.doc];
  if (!doc) throw new RangeError('no such document');
  const { first, end } = fieldsOf(corpus, match.doc);
  return hitOf(doc, corpus.texts, first, end, match, query);
}

/**
 * Builds the Hit for `doc`, whose fields are [first, end) of `texts` (a corpus's, or a note's own: notes are
 * indexed one by one, notes-index.ts).
 */
export function hitOf(
  doc: SearchDoc,
  texts: FoldedTexts,
  first: number,
  end: number,
  match: Pick<Match, 'literal' | 'score'>,
  query: ParsedQuery,
): Hit {
  // The first field (in display order) with a hit is shown; partial hits also mark the query terms they contain.
  let chosen = 0;
  let exact: Span[] = [];
  let spans: Span[] = [];
  for (let f = first; f < end; f++) {
    const base = fieldStart(texts, f);
    const text = texts.text.slice(base, fieldEnd(texts, f));
    const words: Span[] = [];
    for (const word of query.words) collect(text, word, false, words);
    let all = words;
    if (!match.literal) {
      all = [...words];
      for (const term of query.terms) collect(text, term, isWordTerm(term), all);
    }
    if (all.length === 0) continue;
    chosen = f - first;
    if (match.literal) {
      exact = toOriginal(texts, f, base, words.sort(byStart));
      // Occurrences that neither overlap nor touch are their own ranges: mapped once, not twice.
      const merged = mergeSpans(words);
      spans = merged.length === words.length ? exact : toOriginal(texts, f, base, merged);
    } else spans = toOriginal(texts, f, base, mergeSpans(all));
    break;
  }
  const field = doc.fields[chosen] ?? { name: 'text', text: '' };
  const ranges = mergeSpans(spans);
  const hit: Hit = {
    kind: doc.kind,
    score: match.score,
    literal: match.literal,
    field: field.name,
    snippet: makeSnippet(field.text, ranges),
    ranges,
    matches: exact,
  };
  if (doc.blockId !== undefined) hit.blockId = doc.blockId;
  if (doc.glossaryId !== undefined) hit.glossaryId = doc.glossaryId;
  if (doc.annotationId !== undefined) hit.annotationId = doc.annotationId;
  return hit;
}
