/**
 * A list of note cards that renders its first part and grows as the reader scrolls near its end. A group's merged
 * notes reach tens of thousands: laying out every card took ~1.7 s to open the 批注 pane and each filter keystroke
 * removed thousands of nodes, while the eye sees a dozen. Counts and filters still cover every note.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';

/** Cards rendered at first, and added each time the end comes near (a few screens' worth). */
export const LIST_STEP = 200;

interface GrowingListProps<T> {
  items: readonly T[];
  render(item: T): ReactNode;
  /** The list starts again from its first part when this changes (another filter). */
  resetKey: string;
}

export function GrowingList<T>({ items, render, resetKey }: GrowingListProps<T>) {
  const [limit, setLimit] = useState(LIST_STEP);
  const [shownFor, setShownFor] = useState(resetKey);
  if (shownFor !== resetKey) {
    // Adjusted during render (React's pattern for state derived from props), so no frame shows the old length.
    setShownFor(resetKey);
    setLimit(LIST_STEP);
  }
  const sentinel = useRef<HTMLLIElement>(null);
  const more = items.length > limit;
  useEffect(() => {
    const target = sentinel.current;
    if (!more || !target) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setLimit((current) => current + LIST_STEP);
      },
      { rootMargin: '1200px 0px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [more, limit]);
  return (
    <ul className="notes__list" data-shown={Math.min(limit, items.length)} data-total={items.length}>
      {items.slice(0, limit).map(render)}
      {more && <li ref={sentinel} className="notes__more" aria-hidden="true" />}
    </ul>
  );
}
