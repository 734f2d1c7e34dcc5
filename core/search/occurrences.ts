/**
 * Every exact occurrence in the report's text, read from the scans that found the matches (one pass over each
 * word's positions, no per-block work), for the reading pane's marks, count and steps: never limited.
 */
import type { Corpus } from './corpus';
import { fieldAt, toSource } from './folded-texts';
import type { Found } from './match';
import type { BlockOccurrences, Span } from './model';

const byStart = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/** Occurrences of each word in the text of every exact block match, block by block in corpus (reading) order. */
export function blockOccurrences(corpus: Corpus, words: readonly string[], found: Found): BlockOccurrences[] {
  const exact = new Uint8Array(corpus.docs.length);
  for (const m of found.exact) if (corpus.docs[m.doc]?.kind === 'block') exact[m.doc] = 1;
  const spans = new Map<number, Span[]>();
  const { texts, fieldDoc } = corpus;
  for (const word of words) {
    let f = 0;
    for (const at of found.scan(word)) {
      f = fieldAt(texts, at, f);
      const d = fieldDoc[f] ?? 0;
      if (exact[d] !== 1) continue;
      let list = spans.get(d);
      if (!list) spans.set(d, (list = []));
      list.push(toSource(texts, f, { start: at, end: at + word.length }));
    }
  }
  return [...spans.keys()]
    .sort((a, b) => a - b)
    .map((d) => ({ blockId: corpus.docs[d]?.blockId ?? '', matches: (spans.get(d) ?? []).sort(byStart) }));
}
