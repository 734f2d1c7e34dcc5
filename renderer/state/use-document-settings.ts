/** Settings that belong to the whole document: theme, language (for screen readers and fonts), palette colours. */
import { useEffect } from 'react';
import type { Settings } from '../../core/settings';
import { applyPaletteColors } from '../annotations/palette';
import { useTheme } from './use-theme';

export function useDocumentSettings(settings: Pick<Settings, 'theme' | 'language' | 'palette'>): void {
  useTheme(settings.theme);
  useEffect(() => {
    document.documentElement.lang = settings.language;
  }, [settings.language]);
  useEffect(() => applyPaletteColors(settings.palette), [settings.palette]);
}
