// The short answers given to requests a person could not have made from the app: a link far too long, a
// malformed path, a method the site does not use. Calm, in the visitor's language when the path says it,
// never a stack trace. Used by the proxy and by the server entry (which answers before Next.js).
import {ALL_MESSAGES} from '../../i18n/all-messages';
import {DEFAULT_LOCALE, LOCALES, isLocale, type Locale} from '../../i18n/locales';
import {LOCKED_DOWN_POLICY} from './csp';
import {SECURITY_HEADERS} from './headers';

export type CalmAnswer = {status: number; headers: Record<string, string>; body: string};

const html = (lang: Locale, title: string, text: string) =>
  `<!doctype html><html lang="${lang}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><h1>${title}</h1><p>${text}</p>`;

/** Each answer in each locale, worded by the messages' `Errors` namespace. */
const bodiesFor = (locale: Locale) => {
  const e = ALL_MESSAGES[locale].Errors;
  const home = `<a href="/${locale}">${e.goHome}</a>.`;
  return {
    414: html(locale, e.tooLongTitle, `${e.tooLong} <a href="/${locale}/questions/who">${e.answerAgain}</a>.`),
    400: html(locale, e.badPathTitle, `${e.badPath} ${home}`),
    405: html(locale, e.methodTitle, `${e.method} ${home}`),
    503: html(locale, e.busyTitle, e.busy),
    408: html(locale, e.slowTitle, e.slow),
  };
};

const BODIES = Object.fromEntries(LOCALES.map((locale) => [locale, bodiesFor(locale)])) as Record<Locale, ReturnType<typeof bodiesFor>>;

export type CalmStatus = keyof ReturnType<typeof bodiesFor>;

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

/** Seconds a client is asked to wait when the PDF renders are all taken. */
export const RETRY_AFTER_SECONDS = '5';

/** The visitor's language as far as the path tells it; the site's default otherwise. */
export const languageOf = (path: string): Locale => {
  const prefix = /^\/([a-z]{2})(\/|$|\?)/i.exec(path)?.[1]?.toLowerCase() ?? '';
  return isLocale(prefix) ? prefix : DEFAULT_LOCALE;
};

const BASE_HEADERS: Record<string, string> = {
  ...Object.fromEntries(SECURITY_HEADERS.map(({key, value}) => [key, value])),
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': LOCKED_DOWN_POLICY,
};

export const calmAnswer = (status: CalmStatus, path: string, extra?: Record<string, string>): CalmAnswer => ({
  status,
  headers: extra ? {...BASE_HEADERS, ...extra} : BASE_HEADERS,
  body: BODIES[languageOf(path)][status],
});
