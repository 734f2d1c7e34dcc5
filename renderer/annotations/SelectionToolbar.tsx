/** The small bar over a text selection: five meaningful colours, add a note, copy with citation. */
import type { ColorKey } from '../../core/annotations/model';
import { useT } from '../i18n/i18n';
import { COLORS, useColorLabel } from './palette';

interface SelectionToolbarProps {
  rect: DOMRect;
  readOnly: boolean;
  onColor(color: ColorKey): void;
  onNote(): void;
  onCopy(): void;
}

export function SelectionToolbar({ rect, readOnly, onColor, onNote, onCopy }: SelectionToolbarProps) {
  const t = useT();
  const colorLabel = useColorLabel();
  const width = 330;
  const left = Math.max(8, Math.min(rect.left + rect.width / 2 - width / 2, window.innerWidth - width - 8));
  const top = rect.top > 64 ? rect.top - 48 : rect.bottom + 8;
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('annotations')}
      style={{ left, top, width }}
    >
      {!readOnly &&
        COLORS.map((color) => {
          const label = colorLabel(color);
          return (
            <button
              key={color}
              type="button"
              className={`swatch swatch--${color}`}
              aria-label={t('highlightAs', { label })}
              title={label}
              data-color={color}
              // Keep the text selection: a mousedown on a button would clear it before the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onColor(color)}
            >
              <span>{label.slice(0, 2)}</span>
            </button>
          );
        })}
      {!readOnly && (
        <button
          type="button"
          className="selection-toolbar__action"
          onMouseDown={(e) => e.preventDefault()}
          onClick={onNote}
        >
          {t('addNote')}
        </button>
      )}
      <button
        type="button"
        className="selection-toolbar__action"
        onMouseDown={(e) => e.preventDefault()}
        onClick={onCopy}
      >
        {t('copyCitation')}
      </button>
    </div>
  );
}
