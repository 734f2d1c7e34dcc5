/** The definition shown when a glossary term in the text is hovered or focused. */
import type { GlossaryEntry } from '../../core/report/model';

export interface TooltipState {
  termId: string;
  /** Viewport rectangle of the hovered term. */
  rect: { left: number; top: number; bottom: number };
}

export function TermTooltip({ entry, rect }: { entry: GlossaryEntry; rect: TooltipState['rect'] }) {
  const width = 340;
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
  const below = rect.bottom + 200 < window.innerHeight;
  const style = below
    ? { left, top: rect.bottom + 6, width }
    : { left, bottom: window.innerHeight - rect.top + 6, width };
  return (
    <div className="term-tooltip" role="tooltip" id="term-tooltip" style={style}>
      <div className="term-tooltip__term">{entry.term}</div>
      <div className="term-tooltip__definition">{entry.definition}</div>
    </div>
  );
}
