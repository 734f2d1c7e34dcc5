/**
 * The body's outline from its paragraphs (DESIGN §10: numbering, position, length and bold decide headings):
 * - parts are numbered (一、, 第一、) or, when no part is numbered, unnumbered titles standing alone (2024年工作回顾),
 *   plus a closing part (结束语);
 * - sub-parts （一）/(一) restart in every part; a part or sub-part number skipped once is taken, with a warning;
 * - in a part without （一）, points numbered 一是/二是 that stand alone as short paragraphs are its sub-parts;
 * - in a report with numbered parts, an unnumbered title inside a part without sub-parts is a topic heading
 *   (关于教育改革问题): shown in the outline, while the part's paragraphs keep their numbering through it;
 * - a heading split over two paragraphs (ending mid-phrase, or two bold lines) is one heading.
 */
import type { DraftBlock, DraftHeading, Origin } from './blocks';
import { headingDrafts, paragraphDraft } from './blocks';
import { formatChineseNumeral } from './chinese-numerals';
import { headingIsIncomplete } from './headings';
import { joinLineTexts } from './lines';
import type { MarkedText } from './markup';
import type { StructureWarning, TextMark } from './model';
import type { Para } from './paragraph';
import { isAllBold } from './paragraph';
import type { HeadingShape } from './rules/heading-rules';
import { headingShapes } from './rules/heading-rules';

/** A paragraph, or a heading joined from two, with the shapes its text has. */
interface Unit {
  text: string;
  marks: TextMark[];
  origin: Origin;
  shapes: HeadingShape[];
  /** Short enough to be a heading of its own: no sentence inside, at most a final stop. */
  standalone: boolean;
}

/** Longest paragraph that still stands as a heading of its own. */
const MAX_STANDALONE = 40;
/** Longest heading sentence before body text on the same line: longer, it is a paragraph that starts with 一、. */
const MAX_HEADING_SENTENCE = 60;
const INNER_STOP = /[。！？!?；;]/;

function isStandalone(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > MAX_STANDALONE) return false;
  return !INNER_STOP.test(trimmed.slice(0, -1));
}

function unitOf(text: string, key: string, marks: TextMark[], para: Para): Unit {
  return {
    text,
    marks,
    origin: { ...(para.page !== undefined && { page: para.page }), from: para.index },
    shapes: headingShapes(key),
    standalone: isStandalone(text),
  };
}

function concat(a: Para, b: Para): { text: string; key: string; marks: TextMark[] } {
  const text = joinLineTexts([a.text, b.text]);
  const shift = text.length - b.text.length;
  return {
    text,
    key: `${a.key}${text.slice(a.text.length, shift)}${b.key}`,
    marks: [...a.marks, ...b.marks.map((m) => ({ ...m, start: m.start + shift, end: m.end + shift }))],
  };
}

/** Joins a heading split over two paragraphs: it ends mid-phrase, or it and the next are short bold lines. */
function joinSplitHeadings(paras: readonly Para[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < paras.length; i++) {
    const para = paras[i];
    if (!para) continue;
    const next = paras[i + 1];
    const shapes = headingShapes(para.key);
    if (next && shapes.length > 0 && isStandalone(para.text) && isStandalone(next.text)) {
      const nextShapes = headingShapes(next.key).filter((shape) => shape.kind !== 'title');
      const incomplete = headingIsIncomplete(para.text);
      const bothBold = isAllBold(para) && isAllBold(next) && next.page === para.page;
      if (nextShapes.length === 0 && (incomplete || bothBold)) {
        const joined = concat(para, next);
        units.push(unitOf(joined.text, joined.key, joined.marks, para));
        i++;
        continue;
      }
    }
    units.push(unitOf(para.text, para.key, para.marks, para));
  }
  return units;
}

const shapeOf = (unit: Unit, kind: HeadingShape['kind']): HeadingShape | undefined =>
  unit.shapes.find((shape) => shape.kind === kind && (!shape.standaloneOnly || unit.standalone));

