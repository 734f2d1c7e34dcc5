/**
 * The small bar over a text selection: five meaningful colours, add a note, copy with citation. Each colour keeps
 * its whole label on one line; the bar is as wide as its buttons and placed by its measured size, above the
 * selection when there is room.
 */
import type { ColorKey } from '../../core/annotations/model';
import { useT } from '../i18n/i18n';
import { COLORS, useColorLabel } from './palette';
import { useFittedPopup } from './use-fitted-popup';

interface SelectionToolbarProps {
  rect: DOMRect;
  readOnly: boolean;
  onColor(color: ColorKey): void;
  onNote(): void;
  /** 建议修改: opens the amendment editor on the selected words. */
  onAmend?(): void;
  onCopy(): void;
}

export function SelectionToolbar({
  rect,
  readOnly,
  onColor,
  onNote,
  onAmend,
  onCopy,
}: SelectionToolbarProps) {
  const t = useT();
  const colorLabel = useColorLabel();
  const { ref, style } = useFittedPopup<HTMLDivElement>(rect, undefined, 'above');
  return (
    <div ref={ref} className="selection-toolbar" role="toolbar" aria-label={t('annotations')} style={style}>
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
              <span className="swatch__label">{label}</span>
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
      {!readOnly && onAmend && (
        <button
          type="button"
          className="selection-toolbar__action"
          data-action="amend"
          onMouseDown={(e) => e.preventDefault()}
          onClick={onAmend}
        >
          {t('amendSuggest')}
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
