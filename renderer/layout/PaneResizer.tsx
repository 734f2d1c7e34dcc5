/** A vertical splitter: drag with the pointer or use ←/→ when focused. Reports the final width once. */
import { useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { PANE_WIDTH } from '../../core/settings';
import { useT } from '../i18n/i18n';

interface PaneResizerProps {
  /** Which side of the splitter the pane is on: dragging right widens a left pane. */
  side: 'left' | 'right';
  width: number;
  controls: string;
  onResize(width: number, final: boolean): void;
}

export function PaneResizer({ side, width, controls, onResize }: PaneResizerProps) {
  const t = useT();
  const drag = useRef<{ x: number; width: number } | null>(null);
  const widthFor = (clientX: number) => {
    const start = drag.current;
    if (!start) return width;
    const delta = side === 'left' ? clientX - start.x : start.x - clientX;
    return Math.max(PANE_WIDTH.min, Math.min(PANE_WIDTH.max, start.width + delta));
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = { x: event.clientX, width };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    if (drag.current) onResize(widthFor(event.clientX), false);
  };
  const onPointerUp = (event: PointerEvent) => {
    if (!drag.current) return;
    onResize(widthFor(event.clientX), true);
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? 64 : 16;
    const grow = side === 'left' ? 'ArrowRight' : 'ArrowLeft';
    const shrink = side === 'left' ? 'ArrowLeft' : 'ArrowRight';
    if (event.key !== grow && event.key !== shrink) return;
    event.preventDefault();
    const next = width + (event.key === grow ? step : -step);
    onResize(Math.max(PANE_WIDTH.min, Math.min(PANE_WIDTH.max, next)), true);
  };
  return (
    <div
      className={`resizer resizer--${side}`}
      role="separator"
      aria-orientation="vertical"
      aria-controls={controls}
      aria-label={t('resizePane')}
      aria-valuenow={Math.round(width)}
      aria-valuemin={PANE_WIDTH.min}
      aria-valuemax={PANE_WIDTH.max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