/** A numbered heading with body text after it must have a short heading sentence. */
function headingSentenceFits(unit: Unit): boolean {
  const stop = unit.text.search(/[。！？!?]/);
  return stop < 0 ? unit.text.length <= MAX_HEADING_SENTENCE * 2 : stop < MAX_HEADING_SENTENCE;
}

/** An unnumbered title that can open a part or a topic: standing alone, followed by its text or first sub-part. */
function isTitleAt(units: readonly Unit[], i: number): boolean {
  const unit = units[i];
  const next = units[i + 1];
  if (!unit || !next || !shapeOf(unit, 'title')) return false;
  // A title stands alone: a run of short lines (a list of targets, a table's rows) holds none.
  const previous = units[i - 1];
  if (shapeOf(next, 'title') || (previous && shapeOf(previous, 'title') && previous.shapes.length === 1))
    return false;
  // What follows a title is its text, or its first sub-part or point.
  return (
    next.text.length > unit.text.length ||
    next.shapes.some((shape) => shape.kind === 'sub-part' || shape.kind === 'point')
  );
}

interface PartPlan {
  /** Unit index of each accepted part heading, with its ordinal and whether it is the closing part. */
  heads: Map<number, { ordinal: number; closing: boolean; numbered: boolean }>;
  numbered: boolean;
}

/** Finds the part headings: the numbered sequence if there is one, else unnumbered titles, and 结束语. */
function planParts(units: readonly Unit[], warnings: StructureWarning[]): PartPlan {
  const numberedHeads = new Map<number, { ordinal: number; closing: boolean; numbered: boolean }>();
  let expected = 1;
  let rule: string | null = null;
  // A list numbered 一、二、三 inside a part (十件民生实事 in the text): its items are not parts, even the one whose
  // number happens to be the next part's.
  let inner = 0;
  units.forEach((unit, i) => {
    const shape = shapeOf(unit, 'part');
    if (!shape || (rule !== null && shape.rule !== rule) || !headingSentenceFits(unit)) return;
    if (inner > 0 && shape.ordinal === inner + 1) {
      inner++;
      return;
    }
    inner = shape.ordinal === 1 && expected > 1 ? 1 : 0;
    if (inner > 0) return;
    const gap = shape.ordinal === expected + 1 && expected > 1;
    if (shape.ordinal !== expected && !gap) return;
    if (gap)
      warnings.push({
        code: 'part-gap',
        message: `缺少第${formatChineseNumeral(expected)}部分：“${formatChineseNumeral(expected - 1)}、”之后是“${unit.text.slice(0, 12)}”`,
      });
    rule ??= shape.rule;
    numberedHeads.set(i, { ordinal: shape.ordinal, closing: false, numbered: true });
    expected = shape.ordinal + 1;
  });
  const numbered = numberedHeads.size >= 2 || (numberedHeads.size === 1 && expected === 2);
  const heads = numbered
    ? numberedHeads
    : new Map<number, { ordinal: number; closing: boolean; numbered: boolean }>();
  if (!numbered) {
    const titles = units.flatMap((_, i) => (isTitleAt(units, i) ? [i] : []));
    if (titles.length >= 2)
      titles.forEach((i, k) => heads.set(i, { ordinal: k + 1, closing: false, numbered: false }));
  }
  units.forEach((unit, i) => {
    if (!heads.has(i) && shapeOf(unit, 'closing') && i + 1 < units.length)
      heads.set(i, { ordinal: 0, closing: true, numbered: false });
  });
  return { heads, numbered };
}

