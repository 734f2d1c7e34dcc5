/**
 * Anchoring (DESIGN §4): describe a selection as a target that survives edits to the report, and find it again.
 * Pure string code over the blocks' texts; the renderer maps DOM selections to (block, offsets) and back.
 *
 * Offsets are UTF-16 code units into a block's text. Prefix and suffix (32 code units, never half a surrogate pair)
 * are taken in reading order across block boundaries, blocks joined by "\n" (see reading-text.ts), so a quote at a
 * paragraph's edge keeps its context. Policy: an orphan is better than a guess; the fixture suite
 * (tests/fixtures/anchoring) checks by character provenance that no annotation lands on words it did not cover.
 */
import type { AnnotationTarget } from './model';
import type { ReportDocument } from '../report/model';
import type { Candidate } from './candidates';
import { choose, dedupeOverlapping, makeCandidate, SELF_EVIDENT_LENGTH, vouchedFor } from './candidates';
import { contextAfter, contextBefore } from './context';
import type { ContextScorer } from './context-score';
import { contextScorer } from './context-score';
import { findApproximate, findExact } from './fuzzy-match';
import { refineFuzzy } from './refine-fuzzy';
import type { ReadingText } from './reading-text';
import { blockContaining, buildReadingText } from './reading-text';

/** Where a target landed: its own place (exact), the same words elsewhere (moved), similar words (fuzzy), or nowhere. */
export type Anchor =
  { status: 'exact' | 'moved' | 'fuzzy'; blockId: string; start: number; end: number } | { status: 'orphan' };

/** A document indexed for anchoring; build it once per report text and resolve any number of targets against it. */
export type AnchorIndex = ReadingText;

/** Share of a quote's length that may be edited and still be found by the fuzzy step. */
export const MAX_ERROR_RATE = 0.25;
/**
 * Longer quotes skip the fuzzy step, whose alignment grows with the square of the length: 500 code units take about
 * 150 ms, and this report's longest paragraph has 417. Longer quotes still re-anchor exactly.
 */
export const MAX_FUZZY_LENGTH = 500;

const ORPHAN: Anchor = { status: 'orphan' };

/** Describes [start, end) of a block's text as a target; throws RangeError for an unknown block or bad offsets. */
export function describe(doc: ReportDocument, blockId: string, start: number, end: number): AnnotationTarget {
  const index = doc.blocks.findIndex((block) => block.id === blockId);
  const block = doc.blocks[index];
  if (!block) throw new RangeError(`unknown block ${blockId}`);
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end < start ||
    end > block.text.length
  ) {
    throw new RangeError(`bad range [${start}, ${end}) in block ${blockId}`);
  }
  return {
    blockId,
    start,
    end,
    exact: block.text.slice(start, end),
    prefix: contextBefore(doc.blocks, index, start),
    suffix: contextAfter(doc.blocks, index, end),
  };
}

/** Indexes a document's text for resolving (the join of all blocks, their offsets and ids). */
export function createAnchorIndex(doc: Pick<ReportDocument, 'blocks'>): AnchorIndex {
  return buildReadingText(doc.blocks);
}

/** Finds a target in a document (DESIGN §4 order); see resolveIn. */
export function resolve(doc: ReportDocument, target: AnnotationTarget): Anchor {
  return resolveIn(createAnchorIndex(doc), target);
}

type Anchorable = { id: string; target: AnnotationTarget; deletedAt?: string };

/** Resolves every live annotation once against one index; tombstones are skipped. Keyed by annotation id. */
export function resolveAll(
  doc: Pick<ReportDocument, 'blocks'>,
  annotations: readonly Anchorable[],
): Map<string, Anchor> {
  return createAnchorResolver(doc)(annotations.filter((a) => a.deletedAt === undefined));
}

export type AnchorResolver = (annotations: Iterable<Anchorable>) => Map<string, Anchor>;

/**
 * Resolves annotations against one document, remembering what it did: an annotation object never changes (an edit
 * makes a new one), so each is resolved once, and members often mark the same passage, so each distinct target is
 * resolved once too. Kept across edits, a new highlight costs one resolve, not one per stored note.
 */
export function createAnchorResolver(doc: Pick<ReportDocument, 'blocks'>): AnchorResolver {
  const index = createAnchorIndex(doc);
  const byNote = new WeakMap<Anchorable, Anchor>();
  const byTarget = new Map<string, Anchor>();
  return (annotations) => {
    const anchors = new Map<string, Anchor>();
    for (const annotation of annotations) {
      let anchor = byNote.get(annotation);
      if (!anchor) {
        const t = annotation.target;
        const key = [t.blockId, t.start, t.end, t.exact, t.prefix, t.suffix].join('\u0000');
        anchor = byTarget.get(key) ?? resolveIn(index, t);
        byTarget.set(key, anchor);
        byNote.set(annotation, anchor);
      }
      anchors.set(annotation.id, anchor);
    }
    return anchors;
  };
}

/**
 * Resolves a target, in the order of DESIGN §4, never guessing:
 * 1. its block and offsets, if the quote is still there and its context is untouched (or the quote is self-evident);
 * 2. else every exact occurrence of the quote, ranked by context (see candidates.ts: the context must vouch for the
 *    place; ties go to the stored place, then to the own block; places vouched for by opposite sides are ambiguous);
 * 3. else the quote with at most MAX_ERROR_RATE edits, where both sides of the context are intact next to it;
 * 4. else, or when the best places cannot be told apart, an orphan.
 */
