/** Turns a ranked match into a Hit: the field to show, hit ranges in original offsets, and a snippet. */
import { fieldsOf, type Corpus } from './corpus';
import { fieldEnd, fieldStart, toSource } from './folded-texts';
import { mergeSpans, occurrences } from './literal';
import type { Match } from './match';
import type { Hit } from './model';
import type { Span } from './normalize';
import type { ParsedQuery } from './query';
import { makeSnippet } from './snippet';
import { isWholeWord, isWordTerm } from './terms';

/** Occurrences of the query's words (and, for partial hits, terms) in folded text; words first. */
function found(text: string, query: ParsedQuery, withTerms: boolean): { words: Span[]; all: Span[] } {
  const words: Span[] = [];
  for (const word of query.words) words.push(...occurrences(text, word));
  if (!withTerms) return { words, all: words };
  const all = [...words];
  for (const term of query.terms) {
    const whole = isWordTerm(term);
    for (const span of occurrences(text, term)) {
      // Han terms match anywhere; word terms as whole words only (5g is not a term of 15g).
      if (!whole || isWholeWord(text, span.start, span.end)) all.push(span);
    }
  }
  return { words, all };
}

const byStart = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/** Maps spans of field f's folded text (offsets from `base`, where the field starts) to its source text. */
function toOriginal(corpus: Corpus, f: number, base: number, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) out.push(toSource(corpus.texts, f, { start: s.start + base, end: s.end + base }));
  return out;
}

/** Builds the Hit for document match.doc of `corpus`. */
export function toHit(corpus: Corpus, match: Match, query: ParsedQuery): Hit {
  const doc = corpus.docs[match.doc];
  if (!doc) throw new RangeError('no such document');
  const { texts } = corpus;
  const { first, end } = fieldsOf(corpus, match.doc);
  // The first field (in display order) with a hit is shown; partial hits also mark the query terms they contain.
  let chosen = 0;
  let exact: Span[] = [];
  let spans: Span[] = [];
  for (let f = first; f < end; f++) {
    const base = fieldStart(texts, f);
    const { words, all } = found(texts.text.slice(base, fieldEnd(texts, f)), query, !match.literal);
    if (all.length === 0) continue;
    chosen = f - first;
    if (match.literal) exact = toOriginal(corpus, f, base, words.sort(byStart));
    spans = toOriginal(corpus, f, base, mergeSpans(all));
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
