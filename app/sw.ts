/// <reference lib="webworker" />
// The service worker: pages a person has opened stay readable offline, without keeping their answers.
// - guides, directory, law and help pages, and the first question: cached when visited (network first);
// - pages whose address carries answers (questions, check, plan): never cached, unless the person chose to
//   keep a plan on this device ("saved-plans");
// - offline with nothing cached: an honest page that says so.
import {CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistPlugin} from 'serwist';
import {DEFAULT_LOCALE, LOCALES, LOCALE_PATTERN, isLocale} from '../i18n/locales';

declare const self: ServiceWorkerGlobalScope & {__SW_MANIFEST: (PrecacheEntry | string)[] | undefined};
/** The build's id, set by scripts/build-sw.mjs: a new build refreshes the precached offline pages. */
declare const BUILD_ID: string;

const SAVED_PLANS = 'saved-plans';
const ANSWER_PAGE = new RegExp(`^/(${LOCALE_PATTERN})/(plan|check|questions)(/|$)`);

const offlinePage = (url: string) => {
  const prefix = new URL(url).pathname.split('/')[1] ?? '';
  return `/${isLocale(prefix) ? prefix : DEFAULT_LOCALE}/offline`;
};

let serwist: Serwist;

const offlineFallback: SerwistPlugin = {
  handlerDidError: async ({request}) =>
    (await (await caches.open(SAVED_PLANS)).match(request.url)) ?? (await serwist.matchPrecache(offlinePage(request.url))),
};

serwist = new Serwist({
  precacheEntries: [...(self.__SW_MANIFEST ?? []), ...LOCALES.map((locale) => ({url: `/${locale}/offline`, revision: BUILD_ID}))],
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({url, sameOrigin}) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({cacheName: 'assets', plugins: [new ExpirationPlugin({maxEntries: 300, maxAgeSeconds: 60 * 60 * 24 * 30})]}),
    },
    {
      // Answer-free pages only: the path is not an answer page, or it is a question with no query at all.
      matcher: ({request, url, sameOrigin}) =>
        sameOrigin && request.mode === 'navigate' && (!ANSWER_PAGE.test(url.pathname) || (url.pathname.includes('/questions/') && url.search === '')),
      handler: new NetworkFirst({cacheName: 'pages', networkTimeoutSeconds: 4, plugins: [new ExpirationPlugin({maxEntries: 120}), offlineFallback]}),
    },
    {
      matcher: ({request, sameOrigin}) => sameOrigin && request.mode === 'navigate',
      handler: new NetworkOnly({plugins: [offlineFallback]}),
    },
  ],
});

serwist.addEventListeners();
