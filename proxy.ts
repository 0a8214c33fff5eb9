// Three jobs, on the paths that need them only (every extra path costs throughput on static pages):
// - one spelling per path: a percent-encoded or dotted spelling is sent to the canonical path, a malformed
//   one answered 400 (the server entry does this first in production; this covers `next dev`/`next start`);
// - `/` and unprefixed paths: send the visitor to their language (next-intl);
// - pages rendered per request: a fresh CSP nonce that Next.js puts on its own scripts.
// The plan's and the questions' addresses without answers are static files (the JavaScript path): the proxy never
// runs for them (next.config.ts serves /{locale}/plan without answers from app/[locale]/plan/device), and lets the
// plan's pages of texts and letters without answers through untouched (served from app/[locale]/plan/device too).
// Static pages get their CSP (with script hashes) from the build: see scripts/csp-static-pages.mjs.
import {NextResponse, type NextRequest} from 'next/server';
import createMiddleware from 'next-intl/middleware';
import {routing} from './i18n/routing';
import {LOCALE_PATTERN} from './i18n/locales';
import {QUESTION_IDS} from './lib/answers/questions';
import {QUERY_KEYS} from './lib/answers/url-contract';
import {calmAnswer, type CalmStatus} from './lib/security/calm-answers';
import {contentSecurityPolicy} from './lib/security/csp';
import {canonicalPath} from './lib/security/path-spelling';
import {queryTooLong} from './lib/security/request-limits';
import {pagesWhere, pathPattern} from './lib/pages';

const negotiateLocale = createMiddleware(routing);
// The pages rendered per request, exactly: anything else under these paths is the static 404, which carries
// its own policy (two policies would block its scripts).
const DYNAMIC_PAGE = new RegExp(
  `^/(${LOCALE_PATTERN})(${pagesWhere((page) => page.rendering === 'per-request')
    .map((page) => pathPattern(page.path, QUESTION_IDS))
    .join('|')})$`,
);
// Route handlers send their own, locked-down policy.
const NOT_A_PAGE = new RegExp(
  `(${pagesWhere((page) => page.rendering === 'file')
    .map((page) => pathPattern(page.path))
    .join('|')})$`,
);

// The per-request pages that next.config.ts serves from a static page when the query holds no answer (the plan
// itself never reaches the proxy then: see the matcher).
const DRAWN_ON_DEVICE = new RegExp(`^/(${LOCALE_PATTERN})/plan/(texts|notice)$`);
const CONTRACT_KEYS = Object.values(QUERY_KEYS);

const calm = (status: CalmStatus, pathname: string) => {
  const {body, headers} = calmAnswer(status, pathname);
  return new NextResponse(body, {status, headers});
};

/** A redirect that carries the query (answers, perhaps) is never kept by a browser or a cache in between. */
const notStored = (response: NextResponse, request: NextRequest): NextResponse => {
  if (response.status >= 300 && response.status < 400 && request.nextUrl.search !== '') response.headers.set('Cache-Control', 'no-store');
  return response;
};

export default function proxy(request: NextRequest) {
  const {pathname} = request.nextUrl;
  // Before anything else: a redirect would copy the whole query into its Location header.
  if (queryTooLong(request.nextUrl)) return calm(414, pathname);
  const canonical = canonicalPath(pathname);
  if (canonical === null) return calm(400, pathname);
  if (canonical !== pathname) {
    const url = request.nextUrl.clone();
    url.pathname = canonical;
    return notStored(NextResponse.redirect(url, 308), request);
  }
  if (NOT_A_PAGE.test(pathname)) return NextResponse.next();
  // The plan's pages of texts and letters without answers in the query are static files (next.config.ts).
  if (DRAWN_ON_DEVICE.test(pathname) && !CONTRACT_KEYS.some((key) => request.nextUrl.searchParams.has(key))) return NextResponse.next();
  if (!DYNAMIC_PAGE.test(pathname)) return notStored(negotiateLocale(request), request);
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
  matcher: [
    '/',
    '/((?!(?:fr|en)(?:/|$)|_next|api|.*\\..*).*)',
    '/(fr|en)/(questions|plan)/:path+',
    '/(fr|en)/check',
    // The plan only when its query holds an answer: one entry per key of the URL contract (checked by
    // tests/unit/pages.test.ts), since a matcher cannot ask for "any query".
    {source: '/(fr|en)/plan', has: [{type: 'query', key: 'w'}]},
    {source: '/(fr|en)/plan', has: [{type: 'query', key: 'c'}]},
    {source: '/(fr|en)/plan', has: [{type: 'query', key: 'r'}]},
    {source: '/(fr|en)/plan', has: [{type: 'query', key: 'p'}]},
    {source: '/(fr|en)/plan', has: [{type: 'query', key: 'a'}]},
    {source: '/(fr|en)/plan', has: [{type: 'query', key: 'b'}]},
    {source: '/(fr|en)/plan', has: [{type: 'query', key: 'k'}]},
    {source: '/(fr|en)/plan', has: [{type: 'query', key: 'u'}]},
    {source: '/(fr|en)/plan', has: [{type: 'query', key: 't'}]},
    {source: '/(fr|en)/plan', has: [{type: 'query', key: 'm'}]},
    {source: '/(fr|en)/plan', has: [{type: 'query', key: 'd'}]},
    {source: '/(fr|en)/plan', has: [{type: 'query', key: 'dt'}]},
    {source: '/(fr|en)/plan', has: [{type: 'query', key: 'dg'}]},
    {source: '/(fr|en)/plan', has: [{type: 'query', key: 'dc'}]},
    {source: '/(fr|en)/plan', has: [{type: 'query', key: 'dh'}]},
    // Any spelling with an escape in it, whatever it decodes to.
    '/(.*%.*)',
  ],
};
