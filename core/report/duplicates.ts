/**
 * Text a website gave twice: a second copy of the report (or of a long stretch of it, headings included), and
 * paragraphs after the body that repeat one before it. The first copy is kept, the repeat set aside: a doubled
 * report would double every search hit and every citation.
 */
import { hasHan } from './lines';
import type { Para } from './paragraph';
import { headingShapes } from './rules/heading-rules';

/** A paragraph this short (in Chinese characters) may well repeat in a report (各位代表！): never a duplicate. */
const MIN_HAN = 12;
/** A repeated stretch must be at least this many paragraphs, one of them a part heading. */
const MIN_COPY = 3;

/** The paragraph's text for comparing: a website's copy is the same text, character for character. */
export function sameTextKey(para: Para): string {
  return para.key;
}

function isPartHeading(para: Para): boolean {
  return headingShapes(para.key).some(
    (shape) => (shape.kind === 'part' && !shape.standaloneOnly) || shape.kind === 'title',
  );
}

/**
 * Stream indices of paragraphs that repeat an earlier stretch of `MIN_COPY` or more paragraphs including a part
 * heading (a second copy of the report). Stretches without a heading are left alone: a report may repeat itself
 * on purpose, and a benchmark text repeats paragraphs in place. Linear: a rejected stretch is not scanned again.
 */
export function findRepeatedCopies(
  paras: readonly Para[],
  from: number,
  skip: (index: number) => boolean,
): number[] {
  const first = new Map<string, number>();
  const keys: (string | null)[] = paras.map((para) =>
    skip(para.index) || para.index < from ? null : sameTextKey(para),
  );
  const repeated: number[] = [];
  for (let i = from; i < paras.length;) {
    const key = keys[i];
    const earlier = key === null || key === undefined ? undefined : first.get(key);
    if (key === null || key === undefined || earlier === undefined) {
      if (key !== null && key !== undefined && !first.has(key)) first.set(key, i);
      i++;
      continue;
    }
    let length = 0;
    let heading = false;
    while (
      i + length < paras.length &&
      earlier + length < i &&
      keys[i + length] !== null &&
      keys[i + length] === keys[earlier + length]
    ) {
      const para = paras[i + length];
      if (para && isPartHeading(para)) heading = true;
      length++;
    }
    if (length >= MIN_COPY && heading) {
      for (let k = 0; k < length; k++) repeated.push(i + k);
    } else {
      for (let k = 0; k < Math.max(length, 1); k++) {
        const own = keys[i + k];
        if (own !== null && own !== undefined && !first.has(own)) first.set(own, i + k);
      }
    }
    i += Math.max(length, 1);
  }
  return repeated;
}

/** Whether a paragraph is long enough that a repeat of it cannot be meant (not 各位代表！ or a short heading). */
export function isSubstantial(para: Para): boolean {
  return hasHan(para.text, MIN_HAN);
}
