import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { da } from './da';
import { FEATURES } from '../features';
import { en } from './en';

export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORED = 'language';

/** The language before anyone signs in: the one chosen here before, else the browser's, else Danish. */
function initialLanguage(): Language {
  const stored = localStorage.getItem(STORED);
  if (stored === 'da' || stored === 'en') return stored;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'da';
}

export function isLanguage(value: unknown): value is Language {
  return value === 'da' || value === 'en';
}

/** Switches the texts, remembers the choice in this browser and tells screen readers. */
export async function switchLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORED, language);
  document.documentElement.lang = language;
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

/** The app's own texts and each area's, which sit under the area's own keys. */
function withFeatures(texts: object, language: Language): Record<string, unknown> {
  return FEATURES.reduce<Record<string, unknown>>(
    (all, feature) => ({ ...all, ...feature.texts[language] }),
    { ...texts },
  );
}

const language = initialLanguage();
document.documentElement.lang = language;

void i18next.use(initReactI18next).init({
  resources: {
    da: { translation: withFeatures(da, 'da') },
    en: { translation: withFeatures(en, 'en') },
  },
  lng: language,
  fallbackLng: 'da',
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

export default i18next;