export function resolveIn(index: AnchorIndex, target: AnnotationTarget): Anchor {
  const home = index.indexById.get(target.blockId);
  if (home !== undefined && unchangedSince(index, target, home)) {
    return { status: 'exact', blockId: target.blockId, start: target.start, end: target.end };
  }
  const scorer = contextScorer(index, target);
  if (target.exact === '') return resolveCaret(index, target, scorer);
  const m = target.exact.length;
  const here = home === undefined ? undefined : atStoredPlace(index, target, home, scorer);
  // Only an untouched context settles it here: a shifted one can still "agree" with a repeat of the quote nearby.
  const untouched = here && here.context.prefix === 1 && here.context.suffix === 1;
  if (here && (untouched || m >= SELF_EVIDENT_LENGTH)) return toAnchor(index, target, here);

  const exact = findExact(index, target.exact);
  const selfEvident = exact.length === 1 && m >= SELF_EVIDENT_LENGTH;
  // Only places with one side intact right next to them can be vouched for: score just those (a one-character
  // quote has a thousand places).
  const exactCandidates = exact
    .filter((start) => selfEvident || nearExactlyOneSide(scorer.near(start, start + m)))
    .map((start) => makeCandidate(index, target, scorer, start, start + m, 0, selfEvident));
  const exactChoice = choose(exactCandidates, home, here?.start);
  if (exactChoice.kind === 'found') return toAnchor(index, target, exactChoice.candidate);
  if (exactChoice.kind === 'ambiguous') return ORPHAN;

  const maxErrors = Math.floor(m * MAX_ERROR_RATE);
  if (maxErrors === 0 || m > MAX_FUZZY_LENGTH) return ORPHAN;
  const approximate = findApproximate(index, target.exact, maxErrors).map((match) =>
    refineFuzzy(index, target, scorer, match, maxErrors),
  );
  // No self-evidence here: this report's plan section echoes its review section sentence by sentence
  // ("110公里二级管网建成，59个村…" / "89公里二级管网投入使用，93个村…"), so a long edited quote proves nothing alone.
  const fuzzyChoice = choose(dedupeOverlapping(approximate), home, undefined);
  return fuzzyChoice.kind === 'found' ? toAnchor(index, target, fuzzyChoice.candidate) : ORPHAN;
}

/** The common case, checked without scoring: quote and both sides of context exactly as stored. */
function unchangedSince(index: AnchorIndex, target: AnnotationTarget, home: number): boolean {
  const { start, end, exact } = target;
  const text = index.blocks[home]?.text ?? '';
  return (
    Number.isInteger(start) &&
    start >= 0 &&
    end === start + exact.length &&
    end <= text.length &&
    text.startsWith(exact, start) &&
    contextBefore(index.blocks, home, start) === target.prefix &&
    contextAfter(index.blocks, home, end) === target.suffix
  );
}

const nearExactlyOneSide = (n: { nearPrefix: number; nearSuffix: number }): boolean =>
  Math.max(n.nearPrefix, n.nearSuffix) === 1;

function atStoredPlace(
  index: AnchorIndex,
  target: AnnotationTarget,
  home: number,
  scorer: ContextScorer,
): Candidate | undefined {
  const text = index.blocks[home]?.text ?? '';
  const { start, end, exact } = target;
  if (!Number.isInteger(start) || start < 0 || end !== start + exact.length || end > text.length)
    return undefined;
  if (!text.startsWith(exact, start)) return undefined;
  const at = (index.starts[home] ?? 0) + start;
  return makeCandidate(index, target, scorer, at, at + exact.length, 0, false);
}

function toAnchor(index: AnchorIndex, target: AnnotationTarget, c: Candidate): Anchor {
  const block = index.blocks[c.block];
  if (!block) return ORPHAN;
  const blockStart = index.starts[c.block] ?? 0;
  const { start, end } = snapToCodePoints(block.text, c.start - blockStart, c.end - blockStart);
  const same = block.id === target.blockId && start === target.start && end === target.end;
  const status = c.errors > 0 ? 'fuzzy' : same ? 'exact' : 'moved';
  return { status, blockId: block.id, start, end };
}

/** Widens a fuzzy range that would cut a surrogate pair in half. */
function snapToCodePoints(text: string, start: number, end: number): { start: number; end: number } {
  const low = (i: number): boolean => {
    const code = text.charCodeAt(i);
    return code >= 0xdc00 && code <= 0xdfff;
  };
  return {
    start: start > 0 && low(start) ? start - 1 : start,
    end: end < text.length && low(end) ? end + 1 : end,
  };
}

/** Half of the context on each side of an empty target that must still meet exactly when it has moved. */
const CARET_NEEDLE = 16;

/** An empty target (a caret, e.g. a bookmark) has no quote: it is found where its prefix and suffix meet. */
function resolveCaret(index: AnchorIndex, target: AnnotationTarget, scorer: ContextScorer): Anchor {
  const home = index.indexById.get(target.blockId);
  const text = home === undefined ? undefined : index.blocks[home]?.text;
  if (home !== undefined && text !== undefined && Number.isInteger(target.start) && target.start >= 0) {
    if (target.start <= text.length && target.end === target.start) {
      const at = (index.starts[home] ?? 0) + target.start;
      const here = makeCandidate(index, target, scorer, at, at, 0, false);
      if (vouchedFor(here)) return toAnchor(index, target, here);
    }
  }
  const before = target.prefix.slice(-CARET_NEEDLE);
  const needle = before + target.suffix.slice(0, CARET_NEEDLE);
  if (needle.length < CARET_NEEDLE) return ORPHAN;
  const found: Candidate[] = [];
  for (let at = index.text.indexOf(needle); at !== -1; at = index.text.indexOf(needle, at + 1)) {
    const pos = at + before.length;
    if (blockContaining(index, pos, pos) !== -1)
      found.push(makeCandidate(index, target, scorer, pos, pos, 0, false));
  }
  const choice = choose(found, home, undefined);
  return choice.kind === 'found' ? toAnchor(index, target, choice.candidate) : ORPHAN;
}
