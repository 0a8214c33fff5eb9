// Two jobs, on the paths that need them only (every extra path costs throughput on static pages):
// - `/` and unprefixed paths: send the visitor to their language (next-intl);
// - pages rendered per request: a fresh CSP nonce that Next.js puts on its own scripts.
// Static pages get their CSP (with script hashes) from the build: see scripts/csp-static-pages.mjs.
import {NextResponse, type NextRequest} from 'next/server';
import createMiddleware from 'next-intl/middleware';
import {routing} from './i18n/routing';
import {DEFAULT_LOCALE, LOCALE_PATTERN, isLocale} from './i18n/locales';
import {ALL_MESSAGES} from './i18n/all-messages';
import {contentSecurityPolicy, LOCKED_DOWN_POLICY} from './lib/security/csp';
import {queryTooLong} from './lib/security/request-limits';

const negotiateLocale = createMiddleware(routing);
const DYNAMIC_PAGE = new RegExp(`^/(${LOCALE_PATTERN})/(questions|check|plan)(/|$)`);
const NOT_A_PAGE = /\/pdf$|\.ics$/; // route handlers send their own, locked-down policy

const tooLong = (pathname: string) => {
  const prefix = pathname.split('/')[1] ?? '';
  const locale = isLocale(prefix) ? prefix : DEFAULT_LOCALE;
  const words = ALL_MESSAGES[locale].Errors;
  return new NextResponse(
    `<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>${words.tooLongTitle}</title><h1>${words.tooLongTitle}</h1><p>${words.tooLong} <a href="/${locale}/questions/country">${words.answerAgain}</a>.</p>`,
    {status: 414, headers: {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': LOCKED_DOWN_POLICY}},
  );
};

export default function proxy(request: NextRequest) {
  const {pathname} = request.nextUrl;
  // Before anything else: a redirect would copy the whole query into its Location header.
  if (queryTooLong(request.nextUrl)) return tooLong(pathname);
  if (NOT_A_PAGE.test(pathname)) return NextResponse.next();
  if (!DYNAMIC_PAGE.test(pathname)) return negotiateLocale(request);
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy([`'nonce-${nonce}'`]);
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy); // read by Next.js to nonce its scripts
  const response = NextResponse.next({request: {headers}});
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

// Next.js reads the matcher at build time, so it cannot be computed: a unit test checks that its locales are
// the routing's (tests/unit/i18n.test.ts).
export const config = {
  matcher: ['/', '/((?!(?:fr|en)(?:/|$)|_next|api|.*\\..*).*)', '/(fr|en)/(questions|check|plan)/:path*', '/(fr|en)/(check|plan)'],
};
