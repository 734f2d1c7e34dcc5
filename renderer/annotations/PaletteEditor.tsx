/** 颜色与含义: the user names what each colour means and may change how it looks; notes keep their keys. */
import { useContext } from 'react';
import type { ColorKey } from '../../core/annotations/model';
import type { SettingsPatch } from '../../core/settings';
import { useT } from '../i18n/i18n';
import { COLOR_LABEL_KEYS, COLORS, PaletteContext } from './palette';

const DEFAULT_SWATCH: Record<ColorKey, string> = {
  yellow: '#f5c518',
  red: '#e05252',
  green: '#3fae6b',
  blue: '#4a8fdc',
  purple: '#9a6fd8',
};

export function PaletteEditor({ onChange }: { onChange(patch: SettingsPatch): void }) {
  const t = useT();
  const palette = useContext(PaletteContext);
  return (
    <details className="palette-editor">
      <summary>{t('paletteTitle')}</summary>
      {COLORS.map((key) => (
        <div key={key} className="palette-editor__row">
          <input
            type="color"
            aria-label={t('paletteColor', { label: palette[key].label || t(COLOR_LABEL_KEYS[key]) })}
            value={palette[key].color || DEFAULT_SWATCH[key]}
            onChange={(event) => onChange({ palette: { [key]: { color: event.target.value } } })}
          />
          <input
            type="text"
            className="search__input"
            aria-label={t('paletteLabel', { color: t(COLOR_LABEL_KEYS[key]) })}
            placeholder={t(COLOR_LABEL_KEYS[key])}
            maxLength={20}
            value={palette[key].label}
            onChange={(event) => onChange({ palette: { [key]: { label: event.target.value } } })}
          />
        </div>
      ))}
      <button
        type="button"
        className="link-button"
        onClick={() =>
          onChange({ palette: Object.fromEntries(COLORS.map((key) => [key, { label: '', color: '' }])) })
        }
      >
        {t('paletteReset')}
      </button>
    </details>
  );
}
