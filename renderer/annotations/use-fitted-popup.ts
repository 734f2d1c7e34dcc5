/**
 * Places a floating panel by its measured size (fitPopup), before it is painted, and again when its content or the
 * window changes size, so it always fits in the window.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties, RefObject } from 'react';
import { fitPopup, type Box } from './fit-popup';

/** `width` fixes the panel's width; without it the panel is as wide as its content (CSS), measured too. */
export function useFittedPopup<T extends HTMLElement>(
  anchor: Box,
  width?: number,
  prefer: 'below' | 'above' = 'below',
): { ref: RefObject<T | null>; style: CSSProperties; placed: boolean } {
  const ref = useRef<T>(null);
  // Measured where it cannot be seen, then placed before the first paint.
  const [style, setStyle] = useState<CSSProperties>({ left: 0, top: 0, width, visibility: 'hidden' });
  const { left, top, bottom } = anchor;
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const place = () => {
      // As rendered: max-height (the window's) caps it, and a body that scrolls inside keeps the buttons in view.
      const box = element.getBoundingClientRect();
      const placed = fitPopup(
        { left, top, bottom },
        { width: width ?? box.width, height: box.height },
        { width: window.innerWidth, height: window.innerHeight },
        8,
        8,
        prefer,
      );
      const next: CSSProperties = {
        left: placed.left,
        top: placed.top,
        maxHeight: placed.maxHeight,
        ...(width === undefined ? { maxWidth: placed.width } : { width: placed.width }),
      };
      // A new object only when something moved, so a resize that changes nothing renders nothing.
      setStyle((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(element);
    window.addEventListener('resize', place);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', place);
    };
  }, [left, top, bottom, width, prefer]);
  // Focus can move in only once it is placed: a hidden element takes no focus.
  return { ref, style, placed: style.visibility !== 'hidden' };
}
