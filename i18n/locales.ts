// The locales, French first: the one list every other part reads (routing, proxy, dates, the service worker).
// Plain data with no framework import, so the service worker bundle and lib/ can use it too.
export const LOCALES = ['fr', 'en'] as const;
export const DEFAULT_LOCALE = 'fr';
export type Locale = (typeof LOCALES)[number];

/**
 * Per locale: the language tag for dates, the Open Graph locale, how a long date writes the first of a month, and
 * the places (country codes of the answers) where the language is spoken, listed first where a person picks theirs.
 */
export const LOCALE_SETTINGS: Record<Locale, {dates: string; openGraph: string; firstOfMonth?: string; placesFirst: readonly PlaceCode[]}> = {
  fr: {dates: 'fr-FR', openGraph: 'fr_FR', firstOfMonth: '1er', placesFirst: ['fr', 'be', 'ch', 'lu', 'ca']},
  en: {dates: 'en-CA', openGraph: 'en_CA', placesFirst: ['gb', 'us', 'ca', 'au']},
};

/** A country code of the answers (lib/answers/schema.ts), spelled here so that this file imports nothing. */
type PlaceCode = 'fr' | 'ca' | 'other' | 'be' | 'ch' | 'lu' | 'gb' | 'us' | 'au';

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/** A regular-expression alternation of the locales, for matching URL prefixes. */
export const LOCALE_PATTERN = LOCALES.join('|');
