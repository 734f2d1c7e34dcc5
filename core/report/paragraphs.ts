/** Body lines → paragraphs and headings: line joining, page-break repair, and the per-document layout mode. */
import type { HeadingStart } from './headings';
import { createHeadingTracker, headingIsIncomplete, matchHeadingStart } from './headings';
import type { SourceLine } from './lines';
import { endsSentence, joinLineTexts } from './lines';

/**
 * How paragraphs are laid out in this document:
 * - `indent`: most lines start with an indent, so an indented line starts a paragraph (hard-wrapped text);
 * - `blank`: paragraphs are separated by blank lines and lines are hard-wrapped, so a single newline is a wrap;
 * - `sentence`: a line end is a paragraph end when the text ends a sentence; a blank line elsewhere is a page break.
 */
export type LayoutMode = 'indent' | 'blank' | 'sentence';

/** A run of source text that becomes one heading (possibly with body text after it) or one paragraph. */
export interface TextUnit {
  /** Joined source text, markup still in. */
  raw: string;
  heading?: HeadingStart;
}

/**
 * Decides the layout mode from the body's lines. Indentation is judged on the lines that could start a paragraph
 * (the first line, and lines after a sentence end): in hard-wrapped text the wrapped lines are not indented, so
 * "most lines" would miss it. Headings are left out; they are often not indented.
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

interface OpenUnit {
  parts: string[];
  heading?: HeadingStart;
  /** A sentence end occurred inside the unit, so body text follows the heading sentence. */
  hasBody: boolean;
}

const SENTENCE_STOP = /[。！？!?]/;

/** Whether a heading unit takes the next line: it stops mid-phrase, or body text follows it and is unfinished. */
function headingContinues(unit: OpenUnit): boolean {
  const last = unit.parts[unit.parts.length - 1] ?? '';
  if (headingIsIncomplete(last)) return true;
  // An unfinished last line after a sentence end means the body text after the heading goes on.
  return !endsSentence(last) && unit.hasBody;
}

/**
 * Groups body lines into headings and paragraphs. A heading is accepted only at a line start, after text that
 * ended a sentence, and when its number is the expected next one; blank lines inside a sentence are page-break
 * artefacts and are dropped (第一\n\n方阵 → 第一方阵).
 */
export function groupUnits(
  lines: readonly SourceLine[],
  mode: LayoutMode = detectLayoutMode(lines),
): TextUnit[] {
  const tracker = createHeadingTracker();
  const units: TextUnit[] = [];
  let current: OpenUnit | null = null;
  let sawBlank = false;
  const close = (): void => {
    if (current)
      units.push({ raw: joinLineTexts(current.parts), ...(current.heading && { heading: current.heading }) });
  };
  for (const line of lines) {
    if (line.text === '') {
      sawBlank = true;
      continue;
    }
    const open: boolean = current !== null && (current.heading === undefined || headingContinues(current));
    const previousEnded = !open || endsSentence(current?.parts[current.parts.length - 1] ?? '');
    const heading = previousEnded ? tracker.accept(line.text) : null;
    let startsUnit: boolean;
    if (heading || !open) startsUnit = true;
    else if (mode === 'indent') startsUnit = line.indented;
    else if (mode === 'blank') startsUnit = previousEnded && (sawBlank || line.indented);
    else startsUnit = previousEnded;
    if (startsUnit || !current) {
      close();
      current = { parts: [line.text], hasBody: SENTENCE_STOP.test(line.text) };
      if (heading) current.heading = heading;
    } else {
      current.parts.push(line.text);
      if (!current.hasBody) current.hasBody = SENTENCE_STOP.test(line.text);
    }
    sawBlank = false;
  }
  close();
  return units;
}
