// The locales, French first: the one list every other part reads (routing, proxy, dates, the service worker).
// Plain data with no framework import, so the service worker bundle and lib/ can use it too.
export const LOCALES = ['fr', 'en'] as const;
export const DEFAULT_LOCALE = 'fr';
export type Locale = (typeof LOCALES)[number];

/** Per locale: the language tag for dates, the Open Graph locale, and how a long date writes the first of a month. */
export const LOCALE_SETTINGS: Record<Locale, {dates: string; openGraph: string; firstOfMonth?: string}> = {
  fr: {dates: 'fr-FR', openGraph: 'fr_FR', firstOfMonth: '1er'},
  en: {dates: 'en-CA', openGraph: 'en_CA'},
};

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/** A regular-expression alternation of the locales, for matching URL prefixes. */
export const LOCALE_PATTERN = LOCALES.join('|');
