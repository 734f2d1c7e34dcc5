/**
 * The anchoring fixture suite (tests/fixtures/anchoring): annotations on the bundled report, re-anchored in edited
 * versions parsed by the real parser. Curated cases state their outcome; a seeded sweep of random annotations per
 * edit checks, through character provenance, that nothing ever lands on words it did not cover.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Anchor } from '../../../core/annotations/anchor';
import { describe as describeTarget, resolve, resolveAll } from '../../../core/annotations/anchor';
import type { AnnotationTarget } from '../../../core/annotations/model';
import type { ReportDocument } from '../../../core/report/model';
import { parseReport } from '../../../core/report/parse';
import { CASES } from '../../fixtures/anchoring/cases';
import type { Outcome } from '../../fixtures/anchoring/cases';
import { EDITS, everything } from '../../fixtures/anchoring/edits';
import type { ReportEdit } from '../../fixtures/anchoring/edits';
import { alignBlocks, judge, originsOf } from '../../fixtures/anchoring/provenance';
import type { Origins } from '../../fixtures/anchoring/provenance';
import { applyRandomEdits, randomEditLists } from '../../fixtures/anchoring/random-edits';
import { track } from '../../fixtures/anchoring/tracked-text';
import type { TrackedText } from '../../fixtures/anchoring/tracked-text';

const raw = readFileSync('assets/reports/zezhou-2022.txt', 'utf8');

function parse(text: string): ReportDocument {
  const result = parseReport(text);
  if (!result.ok) throw new Error(`parse failed: ${result.error.message}`);
  return result.value;
}

/** A parsed version of the report with each block character's original-text offset (-1 if an edit wrote it). */
interface Version {
  doc: ReportDocument;
  origins: (range: { blockId: string; start: number; end: number }) => Origins;
}

function version(tracked: TrackedText): Version {
  const doc = parse(tracked.text);
  const alignment = alignBlocks(tracked.text, doc.blocks);
  return { doc, origins: (range) => originsOf(doc.blocks, alignment, tracked, range) };
}

const original = version(track(raw));
const ALL_EDITS: readonly ReportEdit[] = [...EDITS, everything];
const edited = new Map(ALL_EDITS.map((edit) => [edit.name, edit.apply(track(raw))]));
const versions = new Map([...edited].map(([name, t]) => [name, version(t)]));

/** The original characters an anchor points at; for an empty range, the character after it (or before, at the end). */
function pointedAt(v: Version, anchor: Exclude<Anchor, { status: 'orphan' }>): Origins {
  if (anchor.start < anchor.end) return v.origins(anchor);
  const length = v.doc.blocks.find((b) => b.id === anchor.blockId)?.text.length ?? 0;
  const at = anchor.start < length ? anchor.start : anchor.start - 1;
  return v.origins({ blockId: anchor.blockId, start: at, end: at + 1 });
}

function targetOf(quote: string, within = quote): AnnotationTarget {
  const holders = original.doc.blocks.filter((b) => b.text.includes(within));
  const block = holders[0];
  if (holders.length !== 1 || !block || block.text.indexOf(within) !== block.text.lastIndexOf(within)) {
    throw new Error(`fixture: "${within}" must occur exactly once in the report`);
  }
  const start = block.text.indexOf(within) + within.indexOf(quote);
  return describeTarget(original.doc, block.id, start, start + quote.length);
}

describe('anchoring fixtures: the edited versions', () => {
  it('parse, and align with the text they came from', () => {
    for (const [name, v] of versions) expect(v.doc.blocks.length, name).toBeGreaterThan(60);
    expect(versions.get('part-renumbered')?.doc.blocks.some((b) => b.id === 'p4')).toBe(true);
  });
});

