/** The five highlight colours and their default meanings (DESIGN §4); labels are looked up by key. */
import type { ColorKey } from '../../core/annotations/model';
import { PALETTE_KEYS } from '../../core/annotations/model';
import { createContext, useContext } from 'react';
import { DEFAULT_SETTINGS, type Palette } from '../../core/settings';
import { useT } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

export const COLOR_LABEL_KEYS: Record<ColorKey, MessageKey> = {
  yellow: 'colorYellow',
  red: 'colorRed',
  green: 'colorGreen',
  blue: 'colorBlue',
  purple: 'colorPurple',
};

export const COLORS: readonly ColorKey[] = PALETTE_KEYS;

/** The user's palette (labels and colours) for the components below the app. */
export const PaletteContext = createContext<Palette>(DEFAULT_SETTINGS.palette);

/** The label of a colour: the user's own meaning, else the default (重点, 疑问, 建议, 数据核对, 其他). */
export function useColorLabel(): (color: ColorKey) => string {
  const palette = useContext(PaletteContext);
  const t = useT();
  return (color) => palette[color].label || t(COLOR_LABEL_KEYS[color]);
}

/** Applies the user's display colours as CSS variables (both themes); '' restores the stylesheet's colour. */
export function applyPaletteColors(palette: Palette, root: HTMLElement = document.documentElement): void {
  for (const key of COLORS) {
    const color = palette[key].color;
    if (color) {
      root.style.setProperty(`--hl-${key}`, `${color}66`);
      root.style.setProperty(`--hl-${key}-ink`, color);
    } else {
      root.style.removeProperty(`--hl-${key}`);
      root.style.removeProperty(`--hl-${key}-ink`);
    }
  }
}
