/**
 * The text reader's line joining (DESIGN §10): lines → paragraphs, with line wraps and page breaks repaired and the
 * per-document layout mode. It decides only where paragraphs begin and end, never what they are.
 */
import { headingIsIncomplete, matchHeadingStart } from './headings';
import { headingShapes } from './rules/heading-rules';
import type { SourceLine } from './lines';
import { compact, endsSentence, joinLineTexts, plainStart, standsAlone, startsListItem } from './lines';
import { CAPTION, SCRAPER_FIELD } from './rules/meta-rules';

/**
 * How paragraphs are laid out in this document:
 * - `indent`: most lines start with an indent, so an indented line starts a paragraph (hard-wrapped text);
 * - `blank`: paragraphs are separated by blank lines and lines are hard-wrapped, so a single newline is a wrap;
 * - `sentence`: a line end is a paragraph end when the text ends a sentence; a blank line elsewhere is a page break.
 */
export type LayoutMode = 'indent' | 'blank' | 'sentence';

/**
 * Decides the layout mode from the lines. Indentation is judged on the lines that could start a paragraph (the
 * first line, and lines after a sentence end): in hard-wrapped text the wrapped lines are not indented, so "most
 * lines" would miss it. Headings are left out; they are often not indented.
 */
export function detectLayoutMode(lines: readonly SourceLine[]): LayoutMode {
  let starts = 0;
  let indentedStarts = 0;
  let direct = 0;
  let directMidSentence = 0;
  let blankAfterSentence = 0;
  let previousEnded = true;
  lines.forEach((line, i) => {
    if (line.text === '') return;
    const next = lines[i + 1];
    const ended = endsSentence(line.text);
    if (next !== undefined && next.text !== '') {
      // A short line standing alone (a title, a link in a site's footer) is no sign of hard wrapping.
      if (!ended && standsAlone(plainStart(line.text))) return;
      direct++;
      if (!ended) directMidSentence++;
    } else if (next !== undefined && ended) {
      blankAfterSentence++;
    }
    const heading = matchHeadingStart(line.text) !== null;
    if (previousEnded && !heading) {
      starts++;
      if (line.indented) indentedStarts++;
    }
    previousEnded = ended || heading;
  });
  if (starts >= 2 && indentedStarts * 2 > starts) return 'indent';
  // Hard-wrapped lines show up as many direct line-to-line transitions in mid-sentence.
  if (blankAfterSentence >= 2 && direct >= 3 && directMidSentence * 2 >= direct) return 'blank';
  return 'sentence';
}

/** The typical length of a wrapped line (the median of lines that run on into the next), or Infinity if none. */
function wrapWidth(lines: readonly SourceLine[]): number {
  const lengths: number[] = [];
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (line.text === '' || next === undefined || next.text === '' || endsSentence(line.text)) return;
    // Titles and headings run on into their text without being wrapped.
    if (standsAlone(plainStart(line.text)) || startsHeading(line.text)) return;
    lengths.push(line.text.length);
  });
  // Too few wrapped lines to tell a width (a short text, a wiki's broken links): no width-based judgement.
  if (lengths.length < MIN_WRAPS) return Infinity;
  lengths.sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? Infinity;
  return median >= MIN_WIDTH ? median : Infinity;
}

const MIN_WRAPS = 3;
/** A typical wrapped line shorter than this is not a page width (lines broken at links, not wrapped). */
const MIN_WIDTH = 16;

/**
 * Whether blank lines separate paragraphs in this text: most sentence ends that are followed by more text are
 * followed by a blank line first. Then, even where indents mark paragraphs, an unindented line after a sentence end
 * and a blank line starts one; where blank lines are rare they are page breaks and the paragraph goes on.
 */
function blankLinesSeparate(lines: readonly SourceLine[]): boolean {
  let ends = 0;
  let blankAfter = 0;
  lines.forEach((line, i) => {
    if (line.text === '' || !endsSentence(line.text)) return;
    let j = i + 1;
    while (j < lines.length && lines[j]?.text === '') j++;
    if (j >= lines.length) return;
    ends++;
    if (j > i + 1) blankAfter++;
  });
  return ends >= 4 && blankAfter * 2 >= ends;
}

/** What those shapes start with (bold markers aside): 第…、, 一是…, 结束语. */
const SHAPE_START = /^(?:\*\*)?[第一二三四五六七八九十结]/;

/** Longest line that is a heading of its own when its shape needs that (一是…, 第一、…, 结束语). */
const MAX_HEADING_LINE = 40;

/**
 * Whether a line opens a heading: a number in a heading's shape (一、 （一）), or a shape that only a short line
 * without a sentence inside can have (一是聚焦…，着力…, 第一、关于…, 结束语).
 */
function startsHeading(text: string): boolean {
  if (matchHeadingStart(text) !== null) return true;
  if (text.length > MAX_HEADING_LINE + 4 || !SHAPE_START.test(text)) return false;
  const short = text.length <= MAX_HEADING_LINE && !/[。！？!?；;]/.test(text.slice(0, -1));
  return short && headingShapes(text).some((shape) => shape.kind !== 'title' && shape.standaloneOnly);
}

