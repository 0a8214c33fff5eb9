// Two jobs, on the paths that need them only (every extra path costs throughput on static pages):
// - `/` and unprefixed paths: send the visitor to their language (next-intl);
// - pages rendered per request: a fresh CSP nonce that Next.js puts on its own scripts.
// Static pages get their CSP (with script hashes) from the build: see scripts/csp-static-pages.mjs.
import {NextResponse, type NextRequest} from 'next/server';
import createMiddleware from 'next-intl/middleware';
import {routing} from './i18n/routing';
import {contentSecurityPolicy} from './lib/security/csp';

const negotiateLocale = createMiddleware(routing);
const DYNAMIC_PAGE = /^\/(fr|en)\/(questions|check|plan)(\/|$)/;
const NOT_A_PAGE = /\/pdf$|\.ics$/; // route handlers send their own, locked-down policy

export default function proxy(request: NextRequest) {
  const {pathname} = request.nextUrl;
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

export const config = {
  matcher: ['/', '/((?!(?:fr|en)(?:/|$)|_next|api|.*\\..*).*)', '/(fr|en)/(questions|check|plan)/:path*', '/(fr|en)/(check|plan)'],
};
