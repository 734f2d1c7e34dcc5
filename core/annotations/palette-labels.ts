/** The default meanings of the five palette keys (DESIGN §4), and the labels in force once the user's own apply. */
import type { Palette } from '../settings';
import type { ColorKey } from './model';
import { PALETTE_KEYS } from './model';

/** Default labels per UI language; the renderer's messages and every export read them from here. */
export const DEFAULT_COLOR_LABELS: Readonly<Record<'zh-CN' | 'en', Readonly<Record<ColorKey, string>>>> = {
  'zh-CN': { yellow: '重点', red: '疑问', green: '建议', blue: '数据核对', purple: '其他' },
  en: { yellow: 'Key point', red: 'Question', green: 'Suggestion', blue: 'Check figures', purple: 'Other' },
};

/** The label of each key: the user's own meaning, else the default ('' in settings means the default). */
export function paletteLabels(
  palette?: Partial<Palette>,
  lang: 'zh-CN' | 'en' = 'zh-CN',
): Record<ColorKey, string> {
  const defaults = DEFAULT_COLOR_LABELS[lang];
  return Object.fromEntries(
    PALETTE_KEYS.map((key) => [key, palette?.[key]?.label.trim() || defaults[key]]),
  ) as Record<ColorKey, string>;
}
