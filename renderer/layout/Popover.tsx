/** A button that opens a small panel; Esc or a click outside closes it. */
import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';

interface PopoverProps {
  label: string;
  buttonContent: ReactNode;
  children(close: () => void): ReactNode;
  className?: string;
}

export function Popover({ label, buttonContent, children, className }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className={`popover ${className ?? ''}`} ref={rootRef}>
      <button
        type="button"
        className="tool-button"
        aria-label={label}
        title={label}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        {buttonContent}
      </button>
      {open && (
        <div className="popover__panel" id={panelId} role="dialog" aria-label={label}>
          {children(() => setOpen(false))}
        </div>
      )}
    </div>
  );
}
