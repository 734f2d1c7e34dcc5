/** Turns a ranked match into a Hit: the field to show, hit ranges in original offsets, and a snippet. */
import { mergeSpans, occurrences } from './literal';
import type { Match } from './match';
import type { Hit } from './model';
import { toOriginalSpan, type Span } from './normalize';
import { makeSnippet } from './snippet';

/** Builds the Hit for a match; `words` are the folded query words. */
export function toHit(match: Match, words: readonly string[]): Hit {
  const { doc } = match;
  const needles = [...words, ...match.terms];
  // The first field (in display order) with a hit is shown; a document always has at least one field.
  let chosen = 0;
  let spans: Span[] = [];
  for (let i = 0; i < doc.folded.length; i++) {
    const folded = doc.folded[i];
    if (!folded) continue;
    const found = needles.flatMap((needle) => occurrences(folded.text, needle));
    if (found.length > 0) {
      chosen = i;
      spans = mergeSpans(found).map((span) => toOriginalSpan(folded, span));
      break;
    }
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
  };
  if (doc.blockId !== undefined) hit.blockId = doc.blockId;
  if (doc.glossaryId !== undefined) hit.glossaryId = doc.glossaryId;
  if (doc.annotationId !== undefined) hit.annotationId = doc.annotationId;
  return hit;
}
