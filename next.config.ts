import type {NextConfig} from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import {SECURITY_HEADERS} from './lib/security/headers';
import {CLEAR_SITE_DATA, CLEARED_PATH} from './lib/security/cleared';
import {normalizeSiteUrl} from './lib/site-url';
import {LOCALE_PATTERN} from './i18n/locales';
import {QUERY_KEYS} from './lib/answers/url-contract';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Inlined at build time: the static pages are made then, and the rest of the app must agree with them.
  env: {SITE_URL: normalizeSiteUrl(process.env.SITE_URL)},
  // A self-contained server in .next/standalone for deployment; the content is read at run time, so it
  // is traced in explicitly.
  output: 'standalone',
  // Tinypool finds its worker entry beside its own module at run time: loaded from node_modules, not bundled,
  // and that entry traced in by hand (tracing does not see a path built from import.meta.url).
  serverExternalPackages: ['tinypool'],
  outputFileTracingIncludes: {'/**': ['./content/**/*', './node_modules/tinypool/dist/**/*']},
  headers: async () => [
    {source: '/:path*', headers: [...SECURITY_HEADERS]},
    // "Delete everything" ends here: the browser empties what the site kept, its own cache of it included.
    {source: `/:locale${CLEARED_PATH}`, headers: [{key: 'Clear-Site-Data', value: CLEAR_SITE_DATA}]},
    // The icon's address carries its content's hash: kept for good, so the browser does not ask again at each
    // step the device draws (how often it asked would say how many questions a person was asked).
    {source: '/icon.svg', headers: [{key: 'Cache-Control', value: 'public, max-age=31536000, immutable'}]},
  ],
  // The plan's address with no answer in its query is the same static file for everyone, which the device draws
  // the plan into from the answers after `#` (app/[locale]/plan/device); with one, the plan drawn per request.
  // The same for its page of texts and its page of letters.
  rewrites: async () => ({
    beforeFiles: ['', '/texts', '/notice'].map((page) => ({
      source: `/:locale(${LOCALE_PATTERN})/plan${page}`,
      destination: `/:locale/plan/device${page}`,
      missing: Object.values(QUERY_KEYS).map((key) => ({type: 'query' as const, key})),
    })),
    afterFiles: [],
    fallback: [],
  }),
  // No image on the site needs resizing: the optimiser's endpoint (/_next/image) stays off.
  images: {unoptimized: true},
};

// Interface strings are compiled at build time: no ICU parsing per request, a smaller browser bundle.
export default createNextIntlPlugin({experimental: {messages: {path: './messages', format: 'json', locales: 'infer', precompile: true}}})(nextConfig);
