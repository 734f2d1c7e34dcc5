/** Language context: `useT()` returns a translator for the current UI language. */
import { createContext, useContext } from 'react';
import type { Language } from '../../core/settings';
import { en, zhCN, type MessageKey } from './messages';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const translators = new Map<Language, Translate>();

/** Returns the (cached, so referentially stable) translator; `{name}` placeholders are filled from params. */
export function translator(language: Language): Translate {
  let t = translators.get(language);
  if (!t) {
    const table = language === 'en' ? en : zhCN;
    t = (key, params) =>
      table[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params?.[name] ?? whole));
    translators.set(language, t);
  }
  return t;
}

export const LanguageContext = createContext<Language>('zh-CN');

/** The translator for the language in context. */
export function useT(): Translate {
  return translator(useContext(LanguageContext));
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}
