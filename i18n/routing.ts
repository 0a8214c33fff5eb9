// Locales and URL prefixes: French first, every URL carries its locale.
import {defineRouting} from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['fr', 'en'],
  defaultLocale: 'fr',
  // The locale lives in the URL; a cookie would leave a trace on a shared device.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
