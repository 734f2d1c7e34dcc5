/** The five highlight colours and their default meanings (DESIGN §4); labels are looked up by key. */
import type { ColorKey } from '../../core/annotations/model';
import { PALETTE_KEYS } from '../../core/annotations/model';
import type { MessageKey } from '../i18n/messages';

export const COLOR_LABEL_KEYS: Record<ColorKey, MessageKey> = {
  yellow: 'colorYellow',
  red: 'colorRed',
  green: 'colorGreen',
  blue: 'colorBlue',
  purple: 'colorPurple',
};

export const COLORS: readonly ColorKey[] = PALETTE_KEYS;