/** 各位代表： on a line of its own: the body's first paragraph, whatever the line before it. */
const SALUTATION_LINE = /^各位(?:代表|委员|同志)[：:！!，,]?$/;
/** A source line (来源：某某日报) is a title-page or footer line of its own. */
const SOURCE_LINE = /^[（(]?\s*来源\s*[：:]/;

/** A short line that stands alone is its own paragraph when it is well under the width lines wrap at. */
const SHORT_OF_WIDTH = 0.6;

/** One paragraph as joined from its lines: raw text (markup still in) and whether its first line was indented. */
export interface TextUnit {
  raw: string;
  indented: boolean;
}

interface OpenUnit {
  parts: string[];
  indented: boolean;
  /** The unit began with a heading number (一、 （一）): it ends where the heading ends. */
  heading: boolean;
  /** A sentence end occurred inside the unit, so body text follows the heading sentence. */
  hasBody: boolean;
}

const SENTENCE_STOP = /[。！？!?]/;

/** A heading line this close to the wrap width was wrapped, so it goes on in the next line. */
const FULL_WIDTH = 0.9;

/**
 * Whether a heading unit takes the next line: it stops mid-phrase, it was wrapped (as long as the lines that wrap),
 * or body text follows it and is unfinished.
 */
function headingContinues(unit: OpenUnit, width: number): boolean {
  const last = unit.parts[unit.parts.length - 1] ?? '';
  if (headingIsIncomplete(last)) return true;
  if (!endsSentence(last) && last.length >= width * FULL_WIDTH) return true;
  // An unfinished last line after a sentence end means the body text after the heading goes on.
  return !endsSentence(last) && unit.hasBody;
}

/**
 * Groups lines into paragraphs (raw text, markup still in). The rules, in order:
 * - a blank line inside a sentence is a page-break artefact and is closed up (第一\n\n方阵 → 第一方阵);
 * - a line that starts with a heading or list number after a sentence end starts a paragraph;
 * - a heading line that is complete ends its paragraph, even without a full stop (一、2021年工作回顾);
 * - a website's or scraper's `key：value` line (标题：…, 发布机构：…), a source line, a photo caption, and 各位代表：
 *   alone on its line, is a paragraph of its own;
 * - a short line without sentence punctuation (a title, a date line, a link in a site's footer) stands alone when
 *   a blank line follows it, when lines are not hard-wrapped, or when it is well short of the wrap width;
 * - otherwise the layout mode decides.
 */
export function groupLines(
  lines: readonly SourceLine[],
  mode: LayoutMode = detectLayoutMode(lines),
): TextUnit[] {
  const width = mode === 'sentence' ? Infinity : wrapWidth(lines);
  const blankSeparates = mode === 'indent' && blankLinesSeparate(lines);
  const units: TextUnit[] = [];
  let current: OpenUnit | null = null;
  let sawBlank = false;
  const close = (): void => {
    if (current) units.push({ raw: joinLineTexts(current.parts), indented: current.indented });
    current = null;
  };
  const alone = (text: string, blankAfter: boolean): boolean =>
    standsAlone(plainStart(text)) &&
    (mode === 'sentence' || blankAfter || width === Infinity || text.length <= width * SHORT_OF_WIDTH);
  const isField = (text: string): boolean =>
    (/[：:]/.test(text.slice(0, 24)) && SCRAPER_FIELD.test(compact(text))) ||
    SALUTATION_LINE.test(text) ||
    SOURCE_LINE.test(text) ||
    (text.length <= 150 && CAPTION.test(compact(text)));
  lines.forEach((line, i) => {
    if (line.text === '') {
      sawBlank = true;
      return;
    }
    const next = lines[i + 1];
    const blankAfter = next === undefined || next.text === '';
    let startsUnit: boolean;
    if (!current) startsUnit = true;
    else {
      const unit: OpenUnit = current;
      const last = unit.parts[unit.parts.length - 1] ?? '';
      const ended = endsSentence(last);
      if (isField(line.text) || (unit.parts.length === 1 && isField(last))) startsUnit = true;
      else if (unit.heading && !headingContinues(unit, width)) startsUnit = true;
      // In indented text a line that began a paragraph by its indent goes on into the unindented lines after it.
      else if (
        !unit.heading &&
        unit.parts.length === 1 &&
        !(mode === 'indent' && unit.indented) &&
        alone(last, sawBlank)
      )
        startsUnit = true;
      else if (ended && (matchHeadingStart(line.text) !== null || startsListItem(line.text)))
        startsUnit = true;
      else if (ended && alone(line.text, blankAfter)) startsUnit = true;
      // Without wrapped lines an unindented line after a sentence end cannot continue the paragraph.
      else if (mode === 'indent')
        startsUnit = line.indented || (ended && ((blankSeparates && sawBlank) || width === Infinity));
      else if (mode === 'blank') startsUnit = ended && (sawBlank || line.indented);
      else startsUnit = ended;
    }
    if (startsUnit || !current) {
      close();
      current = {
        parts: [line.text],
        indented: line.indented,
        heading: startsHeading(line.text),
        hasBody: SENTENCE_STOP.test(line.text),
      };
    } else {
      current.parts.push(line.text);
      if (!current.hasBody) current.hasBody = SENTENCE_STOP.test(line.text);
    }
    sawBlank = false;
  });
  close();
  return units;
}
