// Two jobs, on the paths that need them only (every extra path costs throughput on static pages):
// - `/` and unprefixed paths: send the visitor to their language (next-intl);
// - pages rendered per request: a fresh CSP nonce that Next.js puts on its own scripts.
// Static pages get their CSP (with script hashes) from the build: see scripts/csp-static-pages.mjs.
import {NextResponse, type NextRequest} from 'next/server';
import createMiddleware from 'next-intl/middleware';
import {routing} from './i18n/routing';
import {contentSecurityPolicy, LOCKED_DOWN_POLICY} from './lib/security/csp';
import {queryTooLong} from './lib/security/request-limits';

const negotiateLocale = createMiddleware(routing);
const DYNAMIC_PAGE = /^\/(fr|en)\/(questions|check|plan)(\/|$)/;
const NOT_A_PAGE = /\/pdf$|\.ics$/; // route handlers send their own, locked-down policy

const tooLong = (english: boolean) =>
  new NextResponse(
    english
      ? '<!doctype html><html lang="en"><meta charset="utf-8"><title>Link too long</title><h1>This link is too long</h1><p>It may have been changed. <a href="/en/questions/country">Answer the questions again</a>.</p>'
      : '<!doctype html><html lang="fr"><meta charset="utf-8"><title>Lien trop long</title><h1>Ce lien est trop long</h1><p>Il a peut-être été modifié. <a href="/fr/questions/country">Répondre à nouveau aux questions</a>.</p>',
    {status: 414, headers: {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': LOCKED_DOWN_POLICY}},
  );

export default function proxy(request: NextRequest) {
  const {pathname} = request.nextUrl;
  // Before anything else: a redirect would copy the whole query into its Location header.
  if (queryTooLong(request.nextUrl)) return tooLong(pathname.startsWith('/en'));
  if (NOT_A_PAGE.test(pathname)) return NextResponse.next();
  if (!DYNAMIC_PAGE.test(pathname)) return negotiateLocale(request);
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy([`'nonce-${nonce}'`], /^\/(fr|en)\/plan$/.test(pathname));
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy); // read by Next.js to nonce its scripts
  const response = NextResponse.next({request: {headers}});
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: ['/', '/((?!(?:fr|en)(?:/|$)|_next|api|.*\\..*).*)', '/(fr|en)/(questions|check|plan)/:path*', '/(fr|en)/(check|plan)'],
};
