/// <reference lib="webworker" />
// The service worker: pages a person has opened stay readable offline, without keeping their answers.
// - guides, directory, law and help pages, and the first question: cached when visited (network first);
// - pages whose address carries answers (questions, check, plan): never cached, unless the person chose to
//   keep a plan on this device ("saved-plans");
// - offline with nothing cached: an honest page that says so.
import {CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type SerwistPlugin} from 'serwist';

declare const self: ServiceWorkerGlobalScope & {__SW_MANIFEST: (PrecacheEntry | string)[] | undefined};

const SAVED_PLANS = 'saved-plans';
const ANSWER_PAGE = /^\/(fr|en)\/(plan|check|questions)(\/|$)/;

const offlinePage = (url: string) => (new URL(url).pathname.startsWith('/en') ? '/en/offline' : '/fr/offline');

let serwist: Serwist;

const offlineFallback: SerwistPlugin = {
  handlerDidError: async ({request}) =>
    (await (await caches.open(SAVED_PLANS)).match(request.url)) ?? (await serwist.matchPrecache(offlinePage(request.url))),
};

serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
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
