/** The definition shown when a glossary term in the text is hovered or focused. */
import type { GlossaryEntry } from '../../core/report/model';
import { placePopup, windowViewport } from '../layout/place-popup';

export interface TooltipState {
  termId: string;
  /** Viewport rectangle of the hovered term. */
  rect: { left: number; top: number; bottom: number };
}

export function TermTooltip({ entry, rect }: { entry: GlossaryEntry; rect: TooltipState['rect'] }) {
  const style = placePopup(rect, { width: 340, height: 200 }, windowViewport());
  return (
    <div className="term-tooltip" role="tooltip" id="term-tooltip" style={style}>
      <div className="term-tooltip__term">{entry.term}</div>
      <div className="term-tooltip__definition">{entry.definition}</div>
    </div>
  );
}
