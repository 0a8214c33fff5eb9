// Loads the interface strings of the request's locale for server components.
import {getRequestConfig} from 'next-intl/server';
import {hasLocale} from 'next-intl';
import {routing} from './routing';

export default getRequestConfig(async ({requestLocale}) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  // Named, not left to next-intl to ask the system on every request (a costly call): no message formats a date
  // itself; the app's dates are written by lib/dates, in UTC.
  return {locale, timeZone: 'UTC', messages: (await import(`../messages/${locale}.json`)).default};
});
