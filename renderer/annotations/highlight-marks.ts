/**
 * How a run of text under one or more highlights is drawn. The top one (mine, where I have one: the paint model puts
 * mine last) gives the shading; every one under it shows as a band at the foot of the run in its colour, stacked, so
 * overlapping highlights all stay visible; another member's highlight keeps its underline; a highlight that carries
 * a note gets a small mark where it ends. Every id stays on the element for the click handler and its chooser.
 */
import type { CSSProperties } from 'react';

export interface PaintedMark {
  id: string;
  color: string;
  member: number;
  noted: boolean;
  /** Where the highlight ends in the block, to put the note mark on its last run only. */
  end: number;
}

export interface HighlightMarkProps {
  className: string;
  style?: CSSProperties;
  'data-annotation-ids': string;
}

/** Height of one stacked band, in px. */
export const BAND = 3;

/** The mark element's props for the run [.., segmentEnd) covered by `marks` (in paint order), or none. */
export function highlightMarkProps(
  marks: readonly PaintedMark[],
  segmentEnd: number,
): HighlightMarkProps | undefined {
  const top = marks.at(-1);
  if (!top) return undefined;
  const under = marks.slice(0, -1);
  const member = marks.findLast((m) => m.member > 0)?.member;
  const classes = ['hl', `hl--${top.color}`];
  if (under.length > 0) classes.push('hl--overlap');
  if (member) classes.push('hl--member', `hl--m${member}`);
  if (marks.some((m) => m.noted && m.end === segmentEnd)) classes.push('hl--noted');
  // The band nearest the text belongs to the highlight just under the top one; the first shadow paints on top.
  const bands = under
    .toReversed()
    .map((m, i) => `inset 0 -${(i + 1) * BAND}px 0 var(--hl-${m.color}-ink)`)
    .join(', ');
  return {
    className: classes.join(' '),
    ...(bands && { style: { boxShadow: bands } }),
    'data-annotation-ids': marks.map((m) => m.id).join(' '),
  };
}
