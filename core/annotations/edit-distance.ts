/** Approximate string matching on UTF-16 code units: the two primitives fuzzy anchoring is built from. */

/** Longest pattern a Matcher accepts: one 32-bit word of Myers' bit-vector algorithm. */
export const MAX_WORD_PATTERN = 32;

/** A pattern prepared for Myers' algorithm: for each code unit, the bit mask of where it occurs. */
export interface Matcher {
  length: number;
  masks: Map<number, number>;
  /** Whether bit i stands for the pattern's i-th code unit from the end (for matching backwards). */
  backwards: boolean;
}

/** Prepares a pattern of at most 32 code units, to match forwards (`endDistance`) or backwards (`startDistance`). */
export function matcher(pattern: string, backwards = false): Matcher {
  const m = pattern.length;
  if (m > MAX_WORD_PATTERN) throw new RangeError(`pattern longer than ${MAX_WORD_PATTERN}`);
  const masks = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const code = pattern.charCodeAt(backwards ? m - 1 - i : i);
    masks.set(code, (masks.get(code) ?? 0) | (1 << i));
  }
  return { length: m, masks, backwards };
}

/**
 * Edit distance between a forwards matcher's pattern and the closest substring of text[from, to) that ends at `to`
 * (its start is free). Myers' bit-parallel algorithm (1999) in Hyyrö's formulation: O(to - from).
 */
export function endDistance(pattern: Matcher, text: string, from: number, to: number): number {
  if (pattern.backwards) throw new RangeError('endDistance needs a forwards matcher');
  return myers(pattern, text, from, to);
}

/** Edit distance between a backwards matcher's pattern and the closest substring of text[from, to) starting at `from`. */
export function startDistance(pattern: Matcher, text: string, from: number, to: number): number {
  if (!pattern.backwards) throw new RangeError('startDistance needs a backwards matcher');
  return myers(pattern, text, from, to);
}

/** Runs over text[from, to), forwards or (for a backwards matcher) backwards. */
function myers(pattern: Matcher, text: string, from: number, to: number): number {
  const m = pattern.length;
  if (m === 0) return 0;
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  const last = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  for (let k = 0; k < hi - lo; k++) {
    const j = pattern.backwards ? hi - 1 - k : lo + k;
    const eq = pattern.masks.get(text.charCodeAt(j)) ?? 0;
    const xv = eq | mv;
    // The sum may exceed 32 bits; `^` truncates it modulo 2^32, which is what the algorithm needs.
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    // No `| 1` after the shift: row 0 is all zeros, so a match may start anywhere in the text.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  return score;
}

/** A substring of the searched text: [start, end) with its edit distance to the pattern. */
export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * The substring of `text` closest to `pattern` (semi-global alignment), or undefined if every one needs more than
 * `maxErrors` edits. Ties prefer a length closer to the pattern's, then a start closer to `expectedStart`.
 * O(|pattern| · |text|) time, O(|pattern|) memory: meant for short windows around a candidate.
 */
export function bestSubstring(
  pattern: string,
  text: string,
  maxErrors: number,
  expectedStart = 0,
): ApproximateMatch | undefined {
  const m = pattern.length;
  // cost[i]: distance of pattern[0, i) to the best substring ending at the current column; from[i]: its start.
  let cost = new Int32Array(m + 1);
  let from = new Int32Array(m + 1);
  let nextCost = new Int32Array(m + 1);
  let nextFrom = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) cost[i] = i;
  let best: ApproximateMatch | undefined;
  const consider = (start: number, end: number, errors: number): void => {
    if (errors > maxErrors) return;
    if (best === undefined || errors < best.errors) {
      best = { start, end, errors };
      return;
    }
    if (errors > best.errors) return;
    const lengthGap = Math.abs(end - start - m) - Math.abs(best.end - best.start - m);
    const shift = Math.abs(start - expectedStart) - Math.abs(best.start - expectedStart);
    if (lengthGap < 0 || (lengthGap === 0 && shift < 0)) best = { start, end, errors };
  };
  consider(0, 0, m);
  for (let j = 1; j <= text.length; j++) {
    const code = text.charCodeAt(j - 1);
    nextCost[0] = 0;
    nextFrom[0] = j;
    for (let i = 1; i <= m; i++) {
      // Prefer the diagonal on ties: it keeps the aligned substring close to the pattern's own length.
      let c = (cost[i - 1] ?? 0) + (pattern.charCodeAt(i - 1) === code ? 0 : 1);
      let f = from[i - 1] ?? 0;
      const up = (nextCost[i - 1] ?? 0) + 1;
      if (up < c) {
        c = up;
        f = nextFrom[i - 1] ?? 0;
      }
      const left = (cost[i] ?? 0) + 1;
      if (left < c) {
        c = left;
        f = from[i] ?? 0;
      }
      nextCost[i] = c;
      nextFrom[i] = f;
    }
    [cost, nextCost] = [nextCost, cost];
    [from, nextFrom] = [nextFrom, from];
    consider(from[m] ?? 0, j, cost[m] ?? 0);
  }
  return best;
}

/**
 * Edit distances between `pattern` and every prefix of `text`: result[j] is the distance to text[0, j).
 * Used to compare a few nearby boundaries of a fuzzy match in one pass per start.
 */
export function prefixDistances(pattern: string, text: string): Int32Array {
  const m = pattern.length;
  let column = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  const out = new Int32Array(text.length + 1);
  out[0] = m;
  for (let j = 1; j <= text.length; j++) {
    const code = text.charCodeAt(j - 1);
    next[0] = j;
    for (let i = 1; i <= m; i++) {
      const diagonal = (column[i - 1] ?? 0) + (pattern.charCodeAt(i - 1) === code ? 0 : 1);
      next[i] = Math.min(diagonal, (column[i] ?? 0) + 1, (next[i - 1] ?? 0) + 1);
    }
    [column, next] = [next, column];
    out[j] = column[m] ?? 0;
  }
  return out;
}