describe.each(ALL_EDITS.map((edit) => [edit.name, edit] as const))('anchoring fixtures: %s', (name, edit) => {
  const v = versions.get(name);
  if (!v) throw new Error(`no version ${name}`);

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_caseName, c) => {
    const target = targetOf(c.quote, c.in);
    const want: Outcome = c.expect?.[edit.name] ?? 'found';
    const anchor = resolve(v.doc, target);
    if (want === 'orphan') {
      expect(anchor).toEqual({ status: 'orphan' });
      return;
    }
    if (anchor.status === 'orphan') throw new Error(`expected ${want}, got an orphan`);
    expect(anchor.status === 'fuzzy' ? 'fuzzy' : 'found').toBe(want);
    const before = pointedAt(original, { ...target, status: 'exact' }).origin;
    expect(judge(before, pointedAt(v, anchor), want === 'fuzzy')).toBe('same');
  });

  it('never puts a random annotation on words it did not cover, and rarely loses or relocates one', () => {
    const result = sweep(v, 20220426, 1500);
    expect(result.wrong).toEqual([]);
    expect(result.relocated.length, result.relocated.join('\n')).toBeLessThanOrEqual(result.count * 0.002);
    // Surviving quotes that are not found are either repeated verbatim with their context, or lost their context
    // on both sides (short quotes at a split or merge); both are orphans by policy, and both are rare.
    expect(result.lost / result.intact).toBeLessThan(0.02);
  });
});

describe('anchoring fixtures: random edits', () => {
  it('never put an annotation on words it did not cover', () => {
    const totals = { count: 0, intact: 0, lost: 0, relocated: [] as string[] };
    for (const [n, edits] of randomEditLists(4262022, 12).entries()) {
      const result = sweep(version(applyRandomEdits(track(raw), edits)), n, 300);
      expect(result.wrong, `edit list ${n}`).toEqual([]);
      totals.count += result.count;
      totals.intact += result.intact;
      totals.lost += result.lost;
      totals.relocated.push(...result.relocated);
    }
    expect(totals.relocated.length, totals.relocated.join('\n')).toBeLessThanOrEqual(totals.count * 0.002);
    expect(totals.lost / totals.intact).toBeLessThan(0.01);
  });
});

interface SweepResult {
  count: number;
  /** Quotes whose characters all survived, in order, in one block. */
  intact: number;
  /** Intact quotes that became orphans. */
  lost: number;
  wrong: string[];
  relocated: string[];
}

/** Resolves `count` random annotations of the original in version `v` and judges each by provenance. */
function sweep(v: Version, seed: number, count: number): SweepResult {
  const blocks = original.doc.blocks;
  const picks = fc.sample(
    fc.record({ b: fc.nat(), s: fc.nat(), len: fc.constantFrom(1, 2, 3, 4, 6, 8, 12, 20, 40, 80) }),
    { seed, numRuns: count },
  );
  const annotations = picks.flatMap(({ b, s, len }, i) => {
    const block = blocks[b % blocks.length];
    if (!block || block.text.length === 0) return [];
    const start = s % block.text.length;
    const end = Math.min(block.text.length, start + len);
    return [{ id: `x${i}`, target: describeTarget(original.doc, block.id, start, end) }];
  });
  // Where each original character ended up in this version, to tell whether a quote survived intact.
  const placeOf = new Map<number, [string, number]>();
  for (const block of v.doc.blocks) {
    v.origins({ blockId: block.id, start: 0, end: block.text.length }).origin.forEach((o, i) =>
      placeOf.set(o, [block.id, i]),
    );
  }
  const anchors = resolveAll(v.doc, annotations);
  const result: SweepResult = { count: annotations.length, intact: 0, lost: 0, wrong: [], relocated: [] };
  for (const { id, target } of annotations) {
    const anchor = anchors.get(id);
    const before = original.origins(target).origin;
    const places = before.map((o) => placeOf.get(o));
    const survived = places.every(
      (p, i) => p && p[0] === places[0]?.[0] && p[1] === (places[0]?.[1] ?? 0) + i,
    );
    if (survived) result.intact++;
    if (!anchor || anchor.status === 'orphan') {
      if (survived) result.lost++;
      continue;
    }
    const resolvedText =
      v.doc.blocks.find((b) => b.id === anchor.blockId)?.text.slice(anchor.start, anchor.end) ?? '';
    const sameText = (i: number, j: number): boolean => resolvedText[i] === target.exact[j];
    const verdict = judge(before, v.origins(anchor), anchor.status === 'fuzzy', sameText);
    const line = `${target.blockId}:${target.start} "${target.exact}" → ${anchor.status} ${anchor.blockId}:${anchor.start}`;
    if (verdict === 'wrong') result.wrong.push(line);
    if (verdict === 'relocated') result.relocated.push(line);
  }
  return result;
}