/** Accepts the sub-parts of one part in sequence: restarts at （一）, one skipped number taken with a warning. */
function planSubParts(
  units: readonly Unit[],
  from: number,
  to: number,
  partLabel: string,
  warnings: StructureWarning[],
): Map<number, number> {
  const accepted = new Map<number, number>();
  let expected = 1;
  for (let i = from; i < to; i++) {
    const unit = units[i];
    const shape = unit && shapeOf(unit, 'sub-part');
    if (!unit || !shape || !headingSentenceFits(unit)) continue;
    const restart = shape.ordinal === 1 && expected > 1;
    const gap = shape.ordinal === expected + 1 && expected > 1;
    if (shape.ordinal !== expected && !restart && !gap) continue;
    if (gap)
      warnings.push({
        code: 'sub-part-gap',
        message: `${partLabel}缺少（${formatChineseNumeral(expected)}）：（${formatChineseNumeral(expected - 1)}）之后是（${formatChineseNumeral(shape.ordinal)}）`,
      });
    if (restart)
      warnings.push({
        code: 'sub-part-restart',
        message: `${partLabel}的分项编号重新从（一）开始，可能漏掉了一个部分标题`,
      });
    accepted.set(i, shape.ordinal);
    expected = shape.ordinal + 1;
  }
  return accepted;
}

/** Standalone 一是/二是 points of a part without （一）: its sub-parts when there are two or more in sequence. */
function planPoints(units: readonly Unit[], from: number, to: number): Map<number, number> {
  const accepted = new Map<number, number>();
  let expected = 1;
  for (let i = from; i < to; i++) {
    const unit = units[i];
    const shape = unit && shapeOf(unit, 'point');
    if (!shape || shape.ordinal !== expected) continue;
    accepted.set(i, shape.ordinal);
    expected++;
  }
  return accepted.size >= 2 ? accepted : new Map();
}

const marked = (unit: Unit): MarkedText => ({ text: unit.text, marks: unit.marks });

/**
 * Turns the body's paragraphs into draft blocks with headings found as described above. Warnings for doubtful
 * numbering go to `warnings`.
 */
export function structureBody(paras: readonly Para[], warnings: StructureWarning[]): DraftBlock[] {
  const units = joinSplitHeadings(paras);
  const { heads, numbered } = planParts(units, warnings);
  const starts = [...heads.keys()].sort((a, b) => a - b);
  const headings = new Map<number, { heading: DraftHeading; split: boolean }>();
  for (const [i, head] of heads)
    headings.set(i, {
      heading: head.closing ? { level: 1, ordinal: 0, kind: 'closing' } : { level: 1, ordinal: head.ordinal },
      split: head.numbered,
    });
  // Each part (and the text before the first) is planned on its own: sub-parts restart, points and topics are local.
  const bounds = [0, ...starts.map((i) => i + 1)];
  bounds.forEach((from, k) => {
    const to = starts[k] ?? units.length;
    const headIndex = k === 0 ? -1 : (starts[k - 1] ?? -1);
    const head = heads.get(headIndex);
    const label = head
      ? head.closing
        ? '结束语'
        : `第${formatChineseNumeral(head.ordinal)}部分`
      : '开头部分';
    const subParts = planSubParts(units, from, to, label, warnings);
    for (const [i, ordinal] of subParts) headings.set(i, { heading: { level: 2, ordinal }, split: true });
    if (subParts.size > 0 || !head) return;
    const points = planPoints(units, from, to);
    for (const [i, ordinal] of points)
      headings.set(i, { heading: { level: 2, ordinal, kind: 'point' }, split: false });
    if (points.size > 0 || !numbered || head.closing) return;
    let topic = 0;
    for (let i = from; i < to; i++)
      if (isTitleAt(units, i))
        headings.set(i, { heading: { level: 2, ordinal: ++topic, kind: 'topic' }, split: false });
  });
  const drafts: DraftBlock[] = [];
  units.forEach((unit, i) => {
    const found = headings.get(i);
    if (found) drafts.push(...headingDrafts(marked(unit), found.heading, found.split, unit.origin));
    else drafts.push(paragraphDraft(marked(unit), unit.origin));
  });
  return drafts;
}
