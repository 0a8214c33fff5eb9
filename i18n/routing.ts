// Locales and URL prefixes: French first, every URL carries its locale.
import {defineRouting} from 'next-intl/routing';
import {DEFAULT_LOCALE, LOCALES} from './locales';

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  // The locale lives in the URL; a cookie would leave a trace on a shared device.
  localeCookie: false,
});

export type {Locale} from './locales';
